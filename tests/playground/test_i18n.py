"""The Japanese interface: complete, consistent with the seed deck, opt-in, switched in place.

English is the source language and the default; ``install_language(app, "ja")``
loads ``resources/translations/nn_playground_ja.qm``. Every test that installs
the translator installs English again afterwards (``install_language(app, "en")``),
so the rest of the suite stays English.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QToolButton

from engine.datasets import DATASETS
from playground import catalogue, setup_format
from playground.controller import Controller
from playground.i18n import TRANSLATIONS_DIR, current_language, install_language
from playground.panels.controls_bar import ControlsBar
from playground.panels.network_editor import NetworkEditor
from playground.presets import PresetError, load_preset
from playground.remembered import Remembered
from playground.settings import (
    ACTIVATION_NAMES,
    ITEM_NAMES,
    SETTING_NAMES,
    SETTING_TIPS,
    SPEED_LEVELS,
    SettingError,
    Settings,
)
from playground.setup_format import FORMAT, VERSION
from playground.shortcuts import SHORTCUTS
from playground.state import AppState, translated_message
from playground.views.diagram.neuron_maps import activation_label
from playground.views.registry import DOCKS

ROOT = Path(__file__).resolve().parents[2]
#: Where each translatable error class is raised, and the context of its templates.
ERROR_SOURCES = {
    "SettingError": (ROOT / "playground" / "settings.py", "settings"),
    "PresetError": (ROOT / "playground" / "presets.py", "presets"),
    "SetupError": (ROOT / "playground" / "setup_format.py", "setup"),
}
#: Any Latin word of the English messages (values like 'x1' are quoted or numbers).
ENGLISH_WORD = re.compile(r"\b(?:must|unknown|pick|least|got|stopped|process|missing|"
                          r"setup|field|ended)\b")
TS = TRANSLATIONS_DIR / "nn_playground_ja.ts"
QM = TRANSLATIONS_DIR / "nn_playground_ja.qm"
#: Placeholders a translation must keep: Qt's %1…%9 and %n, Python's {name} / {name:g}.
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+(?::[^{}]*)?\}")
#: A menu accelerator: ``&F`` (``&&`` is a literal ampersand).
ACCELERATOR = re.compile(r"(?<!&)&(\w)")
#: Symbols and formulas a translation keeps as they are.
SYMBOLS = ("η", "λ", "∂L/∂W", "Σ", "½", "√", "W ←", "y = h(a)")
#: English term -> the seed deck's Japanese term (「ゼロから作るDeep Learning」).
SEED_TERMS = {
    "hidden layer": "中間層",
    "learning rate": "学習率",
    "activation function": "活性化関数",
    "cross-entropy": "交差エントロピー誤差",
    "softmax": "ソフトマックス",
    "gradient": "勾配",
    "overfitting": "過学習",
    "regulari": "正則化",  # regularization, regularisation
    "minibatch": "ミニバッチ",
    "batch size": "バッチサイズ",
    "epoch": "エポック",
    "bias": "バイアス",
    "weight": "重み",
    "neuron": "ニューロン",
    "output layer": "出力層",
    "training point": "訓練データ",
    "test point": "テストデータ",
    "loss": "損失",
    "optimizer": "最適化手法",
    "mean squared error": "平均二乗誤差",
}


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(ctx.findtext("name"), msg) for ctx in root.iter("context")
            for msg in ctx.iter("message")]


def _translations(msg: ET.Element) -> list[str]:
    """The translated text, or each plural form of a ``%n`` message."""
    tr = msg.find("translation")
    if msg.get("numerus") == "yes":
        return [form.text or "" for form in tr.iter("numerusform")]
    return [tr.text or ""]


def _ts_translation(context: str, source: str) -> str | None:
    for ctx, msg in _messages():
        if ctx == context and msg.findtext("source") == source and msg.get("numerus") != "yes":
            return msg.findtext("translation")
    return None


def _tool(name: str) -> str | None:
    beside_python = Path(sys.executable).parent / name
    return str(beside_python) if beside_python.exists() else shutil.which(name)


def _error_templates(path: Path, error_class: str) -> set[str]:
    """First arguments of every ``error_class("…", …)`` call written in ``path``.

    Read with ``ast`` so a template split over several source lines (implicit
    concatenation) is seen whole, as the translator looks it up.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == error_class
            and node.args and isinstance(node.args[0], ast.Constant)}


