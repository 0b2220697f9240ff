"""The dataset picker: a thumbnail button per dataset, grouped as TensorFlow Playground does.

Classification, regression and the logic gates, each under a small heading;
each button shows the dataset's points (``panels.thumbnails``) and its short
name, with the full name and a sentence in the tooltip (``playground.catalogue``).
Exactly one is checked: the dataset in use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGridLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.datasets import DATASETS
from playground import catalogue
from playground.panels.labels import subheading
from playground.panels.thumbnails import dataset_icon

#: Picker columns: four 50-px buttons fit the 220-px narrowest column.
PICKER_COLUMNS = 4
_STYLE = (
    "QToolButton { border: 2px solid transparent; border-radius: 6px; padding: 2px; }"
    " QToolButton:hover { border-color: palette(mid); }"
    " QToolButton:checked { border-color: #0072B2;"
    " background: rgba(0, 114, 178, 0.12); font-weight: 600; }"
    " QToolButton:focus:!checked { border: 2px dashed palette(mid); }"
    " QToolButton:checked:focus { border-color: #004E7A; }"
)


def dataset_group(name: str) -> str:
    """Which picker group a dataset belongs to: classification, regression or gates."""
    info = DATASETS[name]
    if info.kind == "regression":
        return "regression"
    if name.startswith("gate_") or not info.splittable:
        return "gates"
    return "classification"


class DatasetPicker(QWidget):
    """Thumbnail buttons of every dataset (objectNames ``dataset_<key>Button``).

    Signals
    -------
    picked(str)
        The learner clicked the button of a dataset (its registry key).
    """

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("datasetPicker")
        self.setStyleSheet(_STYLE)
        self.buttons: dict[str, QToolButton] = {}
        self.icon_px = 32
        self._n_classes = 2
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._titles = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for group in ("classification", "regression", "gates"):
            names = [n for n in DATASETS if dataset_group(n) == group]
            if not names:
                continue
            self._titles[group] = subheading("", self)
            column.addWidget(self._titles[group])
            cells = QGridLayout()
            cells.setSpacing(2)
            for i, name in enumerate(names):
                cells.addWidget(self._button(name), i // PICKER_COLUMNS, i % PICKER_COLUMNS)
            for col in range(PICKER_COLUMNS):
                cells.setColumnStretch(col, 1)
            column.addLayout(cells)

    def _button(self, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"dataset_{name}Button")
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False, n=name: self.picked.emit(n))
        self._group.addButton(button)
        self.buttons[name] = button
        return button

    def set_current(self, name: str) -> None:
        """Check the button of ``name`` without emitting anything."""
        button = self.buttons[name]
        with QSignalBlocker(self._group), QSignalBlocker(button):
            button.setChecked(True)

    def set_classes(self, n_classes: int) -> None:
        """Redraw the multiclass thumbnails with ``n_classes`` colours."""
        self._n_classes = n_classes
        for name, button in self.buttons.items():
            if DATASETS[name].multiclass:
                button.setIcon(dataset_icon(name, self.icon_px, n_classes))

    def set_style(self) -> None:
        """Thumbnails and buttons follow the application font (projector mode)."""
        self.icon_px = max(32, round(QFontMetrics(QApplication.font()).height() * 2.5))
        for name, button in self.buttons.items():
            button.setIcon(dataset_icon(name, self.icon_px, self._n_classes))
            button.setIconSize(QSize(self.icon_px, self.icon_px))
            button.setMinimumWidth(self.icon_px + 14)
        self._name_buttons()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Dataset"))
        titles = {"classification": self.tr("Classification"),
                  "regression": self.tr("Regression"), "gates": self.tr("Logic gates")}
        for group, label in self._titles.items():
            label.setText(titles[group])
        self._name_buttons()

    def _name_buttons(self) -> None:
        fm = QFontMetrics(QApplication.font())
        width = self.icon_px + 14
        for name, button in self.buttons.items():
            e = catalogue.entry("dataset", name).translated(QCoreApplication.translate)
            button.setText(fm.elidedText(e.short, Qt.TextElideMode.ElideRight, width))
            button.setAccessibleName(self.tr("Dataset: %1").replace("%1", e.name))
            button.setToolTip(f"<b>{e.name}</b><br>{e.tip}")
