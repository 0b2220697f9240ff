"""The playground window: lays out the top bar and the docks, and wires them.

State and decisions live in the :class:`~playground.controller.Controller`
(settings, workers, play state, divergence, messages); the views are plug-ins
listed in :mod:`playground.views.registry` and hosted in docks
(:mod:`playground.views.dock_host`). This module only builds, arranges and
connects, and switches the look (projector mode) and the language in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget

from playground.appearance import Appearance
from playground.controller import Controller
from playground.guard import guarded, problems
from playground.i18n import current_language, install_language
from playground.keyboard import EnterPresses, is_text_field
from playground.lessons.welcome import install_lessons
from playground.panels.top_bar import TopBar
from playground.presets import PresetError, load_preset
from playground.remembered import LAYOUT_VERSION, Remembered
from playground.settings import SPEED_LEVELS, VIEW_KEYS, Settings
from playground.state import translated_message
from playground.views.default_sizing import DefaultSizing
from playground.views.dock_host import DockHost
from playground.window_menus import WindowMenus

#: Settings a preset leaves as they are unless its file names them.
KEPT_BY_PRESETS = VIEW_KEYS | {"speed"}
#: The smallest window the layout is made for.
MIN_WIDTH, MIN_HEIGHT = 1024, 700


class MainWindow(QMainWindow):
    """The main window of nn-playground.

    Parameters
    ----------
    settings : Settings, optional
        Starting settings; the defaults are TensorFlow Playground's.
    remembered : Remembered, optional
        Where the arrangement, language and projector mode are kept
        (default: the user's settings; tests point it at a temporary folder).
    """

    def __init__(self, settings: Settings | None = None, remembered: Remembered | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.remembered = remembered or Remembered()
        self.controller = Controller(settings or Settings(), self)
        self.state = self.controller.state
        self.appearance = Appearance(self)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)

        self.top_bar = TopBar(self.controller)
        toolbar = QToolBar(self, objectName="controlsToolBar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setVisible(False)  # Play must never be hidden by a click
        toolbar.addWidget(self.top_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.controls = self.top_bar.controls
        self.hyperparams = self.top_bar.hyperparams
        self.banner = self.top_bar.banner

        # Docks fill the window: the central widget stays hidden.
        placeholder = QWidget(objectName="central")
        self.setCentralWidget(placeholder)
        placeholder.hide()
        self.setDockNestingEnabled(True)
        self.docks = DockHost(self, self.controller, self.appearance.style)
        self.sizing = DefaultSizing(self, self.docks)

        self.menus = WindowMenus(self, {
            "play": self.controller.toggle_play,
            "step": self.controller.step,
            "stepEpoch": self.controller.step_epoch,
            "reset": self.controller.reset,
            "undo": self.controller.undo_edit,
            "speedUp": lambda: self._change_speed(+1),
            "speedDown": lambda: self._change_speed(-1),
            "projector": self.set_projector_mode,
            "fullScreen": self.set_full_screen,
            "maximizeView": lambda _on: self.toggle_maximized(),
            "resetLayout": self.reset_arrangement,
            "toolPick": lambda: self._plane_tool("pick"),
            "toolDraw": lambda: self._plane_tool("draw"),
            "focusWindow": self._on_escape,
            "quit": self.close,
        }, self.docks, self.apply_preset, self.set_language)
        self.menus.language_actions[current_language()].setChecked(True)
        self.docks.maximizedChanged.connect(self.menus.actions["maximizeView"].setChecked)
        self.enter_presses = EnterPresses(self)
        self.enter_presses.watch(self.top_bar)
        self.docks.contentBuilt.connect(self.enter_presses.watch)
        problems().problem.connect(self._on_problem)
        self.appearance.changed.connect(self._on_style_changed)
        self.lessons = install_lessons(self)  # Help → Lessons (F1), lesson keys, first-run welcome

        self.setWindowTitle(self.tr("nn-playground — watch a neural network learn"))
        self.statusBar().setObjectName("statusBar")
        self._layout_restored = False
        self.resize(1280, 800)
        self.controls.playButton.setFocus()  # Space plays; Tab walks on from there

    # ------------------------------------------------------------------ views
    @property
    def latest_frame(self):
        return self.controller.latest_frame

    def view(self, name: str) -> QWidget:
        """The content of dock ``name``, built if it was not yet shown."""
        return self.docks.content(name, build=True)

    @property
    def boundary_view(self):
        return self.view("boundary").view

    @property
    def loss_view(self):
        return self.view("loss").view

    @property
    def network_view(self):
        return self.view("network").view

    # ------------------------------------------------------------------ arrangement
    @guarded
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._layout_restored:
            return
        self._layout_restored = True
        saved = self.remembered.layout()
        if saved is not None and self.restoreState(saved[1], LAYOUT_VERSION):
            self.docks.mark_placed()
            self.sizing.user_arranged()
        else:
            self.sizing.refit()

    def reset_arrangement(self) -> None:
        """Back to the default docks and sizes (and forget the remembered arrangement)."""
        if self.docks.maximized is not None:
            self.docks.toggle_maximized(self.docks.maximized)
        self.docks.arrange_default()
        self.sizing.reset()
        self.remembered.forget_layout()

    def toggle_maximized(self) -> None:
        """Maximise the dock under the mouse (or the output), or restore all."""
        if self.docks.maximized is not None:
            self.docks.toggle_maximized(self.docks.maximized)
            return
        widget = QApplication.widgetAt(self.cursor().pos())
        name = "boundary"
        while widget is not None:
            if getattr(widget, "spec", None) is not None and widget in self.docks.docks.values():
                name = widget.spec.name
                break
            widget = widget.parentWidget()
        self.docks.toggle_maximized(name)

    def set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    # ------------------------------------------------------------------ look and language
    def set_projector_mode(self, on: bool) -> None:
        """Large text and thick lines for a classroom projector, or back to laptop size."""
        self.appearance.set_projector(bool(on), self.height())
        self.remembered.save_projector(bool(on))
        action = self.menus.actions["projector"]
        if action.isChecked() != bool(on):
            action.setChecked(bool(on))

    @property
    def projector_mode(self) -> bool:
        return self.appearance.projector

    def _on_style_changed(self, style) -> None:
        self.setFont(QApplication.font())  # explicit on the window: theme fonts yield too
        # On the projector the controls yield height to the plots: the hyperparameters
        # leave the top bar for the top of the input column.
        projector = self.appearance.projector
        self.hyperparams.set_vertical(projector)
        if projector:
            self.view("data").host_on_top(self.hyperparams)
        else:
            self.top_bar.host_hyperparams()
        self.top_bar.set_style(style)
        self.docks.set_style(style)
        self.sizing.refit(delay_ms=40)  # once the new font has reached every widget

    def set_language(self, language: str) -> None:
        """Switch the interface language in place (every text, no rebuild)."""
        install_language(QApplication.instance(), language)
        self.remembered.save_language(language)
        self.setWindowTitle(self.tr("nn-playground — watch a neural network learn"))
        self.menus.retranslate()
        self.lessons.retranslate()
        self.menus.language_actions[current_language()].setChecked(True)
        self.top_bar.retranslate()
        self.docks.retranslate()

    # ------------------------------------------------------------------ commands
    def apply_preset(self, name: str) -> bool:
        """Load a shipped preset; a bad one is reported and changes nothing."""
        try:
            preset = load_preset(name)
        except PresetError as exc:
            self.controller.say("error", translated_message(exc), "preset")
            return False
        # Speed and display options stay as the learner set them unless the
        # preset says otherwise; everything else comes from the preset.
        keep = {k: getattr(self.state.settings, k) for k in KEPT_BY_PRESETS - preset.chosen}
        self.controller.apply_settings(preset.settings.with_changes(**keep))
        self.statusBar().showMessage(QCoreApplication.translate("presets", preset.title), 5000)
        return True

    def _change_speed(self, delta: int) -> None:
        level = min(max(self.state.settings.speed + delta, 0), len(SPEED_LEVELS) - 1)
        self.state.update(speed=level)

    def _plane_tool(self, tool: str) -> None:
        self.view("boundary").tools.set_tool(tool)

    def _on_escape(self) -> None:
        """Esc: out of a text field first; then out of a maximised view; then the message."""
        if is_text_field(QApplication.focusWidget()):
            self.controls.playButton.setFocus()
        elif self.docks.maximized is not None:
            self.toggle_maximized()
        else:
            self.controller.clear_message()

    def _on_problem(self, text: str) -> None:
        self.controller.say("error", text, "problem")

    @guarded(default=False)
    def event(self, event) -> bool:
        # Painting the window happens here (an UpdateRequest): its cost is part
        # of what a frame costs, and so of how many frames the worker sends.
        if event.type() != QEvent.Type.UpdateRequest:
            return super().event(event)
        budget = self.controller.budget
        budget.begin()
        try:
            return super().event(event)
        finally:
            budget.end()

    # ------------------------------------------------------------------ shutdown
    @guarded
    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.docks.maximized is not None:
            self.docks.toggle_maximized(self.docks.maximized)
        custom = not self.sizing.active or any(
            dock.isVisible() != dock.spec.shown for dock in self.docks.docks.values())
        self.remembered.save_layout(self.saveGeometry(), self.saveState(LAYOUT_VERSION), custom)
        self.remembered.sync()
        problems().problem.disconnect(self._on_problem)  # the reporter outlives the window
        self.docks.stop()
        self.controller.shutdown()
        self.appearance.restore_font()
        super().closeEvent(event)

