"""The docks of the window: built from the registry, fed frames, arranged, remembered.

Each :class:`~playground.views.registry.DockSpec` becomes a :class:`ViewDock`.
Its content is built the first time the dock is shown (a hidden view costs
nothing at start-up). Only visible content gets frames and has its probes
computed; a dock shown again gets the newest frame at once and asks for its
probes again.

Frames are handed out one dock per event-loop turn (the first at once), so a
frame is several short blocks of GUI work rather than one long one, and timers
and input are served in between; a dock whose content is still busy with the
previous frame simply gets the newest one when its turn comes.
"""

from __future__ import annotations

import importlib
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from playground.views.base import ViewContext
from playground.views.registry import DOCKS, DockSpec

_AREAS = {"left": Qt.DockWidgetArea.LeftDockWidgetArea,
          "middle": Qt.DockWidgetArea.LeftDockWidgetArea,
          "right": Qt.DockWidgetArea.RightDockWidgetArea}


class ViewDock(QDockWidget):
    """A dock whose content is built from its spec on first show."""

    def __init__(self, spec: DockSpec, host: DockHost):
        super().__init__(QCoreApplication.translate("docks", spec.title))
        self.spec = spec
        self.host = host
        self.setObjectName(f"{spec.name}Dock")
        self.setAccessibleName(self.windowTitle())
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.content: QWidget | None = None
        self.showing = False  # visible on screen (not behind another tab)
        self.placed = spec.shown  # an extra view finds its tab when first shown
        self.visibilityChanged.connect(self._on_visibility)

    def ensure_content(self) -> QWidget:
        """Build the content now if it is not built yet."""
        if self.content is None:
            module, _, cls = self.spec.factory.partition(":")
            factory = getattr(importlib.import_module(module), cls)
            context = ViewContext(self.host.controller, self.host.style, self.spec.name, self.host)
            self.content = factory(context)
            self.setWidget(self.content)
            self.host.contentBuilt.emit(self.content)
            probes_changed = getattr(self.content, "probesChanged", None)
            if probes_changed is not None:
                probes_changed.connect(self._send_probes)
        return self.content

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("docks", self.spec.title))
        self.setAccessibleName(self.windowTitle())
        if self.content is not None and hasattr(self.content, "retranslate"):
            self.content.retranslate()

    def _on_visibility(self, visible: bool) -> None:
        self.showing = visible
        if visible and not self.placed:
            self.placed = True
            QTimer.singleShot(0, lambda: self.host.place(self))
        if visible:
            self.ensure_content()
            self._send_probes()
            frame = self.host.controller.latest_frame
            if frame is not None:
                self.host.deliver_to(self, frame)
        else:
            self._drop_probes()

    def _send_probes(self) -> None:
        if self.content is None or not self.showing:
            return
        requests = getattr(self.content, "probe_requests", dict)()
        wanted = {f"{self.spec.name}.{suffix}": req for suffix, req in requests.items()}
        for key in set(self._probe_keys()) - set(wanted):
            self.host.controller.drop_probe(key)
        for key, (name, params) in wanted.items():
            self.host.controller.set_probe(key, name, params)
        self._sent = set(wanted)

    def _drop_probes(self) -> None:
        for key in self._probe_keys():
            self.host.controller.drop_probe(key)
        self._sent = set()

    def _probe_keys(self) -> set:
        return getattr(self, "_sent", set())


