"""The decision boundary: the network's output over the input plane, with the data.

Renders only from :class:`playground.frame.Frame`. The heatmap is one
``ImageItem`` updated in place; the points are one scatter item per class and
split, created once and refilled only when the data change (not every frame).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from playground.frame import Frame
from playground.guard import guarded
from playground.settings import MAX_CLASSES
from playground.views.colors import (
    DIVERGING_LUT,
    INK_HEX,
    MUTED_HEX,
    ViewStyle,
    class_color,
    class_symbol,
)
from playground.views.diagram import neuron_maps
from playground.views.heatmap import class_confidence_rgb, diverging_rgb
from playground.views.plane.plane_grid import nice_ticks, upsample
from playground.views.plane.point_legend import LegendEntry, PointLegend

#: Coarse neuron grids are interpolated to this side before colouring, so an
#: enlarged neuron map looks smooth instead of like a mosaic.
NEURON_DISPLAY_SIDE = 100


class BoundaryView(QWidget):
    """Heatmap of the output (or of one hovered neuron) with train/test points."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("boundaryView")
        self._frame: Frame | None = None
        self._style = ViewStyle()
        self._show_test = False
        self._discretize = False
        self._neuron_source: tuple[int, int] | None = None
        self._points_key: tuple | None = None
        self._extent: tuple | None = None
        self._image_geometry: tuple | None = None

        self._title = QLabel(self)
        self._title.setObjectName("boundaryTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        self._plot = pg.PlotWidget(self, background="w", enableMenu=False)
        self._plot.setObjectName("boundaryPlot")
        # The plane takes the focus when clicked (or tabbed to): then Space plays and the
        # arrow keys walk through the points; a ring shows where the keys go.
        self._plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._plot.setFrameShape(QFrame.Shape.NoFrame)
        # The ring is the frame around the plot, not a border of the plot: pyqtgraph
        # sizes its scene to the widget, so a border would cut off the axis labels.
        self._ring = QFrame(self, objectName="boundaryFocusRing")
        self._ring.setStyleSheet("QFrame#boundaryFocusRing { border: 2px solid transparent; }"
                                 " QFrame#boundaryFocusRing[focused=\"true\"]"
                                 " { border: 2px solid #F0C24B; }")
        ring_layout = QVBoxLayout(self._ring)
        ring_layout.setContentsMargins(2, 2, 2, 2)
        ring_layout.addWidget(self._plot)
        self._plot.installEventFilter(self)
        self._legend = PointLegend(self)
        self._legend.setObjectName("boundaryLegend")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self._title)
        layout.addWidget(self._ring, 1)
        layout.addWidget(self._legend)

        # Smooth scaling of the 100×100 heatmap: measured cheap (see
        # benchmarks/bench_views.py) and much cleaner on a projector.
        self._plot.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        item = self._plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        self._vb = item.getViewBox()
        # A learning app: the plane is fixed, so the mouse never pans or zooms it.
        self._vb.setMouseEnabled(x=False, y=False)
        self._vb.setAspectLocked(True, 1.0)
        self._vb.disableAutoRange()

        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.image_item.setZValue(-10)
        item.addItem(self.image_item)
        self.train_items = [pg.ScatterPlotItem() for _ in range(MAX_CLASSES)]
        self.test_items = [pg.ScatterPlotItem() for _ in range(MAX_CLASSES)]
        self.regression_train_item = pg.ScatterPlotItem()
        self.regression_test_item = pg.ScatterPlotItem()
        for it in self.test_items + [self.regression_test_item]:
            it.setZValue(5)
            item.addItem(it)
        for it in self.train_items + [self.regression_train_item]:
            it.setZValue(10)
            item.addItem(it)
        self.set_style(self._style)
        self.retranslate()

    def retranslate(self) -> None:
        """Names, title and legend again, in the current language."""
        self.setAccessibleName(self.tr("Decision boundary"))
        self._plot.setAccessibleName(self.tr("Decision boundary plot"))
        self._update_title()
        if self._frame is not None:
            self._update_legend(self._frame)

    # -- public API ---------------------------------------------------------

    @property
    def frame(self) -> Frame | None:
        """The last frame received (kept so toggles can re-render)."""
        return self._frame

    @property
    def plot_widget(self) -> pg.PlotWidget:
        """The pyqtgraph widget holding the heatmap and the points."""
        return self._plot

    @property
    def title_text(self) -> str:
        return self._title.text()

    def legend_texts(self) -> list[str]:
        return [e.text for e in self._legend.entries()]

    @property
    def heatmap(self) -> np.ndarray | None:
        """The RGB image currently shown, shape ``(H, W, 3)``, row 0 = bottom."""
        return self.image_item.image

    @property
    def show_test(self) -> bool:
        return self._show_test

    @property
    def view_style(self) -> ViewStyle:
        return self._style

    def map_rect(self) -> QRectF:
        """Where the heatmap is drawn, in this widget's pixels (empty before a frame)."""
        if self.image_item.image is None:
            return QRectF()
        # pyqtgraph defers the view's transform to the next paint; a measurement
        # taken from a resize signal would otherwise see the map where it was.
        self._vb.prepareForPaint()
        scene = self.image_item.mapRectToScene(self.image_item.boundingRect())
        view = self._plot.mapFromScene(scene).boundingRect()
        return QRectF(view.translated(self._plot.pos()))

    def plot_area(self) -> QRectF:
        """The square-locked plotting area (inside the axes), in this widget's pixels."""
        scene = self._vb.sceneBoundingRect()
        return QRectF(self._plot.mapFromScene(scene).boundingRect().translated(self._plot.pos()))

    @property
    def showing_neuron(self) -> bool:
        return self._neuron_source is not None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(440, 480)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(220, 240)

    def set_frame(self, frame: Frame) -> None:
        """Render a new frame. Cheap when the data points did not change."""
        old = self._frame
        self._frame = frame
        if self._neuron_source is not None and (
            old is None or old.layer_sizes != frame.layer_sizes
        ):
            # A new architecture: that node index means something else now.
            self._neuron_source = None
            self._update_title()
        if frame.extent != self._extent:
            self._set_extent(frame.extent)
        self._update_points()
        self._update_heatmap()
        if self._neuron_source is not None:  # its value range moves as it learns
            self._update_legend(frame)

    def set_show_test(self, show: bool) -> None:
        """Show or hide the test points (hollow markers)."""
        if show != self._show_test:
            self._show_test = bool(show)
            self._points_key = None
            self._update_points()

    def set_discretize(self, on: bool) -> None:
        """Hard argmax colours (classification) or a threshold at 0 (regression)."""
        if on != self._discretize:
            self._discretize = bool(on)
            self._update_heatmap()
            self._update_title()

    def show_neuron(self, layer: int, index: int) -> None:
        """Show a diagram node's map large and keep it live with each frame.

        Same numbering as ``NetworkView.neuronHovered`` (0 = inputs), so that
        signal can be connected straight to this slot.
        """
        self._neuron_source = (int(layer), int(index))
        self._update_heatmap()
        self._update_title()
        if self._frame is not None:
            self._update_legend(self._frame)

    def show_output(self) -> None:
        """Return to the network's output."""
        if self.showing_neuron:
            self._neuron_source = None
            self._update_heatmap()
            self._update_title()
            if self._frame is not None:
                self._update_legend(self._frame)

    def set_style(self, style: ViewStyle) -> None:
        """Apply font size, line widths and marker size (e.g. projector mode)."""
        self._style = style
        font = style.font()
        self._title.setFont(style.font(1.05, bold=True))
        self._legend.set_style(style)
        item = self._plot.getPlotItem()
        for name, label in (("bottom", "X₁"), ("left", "X₂")):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(MUTED_HEX, width=style.width(1)))
            axis.setTextPen(pg.mkPen(INK_HEX))
            axis.setStyle(tickFont=font, tickLength=-int(style.width(5)))
            axis.setLabel(label, **{"font-size": f"{style.font_pt:.0f}pt", "color": INK_HEX})
        self._points_key = None
        self._update_points()

    # -- rendering ------------------------------------------------------------

    def _set_extent(self, extent: tuple) -> None:
        xmin, xmax, ymin, ymax = extent
        self._extent = extent
        self._image_geometry = None
        item = self._plot.getPlotItem()
        item.getAxis("bottom").setTicks([nice_ticks(xmin, xmax)])
        item.getAxis("left").setTicks([nice_ticks(ymin, ymax)])
        # A little padding so the outermost tick labels are not clipped.
        self._vb.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.03)

    def _update_heatmap(self) -> None:
        s = self._frame
        rgb = None
        if self._neuron_source is not None and s is not None:
            layer, index = self._neuron_source
            grid = neuron_maps.neuron_grid(s, layer, index)
            if grid is None:
                # The neuron is gone (a smaller network was built): back to the output.
                self._neuron_source = None
                self._update_title()
                self._update_heatmap()
                return
            rgb = neuron_maps.neuron_rgb(
                s, layer, index, self._discretize,
                grid=upsample(grid, max(NEURON_DISPLAY_SIDE, grid.shape[0])),
            )
        elif s is not None:
            if s.output_grid.shape[-1] >= 2:
                rgb = class_confidence_rgb(s.output_grid, self._discretize)
            else:  # regression: "discretize" would show only the sign, so it is not offered
                rgb = diverging_rgb(s.output_grid[:, :, 0], -1.0, 1.0, False)
        if rgb is None:
            self.image_item.clear()
            return
        self.image_item.setImage(rgb, autoLevels=False, levels=(0, 255))
        # pyqtgraph's setRect maps the image's *current* pixel size onto the
        # rectangle, so it must follow any change of image size.
        geometry = (rgb.shape[:2], self._extent)
        if geometry != self._image_geometry and self._extent is not None:
            xmin, xmax, ymin, ymax = self._extent
            self.image_item.setRect(QRectF(xmin, ymin, xmax - xmin, ymax - ymin))
            self._image_geometry = geometry

    def _update_title(self) -> None:
        s = self._frame
        if self._neuron_source is not None:
            text = neuron_maps.neuron_title(s, *self._neuron_source)
        elif s is not None and not s.is_classification:
            text = self.tr("The predicted value over the plane")
        elif self._discretize:
            text = self.tr("Colour = predicted class")
        else:
            text = self.tr("Colour = predicted class, paler = less sure")
        self._title.setText(text)

    def _update_points(self) -> None:
        s = self._frame
        if s is None:
            return
        key = (s.build_id, s.problem, s.n_classes, s.x_train.shape, s.x_test.shape,
               self._show_test, self.marker_size())
        if key == self._points_key and self._same_points(s):
            return
        self._points_key = key
        self._points_data = (s.x_train, s.t_train, s.x_test, s.t_test)
        empty = np.zeros(0)
        for it in self.train_items + self.test_items:
            it.setData(x=empty, y=empty)
        self.regression_train_item.setData(x=empty, y=empty)
        self.regression_test_item.setData(x=empty, y=empty)
        if s.is_classification:
            self._fill_class_points(s)
        else:
            self._fill_regression_points(s)
        self._update_legend(s)
        self._update_title()

    def _same_points(self, s: Frame) -> bool:
        old = getattr(self, "_points_data", None)
        if old is None:
            return False
        new = (s.x_train, s.t_train, s.x_test, s.t_test)
        return all(a is b or np.array_equal(a, b) for a, b in zip(old, new, strict=True))

    def _train_pen(self):
        return pg.mkPen(INK_HEX, width=self._style.width(1))

    def _test_pen(self, color: QColor):
        return pg.mkPen(color, width=self._style.width(2))

    def marker_size(self) -> float:
        """The style's point size, shrunk when the plane is small.

        500 points of projector-sized markers on a 120-px plane would hide the
        very boundary they sit on; about 1/28 of the plane's side keeps them apart.
        """
        side = min(self._plot.width(), self._plot.height())
        return float(round(min(self._style.marker_px, max(4.0, side / 28.0))))

    @guarded(default=False)
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if obj is self._plot and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._ring.setProperty("focused", event.type() == QEvent.Type.FocusIn)
            self._ring.style().unpolish(self._ring)
            self._ring.style().polish(self._ring)
        return False

    @guarded
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._update_points()  # refills only if the marker size changed

    def _fill_class_points(self, s: Frame) -> None:
        size = self.marker_size()
        t_train = np.asarray(s.t_train).astype(np.int64, copy=False)
        t_test = np.asarray(s.t_test).astype(np.int64, copy=False)
        for k in range(min(s.n_classes, MAX_CLASSES)):
            sel = t_train == k
            self.train_items[k].setData(
                x=s.x_train[sel, 0], y=s.x_train[sel, 1], symbol=class_symbol(k), size=size,
                pen=self._train_pen(), brush=pg.mkBrush(class_color(k)),
            )
            if self._show_test:
                sel = t_test == k
                self.test_items[k].setData(
                    x=s.x_test[sel, 0], y=s.x_test[sel, 1], symbol=class_symbol(k), size=size,
                    pen=self._test_pen(class_color(k)), brush=pg.mkBrush("w"),
                )

    def _fill_regression_points(self, s: Frame) -> None:
        size = self.marker_size()
        self.regression_train_item.setData(
            x=s.x_train[:, 0], y=s.x_train[:, 1], symbol="o", size=size,
            pen=self._train_pen(), brush=[pg.mkBrush(c) for c in _value_colors(s.t_train)],
        )
        if self._show_test:
            self.regression_test_item.setData(
                x=s.x_test[:, 0], y=s.x_test[:, 1], symbol="o", size=size,
                pen=[self._test_pen(c) for c in _value_colors(s.t_test)], brush=pg.mkBrush("w"),
            )

    def _update_legend(self, s: Frame) -> None:
        ink = QColor(INK_HEX)
        w1, w2 = self._style.width(1), self._style.width(2)
        entries = []
        levels = None
        test_outline = ink
        if self._neuron_source is not None:
            levels = neuron_maps.neuron_levels(s, *self._neuron_source)
        if levels is not None:
            # A hovered node's map: its colours mean values, not classes.
            lo, hi = levels
            entries.append(LegendEntry("gradient", None, ink, w1,
                                       self.tr("value %1 … %2").replace("%1", f"{lo:.3g}")
                                       .replace("%2", f"{hi:.3g}")))
        elif s.is_classification:
            for k in range(min(s.n_classes, MAX_CLASSES)):
                entries.append(LegendEntry(class_symbol(k), class_color(k), ink, w1,
                                           self.tr("class %1").replace("%1", str(k))))
        else:
            entries.append(LegendEntry("gradient", None, ink, w1, self.tr("value −1 … +1")))
            test_outline = QColor(MUTED_HEX)
        entries.append(LegendEntry("o", QColor(MUTED_HEX), ink, w1, self.tr("train")))
        if self._show_test and s.x_test.shape[0] > 0:
            entries.append(LegendEntry("o", QColor("white"), test_outline, w2, self.tr("test")))
        self._legend.set_entries(entries)


def _value_colors(targets: np.ndarray) -> list[QColor]:
    """Regression targets (−1…1) -> their colours on the diverging map."""
    t = np.asarray(targets, dtype=np.float64).ravel()
    idx = np.clip((np.nan_to_num(t) + 1.0) * 127.5 + 0.5, 0, 255).astype(int)
    return [QColor(int(r), int(g), int(b)) for r, g, b in DIVERGING_LUT[idx]]
