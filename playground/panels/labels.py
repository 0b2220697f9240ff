"""The panels' text labels: panel headings, group subheadings, control captions.

One place for their look, so the data column, the features column, the
hyperparameter strip and the controls bar read as one interface. Sizes are
relative to the parent's font, so projector mode (a larger application font)
scales them all together.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

#: Panel headings ("DATA", "FEATURES"), relative to the parent's font size.
HEADING_SCALE = 1.15
#: Captions and subheadings: small, but still legible on a projector.
CAPTION_SCALE = 0.9
#: Qt's own colour role for secondary text, so dark palettes keep their contrast.
_MUTED = "color: palette(placeholder-text);"


def scaled_font(base: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
    """A copy of ``base``, ``factor`` times as large, optionally with another weight."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    if weight is not None:
        font.setWeight(weight)
    return font


def heading(text: str, parent: QWidget) -> QLabel:
    """A panel's title: a little larger, demi-bold, in capitals (TensorFlow Playground)."""
    label = QLabel(text, parent)
    font = scaled_font(parent.font(), HEADING_SCALE, QFont.Weight.DemiBold)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    label.setFont(font)
    return label


def caption(text: str, parent: QWidget) -> QLabel:
    """The small grey name above or beside a control or a number.

    Never in capitals: ``AllUppercase`` would turn η and λ into Η and Λ.
    """
    label = QLabel(text, parent)
    label.setFont(scaled_font(parent.font(), CAPTION_SCALE))
    label.setStyleSheet(_MUTED)
    return label


def subheading(text: str, parent: QWidget) -> QLabel:
    """A caption that opens a group of controls, with a little air above it."""
    label = caption(text, parent)
    label.setStyleSheet(_MUTED + " padding-top: 4px;")
    return label
