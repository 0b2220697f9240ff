"""Transport icons (play, pause, step, epoch, reset), painted at any size.

Painted rather than loaded from files, so they stay crisp when projector mode
makes every control bigger.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF


def media_icon(kind: str, size: int, color: str = "#3C4043") -> QIcon:
    """Painted transport icons, crisp at any size (projector mode scales fonts)."""
    icon = QIcon()
    for dpr in (1.0, 2.0):
        pixmap = QPixmap(int(size * dpr), int(size * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(color))
        s = float(size)
        if kind == "play":
            p.drawPolygon(QPolygonF([QPointF(s * .28, s * .15), QPointF(s * .85, s * .5),
                                     QPointF(s * .28, s * .85)]))
        elif kind == "pause":
            p.drawRoundedRect(QRectF(s * .22, s * .15, s * .2, s * .7), 1.5, 1.5)
            p.drawRoundedRect(QRectF(s * .58, s * .15, s * .2, s * .7), 1.5, 1.5)
        elif kind == "step":
            p.drawPolygon(QPolygonF([QPointF(s * .18, s * .18), QPointF(s * .62, s * .5),
                                     QPointF(s * .18, s * .82)]))
            p.drawRect(QRectF(s * .66, s * .18, s * .14, s * .64))
        elif kind == "epoch":
            for x0 in (0.08, 0.38):
                p.drawPolygon(QPolygonF([QPointF(s * x0, s * .2), QPointF(s * (x0 + .34), s * .5),
                                         QPointF(s * x0, s * .8)]))
            p.drawRect(QRectF(s * .76, s * .2, s * .13, s * .6))
        elif kind == "reset":
            pen = QPen(QColor(color), s * .12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            arc = QPainterPath()
            rect = QRectF(s * .2, s * .2, s * .6, s * .6)
            arc.arcMoveTo(rect, 60)
            arc.arcTo(rect, 60, 280)
            p.drawPath(arc)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(color))
            p.drawPolygon(QPolygonF([QPointF(s * .52, s * .08), QPointF(s * .78, s * .22),
                                     QPointF(s * .52, s * .38)]))
        p.end()
        icon.addPixmap(pixmap)
    return icon
