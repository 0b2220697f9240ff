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
MAP_SHARE = 0.44
#: Never squeeze the loss chart below this height (px) to grow the map.
MIN_LOSS_HEIGHT = 130
#: Never squeeze the network column below this width (px).
MIN_NETWORK_WIDTH = 260


class DefaultSizing(QObject):
    """Keeps the default arrangement sized for the map until the learner takes over."""

    def __init__(self, window: QMainWindow, docks):
        super().__init__(window)
        self.window = window
        self.docks = docks
        self.active = True
        self._pending = False
        self._settled = False  # before the first sizing Qt is still placing docks
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

    def refit(self) -> None:
        """Size the default arrangement for the current window (after Qt's next layout)."""
        if self.active and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._apply)

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
        w, h = self.window.width(), self.window.height()
        target = MAP_SHARE * h
        left = data.widget().sizeHint().width() if data.widget() else 250
        right = int(target + 80)
        middle = max(MIN_NETWORK_WIDTH, w - left - right)
        self.window.resizeDocks([data, network, boundary], [left, middle, right],
                                Qt.Orientation.Horizontal)
        column = boundary.height() + loss.height()
        top = int(min(column - MIN_LOSS_HEIGHT, target + 150))
        self.window.resizeDocks([boundary, loss], [top, column - top], Qt.Orientation.Vertical)
        QTimer.singleShot(0, lambda: self._correct(3))

    def _correct(self, passes: int) -> None:
        """Measure the map and give its column what it still lacks (or has too much of);
        Qt spreads a resize over neighbours, so a few passes converge."""
        if not self.active:
            return
        d = self.docks.docks
        panel = d["boundary"].widget()
        if panel is None or not hasattr(panel, "view"):
            return
        area = panel.view.plot_area()
        target = MAP_SHARE * self.window.height()
        extra_w = int(round(target - area.width()))
        extra_h = int(round(target - area.height()))
        if abs(extra_w) > 2:
            widths = [d["network"].width() - extra_w, d["boundary"].width() + extra_w]
            if widths[0] >= MIN_NETWORK_WIDTH:
                self.window.resizeDocks([d["network"], d["boundary"]], widths,
                                        Qt.Orientation.Horizontal)
        if abs(extra_h) > 2:
            heights = [d["boundary"].height() + extra_h, d["loss"].height() - extra_h]
            if heights[1] >= MIN_LOSS_HEIGHT:
                self.window.resizeDocks([d["boundary"], d["loss"]], heights,
                                        Qt.Orientation.Vertical)
        if passes > 1 and (abs(extra_w) > 2 or abs(extra_h) > 2):
            QTimer.singleShot(0, lambda: self._correct(passes - 1))
