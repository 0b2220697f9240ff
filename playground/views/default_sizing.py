"""The default arrangement's sizes: the decision boundary gets its space.

Qt sizes docks from their size hints, which left the map a quarter of the
window. Here the default arrangement is sized for the map instead: the input
column as narrow as it fits, the output column as wide as a square map of
:data:`MAP_SHARE` of the window height needs, and the loss chart below it
takes what is left. After Qt has laid that out, the map is measured and the
columns corrected once (fonts, axes and titles differ by language and mode).

The default sizes follow the window (resize, full screen, projector mode)
until the learner drags a separator or moves a dock; from then on the
arrangement is theirs, remembered, and "Reset the arrangement" brings the
default back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow

from playground.guard import guarded

#: The map's side as a share of the window height (the target is 40 %).
MAP_SHARE = 0.415
#: Never squeeze the loss chart below this height (px) to grow the map.
MIN_LOSS_HEIGHT = 130
#: Never squeeze the network column below this width (px).
MIN_NETWORK_WIDTH = 260
#: Corrections after one sizing; each follows the plot's own resize.
CORRECTIONS = 4


class DefaultSizing(QObject):
    """Keeps the default arrangement sized for the map until the learner takes over."""

    def __init__(self, window: QMainWindow, docks):
        super().__init__(window)
        self.window = window
        self.docks = docks
        self.active = True
        self._pending = False
        self._settled = False  # before the first sizing Qt is still placing docks
        self._overhead = (80, 150)  # px around the plot: refined by every measurement
        self._margin = 1.06  # plot side / map side: refined by every measurement
        self._corrections = 0
        self._queued = 0
        self._box = None
        window.installEventFilter(self)
        for dock in docks.docks.values():
            dock.dockLocationChanged.connect(self._moved)
            dock.topLevelChanged.connect(self._moved)

    def user_arranged(self) -> None:
        """The arrangement is the learner's: leave its sizes alone."""
        self.active = False

    def reset(self) -> None:
        self.active = True
        self.refit()

    def refit(self, delay_ms: int = 0) -> None:
        """Size the default arrangement for the current window (after Qt's next layout).

        ``delay_ms`` waits longer, e.g. after a font change, which reaches the
        widgets (and their minimum sizes) only in a later event-loop turn.
        """
        self._corrections = CORRECTIONS
        if self.active and not self._pending:
            self._pending = True
            QTimer.singleShot(delay_ms, self._apply)

    def _moved(self, *_args) -> None:
        # Qt also moves docks itself (showing the window, restoring a state), and so
        # does the host (arranging, maximising); a move after that is the learner's.
        if self._settled and not self.docks.arranging:
            self.active = False

    @guarded(default=False)
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.window:
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.refit()
            elif kind == QEvent.Type.MouseButtonPress:
                # A press on the window itself (not a child) is a separator drag.
                self.active = False
        return False

    # -- the sizes ----------------------------------------------------------------
    def _apply(self) -> None:
        self._pending = False
        self._settled = True
        if not self.active or self.docks.maximized is not None:
            return
        d = self.docks.docks
        data, network, boundary, loss = (d["data"], d["network"], d["boundary"], d["loss"])
        if not all(x.isVisible() for x in (data, network, boundary, loss)):
            return
        self._listen(boundary)
        self._corrections = CORRECTIONS  # what the first guess misses, the plot's resizes fix
        w, h = self.window.width(), self.window.height()
        target = MAP_SHARE * h * self._margin  # the plot's side; the map is a bit smaller
        over_w, over_h = self._overhead
        left = data.minimumSizeHint().width()
        right = int(target + over_w)
        middle = max(MIN_NETWORK_WIDTH, w - left - right)
        self.window.resizeDocks([data, network, boundary], [left, middle, right],
                                Qt.Orientation.Horizontal)
        column = boundary.height() + loss.height()
        top = int(min(column - MIN_LOSS_HEIGHT, target + over_h))
        self.window.resizeDocks([boundary, loss], [top, column - top], Qt.Orientation.Vertical)
        self._queue_correction()  # also if the plot's size did not change

    def _listen(self, boundary) -> None:
        """Correct when the plot has really been laid out (its view box resized)."""
        panel = boundary.widget()
        if panel is None or getattr(self, "_box", None) is not None:
            return
        self._box = panel.view.plot_widget.getPlotItem().getViewBox()
        self._box.sigResized.connect(self._on_plot_resized)

    def _on_plot_resized(self, *_args) -> None:
        if self.active and self._corrections > 0 and self.docks.maximized is None:
            self._queue_correction()

    def _queue_correction(self) -> None:
        self._queued += 1
        QTimer.singleShot(0, self._run_correction)

    def _run_correction(self) -> None:
        self._queued -= 1
        self._correct()

    @property
    def idle(self) -> bool:
        """No sizing or correction is waiting to run (tests wait for this)."""
        return not self._pending and self._queued == 0

    def _correct(self) -> None:
        """Measure the map and give its column what it still lacks (or has too much of).

        The space around the plot (axes, titles, tool bar, dock frame) is
        measured on the laid-out plot, so the next sizing starts from it too;
        Qt spreads a resize over neighbours, so a few corrections converge.
        """
        if not self.active or self._corrections <= 0:
            return
        d = self.docks.docks
        boundary, loss, network = d["boundary"], d["loss"], d["network"]
        view = boundary.widget().view
        area, shown = view.plot_area(), view.map_rect()
        if area.width() <= 0 or area.height() <= 0 or shown.height() <= 0:
            return
        self._overhead = (boundary.width() - area.width(), boundary.height() - area.height())
        # The plot keeps a little padding around the map: how much bigger it must be.
        self._margin = min(area.width(), area.height()) / shown.height()
        target = MAP_SHARE * self.window.height() * self._margin
        extra_w = int(round(target - area.width()))
        extra_h = int(round(target - area.height()))
        if abs(extra_w) <= 2 and abs(extra_h) <= 2:
            self._corrections = 0
            return
        self._corrections -= 1
        if abs(extra_w) > 2:
            room = network.width() - max(MIN_NETWORK_WIDTH, network.minimumSizeHint().width())
            extra_w = min(extra_w, room)
            self.window.resizeDocks([network, boundary],
                                    [network.width() - extra_w, boundary.width() + extra_w],
                                    Qt.Orientation.Horizontal)
        if abs(extra_h) > 2:
            room = loss.height() - max(MIN_LOSS_HEIGHT, loss.minimumSizeHint().height())
            extra_h = min(extra_h, room)
            self.window.resizeDocks([boundary, loss],
                                    [boundary.height() + extra_h, loss.height() - extra_h],
                                    Qt.Orientation.Vertical)