@contextmanager
def japanese_interface(app):
    """Japanese for the block; English again after it, whatever happens."""
    assert install_language(app, "ja") is not None, f"{QM.name} did not load"
    try:
        yield
    finally:
        install_language(app, "en")
    assert current_language(app) == "en"


@pytest.fixture
def japanese(qapp):
    """The Japanese translator, installed for one test; English again after it."""
    with japanese_interface(qapp):
        yield


# -- the translation files ---------------------------------------------------


def test_every_message_is_translated_and_keeps_placeholders_accelerators_and_symbols():
    messages = _messages()
    assert len(messages) > 350
    for context, msg in messages:
        source = msg.findtext("source")
        where = f"{context}: {source!r}"
        assert msg.find("translation").get("type") is None, f"not finished: {where}"
        for text in _translations(msg):
            assert text.strip(), f"empty translation: {where}"
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), \
                f"placeholders changed: {where} -> {text!r}"
            keys = ACCELERATOR.findall(source)
            if keys:
                assert [k.lower() for k in ACCELERATOR.findall(text)] == \
                    [k.lower() for k in keys], f"menu accelerator lost or changed: {where}"
            for symbol in SYMBOLS:
                if symbol in source:
                    assert symbol in text, f"{symbol!r} lost: {where} -> {text!r}"


def test_translations_use_the_seed_deck_terms():
    wrong = []
    for context, msg in _messages():
        source = msg.findtext("source").lower()
        for text in _translations(msg):
            wrong += [f"{context}: {source!r} has {en!r} but {text!r} lacks {ja}"
                      for en, ja in SEED_TERMS.items() if en in source and ja not in text]
    assert not wrong, "\n".join(wrong)


def test_translation_covers_every_string_in_the_code(tmp_path):
    """A tr() string added to playground/ without a Japanese translation fails here."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "playground").rglob("*.py"))
    sources.append(str(TRANSLATIONS_DIR / "runtime_strings.py"))
    subprocess.run([lupdate, "-silent", "-no-obsolete", *sources, "-ts", str(copy)],
                   check=True, timeout=60)
    untranslated = [f"{ctx}: {msg.findtext('source')!r}"
                    for ctx, msg in (
                        (c.findtext("name"), m)
                        for c in ET.parse(copy).getroot().iter("context") for m in c.iter("message"))
                    if msg.find("translation").get("type") == "unfinished"]
    assert not untranslated, (
        "run resources/translations/update.sh and translate:\n" + "\n".join(untranslated))


def test_compiled_qm_is_newer_than_the_ts_and_matches_it(tmp_path):
    assert QM.stat().st_size > 10_000, "nn_playground_ja.qm is missing or empty"
    assert QM.stat().st_mtime >= TS.stat().st_mtime, \
        "the .qm is older than the .ts: run resources/translations/update.sh"
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    fresh = tmp_path / QM.name
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == QM.read_bytes(), "stale .qm: run resources/translations/update.sh"


# -- choosing the language -----------------------------------------------------


def test_english_is_the_default(qapp, qtbot):
    assert install_language(qapp, "en") is None
    assert current_language(qapp) == "en"
    bar = ControlsBar(AppState(Settings()))
    qtbot.addWidget(bar)
    assert bar.playButton.accessibleName() == "Start training"


@pytest.mark.parametrize("language", ["fr", "", "japanese", "JA"])
def test_an_unknown_language_is_refused(qapp, language):
    with pytest.raises(ValueError, match="language must be one of en, ja"):
        install_language(qapp, language)


def test_strings_translated_at_run_time_come_from_the_qm_in_their_context(japanese):
    """Texts lupdate cannot see (runtime_strings.py) reach the .qm under the context
    the code looks them up in; the Japanese is the .ts's."""
    translate = QCoreApplication.translate
    wanted = [("datasets", info.label) for info in DATASETS.values()]
    for path in sorted((ROOT / "resources" / "presets").glob("*.json")):
        wanted.append(("presets", json.loads(path.read_text(encoding="utf-8"))["title"]))
    wanted += [("catalogue", text) for text in catalogue.texts()]
    wanted += [("settings", text) for text in (*SETTING_NAMES.values(), *ITEM_NAMES.values(),
                                               *SETTING_TIPS.values())]
    wanted += [("settings", level.label) for level in SPEED_LEVELS]
    wanted += [("docks", spec.title) for spec in DOCKS]
    wanted += [("shortcuts", row.label) for row in SHORTCUTS]
    wanted += [("WindowMenus", text) for text in
               ("&File", "&Presets", "&Training", "&View", "&Views", "&Language")]
    assert len(wanted) > 150
    wrong = []
    for context, text in wanted:
        expected = _ts_translation(context, text)
        got = translate(context, text)
        if expected is None or got != expected:
            wrong.append(f"{context}: {text!r} -> {got!r} (the .ts has {expected!r})")
    assert not wrong, "\n".join(wrong)
    assert translate("NeuronMaps", "Hidden layer %1, neuron %2 (%3)").startswith("中間層")
    assert translate("datasets", "Spiral") == translate("catalogue", "Spiral") == "渦巻き"