class DockHost(QObject):
    """Creates, arranges and feeds the docks of ``window``.

    Parameters
    ----------
    window : QMainWindow
        Gets the docks; its central widget should be hidden so docks fill it.
    controller : playground.controller.Controller
        Source of frames and the sink of probe requests.
    style : ViewStyle
        Sizes the views start with.

    Signals
    -------
    maximizedChanged(bool)
    contentBuilt(object)
        A dock's content was just built (the window lets Enter press its buttons).
    """

    maximizedChanged = Signal(bool)
    contentBuilt = Signal(object)

    def __init__(self, window: QMainWindow, controller, style):
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.style = style
        self.docks: dict[str, ViewDock] = {}
        self._queue: list[ViewDock] = []
        self._frame = None
        self._maximized: tuple[str, bytes] | None = None
        #: True while the host itself moves docks (not the learner).
        self.arranging = False
        for spec in DOCKS:
            self.docks[spec.name] = ViewDock(spec, self)
        self.arrange_default()
        controller.frameReady.connect(self.deliver)

    # -- frames ---------------------------------------------------------------
    def deliver(self, frame) -> None:
        """Hand ``frame`` to every visible dock, one per event-loop turn."""
        waiting = bool(self._queue)
        if waiting and self._frame is not None and self._frame.probes:
            # Docks still waiting for the last frame would miss its probe answers
            # (each is sent once): carry them over, newest wins.
            frame = replace(frame, probes={**self._frame.probes, **frame.probes})
        self._frame = frame
        self._queue = [d for d in self.docks.values() if d.showing and d.content is not None]
        if not waiting:
            self._next()

    def stop(self) -> None:
        """No more deliveries (the window is closing)."""
        self._queue = []
        self._frame = None

    def deliver_to(self, dock: ViewDock, frame) -> None:
        set_frame = getattr(dock.content, "set_frame", None)
        if set_frame is not None and frame is not None:
            budget = self.controller.budget
            budget.begin()
            try:
                set_frame(frame)
            finally:
                budget.end()

    def _next(self) -> None:
        if not self._queue:
            return
        dock = self._queue.pop(0)
        if dock.showing and self._frame is not None:
            self.deliver_to(dock, self._frame)
        if self._queue:
            QTimer.singleShot(0, self._next)

    # -- style and language ------------------------------------------------------
    def set_style(self, style) -> None:
        self.style = style
        for dock in self.docks.values():
            if dock.content is not None:
                dock.content.context.style = style
                if hasattr(dock.content, "set_style"):
                    dock.content.set_style(style)

    def retranslate(self) -> None:
        for dock in self.docks.values():
            dock.retranslate()

    def content(self, name: str, build: bool = False) -> QWidget | None:
        """The content of dock ``name`` (built now if ``build``)."""
        dock = self.docks[name]
        return dock.ensure_content() if build else dock.content

    # -- arrangement ---------------------------------------------------------------
    def arrange_default(self) -> None:
        """Left: data; middle: the network; right: the plots stacked; the rest tabbed."""
        self.arranging = True
        try:
            self._arrange_default()
        finally:
            self.arranging = False

    def _arrange_default(self) -> None:
        w = self.window
        columns: dict[str, list[ViewDock]] = {"left": [], "middle": [], "right": []}
        for dock in self.docks.values():
            dock.setFloating(False)
            columns[dock.spec.area].append(dock)
        previous = None
        for area in ("left", "middle", "right"):
            shown = [d for d in columns[area] if d.spec.shown]
            for i, dock in enumerate(shown):
                w.addDockWidget(_AREAS[area], dock)
                if i == 0 and previous is not None and area == "middle":
                    w.splitDockWidget(previous, dock, Qt.Orientation.Horizontal)
                elif i > 0:
                    w.splitDockWidget(shown[i - 1], dock, Qt.Orientation.Vertical)
                dock.show()
            for dock in columns[area]:
                if not dock.spec.shown:
                    # Tabified only when first shown (place): a hidden dock in a tab
                    # group left the group's other docks unlaid-out at start.
                    w.addDockWidget(_AREAS[area], dock)
                    dock.hide()
                    dock.placed = False
            if shown:
                previous = shown[0]
        for area in ("left", "middle", "right"):
            shown = [d for d in columns[area] if d.spec.shown]
            if len(shown) > 1:
                w.resizeDocks(shown, [d.spec.stretch * 100 for d in shown],
                              Qt.Orientation.Vertical)
            if shown:
                shown[0].raise_()

    def place(self, dock: ViewDock) -> None:
        """Put a view shown for the first time in a tab beside the last one of its area."""
        if dock.isFloating():
            return
        others = [d for d in self.docks.values() if d is not dock and d.spec.area == dock.spec.area
                  and d.isVisible() and not d.isFloating()]
        if others:
            self.arranging = True
            try:
                self.window.tabifyDockWidget(others[-1], dock)
                dock.show()
                dock.raise_()
            finally:
                self.arranging = False

    def mark_placed(self) -> None:
        """A restored arrangement already puts every dock where the learner had it."""
        for dock in self.docks.values():
            dock.placed = True

    def set_column_widths(self, left: int, middle: int, right: int) -> None:
        """Widths of the three default columns, in pixels."""
        firsts = []
        for area in ("left", "middle", "right"):
            dock = next((d for d in self.docks.values()
                         if d.spec.area == area and d.spec.shown and d.isVisible()), None)
            if dock is not None:
                firsts.append((dock, {"left": left, "middle": middle, "right": right}[area]))
        if firsts:
            self.window.resizeDocks([d for d, _ in firsts], [px for _, px in firsts],
                                    Qt.Orientation.Horizontal)

    # -- maximise one (the projector) --------------------------------------------------
    @property
    def maximized(self) -> str | None:
        return self._maximized[0] if self._maximized else None

    def toggle_maximized(self, name: str) -> None:
        """Show only dock ``name`` (or restore the arrangement if it is maximised)."""
        if self.arranging:
            return  # asked from a dock's reaction to this very rearrangement
        self.arranging = True
        try:
            if self._maximized is not None:
                _, state = self._maximized
                self._maximized = None
                self.window.restoreState(state)
                self.maximizedChanged.emit(False)
                return
            self._maximized = (name, bytes(self.window.saveState()))
            target = self.docks[name]
            target.setFloating(False)
            for dock in self.docks.values():
                if dock is not target:
                    dock.hide()
            target.show()
            target.raise_()
            self.maximizedChanged.emit(True)
        finally:
            self.arranging = False
