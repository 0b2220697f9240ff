"""The panels' text labels: panel headings, group subheadings, control captions.

One place for their look, so the data column, the features column, the
hyperparameter strip and the controls bar read as one interface. Sizes are
relative to the application font and remembered on the widget
(:func:`set_scaled_font`), so after projector mode changes that font,
:func:`refresh_scaled_fonts` sizes them all again in place.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

#: Panel headings ("DATA", "FEATURES"), relative to the application font size.
HEADING_SCALE = 1.15
#: Captions and subheadings: small, but still legible on a projector.
CAPTION_SCALE = 0.9
#: Qt's own colour role for secondary text, so dark palettes keep their contrast.
_MUTED = "color: palette(placeholder-text);"
#: Dynamic property holding ``(factor, weight or -1, all caps)`` of a scaled font.
_ROLE = "nnFontScale"


def scaled_font(base: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
    """A copy of ``base``, ``factor`` times as large, optionally with another weight."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    if weight is not None:
        font.setWeight(weight)
    return font


def set_scaled_font(widget: QWidget, factor: float, weight: QFont.Weight | None = None,
                    caps: bool = False) -> None:
    """Give ``widget`` the application font × ``factor`` and keep it so when that font changes."""
    widget.setProperty(_ROLE, (float(factor), -1 if weight is None else int(weight.value),
                               bool(caps)))
    _apply(widget)


def refresh_scaled_fonts(root: QWidget) -> None:
    """Size every scaled font under ``root`` (and ``root``) from the current application font."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property(_ROLE) is not None:
            _apply(widget)


def _apply(widget: QWidget) -> None:
    factor, weight, caps = widget.property(_ROLE)
    font = scaled_font(QApplication.font(), factor,
                       None if weight < 0 else QFont.Weight(weight))
    if caps:
        font.setCapitalization(QFont.Capitalization.AllUppercase)
    widget.setFont(font)


def heading(text: str, parent: QWidget) -> QLabel:
    """A panel's title: a little larger, demi-bold, in capitals (TensorFlow Playground)."""
    label = QLabel(text, parent)
    set_scaled_font(label, HEADING_SCALE, QFont.Weight.DemiBold, caps=True)
    return label


def caption(text: str, parent: QWidget) -> QLabel:
    """The small grey name above or beside a control or a number.

    Never in capitals: ``AllUppercase`` would turn η and λ into Η and Λ.
    """
    label = QLabel(text, parent)
    set_scaled_font(label, CAPTION_SCALE)
    label.setStyleSheet(_MUTED)
    return label


def subheading(text: str, parent: QWidget) -> QLabel:
    """A caption that opens a group of controls, with a little air above it."""
    label = caption(text, parent)
    label.setStyleSheet(_MUTED + " padding-top: 4px;")
    return label
