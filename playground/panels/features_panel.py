"""The input-feature toggles: which functions of the point feed the network.

Each toggle shows the feature as a small heat map over the plane (orange
negative, blue positive), so the learner sees that X₁² is a bowl and X₁X₂ a
saddle before ever training. The tuple sent to the state always keeps the
canonical order of ``settings.ALL_FEATURES``, whatever order boxes were ticked
in, so the network's input columns are stable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QCheckBox, QGridLayout, QVBoxLayout, QWidget

from playground import catalogue
from playground.panels.labels import heading, refresh_scaled_fonts
from playground.panels.thumbnails import feature_icon
from playground.settings import ALL_FEATURES
from playground.state import AppState

#: Where each toggle sits (row, column): pairs side by side, the product last.
_POSITIONS = {
    "x1": (0, 0), "x2": (0, 1),
    "x1sq": (1, 0), "x2sq": (1, 1),
    "sin_x1": (2, 0), "sin_x2": (2, 1),
    "x1x2": (3, 0),
}


class FeaturesPanel(QWidget):
    """One checkable toggle per input feature, bound to ``settings.features``.

    Parameters
    ----------
    state : AppState
        Unchecking the last feature is refused by the settings validation
        (``state.rejected`` says "pick at least one input feature") and the
        box is ticked again.
    """

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("featuresPanel")
        self._state = state
        self._checks: dict[str, QCheckBox] = {}
        self._build()
        self.set_style()
        self.retranslate()
        self._refresh(frozenset({"features"}))
        state.changed.connect(self._refresh)

    def checkbox(self, name: str) -> QCheckBox:
        """The toggle of feature ``name`` (a key of ``settings.ALL_FEATURES``)."""
        return self._checks[name]

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self._title = heading("", self)
        layout.addWidget(self._title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for name in ALL_FEATURES:
            check = QCheckBox(self)
            check.setObjectName(f"feature_{name}Check")
            check.toggled.connect(self._on_toggled)
            row, col = _POSITIONS.get(name, (len(self._checks), 0))
            grid.addWidget(check, row, col)
            self._checks[name] = check
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

    def set_style(self, _style=None) -> None:
        """Thumbnails and tick boxes grow with the application font (projector mode)."""
        refresh_scaled_fonts(self)
        height = QFontMetrics(QApplication.font()).height()
        icon_px = max(20, round(height * 1.6))
        # Fusion draws a fixed 13-px box; grow it with the font for the projector.
        box = max(13, round(height * 0.9))
        self.setStyleSheet(f"QCheckBox::indicator {{ width: {box}px; height: {box}px; }}")
        for name, check in self._checks.items():
            check.setIcon(feature_icon(name, icon_px))
            check.setIconSize(QSize(icon_px, icon_px))

    def retranslate(self) -> None:
        self._title.setText(self.tr("Features"))
        # The question lives in a tooltip: as a subtitle it pushed the toggles off
        # the bottom of a 1280 × 800 window.
        self._title.setToolTip(self.tr("Which properties do you want to feed in?"))
        for name, check in self._checks.items():
            e = catalogue.entry("feature", name).translated(QCoreApplication.translate)
            check.setText(e.name)
            check.setAccessibleName(self.tr("Input feature %1").replace("%1", e.name))
            check.setToolTip(e.tip)

    # -- user edits -> state ------------------------------------------------

    def _on_toggled(self, _checked: bool) -> None:
        chosen = tuple(n for n in ALL_FEATURES if self._checks[n].isChecked())
        if not self._state.update(features=chosen):
            self._refresh(frozenset({"features"}))

    # -- state -> widgets ---------------------------------------------------

    def _refresh(self, keys) -> None:
        if "features" not in keys:
            return
        chosen = set(self._state.settings.features)
        for name, check in self._checks.items():
            with QSignalBlocker(check):
                check.setChecked(name in chosen)

