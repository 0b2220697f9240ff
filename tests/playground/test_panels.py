"""The control panels, driven like a user would: clicks, keys, typed text.

Every panel is bound both ways to an AppState; these tests check that a user
edit lands in the settings exactly once, that a settings change (a preset, a
loaded session) shows up in the widgets without echoing back, and that refused
edits are reported and undone.
"""

from __future__ import annotations

import dataclasses
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollBar,
    QSpinBox,
    QWidget,
)

from engine.datasets import DATASETS
from playground.i18n import current_language, install_language
from playground.panels import message_banner
from playground.panels.controls_bar import ControlsBar, format_loss
from playground.panels.data_panel import DataPanel
from playground.panels.features_panel import FeaturesPanel
from playground.panels.hyperparams_panel import HyperparamsPanel
from playground.panels.message_banner import MessageBanner
from playground.panels.network_editor import NetworkEditor
from playground.panels.thumbnails import CLASS_COLORS, dataset_pixmap
from playground.settings import ALL_FEATURES, MAX_SEED, Settings
from playground.views.colors import ViewStyle
from tests.playground.conftest import Recorder, child, click, make_panel
from tests.playground.frames import make_frame

PANELS = (DataPanel, FeaturesPanel, NetworkEditor, HyperparamsPanel, ControlsBar)


# ------------------------------------------------------------ all panels together


def test_a_whole_new_settings_value_refreshes_every_panel_without_echo(qtbot, state, monkeypatch):
    panels = {cls: make_panel(qtbot, cls, state) for cls in PANELS}
    updates = []
    original = state.update
    monkeypatch.setattr(state, "update", lambda **kw: updates.append(kw) or original(**kw))
    preset = Settings(dataset="spiral", n_classes=3, noise=0.12, train_ratio=0.3, batch_size=7,
                      data_seed=77, features=("x1", "sin_x2"), hidden=(5,), activations=("relu",),
                      learning_rate=0.05, optimizer="adam", regularization="l1",
                      reg_rate=0.003, init="he", speed=1)
    state.replace_all(preset)
    assert updates == []  # no widget echoed the refresh back as an edit
    assert state.settings == preset
    data = panels[DataPanel]
    assert data.noiseSlider.value() == 12 and data.classesSpin.value() == 3
    assert data.seedSpin.value() == 77
    assert panels[NetworkEditor].layer_count() == 1
    assert panels[HyperparamsPanel].learningRateCombo.currentText() == "0.05"
    assert panels[HyperparamsPanel].regRateCombo.currentText() == "0.003"
    assert panels[ControlsBar].speedLabel.text() == "Speed: 10 steps/s"
    assert [n for n in ALL_FEATURES if panels[FeaturesPanel].checkbox(n).isChecked()] == [
        "x1", "sin_x2"]


# --------------------------------------------------------------------- data panel


