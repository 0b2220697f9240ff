"""Picking on the plane: a click picks a data point or a location; keys walk the points.

In the Pick tool a plain click on the map picks the nearest data point within
a few pixels (it brings its label), or else that location (no label until the
learner chooses a target class). Arrow keys, while the plane has the focus,
and the panel's "next point" button walk through the data points: the
training points, then the test points when they are shown. The pick is drawn
as a ring (a data point) or a cross (a location) and lives in the shared
:class:`~playground.selection.Selection`, so every inspector follows it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt

from playground.guard import guarded
from playground.selection import Pick, Selection
from playground.views.colors import INK_HEX

#: A click this many pixels from a point (beyond its marker's radius) still picks it.
PICK_SLACK_PX = 4
_STEP_KEYS = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}


class PlanePicker(QObject):
    """Turns clicks and arrow keys on a :class:`BoundaryView` into picks.

    Parameters
    ----------
    view : BoundaryView
    selection : Selection
    active : callable
        Returns whether the Pick tool is the current one.
    """

    def __init__(self, view, selection: Selection, active):
        super().__init__(view)
        self.view = view
        self.selection = selection
        self._active = active
        self.marker = pg.ScatterPlotItem()
        self.marker.setZValue(30)
        view.plot_widget.getPlotItem().addItem(self.marker)
        view.plot_widget.scene().sigMouseClicked.connect(self._on_click)
        view.plot_widget.installEventFilter(self)
        selection.pickChanged.connect(self.draw)

    # -- points -----------------------------------------------------------------
    def _points(self) -> list[tuple[str, np.ndarray]]:
        frame = self.view.frame
        if frame is None or frame.extent is None:
            return []
        splits = [("train", frame.x_train)]
        if self.view.show_test and frame.x_test.shape[0]:
            splits.append(("test", frame.x_test))
        return splits

    def _pick_of(self, split: str, index: int) -> Pick:
        frame = self.view.frame
        x = frame.x_train if split == "train" else frame.x_test
        t = frame.t_train if split == "train" else frame.t_test
        label = int(t[index]) if frame.is_classification else float(t[index])
        return Pick(tuple(float(v) for v in x[index]), split, int(index), label)

    def pick_at(self, x: float, y: float, tolerance: float) -> Pick | None:
        """The nearest data point within ``tolerance`` (plane units), else the location."""
        frame = self.view.frame
        if frame is None or frame.extent is None:
            return None
        best, best_d = None, tolerance
        for split, xy in self._points():
            if not len(xy):
                continue
            d = np.hypot(xy[:, 0] - x, xy[:, 1] - y)
            k = int(np.argmin(d))
            if d[k] <= best_d:
                best, best_d = (split, k), float(d[k])
        if best is not None:
            return self._pick_of(*best)
        xmin, xmax, ymin, ymax = frame.extent
        if not (xmin <= x <= xmax and ymin <= y <= ymax):
            return None
        old = self.selection.pick
        label = old.label if old is not None and not old.is_data_point else None
        return Pick((float(x), float(y)), None, None, label)

    def step(self, delta: int) -> None:
        """Pick the next (``+1``) or previous (``-1``) data point, wrapping around."""
        order = [(split, i) for split, xy in self._points() for i in range(len(xy))]
        if not order:
            return
        pick = self.selection.pick
        here = (pick.split, pick.index) if pick is not None and pick.is_data_point else None
        if here in order:
            k = (order.index(here) + delta) % len(order)
        else:
            k = 0 if delta > 0 else len(order) - 1
        self.selection.set_pick(self._pick_of(*order[k]))

    # -- input --------------------------------------------------------------------
    def _on_click(self, event) -> None:
        if not self._active() or event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.view.plot_widget.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        px = vb.viewPixelSize()[0]
        tolerance = (self.view.marker_size() / 2 + PICK_SLACK_PX) * px
        pick = self.pick_at(point.x(), point.y(), tolerance)
        if pick is not None:
            self.selection.set_pick(pick)
        self.view.plot_widget.setFocus(Qt.FocusReason.MouseFocusReason)

    @guarded(default=False)
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and event.key() in _STEP_KEYS:
            if not event.modifiers() and self._active():
                self.step(_STEP_KEYS[event.key()])
                return True
        return False

    # -- drawing ----------------------------------------------------------------------
    def draw(self, pick: Pick | None = None) -> None:
        """Mark the pick: a ring around a data point, a cross on a location."""
        pick = self.selection.pick
        style = self.view.view_style
        size = max(self.view.marker_size() * 2.2, 14.0)
        key = (pick, size, style)
        if key == getattr(self, "_drawn", None):
            return  # called with every frame: nothing to redo
        self._drawn = key
        if pick is None or len(pick.xy) != 2:
            self.marker.setData(x=[], y=[])
            return
        pen = pg.mkPen(INK_HEX, width=style.width(2.5))
        symbol = "o" if pick.is_data_point else "+"
        brush = pg.mkBrush(None) if pick.is_data_point else pg.mkBrush(INK_HEX)
        self.marker.setData(x=[pick.xy[0]], y=[pick.xy[1]], symbol=symbol, size=size, pen=pen,
                            brush=brush)
