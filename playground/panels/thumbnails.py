"""Small pictures for the pickers: each dataset drawn from its own points, each
input feature drawn as a heat map over the input plane.

The data picker shows these instead of words, as TensorFlow Playground does, so
a learner recognises "the spiral" at a glance. Pictures are drawn with QPainter
from the real dataset function (fixed seed, no noise), so a thumbnail can never
disagree with the data it stands for. Results are cached per size.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from playground.views.colors import CLASS_HEX, class_color
from playground.views.diagram.network_edges import dot_pen
from playground.views.heatmap import diverging_rgb, to_qimage

#: The class colours, re-exported for tests: thumbnails draw with the plots' palette.
CLASS_COLORS = CLASS_HEX

#: Seed of the thumbnail data: fixed so the pictures never change between runs.
THUMBNAIL_SEED = 20240611
#: Points per thumbnail: enough to show the shape, few enough to stay legible.
THUMBNAIL_POINTS = 240
_BACKGROUND = QColor("#FBFBFB")
_FRAME = QColor("#C9CED6")


def dataset_points(name: str, n_classes: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """The points a dataset thumbnail shows.

    Returns
    -------
    x : ndarray, shape (N, 2)
    t : ndarray, shape (N,)
        Class labels (int) or regression targets (float, −1…1).
    """
    from engine.datasets import DATASETS

    info = DATASETS[name]
    rng = np.random.default_rng(THUMBNAIL_SEED)
    k = n_classes if info.multiclass else 2
    x, t = info.fn(THUMBNAIL_POINTS, 0.0, rng, k)
    return np.asarray(x, dtype=float), np.asarray(t)


def dataset_icon(name: str, size: int, n_classes: int = 2) -> QIcon:
    """An icon showing dataset ``name``, crisp at 1× and 2× screens.

    Parameters
    ----------
    name : str
        Key of ``engine.datasets.DATASETS``.
    size : int
        Edge length in device-independent pixels.
    n_classes : int
        Classes to draw for multiclass datasets (ignored otherwise).
    """
    icon = QIcon()
    icon.addPixmap(dataset_pixmap(name, size, n_classes, _screen_dpr()))
    return icon


@lru_cache(maxsize=256)
def dataset_pixmap(name: str, size: int, n_classes: int = 2, dpr: float = 1.0) -> QPixmap:
    """Draw dataset ``name`` into a ``size``×``size`` pixmap (device-independent px)."""
    from engine.datasets import DATASETS

    info = DATASETS[name]
    x, t = dataset_points(name, n_classes)
    pixmap = _blank(size, dpr)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    frame = _draw_frame(painter, size)
    xmin, xmax, ymin, ymax = info.extent
    # Plane → pixels with y pointing up, as on the boundary plot.
    px = frame.left() + (x[:, 0] - xmin) / (xmax - xmin) * frame.width()
    py = frame.bottom() - (x[:, 1] - ymin) / (ymax - ymin) * frame.height()
    if info.kind == "regression":
        # Targets lie in −1…1: the boundary view's regression scale, in 16 shades.
        shade = np.clip(np.round((t.astype(float) + 1.0) * 7.5), 0, 15).astype(int)
        rgb = diverging_rgb(np.linspace(-1.0, 1.0, 16), -1.0, 1.0)
        colors = [QColor(*rgb[k]) for k in range(16)]
    else:
        shade = t.astype(int)
        colors = [class_color(k) for k in range(int(shade.max()) + 1)]
    # Four truth-table points must read as points, not as specks.
    radius = size / 11.0 if len(px) <= 16 else max(1.1, size / 30.0)
    ring = max(0.5, radius / 3.0)
    points = [QPointF(a, b) for a, b in zip(px, py, strict=True)]
    # Round dots, a few drawPoints calls instead of one ellipse per point (start-up
    # draws a dozen of these): a white ring under every point, then the colours in
    # a fixed shuffle of chunks, so no class is always painted on top of another.
    painter.setPen(dot_pen(QColor(255, 255, 255, 200), 2 * radius + 2 * ring))
    painter.drawPoints(points)
    order = np.random.default_rng(THUMBNAIL_SEED).permutation(len(points))
    for chunk in np.array_split(order, 4):
        for k, color in enumerate(colors):
            mine = [points[i] for i in chunk if shade[i] == k]
            if mine:
                painter.setPen(dot_pen(color, 2 * radius))
                painter.drawPoints(mine)
    painter.end()
    return pixmap




def _screen_dpr() -> float:
    """The main screen's device pixel ratio: one pixmap, sharp there (2× on high DPI)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return max(1.0, float(screen.devicePixelRatio())) if screen is not None else 1.0


@lru_cache(maxsize=64)
def feature_pixmap(name: str, size: int, dpr: float = 1.0) -> QPixmap:
    """Heat map of input feature ``name`` over −6…6 × −6…6 (orange < 0 < blue).

    Coloured like the diagram's input maps: white is 0, full orange and blue
    the largest value either side.
    """
    from engine.features import make_features

    n = max(8, int(round(size * dpr)))
    grid = np.linspace(-6.0, 6.0, n)
    gx, gy = np.meshgrid(grid, grid)  # row 0 is the bottom of the plane, as in the views
    xy = np.column_stack([gx.ravel(), gy.ravel()])
    values = make_features(xy, (name,))[:, 0].reshape(n, n)
    scale = float(np.max(np.abs(values))) or 1.0
    image, _pixels = to_qimage(diverging_rgb(values, -scale, scale))  # _pixels backs image
    pixmap = _blank(size, dpr)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), 3.0, 3.0)
    painter.setClipPath(clip)
    painter.drawImage(QRectF(0, 0, size, size), image)
    painter.setClipping(False)
    painter.setPen(QPen(_FRAME, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(clip)
    painter.end()
    return pixmap


def feature_icon(name: str, size: int) -> QIcon:
    """Icon form of :func:`feature_pixmap` at 1× and 2×."""
    icon = QIcon()
    icon.addPixmap(feature_pixmap(name, size, _screen_dpr()))
    return icon


def _blank(size: int, dpr: float) -> QPixmap:
    pixmap = QPixmap(int(round(size * dpr)), int(round(size * dpr)))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def _draw_frame(painter: QPainter, size: int) -> QRectF:
    """Paint the rounded card and return the inner rectangle for the points."""
    painter.setPen(QPen(_FRAME, 1.0))
    painter.setBrush(_BACKGROUND)
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), 4.0, 4.0)
    pad = max(2.0, size * 0.08)
    return QRectF(pad, pad, size - 2 * pad, size - 2 * pad)
