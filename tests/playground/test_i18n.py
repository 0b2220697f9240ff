"""The Japanese interface: complete, consistent with the seed deck, and opt-in.

English is the source language and the default; ``install_language(app, "ja")``
loads ``resources/translations/nn_playground_ja.qm``. Every test that installs
the translator removes it again, so the rest of the suite stays English.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QToolButton

from engine.datasets import DATASETS
from playground.i18n import TRANSLATIONS_DIR, install_language
from playground.panels.controls_bar import ControlsBar
from playground.panels.network_editor import NetworkEditor
from playground.presets import PresetError, load_preset
from playground.settings import ACTIVATION_NAMES, SETTING_NAMES, SettingError, Settings
from playground.state import AppState, translated_message
from playground.views.neuron_maps import activation_label
from playground.worker.client import TrainingClient

ROOT = Path(__file__).resolve().parents[2]
#: The first argument of every ``SettingError(...)`` / ``PresetError(...)`` call.
ERROR_TEMPLATE = re.compile(r'\b(SettingError|PresetError)\(\s*"((?:[^"\\]|\\.)*)"')
#: Any Latin word of the English messages (values like 'x1' are quoted or numbers).
ENGLISH_WORD = re.compile(r"\b(?:must|unknown|pick|least|got|stopped|process)\b")
TS = TRANSLATIONS_DIR / "nn_playground_ja.ts"
QM = TRANSLATIONS_DIR / "nn_playground_ja.qm"
#: Placeholders a translation must keep: Qt's %1…%9 and %n, Python's {name}.
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")
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


def _tool(name: str) -> str | None:
    beside_python = Path(sys.executable).parent / name
    return str(beside_python) if beside_python.exists() else shutil.which(name)


@pytest.fixture
def japanese(qapp):
    """The Japanese translator, installed for one test and removed after it."""
    translator = install_language(qapp, "ja")
    assert translator is not None, f"{QM.name} did not load"
    yield translator
    qapp.removeTranslator(translator)


# -- the translation files ---------------------------------------------------


def test_every_message_is_translated_and_keeps_its_placeholders():
    messages = _messages()
    assert len(messages) > 150
    for context, msg in messages:
        source = msg.findtext("source")
        where = f"{context}: {source!r}"
        assert msg.find("translation").get("type") is None, f"not finished: {where}"
        for text in _translations(msg):
            assert text.strip(), f"empty translation: {where}"
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), \
                f"placeholders changed: {where} -> {text!r}"
            if re.search(r"&\w", source):
                assert re.search(r"&\w", text), f"menu accelerator lost: {where}"


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


def test_compiled_qm_matches_the_ts(tmp_path):
    assert QM.stat().st_size > 10_000, "nn_playground_ja.qm is missing or empty"
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    fresh = tmp_path / QM.name
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == QM.read_bytes(), "stale .qm: run resources/translations/update.sh"


# -- choosing the language -----------------------------------------------------


def test_english_is_the_default(qapp, qtbot):
    assert install_language(qapp, "en") is None
    bar = ControlsBar(AppState(Settings()))
    qtbot.addWidget(bar)
    assert bar.playButton.accessibleName() == "Start training"


@pytest.mark.parametrize("language", ["fr", "", "japanese", "JA"])
def test_an_unknown_language_is_refused(qapp, language):
    with pytest.raises(ValueError, match="language must be one of en, ja"):
        install_language(qapp, language)


def test_strings_translated_at_run_time_are_in_japanese(japanese):
    translate = QCoreApplication.translate
    for name, info in DATASETS.items():
        assert translate("datasets", info.label) != info.label, f"dataset {name}"
    for path in sorted((ROOT / "resources" / "presets").glob("*.json")):
        title = json.loads(path.read_text(encoding="utf-8"))["title"]
        assert translate("presets", title) != title, f"preset {path.name}"
    assert translate("NeuronMaps", "Hidden layer %1, neuron %2 (%3)").startswith("中間層")


def test_every_error_template_and_setting_name_is_translated():
    """A SettingError / PresetError template added to the code but not to
    runtime_strings.py (so never reaching the .ts) fails here."""
    translated = {(context, msg.findtext("source")) for context, msg in _messages()}
    templates = []
    for path in (ROOT / "playground" / "settings.py", ROOT / "playground" / "presets.py"):
        templates += ERROR_TEMPLATE.findall(path.read_text(encoding="utf-8"))
    assert len(templates) > 25
    missing = [(("settings" if cls == "SettingError" else "presets"), text)
               for cls, text in templates]
    missing += [("settings", name) for name in SETTING_NAMES.values()]
    missing = [key for key in missing if key not in translated]
    assert not missing, "list these in resources/translations/runtime_strings.py:\n" + "\n".join(
        f"{c}: {t!r}" for c, t in missing)


# -- messages built at run time ----------------------------------------------------


@pytest.mark.parametrize("change, english, japanese", [
    ({"features": ()}, "pick at least one input feature", "特徴量を 1 つ以上選んでください"),
    ({"noise": 0.9}, "noise must be between 0 and 0.5, got 0.9", "ノイズは 0 から 0.5"),
    ({"learning_rate": 1000}, "learning rate must be a number in (0, 100], got 1000.0",
     "学習率は 0 より大きく 100 以下"),
    ({"batch_size": "ten"}, "batch size must be a whole number, got 'ten'",
     "バッチサイズは整数で指定してください（指定された値: 'ten'）"),
])
def test_a_refused_setting_is_explained_in_the_interface_language(
        qapp, change, english, japanese):
    state = AppState(Settings(features=("x1",)))
    refusals = []
    state.rejected.connect(refusals.append)
    assert not state.update(**change)
    translator = install_language(qapp, "ja")
    try:
        assert not state.update(**change)
    finally:
        qapp.removeTranslator(translator)
    assert not state.update(**change)
    assert refusals[0] == refusals[2] == english  # English before and after
    assert japanese in refusals[1] and not ENGLISH_WORD.search(refusals[1]), refusals[1]
    assert state.settings == Settings(features=("x1",))


def test_a_bad_preset_is_explained_in_japanese(japanese, tmp_path):
    (tmp_path / "odd.json").write_text(json.dumps({"settings": {"features": []}}), "utf-8")
    with pytest.raises(PresetError) as info:
        load_preset("odd", tmp_path)
    assert str(info.value) == "preset 'odd': pick at least one input feature"
    # The cause is translated along with the preset's own words.
    assert translated_message(info.value) == (
        "プリセット 'odd': 入力する特徴量を 1 つ以上選んでください。")


def test_a_broken_translation_falls_back_to_english():
    template = "{setting} must be a number, got {value}"
    exc = SettingError(template, "noise", value="'a'")
    broken = {template: "{setting}は{oops}", "noise": "ノイズ"}  # a lost placeholder
    assert exc.message(lambda context, text: broken.get(text, text)) == (
        "noise must be a number, got 'a'")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_lost_training_process_is_reported_in_the_interface_language(
        qapp, qtbot, language):
    translator = install_language(qapp, language)
    client = TrainingClient(Settings(dataset="xor"))
    try:
        qtbot.waitUntil(lambda: client.latest is not None, timeout=20000)
        with qtbot.waitSignal(client.errorOccurred, timeout=10000) as blocker:
            client._process.kill()
        message = blocker.args[0]
        if language == "en":
            assert message == ("The training process stopped unexpectedly. "
                               "Press Reset to start again.")
        else:
            assert message.startswith("学習用のプロセスが予期せず停止しました。")
            assert "「リセット」" in message and not ENGLISH_WORD.search(message)
            # ... and Reset keeps the message's promise: a new process trains.
            client.reset()
            client.step(3)
            qtbot.waitUntil(lambda: client.is_running and client.latest.step >= 3,
                            timeout=20000)
    finally:
        client.stop()
        if translator is not None:
            qapp.removeTranslator(translator)


def test_activation_combo_uses_the_diagrams_names(japanese, qtbot):
    editor = NetworkEditor(AppState(Settings()))
    qtbot.addWidget(editor)
    combo = editor.findChild(QComboBox, "layer0ActivationCombo")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == [activation_label(name) for name in ACTIVATION_NAMES]
    assert "シグモイド" in labels and "線形" in labels


# -- the window ------------------------------------------------------------------


def test_main_window_speaks_japanese(japanese, qtbot):
    from playground.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    try:
        assert "ニューラルネットワーク" in win.windowTitle()
        play = win.controls.playButton
        assert play.accessibleName() == "学習を開始"
        assert "再生" in play.toolTip()
        texts = {label.text() for label in win.findChildren(QLabel)}
        assert {"データ", "特徴量", "出力", "損失"} <= texts  # the section headings
        lr_label = next(label for label in win.findChildren(QLabel)
                        if label.buddy() is win.hyperparams.learningRateCombo)
        assert lr_label.text() == "学習率 η"
        assert win.findChild(QToolButton, "dataset_circleButton").accessibleName() == (
            "データセット: 円")
        assert "中間層" in win.network_editor.layersLabel.text()
        assert "学習(&T)" in [action.text() for action in win.menuBar().actions()]

        # Text built from live snapshots is translated too.
        qtbot.waitUntil(lambda: win.latest_snapshot is not None, timeout=20000)
        assert win.controls.stepLabel.text().startswith("ステップ")
        view = win.network_view
        hidden = view.node_center(1, 0)
        assert view.tooltip_text(hidden).startswith("中間層 1、ニューロン 1（tanh）")
        assert "バイアス b = " in view.tooltip_text(hidden)
    finally:
        win.close()