def test_clicking_a_dataset_thumbnail_picks_that_dataset(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    changes = Recorder(state.changed)
    spiral = child(panel, QAbstractButton, "dataset_spiralButton")
    qtbot.mouseClick(spiral, Qt.MouseButton.LeftButton)
    assert state.settings.dataset == "spiral"
    assert changes.calls == [frozenset({"dataset"})]
    checked = [b.objectName() for b in panel.findChildren(QAbstractButton)
               if b.objectName().startswith("dataset_") and b.isChecked()]
    assert checked == ["dataset_spiralButton"]


def test_every_dataset_has_a_button_in_the_picker(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    picker = child(panel, QWidget, "datasetPicker")
    for name in DATASETS:
        button = child(picker, QAbstractButton, f"dataset_{name}Button")
        assert not button.icon().isNull()


def test_classes_spin_is_enabled_only_for_multiclass_datasets(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    spin = child(panel, QSpinBox, "classesSpin")
    for name, info in DATASETS.items():
        click(qtbot, panel, f"dataset_{name}Button")
        assert spin.isEnabled() == info.multiclass, name
    click(qtbot, panel, "dataset_blobsButton")
    spin.setValue(4)
    assert state.settings.n_classes == 4


def test_settings_changes_refresh_the_data_panel_without_echo(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    changes = Recorder(state.changed)
    state.update(dataset="xor", noise=0.25, train_ratio=0.7, batch_size=30)
    assert len(changes.calls) == 1  # the refresh did not call update again
    assert child(panel, QAbstractButton, "dataset_xorButton").isChecked()
    assert child(panel, QAbstractSlider, "noiseSlider").value() == 25
    assert "25 %" in panel.noiseLabel.text()
    assert child(panel, QAbstractSlider, "trainRatioSlider").value() == 70
    assert child(panel, QSpinBox, "batchSizeSpin").value() == 30


def test_noise_slider_keyboard_step_applies_at_once(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    changes = Recorder(state.changed)
    slider = child(panel, QAbstractSlider, "noiseSlider")
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert state.settings.noise == pytest.approx(0.05)
    assert panel.noiseLabel.text() == "Noise: 5 %"
    assert len(changes.calls) == 1


def test_dragging_a_slider_resets_once_on_release(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    changes = Recorder(state.changed)
    slider = child(panel, QAbstractSlider, "noiseSlider")
    slider.setSliderDown(True)
    for value in (5, 10, 15, 20, 35):
        slider.setValue(value)
    assert changes.calls == []  # no reset per pixel of the drag
    assert panel.noiseLabel.text() == "Noise: 35 %"  # but the label follows
    slider.setSliderDown(False)  # emits sliderReleased
    assert state.settings.noise == pytest.approx(0.35)
    assert changes.calls == [frozenset({"noise"})]


def test_batch_size_typed_in(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    spin = child(panel, QSpinBox, "batchSizeSpin")
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "25")
    assert state.settings.batch_size == 10  # no half-typed value on the way
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert state.settings.batch_size == 25


def test_regenerate_draws_new_data_but_keeps_the_network(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    changes = Recorder(state.changed)
    before = state.settings
    click(qtbot, panel, "regenerateButton")
    assert state.settings.data_seed != before.data_seed
    assert changes.calls == [frozenset({"data_seed"})]


def test_regenerate_moves_the_seed_box_to_the_next_seed(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    seed = child(panel, QSpinBox, "seedSpin")
    assert seed.value() == 0
    click(qtbot, panel, "regenerateButton")
    click(qtbot, panel, "regenerateButton")
    assert state.settings.data_seed == 2 and seed.value() == 2
    state.update(data_seed=MAX_SEED)
    changes = Recorder(state.changed)
    click(qtbot, panel, "regenerateButton")  # no refusal at the top: it wraps round
    assert state.settings.data_seed == 0 and seed.value() == 0
    assert changes.calls == [frozenset({"data_seed"})]


def test_typed_seed_draws_new_data_for_the_same_network(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    changes = Recorder(state.changed)
    seed = child(panel, QSpinBox, "seedSpin")
    seed.lineEdit().selectAll()
    qtbot.keyClicks(seed, "1234")
    assert changes.calls == []  # no new data for "1", "12", "123" on the way
    qtbot.keyClick(seed, Qt.Key.Key_Return)
    assert state.settings.data_seed == 1234
    assert changes.calls == [frozenset({"data_seed"})]  # a regenerate, not a reset
    qtbot.keyClick(seed, Qt.Key.Key_Up)
    assert state.settings.data_seed == 1235


def test_seed_box_follows_the_settings_without_echo(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    changes = Recorder(state.changed)
    state.replace_all(Settings(dataset="moons", data_seed=2024))
    assert len(changes.calls) == 1
    assert child(panel, QSpinBox, "seedSpin").value() == 2024
    assert state.settings.data_seed == 2024
    assert panel.seedSpin.maximum() == MAX_SEED  # every seed the settings take fits


def test_logic_gates_disable_noise_and_split(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    click(qtbot, panel, "dataset_gate_xorButton")
    assert not panel.noiseSlider.isEnabled()
    assert not panel.regenerateButton.isEnabled()
    assert not panel.seedSpin.isEnabled()  # four fixed points: no seed to choose
    click(qtbot, panel, "dataset_circleButton")
    assert panel.noiseSlider.isEnabled() and panel.seedSpin.isEnabled()


def test_thumbnails_show_each_class_in_its_colour():
    def colours(pixmap):
        image = pixmap.toImage()
        return {QColor(image.pixel(x, y)).name().upper()
                for x in range(image.width()) for y in range(image.height())}

    two = colours(dataset_pixmap("circle", 48, 2))
    assert {CLASS_COLORS[0], CLASS_COLORS[1]} <= two
    assert CLASS_COLORS[2] not in two
    four = colours(dataset_pixmap("spiral", 48, 4))
    assert set(CLASS_COLORS[:4]) <= four


# ------------------------------------------------------------------- features panel


def test_feature_toggles_keep_canonical_order(qtbot, state):
    panel = make_panel(qtbot, FeaturesPanel, state)
    for name in ("sin_x2", "x1sq"):
        click(qtbot, panel, f"feature_{name}Check")
    assert state.settings.features == ("x1", "x2", "x1sq", "sin_x2")
    click(qtbot, panel, "feature_x1Check")
    assert state.settings.features == ("x2", "x1sq", "sin_x2")


def test_last_feature_cannot_be_unchecked(qtbot, state):
    state.update(features=("x2",))
    panel = make_panel(qtbot, FeaturesPanel, state)
    refusals = Recorder(state.rejected)
    box = child(panel, QAbstractButton, "feature_x2Check")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert refusals.calls == ["pick at least one input feature"]
    assert box.isChecked()
    assert state.settings.features == ("x2",)


def test_features_follow_the_state(qtbot, state):
    panel = make_panel(qtbot, FeaturesPanel, state)
    changes = Recorder(state.changed)
    state.update(features=("x1x2",))
    assert len(changes.calls) == 1
    ticked = [n for n in ALL_FEATURES if panel.checkbox(n).isChecked()]
    assert ticked == ["x1x2"]


# -------------------------------------------------------------------- controls bar


def numbers_frame(dataset: str = "circle", epoch: int = 42, step: int = 1234, **numbers):
    """A real frame of ``dataset`` whose counters and numbers are set to round values."""
    return dataclasses.replace(make_frame(dataset), epoch=epoch, step=step, **numbers)


def test_controls_emit_their_signals(qtbot, state):
    bar = make_panel(qtbot, ControlsBar, state)
    for name, signal in (("stepButton", bar.stepRequested),
                         ("stepEpochButton", bar.stepEpochRequested),
                         ("resetButton", bar.resetRequested)):
        with qtbot.waitSignal(signal, timeout=500):
            qtbot.mouseClick(child(bar, QAbstractButton, name), Qt.MouseButton.LeftButton)
    play = child(bar, QAbstractButton, "playButton")
    with qtbot.waitSignal(bar.playToggled, timeout=500) as blocker:
        qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert play.accessibleName() == "Pause training"
    toggles = Recorder(bar.playToggled)
    bar.set_playing(False)
    assert toggles.calls == [] and not play.isChecked()
    assert play.accessibleName() == "Start training"


def test_controls_show_the_frame_numbers(qtbot, state):
    bar = make_panel(qtbot, ControlsBar, state)
    bar.set_frame(numbers_frame(train_loss=0.1234, test_loss=0.2, train_acc=0.95,
                                test_acc=0.875, steps_per_second=512.0))
    assert bar.epochLabel.text() == "000,042"
    assert bar.stepLabel.text() == "Step 1,234"
    assert bar.rateLabel.text() == "512 steps/s"
    assert bar.trainLossLabel.text() == "0.1234"
    assert bar.testLossLabel.text() == "0.2"
    assert bar.trainAccLabel.text() == "95.0 %"
    assert bar.testAccLabel.text() == "87.5 %"
    assert bar.testAccLabel.isVisibleTo(bar)
    regression = numbers_frame("reg_plane", epoch=1_234_567)
    assert not regression.is_classification
    bar.set_frame(regression)
    assert bar.epochLabel.text() == "1,234,567"
    assert not bar.trainAccLabel.isVisibleTo(bar)
    assert not bar.testAccLabel.isVisibleTo(bar)


def test_controls_show_dashes_where_there_is_no_test_split(qtbot, state):
    bar = make_panel(qtbot, ControlsBar, state)
    frame = make_frame("gate_xor", hidden=(2,), batch_size=4, train_steps=10)
    assert not frame.has_test
    bar.set_frame(frame)
    assert bar.trainLossLabel.text() == format_loss(frame.train_loss) != "—"
    assert bar.testLossLabel.text() == "—" and bar.testAccLabel.text() == "—"


def test_a_rebuild_clears_the_numbers_of_the_old_network(qtbot, state):
    bar = make_panel(qtbot, ControlsBar, state)
    bar.set_frame(numbers_frame(train_loss=0.1234))
    assert bar.trainLossLabel.text() == "0.1234"
    state.update(learning_rate=0.1)  # a live change: the network and its numbers stay
    assert bar.trainLossLabel.text() == "0.1234"
    state.update(hidden=(3,), activations=("tanh",))  # a new network: its numbers are not known
    assert bar.trainLossLabel.text() == "—" and bar.testLossLabel.text() == "—"


def test_speed_slider_updates_the_speed(qtbot, state):
    bar = make_panel(qtbot, ControlsBar, state)
    assert bar.speedLabel.text() == "Speed: 1 epoch per frame"  # TensorFlow Playground's pace
    qtbot.keyClick(child(bar, QAbstractSlider, "speedSlider"), Qt.Key.Key_Left)
    assert state.settings.steps_per_second == 1000
    assert bar.speedLabel.text() == "Speed: 1000 steps/s"
    state.update(speed=2)
    assert bar.speedSlider.value() == 2 and bar.speedLabel.text() == "Speed: 50 steps/s"


# ------------------------------------------------------------------ message banner


def test_message_banner(qtbot, monkeypatch):
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.show()
    assert banner.isHidden()
    banner.show_message("pick at least one input feature", "error")
    assert banner.isVisible() and banner.text() == "pick at least one input feature"
    with qtbot.waitSignal(banner.dismissed, timeout=500):
        click(qtbot, banner, "messageCloseButton")
    assert banner.isHidden() and banner.text() == ""
    monkeypatch.setattr(message_banner, "INFO_TIMEOUT_MS", 30)
    banner.show_message("Training resumed", "info")
    assert banner.isVisible()
    qtbot.waitUntil(banner.isHidden, timeout=1000)
    banner.show_message("stays", "warning")
    qtbot.wait(80)
    assert banner.isVisible()
    banner.clear()
    assert banner.isHidden()


def test_refusals_can_drive_the_banner(qtbot, state):
    state.update(features=("x1",))
    panel = make_panel(qtbot, FeaturesPanel, state)
    banner = MessageBanner()
    qtbot.addWidget(banner)
    state.rejected.connect(banner.show_message)
    qtbot.mouseClick(panel.checkbox("x1"), Qt.MouseButton.LeftButton)
    assert not banner.isHidden()
    assert banner.text() == "pick at least one input feature" and banner.kind == "error"


# ----------------------------------------------------------------- accessibility


@pytest.mark.parametrize("cls", PANELS)
def test_every_control_is_named_and_explained(qtbot, state, cls):
    panel = make_panel(qtbot, cls, state)
    controls = [w for w in panel.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QAbstractSpinBox | QComboBox | QAbstractSlider)
                and not isinstance(w, QScrollBar)]  # Qt's own, inside scroll areas
    assert controls
    for w in controls:
        assert w.objectName(), w
        assert w.accessibleName(), w.objectName()
        assert w.toolTip(), w.objectName()


@pytest.mark.parametrize("cls", (DataPanel, FeaturesPanel))
def test_left_column_panels_fit_a_narrow_column(qtbot, state, cls):
    panel = make_panel(qtbot, cls, state)
    assert panel.minimumSizeHint().width() <= 240


# ------------------------------------------------------------ fitting the window
# The main window is 1280 × 800 by default and must also work at 1024 px wide:
# its left column gives DataPanel + FeaturesPanel about 620 px of height, and
# its top bar gives ControlsBar and HyperparamsPanel 1024 − 16 px of width.


def test_data_and_features_fit_the_left_column_of_a_1280x800_window(qtbot, state):
    data = make_panel(qtbot, DataPanel, state)
    features = make_panel(qtbot, FeaturesPanel, state)
    # Below this, a student at 1280 × 800 never scrolls down to the feature toggles.
    assert data.sizeHint().height() + features.sizeHint().height() <= 600


def test_each_slider_shares_its_row_with_its_value(qtbot, state):
    panel = make_panel(qtbot, DataPanel, state)
    for label, slider in ((panel.noiseLabel, panel.noiseSlider),
                          (panel.trainRatioLabel, panel.trainRatioSlider)):
        assert abs(label.geometry().center().y() - slider.geometry().center().y()) <= 4
        assert label.geometry().right() < slider.geometry().left()
    classes, batch = panel.classesSpin.geometry(), panel.batchSizeSpin.geometry()
    assert abs(classes.center().y() - batch.center().y()) <= 2  # one row
    seed, regenerate = panel.seedSpin.geometry(), panel.regenerateButton.geometry()
    assert abs(seed.center().y() - regenerate.center().y()) <= 2  # one row
    assert panel.seedLabel.geometry().right() < seed.left() < seed.right() < regenerate.left()


def test_features_show_as_two_columns_without_a_subtitle(qtbot, state):
    panel = make_panel(qtbot, FeaturesPanel, state)
    lefts = {panel.checkbox(n).geometry().left() for n in ALL_FEATURES}
    assert len(lefts) == 2
    texts = [w.text() for w in panel.findChildren(QLabel)]
    assert "Which properties do you want to feed in?" not in texts
    assert any(w.toolTip() == "Which properties do you want to feed in?"
               for w in panel.findChildren(QLabel))


@pytest.mark.parametrize("cls", (ControlsBar, HyperparamsPanel))
def test_top_bar_fits_a_1024_px_window(qtbot, state, cls):
    panel = make_panel(qtbot, cls, state)
    assert panel.minimumSizeHint().width() <= 1024 - 16


# ------------------------------------------------ language and projector, in place


@contextmanager
def japanese(app):
    """The Japanese interface for the block; English again after it, whatever happens."""
    assert install_language(app, "ja") is not None, "the Japanese .qm did not load"
    try:
        yield
    finally:
        install_language(app, "en")
    assert current_language(app) == "en"


def shown_texts(panel: QWidget) -> set[str]:
    """What a user (or a screen reader) reads: label, button and spin box texts, names."""
    texts = set()
    for w in [panel, *panel.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton | QAbstractSpinBox):
            texts.add(w.text())
        texts.add(w.accessibleName())
    return texts


#: Per panel: English texts it shows by default, and their Japanese (strings the
#: Japanese .ts translates today).
LANGUAGE_CASES = {
    ControlsBar: ({"Training loss", "Test loss", "Epoch", "Step 1,234", "Start training"},
                  {"訓練の損失", "テストの損失", "エポック", "ステップ 1,234",
                   "学習を開始"}),
    DataPanel: ({"Data", "Classification", "Classes", "Batch size", "Noise: 0 %", "Seed",
                 "Regenerate", "Dataset: Circle"},
                {"データ", "分類", "クラス数", "バッチサイズ", "ノイズ: 0 %", "シード", "再生成",
                 "データセット: 円"}),
    FeaturesPanel: ({"Features", "Input feature X₁"}, {"特徴量", "入力の特徴量 X₁"}),
    HyperparamsPanel: ({"Learning rate η", "Optimizer", "Initialization"},
                       {"学習率 η", "最適化手法", "重みの初期値"}),
    NetworkEditor: ({"2 hidden layers", "Layer 1", "4 neurons", "Add hidden layer",
                     "Output: softmax + cross-entropy (2 classes)"},
                    {"中間層 2 層", "中間層 1", "4 ニューロン", "中間層を追加",
                     "出力: ソフトマックス関数 + 交差エントロピー誤差（2 クラス）"}),
}


@pytest.mark.parametrize("cls", PANELS)
def test_retranslate_switches_every_panel_to_japanese_and_back_in_place(qtbot, qapp, state, cls):
    panel = make_panel(qtbot, cls, state)
    if cls is ControlsBar:
        panel.set_frame(numbers_frame())
    english, japanese_texts = LANGUAGE_CASES[cls]
    widgets = set(panel.findChildren(QWidget))
    assert english <= shown_texts(panel)
    with japanese(qapp):
        panel.retranslate()
        shown = shown_texts(panel)
        assert japanese_texts <= shown, japanese_texts - shown
        assert not english & shown, english & shown
    panel.retranslate()
    assert english <= shown_texts(panel)
    assert set(panel.findChildren(QWidget)) == widgets  # in place: nothing was rebuilt


def test_retranslate_keeps_what_the_panels_show(qtbot, qapp, state):
    """A language switch changes words, not settings or widget states."""
    state.update(dataset="spiral", n_classes=3, hidden=(5,), activations=("relu",),
                 learning_rate=0.1, noise=0.2)
    panels = {cls: make_panel(qtbot, cls, state) for cls in PANELS}
    changes = Recorder(state.changed)
    before = state.settings
    with japanese(qapp):
        for panel in panels.values():
            panel.retranslate()
        data, editor = panels[DataPanel], panels[NetworkEditor]
        assert data.classesSpin.value() == 3 and data.noiseSlider.value() == 20
        assert data.noiseLabel.text() == "ノイズ: 20 %"
        assert child(data, QAbstractButton, "dataset_spiralButton").isChecked()
        assert editor.layer_count() == 1 and editor.layersLabel.text() == "中間層 1 層"
        assert panels[HyperparamsPanel].learningRateCombo.currentText() == "0.1"
    assert changes.calls == [] and state.settings == before


@contextmanager
def bigger_app_font(qtbot, *windows: QWidget, scale: float = 1.45):
    """The application font ``scale`` times larger (as projector mode sets it), then restored.

    Qt hands a new application font to existing windows through posted events;
    the block starts once ``windows`` have it, as the main window's panels have
    it (the window sets it on itself) when it asks them to ``set_style``.
    """
    saved = QFont(QApplication.font())
    big = QFont(saved)
    big.setPointSizeF(saved.pointSizeF() * scale)
    QApplication.setFont(big)
    try:
        for window in windows:
            qtbot.waitUntil(lambda w=window: w.font().pointSizeF() == big.pointSizeF())
        yield big
    finally:
        QApplication.setFont(saved)


def label_with_text(panel: QWidget, text: str) -> QLabel:
    labels = [w for w in panel.findChildren(QLabel) if w.text() == text]
    assert labels, f"no label says {text!r}"
    return labels[0]


#: Per panel: sizes that must grow in projector mode (fonts in points, the rest in px).
SIZE_PROBES = {
    ControlsBar: lambda p: {
        "epoch digits": p.epochLabel.font().pointSizeF(),
        "loss digits": p.trainLossLabel.font().pointSizeF(),
        "caption": label_with_text(p, "Training loss").font().pointSizeF(),
        "reset icon": p.resetButton.iconSize().width(),
        "step icon": p.stepButton.iconSize().width(),
        "play button": p.playButton.width(),
        "play icon": p.playButton.iconSize().width(),
    },
    DataPanel: lambda p: {
        "heading": label_with_text(p, "Data").font().pointSizeF(),
        "noise label": p.noiseLabel.font().pointSizeF(),
        "thumbnail": child(p, QAbstractButton, "dataset_circleButton").iconSize().width(),
        "seed box": p.seedSpin.minimumWidth(),
    },
    FeaturesPanel: lambda p: {
        "heading": label_with_text(p, "Features").font().pointSizeF(),
        "toggle text": p.checkbox("x1").font().pointSizeF(),
        "thumbnail": p.checkbox("x1").iconSize().width(),
    },
    HyperparamsPanel: lambda p: {
        "caption": label_with_text(p, "Optimizer").font().pointSizeF(),
        "combo text": p.optimizerCombo.font().pointSizeF(),
        "combo width": p.learningRateCombo.minimumWidth(),
    },
    NetworkEditor: lambda p: {
        "layer count": p.layersLabel.font().pointSizeF(),
        "add button": p.addLayerButton.width(),
        "+ sign": p.addLayerButton.font().pointSizeF(),
        "layer strip": child(p, QWidget, "hiddenLayerScroll").height(),
    },
}


@pytest.mark.parametrize("cls", PANELS)
def test_projector_style_grows_fonts_and_icons_in_place(qtbot, state, cls):
    panel = make_panel(qtbot, cls, state)
    probe = SIZE_PROBES[cls]
    widgets = set(panel.findChildren(QWidget))
    before = probe(panel)
    with bigger_app_font(qtbot, panel):
        panel.set_style(ViewStyle.projector())
        after = probe(panel)
        assert set(panel.findChildren(QWidget)) == widgets  # in place: nothing was rebuilt
    not_bigger = {k: (before[k], after[k]) for k in before if not after[k] > before[k]}
    assert not not_bigger, not_bigger
    # And back to laptop sizes once the font is restored.
    qtbot.waitUntil(lambda: panel.font().pointSizeF() == QApplication.font().pointSizeF())
    panel.set_style(ViewStyle.laptop())
    assert probe(panel) == before
