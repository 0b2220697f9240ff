"""Colours, marker shapes and the view style shared by every view.

The palette is Okabe–Ito, chosen because its colours stay distinct for the
common forms of colour blindness. Class 0 is orange and class 1 is blue, so a
two-class problem reads like TensorFlow Playground (its label −1 is orange, +1
is blue) and like the diverging map, where low values are orange and high
values blue. Every class also has its own marker shape, so colour is never the
only cue.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtGui import QColor, QFont

#: Okabe–Ito colours, one per class (K ≤ 5).
CLASS_HEX = ("#E69F00", "#0072B2", "#009E73", "#CC79A7", "#D55E00")
#: pyqtgraph symbol names, one per class: circle, triangle, square, diamond, star.
CLASS_SYMBOLS = ("o", "t", "s", "d", "star")

#: Edge colours of the network diagram: weight sign, same hues as the diverging map.
POSITIVE_HEX = "#0072B2"
NEGATIVE_HEX = "#E69F00"

#: The light neutral that confident colours fade into (also the diverging midpoint).
NEUTRAL_RGB = (246, 246, 242)
#: Pixels whose value is NaN (a diverged network) are drawn in this grey.
NAN_RGB = (150, 150, 150)
#: Outline of filled train points and text.
INK_HEX = "#222222"
#: Axis lines, node borders, faint structure.
MUTED_HEX = "#6b6b6b"


def hex_to_rgb(hex_color: str) -> tuple[int, int, int]:
    """``"#RRGGBB"`` -> ``(r, g, b)`` integers 0…255."""
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


#: ``(5, 3)`` float array of the class colours, for vectorised blending.
CLASS_RGB = np.array([hex_to_rgb(h) for h in CLASS_HEX], dtype=np.float64)


def class_color(k: int, alpha: int = 255) -> QColor:
    """The colour of class ``k`` (wraps around past the palette)."""
    c = QColor(CLASS_HEX[k % len(CLASS_HEX)])
    c.setAlpha(alpha)
    return c


def class_symbol(k: int) -> str:
    """The pyqtgraph marker symbol of class ``k``."""
    return CLASS_SYMBOLS[k % len(CLASS_SYMBOLS)]


def _diverging_lut() -> np.ndarray:
    """256×3 uint8 look-up table: orange (low) -> neutral -> blue (high).

    Both ends are the palette's orange and blue, so the regression map and the
    weight colours speak the same language as the two-class boundary.
    """
    low = np.array(hex_to_rgb(NEGATIVE_HEX), dtype=np.float64)
    mid = np.array(NEUTRAL_RGB, dtype=np.float64)
    high = np.array(hex_to_rgb(POSITIVE_HEX), dtype=np.float64)
    t = np.linspace(0.0, 1.0, 256)[:, None]
    lower = mid + (low - mid) * np.clip(1.0 - 2.0 * t, 0.0, 1.0)
    upper = mid + (high - mid) * np.clip(2.0 * t - 1.0, 0.0, 1.0)
    lut = np.where(t < 0.5, lower, upper)
    return np.round(lut).astype(np.uint8)


#: Diverging look-up table shared by the boundary and the network diagram.
DIVERGING_LUT = _diverging_lut()


@dataclass(frozen=True)
class ViewStyle:
    """Sizes every view reads, so projector mode can enlarge them in one place.

    Attributes
    ----------
    font_pt : float
        Point size of labels, ticks and headers.
    line_scale : float
        Multiplier for every line width (axes, curves, edges, outlines).
    marker_px : float
        Diameter of a data point in pixels.
    """

    font_pt: float = 9.0
    line_scale: float = 1.0
    marker_px: float = 8.0

    @classmethod
    def laptop(cls) -> ViewStyle:
        """The default: sizes for a laptop screen at arm's length."""
        return cls()

    @classmethod
    def projector(cls) -> ViewStyle:
        """For a classroom projector: fonts ×1.6, lines ×2, bigger points."""
        base = cls()
        return replace(
            base,
            font_pt=base.font_pt * 1.6,
            line_scale=base.line_scale * 2.0,
            marker_px=base.marker_px * 1.5,
        )

    def font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        """A font at ``scale`` times the style's point size."""
        f = QFont()
        f.setPointSizeF(self.font_pt * scale)
        f.setBold(bold)
        return f

    def width(self, px: float) -> float:
        """A line width of ``px`` at laptop scale, scaled for this style."""
        return px * self.line_scale
