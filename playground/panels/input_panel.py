"""The input column (dock ``data``): which data, and which features of it the network sees."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from playground.panels.data_panel import DataPanel
from playground.panels.features_panel import FeaturesPanel
from playground.views.base import PlaygroundView, ViewContext


class InputPanel(PlaygroundView):
    """Data panel above features panel, scrolling when the window is short."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("inputPanel")
        self.data_panel = DataPanel(context.state)
        self.features_panel = FeaturesPanel(context.state)
        column = QWidget(objectName="inputColumn")
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 0, 0)
        self._column_layout = col
        col.addWidget(self.data_panel)
        col.addWidget(self.features_panel)
        col.addStretch(1)
        self._scroll = QScrollArea(objectName="inputScroll")
        self._scroll.setWidget(column)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self._column = column
        self.retranslate()
        self._fit_width()

    def host_on_top(self, widget: QWidget | None) -> None:
        """Show ``widget`` above the data (projector mode parks the hyperparameters here)."""
        if widget is not None:
            self._column_layout.insertWidget(0, widget)
            widget.show()
        self._fit_width()

    def _fit_width(self) -> None:
        self._column.layout().activate()  # a widget just left or joined: measure afresh
        self._scroll.setMinimumWidth(self._column.sizeHint().width() + 16)

    def set_style(self, style) -> None:
        for panel in (self.data_panel, self.features_panel):
            panel.set_style(style)
        # Qt hands the new application font to the widgets in the next event-loop
        # turn; measure the column after that.
        QTimer.singleShot(0, self._fit_width)

    def retranslate(self) -> None:
        self._scroll.setAccessibleName(self.tr("Data and features"))
        for panel in (self.data_panel, self.features_panel):
            panel.retranslate()
