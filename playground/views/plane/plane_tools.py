"""The input plane's tool modes: Pick (the default) and Draw, as a small tool bar.

Pick: a click on the plane picks a location or the nearest data point (the
inspector views show what the network computes for it). Draw: clicks add
points of your own; it is offered once the data can hold drawn points.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from playground.shortcuts import key_text

TOOLS = ("pick", "draw")


class PlaneTools(QWidget):
    """Exclusive tool buttons above the plane.

    Signals
    -------
    toolChanged(str)
        ``"pick"`` or ``"draw"``.
    """

    toolChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planeTools")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 0, 0)
        row.setSpacing(2)
        for tool in TOOLS:
            button = QToolButton(self)
            button.setObjectName(f"{tool}ToolButton")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _on=False, t=tool: self.set_tool(t))
            self._group.addButton(button)
            self.buttons[tool] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons["pick"].setChecked(True)
        # Drawing needs data that can take new points (a later version): say so, greyed.
        self.buttons["draw"].setEnabled(False)
        self._tool = "pick"
        self.retranslate()

    @property
    def tool(self) -> str:
        return self._tool

    def set_tool(self, tool: str) -> None:
        if tool not in TOOLS or not self.buttons[tool].isEnabled():
            return
        self.buttons[tool].setChecked(True)
        if tool != self._tool:
            self._tool = tool
            self.toolChanged.emit(tool)

    def set_style(self, style) -> None:
        pass  # text buttons follow the application font

    def retranslate(self) -> None:
        pick, draw = self.buttons["pick"], self.buttons["draw"]
        pick.setText(self.tr("Pick"))
        pick.setToolTip(self.tr("Pick (%1): click the plane to pick a point or a location "
                                "and see what the network computes for it.")
                        .replace("%1", key_text("toolPick")))
        draw.setText(self.tr("Draw"))
        draw.setToolTip(self.tr("Draw (%1): add your own points by clicking. Not available "
                                "yet: this version cannot add points to a dataset.")
                        .replace("%1", key_text("toolDraw")))
        for button in (pick, draw):
            button.setAccessibleName(button.text())
