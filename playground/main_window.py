"""The playground window: panels and views laid out the way the data flows.

Left to right: data → input features → network → output. The window owns the
settings model (``AppState``) and the training client; it turns settings
changes into worker commands and newest snapshots into view updates. It does
no training and reads no engine arrays itself.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from playground.messages import divergence_message
from playground.panels.controls_bar import ControlsBar
from playground.panels.data_panel import DataPanel
from playground.panels.features_panel import FeaturesPanel
from playground.panels.hyperparams_panel import HyperparamsPanel
from playground.panels.message_banner import MessageBanner
from playground.panels.network_editor import NetworkEditor
from playground.panels.output_panel import OutputPanel
from playground.presets import PresetError, load_preset, preset_names
from playground.settings import (
    LIVE_KEYS,
    MAX_SEED,
    REGENERATE_KEYS,
    RESET_KEYS,
    VIEW_KEYS,
    Settings,
)
from playground.state import AppState, translated_message
from playground.views.colors import ViewStyle
from playground.views.network_view import NetworkView
from playground.worker.client import TrainingClient

#: Settings a preset leaves as they are unless its file names them.
KEPT_BY_PRESETS = VIEW_KEYS | {"speed"}
#: Panel text grows by this factor in projector mode (the views use ViewStyle.projector).
PROJECTOR_FONT_SCALE = 1.45
#: ... and by this much on a window lower than COMPACT_PROJECTOR_HEIGHT (e.g. 1280×800).
COMPACT_PROJECTOR_FONT_SCALE = 1.2
COMPACT_PROJECTOR_HEIGHT = 950


class MainWindow(QMainWindow):
    """The main window of nn-playground.

    Parameters
    ----------
    settings : Settings, optional
        Starting settings; the defaults are TensorFlow Playground's.
    """

    def __init__(self, settings: Settings | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("nn-playground — watch a neural network learn"))
        self.state = AppState(settings or Settings(), self)
        self.client = TrainingClient(self.state.settings, self)
        self.latest_snapshot = None
        self._shown_divergence = None  # (build_id, step) of the last divergence shown
        self._active_divergence = None  # the Divergence that stopped training, until reset
        self._batch_note = None  # (build_id, batch size) of the last "batch too big" note
        self._laptop_font = QFont(QApplication.font())
        self._style = ViewStyle.laptop()
        self._projector = False
        self._build_widgets()
        self._build_menus()
        self._connect()
        self.resize(1280, 800)

    # ------------------------------------------------------------------ layout
    def _build_widgets(self) -> None:
        s = self.state
        self.controls = ControlsBar(s)
        self.hyperparams = HyperparamsPanel(s)
        self.banner = MessageBanner()
        self.data_panel = DataPanel(s)
        self.features_panel = FeaturesPanel(s)
        self.network_editor = NetworkEditor(s)
        self.network_view = NetworkView()
        self.output_panel = OutputPanel(s)
        self.boundary_view = self.output_panel.boundary_view
        self.loss_view = self.output_panel.loss_view

        top = QFrame(objectName="topBar")
        top_col = QVBoxLayout(top)
        top_col.setContentsMargins(8, 4, 8, 4)
        top_col.setSpacing(2)
        top_col.addWidget(self.controls)
        top_col.addWidget(self.hyperparams)

        left = QWidget(objectName="inputColumn")
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.data_panel)
        left_col.addWidget(self.features_panel)
        left_col.addStretch(1)
        left_scroll = QScrollArea(objectName="inputScroll")
        left_scroll.setAccessibleName(self.tr("Data and features"))
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        left_scroll.setMinimumWidth(left.sizeHint().width() + 16)
        scale = QApplication.font().pointSizeF() / self._laptop_font.pointSizeF()
        left_scroll.setMaximumWidth(round(340 * scale))

        middle = QWidget(objectName="networkColumn")
        mid_col = QVBoxLayout(middle)
        mid_col.setContentsMargins(0, 0, 0, 0)
        mid_col.addWidget(self.network_editor, 0)
        mid_col.addWidget(self.network_view, 1)

        body = QHBoxLayout()
        body.setContentsMargins(8, 0, 8, 8)
        body.setSpacing(12)
        body.addWidget(left_scroll, 0)
        # The diagram and the output share spare width 3:2, so the boundary grows
        # on a big screen instead of leaving the diagram all the room; 1:1 in
        # projector mode, where big text leaves the output little room otherwise.
        body.addWidget(middle, 1 if self._projector else 3)
        body.addWidget(self.output_panel, 1 if self._projector else 2)

        central = QWidget(objectName="central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addWidget(top)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        old = self.takeCentralWidget()
        if old is not None:
            # Detach first so lookups by objectName find only the new panels.
            old.hide()
            old.setParent(None)
            old.deleteLater()
        self.setCentralWidget(central)
        self.statusBar().setObjectName("statusBar")

        self.controls.playToggled.connect(self._on_play_toggled)
        self.controls.stepRequested.connect(self._on_step)
        self.controls.stepEpochRequested.connect(self._on_step_epoch)
        self.controls.resetRequested.connect(self._on_reset)
        self.network_view.neuronHovered.connect(self.boundary_view.show_neuron)
        self.network_view.neuronLeft.connect(self.boundary_view.show_output)
        for view in (self.boundary_view, self.loss_view, self.network_view):
            view.set_style(self._style)
        self._tune_keyboard_focus(central)
        # Start on Play: Space then plays (a teacher's first key), and Tab
        # walks on from there.
        self.controls.playButton.setFocus()
        self._apply_view_options()
        if self.latest_snapshot is not None:
            self._show_snapshot(self.latest_snapshot)

    @staticmethod
    def _tune_keyboard_focus(root: QWidget) -> None:
        """Tab reaches every control; the mouse does not leave buttons focused.

        A button or check box focused by a click would take the next Space for
        itself (ticking the feature again, regenerating again) instead of
        play/pause. Plots and scroll areas show nothing when focused: skip them.
        """
        for button in root.findChildren(QAbstractButton):
            if button.focusPolicy() == Qt.StrongFocus:
                button.setFocusPolicy(Qt.TabFocus)
        for view in root.findChildren(QGraphicsView) + root.findChildren(QScrollArea):
            view.setFocusPolicy(Qt.NoFocus)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        presets_menu = self.menuBar().addMenu(self.tr("&Presets"))
        presets_menu.setObjectName("presetsMenu")
        for name in preset_names():
            try:
                title = QCoreApplication.translate("presets", load_preset(name).title)
            except PresetError as exc:  # listed but unusable: say so, don't hide it
                title = f"{name} ({translated_message(exc)})"
            action = QAction(title, self)
            action.setData(name)
            action.triggered.connect(self._on_preset_action)
            presets_menu.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.projectorAction = QAction(self.tr("&Projector mode (large text, thick lines)"), self)
        self.projectorAction.setObjectName("projectorAction")
        self.projectorAction.setCheckable(True)
        self.projectorAction.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.projectorAction.toggled.connect(self.set_projector_mode)
        view_menu.addAction(self.projectorAction)
        self.addAction(self.projectorAction)

        train_menu = self.menuBar().addMenu(self.tr("&Training"))
        # Space is not a menu shortcut: a shortcut would steal it from the focused
        # check box or button; keyPressEvent gets it when no control wants it.
        play = QAction(self.tr("Play / pause") + "\t" + self.tr("Space"), self)
        play.setObjectName("playAction")
        play.triggered.connect(lambda: self.controls.playButton.click())
        train_menu.addAction(play)
        # Look the buttons up at trigger time: projector mode rebuilds the panels.
        for text, keys, slot in (
            (self.tr("Step one batch"), "Ctrl+Right", lambda: self.controls.stepButton.click()),
            (self.tr("Step one epoch"), "Ctrl+Shift+Right",
             lambda: self.controls.stepEpochButton.click()),
            (self.tr("Reset"), "Ctrl+R", lambda: self.controls.resetButton.click()),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            # Window-wide, but a focused text field still gets its own keys.
            action.setShortcutContext(Qt.WindowShortcut)
            action.triggered.connect(slot)
            train_menu.addAction(action)
            self.addAction(action)
        self._escape = QShortcut(QKeySequence("Escape"), self, lambda: self.banner.clear())

    def _connect(self) -> None:
        self.state.changed.connect(self._on_settings_changed)
        self.state.rejected.connect(self._on_rejected)
        self.client.snapshotReady.connect(self._on_snapshot)
        self.client.errorOccurred.connect(self._on_worker_error)
        self.client.settingsRefused.connect(self._on_settings_refused)

    def set_projector_mode(self, on: bool) -> None:
        """Large text and thick lines for a classroom projector, or back to laptop size."""
        if on == self._projector:
            return
        self._projector = on
        # A 1280×800 classroom projector has less room than a 1080p one: there
        # the text grows a little less, so the plots keep a useful size.
        compact = self.height() < COMPACT_PROJECTOR_HEIGHT
        self._style = ViewStyle.laptop()
        scale = 1.0
        if on:
            self._style = ViewStyle.projector()
            scale = PROJECTOR_FONT_SCALE
            if compact:
                self._style = replace(self._style, font_pt=self._style.font_pt * 0.8,
                                      line_scale=self._style.line_scale * 0.8,
                                      marker_px=self._style.marker_px * 0.8)
                scale = COMPACT_PROJECTOR_FONT_SCALE
        font = QFont(self._laptop_font)
        font.setPointSizeF(self._laptop_font.pointSizeF() * scale)
        # Panels size their fonts, icons and columns when built, so rebuild them
        # under the new application font; they re-read everything from the state
        # and the views redraw the newest snapshot.
        QApplication.setFont(font)
        self.setFont(font)  # explicit on the window, so theme per-class fonts yield too
        playing = self.controls.playButton.isChecked()
        message = (self.banner.text(), self.banner.kind) if self.banner.isVisible() else None
        self._build_widgets()
        self.controls.set_playing(playing)
        if message:
            self.banner.show_message(*message)
        if self.projectorAction.isChecked() != on:
            self.projectorAction.setChecked(on)

    @property
    def projector_mode(self) -> bool:
        return self._projector

    # ------------------------------------------------------------------ settings
    @Slot(object)
    def _on_settings_changed(self, keys: frozenset) -> None:
        if keys & (RESET_KEYS | LIVE_KEYS | REGENERATE_KEYS):
            self.client.send_settings(self.state.settings)
        if keys & RESET_KEYS:
            self.banner.clear()
            self._active_divergence = None
        if keys & VIEW_KEYS:
            self._apply_view_options()

    def _apply_view_options(self) -> None:
        s = self.state.settings
        self.boundary_view.set_show_test(s.show_test)
        self.boundary_view.set_discretize(s.discretize)
        self.loss_view.set_log_scale(s.log_loss)

    @Slot(str)
    def _on_rejected(self, message: str) -> None:
        self.banner.show_message(message, "warning")

    def _on_preset_action(self) -> None:
        self.apply_preset(self.sender().data())

    def apply_preset(self, name: str) -> bool:
        """Load a shipped preset; a bad one is reported and changes nothing."""
        try:
            preset = load_preset(name)
        except PresetError as exc:
            self.banner.show_message(translated_message(exc), "error")
            return False
        # Speed and display options stay as the learner set them unless the
        # preset says otherwise; everything else comes from the preset.
        keep = {k: getattr(self.state.settings, k) for k in KEPT_BY_PRESETS - preset.chosen}
        settings = preset.settings.with_changes(**keep)
        if settings == self.state.settings:
            # Choosing the preset in use means "start it again", exactly as it
            # was: same seeds, so the same run (Reset would draw new weights).
            self._pause_ui()
            self.banner.clear()
            self._active_divergence = None
            self.client.reset()
        else:
            self._pause_ui()
            self.state.replace_all(settings)
        self.statusBar().showMessage(QCoreApplication.translate("presets", preset.title), 5000)
        return True

    # ------------------------------------------------------------------ training
    @Slot(bool)
    def _on_play_toggled(self, playing: bool) -> None:
        if not playing:
            self.client.pause()
            return
        if self._refuse_if_diverged():
            # The worker will not train a blown-up network: say so, don't pretend.
            self.controls.set_playing(False)
            return
        self.client.play()

    @Slot()
    def _on_step(self) -> None:
        self._pause_ui()
        if not self._refuse_if_diverged():
            self.client.step(1)

    @Slot()
    def _on_step_epoch(self) -> None:
        self._pause_ui()
        if not self._refuse_if_diverged():
            self.client.step_epoch()

    def _refuse_if_diverged(self) -> bool:
        if self._active_divergence is None:
            return False
        self.banner.show_message(divergence_message(self._active_divergence), "error")
        return True

    @Slot()
    def _on_reset(self) -> None:
        """Start again from new random weights (like TF Playground); the data stays."""
        self._pause_ui()
        self.banner.clear()
        self._active_divergence = None
        if self.client.is_running:
            seed = self.state.settings.init_seed
            self.state.update(init_seed=seed + 1 if seed < MAX_SEED else 0)
        else:
            self.client.reset()  # the worker was lost: a new one, with the latest settings

    def _pause_ui(self) -> None:
        if self.controls.playButton.isChecked():
            self.controls.set_playing(False)
            self.client.pause()

    @Slot(object)
    def _on_snapshot(self, snapshot) -> None:
        self.latest_snapshot = snapshot
        self._show_snapshot(snapshot)
        self._note_batch_clamp(snapshot)
        if not snapshot.diverged:
            # A healthy frame (e.g. after a Reset) ends any earlier divergence,
            # even one whose frame arrived after the Reset was pressed.
            if self._active_divergence is not None:
                self._active_divergence = None
                if self.banner.kind == "error":
                    self.banner.clear()
        elif self._shown_divergence != (snapshot.build_id, snapshot.step):
            self._shown_divergence = (snapshot.build_id, snapshot.step)
            self._active_divergence = snapshot.divergence
            self.controls.set_playing(False)
            if snapshot.divergence is not None:
                text = divergence_message(snapshot.divergence)
            else:
                text = snapshot.diverged
            self.banner.show_message(text, "error")

    def _note_batch_clamp(self, snapshot) -> None:
        """Say so, once, when the batch size exceeds the training points."""
        batch, n = self.state.settings.batch_size, len(snapshot.t_train)
        note = (snapshot.build_id, batch)
        busy = self.banner.isVisible() and self.banner.kind in ("error", "warning")
        if batch > n > 0 and note != self._batch_note and not snapshot.diverged and not busy:
            self._batch_note = note
            self.banner.show_message(
                self.tr("Batch size {batch} is more than the {n} training points: "
                        "each step uses all {n} of them.").format(batch=batch, n=n),
                "info",
            )

    def _show_snapshot(self, snapshot) -> None:
        self.controls.set_snapshot(snapshot)
        self.network_view.set_snapshot(snapshot)
        self.output_panel.set_snapshot(snapshot)

    @Slot(str)
    def _on_worker_error(self, message: str) -> None:
        # The worker pauses itself on an error (or is gone): the button must agree.
        if self.controls.playButton.isChecked():
            self.controls.set_playing(False)
            self.client.pause()
        self.banner.show_message(self.tr("Training problem: {msg}").format(msg=message), "error")

    @Slot(object, str)
    def _on_settings_refused(self, kept, reason: str) -> None:
        self.state.replace_all(kept)  # the panels show what is really running
        self.banner.show_message(
            self.tr("That change could not be applied ({reason}); the previous settings are back.")
            .format(reason=reason),
            "error",
        )

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Reaches the window only when the focused control did not use the key.
        if event.key() == Qt.Key_Space and not event.modifiers():
            if not event.isAutoRepeat():  # holding Space must not flicker play/pause
                self.controls.playButton.click()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ shutdown
    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.client.stop()
        if self._projector:
            QApplication.setFont(self._laptop_font)  # the app font is process-wide
        super().closeEvent(event)
