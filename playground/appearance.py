"""Laptop or projector: the application font and the views' sizes, switched in place.

Projector mode makes the text larger (the application font, which every panel
follows) and the lines thicker and points bigger (:class:`ViewStyle`, which
every view applies in ``set_style``). Nothing is rebuilt: switching keeps the
worker, the weights and every widget's state, and takes a few milliseconds.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from playground.views.colors import ViewStyle

#: Panel text grows by this factor in projector mode (the views use ViewStyle.projector).
PROJECTOR_FONT_SCALE = 1.45
#: ... and by this much on a window lower than COMPACT_PROJECTOR_HEIGHT (e.g. 1024×768).
COMPACT_PROJECTOR_FONT_SCALE = 1.2
COMPACT_PROJECTOR_HEIGHT = 950


class Appearance(QObject):
    """The current mode, the laptop font it started from, and the view style.

    Signals
    -------
    changed(object)
        The new :class:`ViewStyle`, after the application font changed.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._laptop_font = QFont(QApplication.font())
        self.projector = False
        self.style = ViewStyle.laptop()

    @property
    def laptop_font(self) -> QFont:
        return QFont(self._laptop_font)

    def set_projector(self, on: bool, window_height: int) -> bool:
        """Switch mode; returns whether anything changed.

        A 1024×768 classroom projector has less room than a 1080p one: there
        the text grows a little less, so the plots keep a useful size.
        """
        compact = window_height < COMPACT_PROJECTOR_HEIGHT
        style, scale = ViewStyle.laptop(), 1.0
        if on:
            style, scale = ViewStyle.projector(), PROJECTOR_FONT_SCALE
            if compact:
                style = replace(style, font_pt=style.font_pt * 0.8,
                                line_scale=style.line_scale * 0.8,
                                marker_px=style.marker_px * 0.8)
                scale = COMPACT_PROJECTOR_FONT_SCALE
        if on == self.projector and style == self.style:
            return False
        self.projector = on
        self.style = style
        font = QFont(self._laptop_font)
        font.setPointSizeF(self._laptop_font.pointSizeF() * scale)
        QApplication.setFont(font)
        self.changed.emit(style)
        return True

    def restore_font(self) -> None:
        """Give the process its laptop font back (the app font is process-wide)."""
        QApplication.setFont(self._laptop_font)