def test_every_error_template_setting_name_and_word_is_translated():
    """A SettingError / PresetError / SetupError / JsonTextError template, setting name or Phrase
    added to the code but not to runtime_strings.py (so never reaching the .ts)
    fails here."""
    translated = {(context, msg.findtext("source")) for context, msg in _messages()}
    wanted = []
    for cls, (path, context) in ERROR_SOURCES.items():
        templates = _error_templates(path, cls)
        assert len(templates) >= 4, f"no {cls} found in {path.name}: the scan is broken"
        wanted += [(context, text) for text in templates]
    json_templates = _error_templates(ROOT / "playground" / "json_text.py", "JsonTextError")
    assert len(json_templates) >= 3, "no JsonTextError found in json_text.py: the scan is broken"
    wanted += [("json", text) for text in json_templates]
    assert len(wanted) > 40
    wanted += [("settings", name) for name in (*SETTING_NAMES.values(), *ITEM_NAMES.values())]
    wanted += [(word.context, str(word)) for word in setup_format._JSON_KINDS.values()]
    missing = [key for key in wanted if key not in translated]
    assert not missing, "list these in resources/translations/runtime_strings.py:\n" + "\n".join(
        f"{c}: {t!r}" for c, t in missing)


def _lesson_texts() -> set[str]:
    """Every ``LessonError`` template written in ``playground/lessons/`` (also the ones
    handed to ``fields.exactly_one`` as its ``template``) and every ``Phrase`` word there."""
    position = {"LessonError": 0, "exactly_one": 3, "Phrase": 1}
    found = set()
    for path in sorted((ROOT / "playground" / "lessons").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            at = position.get(getattr(node.func, "id", getattr(node.func, "attr", "")))
            if at is not None and len(node.args) > at and isinstance(node.args[at], ast.Constant):
                found.add(node.args[at].value)
    return found


def test_lesson_refusals_and_expression_errors_are_translated():
    """Templates translated through a variable (so lupdate never sees them) must be
    listed in runtime_strings.py: a lesson file's refusals (context "lessons"), a typed
    expression's errors (engine/expression.py MESSAGES, context "expression"), and the
    lessons panel's "Lesson complete" (written inside an f-string)."""
    from engine.expression import MESSAGES

    translated = {(context, msg.findtext("source")) for context, msg in _messages()}
    lessons = _lesson_texts()
    assert len(lessons) > 30, "no LessonError found: the scan is broken"
    wanted = [("lessons", text) for text in lessons]
    wanted += [("expression", text) for text in MESSAGES.values()]
    wanted += [("LessonsPanel", "Lesson complete")]
    missing = [key for key in wanted if key not in translated]
    assert not missing, "list these in resources/translations/runtime_strings.py:\n" + "\n".join(
        f"{c}: {t!r}" for c, t in missing)


def test_a_refused_lesson_file_and_expression_are_explained_in_japanese(japanese):
    from engine.expression import ExpressionError, parse_expression
    from playground.lessons.fields import LessonError

    exc = LessonError("must be a number, got {value}", "check.below", source="03-affine.json",
                      lesson=3, step=2, value='"x"')
    assert translated_message(exc) == (
        '03-affine.json: レッスン 3, ステップ 2, check.below: '
        '数値でなければなりません（指定された値: "x"）。')
    with pytest.raises(ExpressionError) as info:
        parse_expression("x=3, y=2: (x+y$)^2")
    assert info.value.message(QCoreApplication.translate) == "使えない文字 '$' があります。"


# -- messages built at run time ----------------------------------------------------


@pytest.mark.parametrize("change, english, japanese_text", [
    ({"features": ()}, "pick at least one input feature", "入力の特徴量を 1 つ以上選んでください"),
    ({"noise": 0.9}, "noise must be between 0 and 0.5, got 0.9", "ノイズは 0 から 0.5"),
    ({"learning_rate": 1000}, "learning rate must be a number in (0, 100], got 1000.0",
     "学習率は 0 より大きく 100 以下"),
    ({"batch_size": "ten"}, "batch size must be a whole number, got 'ten'",
     "バッチサイズは整数で指定してください（指定された値: 'ten'）"),
    ({"hidden": (4, 0), "activations": ("tanh", "tanh")},
     "neurons per layer must be 1…64, got 0", "1 層あたりのニューロン数は 1〜64 で指定"),
    ({"optimizer": "adamw"}, "unknown optimizer 'adamw' (choose from ",
     "'adamw' という最適化手法はありません"),
])
def test_a_refused_setting_is_explained_in_the_interface_language(
        qapp, change, english, japanese_text):
    state = AppState(Settings(features=("x1",)))
    refusals = []
    state.rejected.connect(refusals.append)
    assert not state.update(**change)
    with japanese_interface(qapp):
        assert not state.update(**change)
    assert not state.update(**change)
    assert refusals[0] == refusals[2]  # English before and after
    assert refusals[0].startswith(english), refusals[0]
    assert japanese_text in refusals[1] and not ENGLISH_WORD.search(refusals[1]), refusals[1]
    assert state.settings == Settings(features=("x1",))


def _write_preset(folder: Path, name: str, data: dict) -> None:
    (folder / f"{name}.json").write_text(json.dumps(data), "utf-8")


def test_a_bad_preset_is_explained_in_japanese(japanese, tmp_path):
    _write_preset(tmp_path, "odd", {"format": FORMAT, "version": VERSION,
                                    "settings": {"features": []}})
    with pytest.raises(PresetError) as info:
        load_preset("odd", tmp_path)
    assert str(info.value) == "preset 'odd': settings.features: pick at least one input feature"
    # The causes are translated along with the preset's own words; the field path stays.
    assert translated_message(info.value) == (
        "プリセット 'odd': settings.features: 入力の特徴量を 1 つ以上選んでください。")


@pytest.mark.parametrize("data, english, japanese_text", [
    ({"settings": {}}, "format is missing: this is not an nn-playground setup",
     "format がありません。nn-playground の設定ファイルではありません。"),
    ({"format": FORMAT, "version": VERSION, "views": {}},
     "views must be a list, got an object",
     "views はリストでなければなりません（オブジェクトが指定されています）。"),
    ({"format": FORMAT, "version": VERSION + 1},
     f"this setup is version {VERSION + 1}, newer than",
     f"この設定ファイルはバージョン {VERSION + 1} で"),
])
def test_a_bad_setup_is_explained_in_japanese(qapp, tmp_path, data, english, japanese_text):
    _write_preset(tmp_path, "odd", data)
    with pytest.raises(PresetError) as info:
        load_preset("odd", tmp_path)
    assert str(info.value).startswith(f"preset 'odd': {english}"), str(info.value)
    with japanese_interface(qapp):
        text = translated_message(info.value)
    assert text.startswith(f"プリセット 'odd': {japanese_text}"), text
    assert not ENGLISH_WORD.search(text.replace("nn-playground", "")), text


def test_a_broken_translation_falls_back_to_english():
    template = "{setting} must be a number, got {value}"
    exc = SettingError(template, "noise", value="'a'")
    broken = {template: "{setting}は{oops}", "noise": "ノイズ"}  # a lost placeholder
    assert exc.message(lambda context, text: broken.get(text, text)) == (
        "noise must be a number, got 'a'")


def test_a_lost_training_process_is_reported_in_the_interface_language(qapp, qtbot):
    controller = Controller(Settings(dataset="xor"))
    try:
        qtbot.waitUntil(lambda: controller.latest_frame is not None, timeout=20000)
        with japanese_interface(qapp):
            with qtbot.waitSignal(controller.messageChanged, timeout=10000):
                controller.client._process.kill()
            kind, japanese_text = controller.message()
            assert kind == "error"
            assert japanese_text.startswith("学習用のプロセスが予期せず終了しました。")
            assert "「リセット」" in japanese_text and not ENGLISH_WORD.search(japanese_text)
        # The same message, worded again in the language now installed.
        assert controller.message()[1] == (
            "The training process ended unexpectedly. "
            "Press Play or Reset to start a new one with your settings.")
        # ... and Reset keeps the message's promise: a new process trains.
        controller.reset()
        controller.step(3)
        qtbot.waitUntil(lambda: controller.client.is_running and controller.latest_frame.step >= 3,
                        timeout=20000)
        assert controller.message() is None
    finally:
        controller.shutdown()


def test_activation_combo_uses_the_diagrams_names(japanese, qtbot):
    editor = NetworkEditor(AppState(Settings()))
    qtbot.addWidget(editor)
    combo = editor.findChild(QComboBox, "layer0ActivationCombo")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == [activation_label(name) for name in ACTIVATION_NAMES]
    assert "シグモイド" in labels and "線形" in labels


# -- the window ------------------------------------------------------------------


def _label_texts(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def test_main_window_built_in_japanese_speaks_japanese(japanese, qtbot):
    from playground.main_window import MainWindow

    win = MainWindow(remembered=Remembered(fresh=True))
    qtbot.addWidget(win)
    win.show()
    try:
        assert "ニューラルネットワーク" in win.windowTitle()
        play = win.controls.playButton
        assert play.accessibleName() == "学習を開始"
        assert "再生" in play.toolTip()
        assert {"データ", "特徴量"} <= _label_texts(win.view("data"))  # the column's headings
        lr_label = next(label for label in win.findChildren(QLabel)
                        if label.buddy() is win.hyperparams.learningRateCombo)
        assert lr_label.text() == "学習率 η"
        assert win.findChild(QToolButton, "dataset_circleButton").accessibleName() == (
            "データセット: 円")
        assert "中間層" in win.view("network").editor.layersLabel.text()
        assert "学習(&T)" in [action.text() for action in win.menuBar().actions()]

        # Text built from live frames is translated too.
        qtbot.waitUntil(lambda: win.latest_frame is not None, timeout=20000)
        qtbot.waitUntil(lambda: win.controls.stepLabel.text().startswith("ステップ"))
        view = win.network_view
        win.controller.step(1)  # a frame for every dock built by now
        qtbot.waitUntil(lambda: view.frame is not None, timeout=20000)
        hidden = view.node_center(1, 0)
        assert view.tooltip_text(hidden).startswith("中間層 1、ニューロン 1（tanh）")
        assert "バイアス b = " in view.tooltip_text(hidden)
    finally:
        win.close()


#: What the window shows in each language: menus, dock titles, top bar, boundary legend.
WINDOW_TEXTS = {
    "en": {
        "menus": ["&File", "&Presets", "&Training", "&View", "&Help"],
        "docks": {"data": "Data and features", "network": "Network", "boundary": "Output",
                  "loss": "Loss"},
        "captions": {"Epoch", "Training loss", "Test loss", "Training accuracy",
                     "Test accuracy"},
        "play": "Start training", "speed": "Speed: ", "step": "Step ",
        "legend": ["class 0", "class 1", "train"],
        "actions": {"play": "&Play / pause\tSpace", "reset": "&Reset (new random weights)"},
        "views menu": "&Views",
    },
    "ja": {
        "menus": ["ファイル(&F)", "プリセット(&P)", "学習(&T)", "表示(&V)", "ヘルプ(&H)"],
        "docks": {"data": "データと特徴量", "network": "ネットワーク", "boundary": "出力",
                  "loss": "損失"},
        "captions": {"エポック", "訓練の損失", "テストの損失", "訓練の認識精度",
                     "テストの認識精度"},
        "play": "学習を開始", "speed": "速さ: ", "step": "ステップ ",
        "legend": ["クラス 0", "クラス 1", "訓練データ"],
        "actions": {"play": "再生 / 一時停止(&P)\tスペース",
                    "reset": "リセット(&R)（新しいランダムな重み）"},
        "views menu": "ビュー(&V)",
    },
}


def _shows(win, language: str, qtbot=None) -> None:
    want = WINDOW_TEXTS[language]
    if qtbot is not None:
        # The Help menu (LessonsHook) follows the QEvent.LanguageChange that installing
        # the translator posts, not set_language itself: one turn of the event loop.
        qtbot.waitUntil(lambda: win.menuBar().actions()[-1].text() == want["menus"][-1],
                        timeout=2000)
    assert [a.text() for a in win.menuBar().actions()] == want["menus"]
    assert win.menus.docks_menu.title() == want["views menu"]
    for cid, text in want["actions"].items():
        assert win.menus.actions[cid].text() == text
    for name, title in want["docks"].items():
        assert win.docks.docks[name].windowTitle() == title
        assert win.docks.docks[name].toggleViewAction().text() == title
    assert want["captions"] <= _label_texts(win.top_bar)
    assert win.controls.playButton.accessibleName() == want["play"]
    assert win.controls.speedLabel.text().startswith(want["speed"])
    assert win.controls.stepLabel.text().startswith(want["step"])
    assert win.boundary_view.legend_texts() == want["legend"]


def test_set_language_switches_the_live_window_in_place_and_keeps_worker_and_weights(
        qapp, qtbot):
    from playground.main_window import MainWindow

    install_language(qapp, "en")
    win = MainWindow(Settings(dataset="xor"), remembered=Remembered(fresh=True))
    qtbot.addWidget(win)
    win.show()
    try:
        win.controller.step(40)
        qtbot.waitUntil(lambda: win.latest_frame is not None and win.latest_frame.step >= 40,
                        timeout=20000)
        qtbot.waitUntil(lambda: bool(win.boundary_view.legend_texts()))
        before = win.latest_frame
        pid = win.controller.client.pid
        docks = {name: dock.content for name, dock in win.docks.docks.items()}
        _shows(win, "en")

        win.set_language("ja")
        assert current_language(qapp) == "ja"
        _shows(win, "ja", qtbot)
        assert win.menus.language_actions["ja"].isChecked()

        win.set_language("en")
        assert current_language(qapp) == "en"
        _shows(win, "en", qtbot)
        assert win.menus.language_actions["en"].isChecked()

        # In place: the same worker, the same docks, the same network and weights.
        qtbot.wait(200)  # any frame the switch might have caused has arrived
        assert win.controller.client.pid == pid and win.controller.client.is_running
        assert {name: dock.content for name, dock in win.docks.docks.items()} == docks
        now = win.latest_frame
        assert (now.build_id, now.step) == (before.build_id, before.step)
        for (w0, b0), (w1, b1) in zip(before.weights, now.weights, strict=True):
            assert np.array_equal(w0, w1) and np.array_equal(b0, b1)
        # ... and training goes on from those weights, not from a new network.
        win.controller.step(5)
        qtbot.waitUntil(lambda: win.latest_frame.step == before.step + 5, timeout=20000)
        assert win.latest_frame.build_id == before.build_id
        assert win.controller.client.pid == pid
    finally:
        install_language(qapp, "en")
        win.close()


def test_japanese_fits_the_tight_spots_of_a_1024_px_projector_window(japanese, qtbot):
    """Top-bar captions, the speed label, the check boxes beside the plots, the dock
    titles and the dataset names under the thumbnails are shown whole."""
    from playground.main_window import MainWindow

    win = MainWindow(remembered=Remembered(fresh=True))
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.set_projector_mode(True)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.latest_frame is not None, timeout=20000)
        for name, dock in win.docks.docks.items():
            if dock.isVisible():
                win.view(name)  # docks build their content on first show
        qtbot.wait(100)
        cut = []
        labels = [label for label in win.top_bar.findChildren(QLabel)
                  if label.isVisible() and label.text() and not label.wordWrap()]
        assert len(labels) >= 8
        for label in labels:
            need = QFontMetrics(label.font()).horizontalAdvance(label.text())
            if need > label.contentsRect().width():
                cut.append(f"{label.text()!r}: {need} px in {label.contentsRect().width()}")
        for box in win.findChildren(QCheckBox):
            if box.isVisible() and box.sizeHint().width() > box.width():
                cut.append(f"{box.text()!r}: {box.sizeHint().width()} px in {box.width()}")
        for dock in win.docks.docks.values():
            if dock.isVisible():
                need = QFontMetrics(dock.font()).horizontalAdvance(dock.windowTitle()) + 50
                if need > dock.width():
                    cut.append(f"dock {dock.windowTitle()!r}: {need} px in {dock.width()}")
        for button in win.findChildren(QToolButton):
            if button.objectName().startswith("dataset_") and button.text().endswith("…"):
                cut.append(f"dataset {button.accessibleName()!r} shown as {button.text()!r}")
        output = win.findChild(QLabel, "outputLabel")
        metrics = QFontMetrics(output.font())
        for line in output.text().split("\n"):  # broken by us at " + ", not by Qt mid-word
            if metrics.horizontalAdvance(line) > output.contentsRect().width():
                cut.append(f"output label line {line!r} wraps inside a word")
        assert not cut, "\n".join(cut)
    finally:
        win.set_projector_mode(False)
        win.close()
