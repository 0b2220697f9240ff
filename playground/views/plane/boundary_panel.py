"""The output dock (``boundary``): the plane's tools, the decision boundary, its options."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.views.base import PlaygroundView, ViewContext
from playground.views.plane.boundary_view import BoundaryView
from playground.views.plane.plane_picker import PlanePicker
from playground.views.plane.plane_tools import PlaneTools

#: Settings this panel's check boxes edit (view-only: they never touch training).
_OPTIONS = ("show_test", "discretize")


class BoundaryPanel(PlaygroundView):
    """Tool bar (Pick / Draw), the boundary plot, and "show test data" / "discretize"."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("outputPanel")  # the name it had before the docks
        state = context.state
        self.tools = PlaneTools(self)
        self.view = BoundaryView(self)
        self.view.set_style(context.style)
        self.picker = PlanePicker(self.view, context.controller.selection,
                                  lambda: self.tools.tool == "pick")
        self.previousPointButton = self._small_button("previousPointButton", "◀",
                                                      lambda: self.picker.step(-1))
        self.nextPointButton = self._small_button("nextPointButton", "▶",
                                                  lambda: self.picker.step(+1))
        self.clearPickButton = self._small_button(
            "clearPickButton", "✕", lambda: context.controller.selection.set_pick(None))
        self.showTestCheck = QCheckBox(self, objectName="showTestCheck")
        self.discretizeCheck = QCheckBox(self, objectName="discretizeCheck")
        self._boxes = {"show_test": self.showTestCheck, "discretize": self.discretizeCheck}
        for key, box in self._boxes.items():
            box.setChecked(bool(getattr(state.settings, key)))
            box.toggled.connect(lambda on, k=key: self.context.state.update(**{k: on}))
        # One tool bar for the tools and the display options: every pixel of height
        # it does not take goes to the map, and on a narrow (projector) column what
        # does not fit folds behind its » button instead of widening the column.
        self.toolBar = QToolBar(self, objectName="planeToolBar")
        self.toolBar.setMovable(False)
        self.toolBar.addWidget(self.tools)
        for button in (self.previousPointButton, self.nextPointButton, self.clearPickButton):
            self.toolBar.addWidget(button)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolBar.addWidget(spacer)
        self.toolBar.addWidget(self.showTestCheck)
        self._discretize_action = self.toolBar.addWidget(self.discretizeCheck)
        self._fold = self.toolBar.findChild(QToolButton, "qt_toolbar_ext_button")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolBar)
        layout.addWidget(self.view, 1)
        state.changed.connect(self._on_state_changed)
        context.controller.selection.hoveredChanged.connect(self._on_hovered)
        context.controller.selection.pickChanged.connect(self._on_pick)
        self._on_pick(context.controller.selection.pick)
        self._apply_options()
        self.retranslate()

    def set_frame(self, frame) -> None:
        self.view.set_frame(frame)
        self.picker.draw()
        # Discretizing a regression surface would only show its sign: not offered there.
        if self._discretize_action.isVisible() != frame.is_classification:
            self._discretize_action.setVisible(frame.is_classification)
            self.toolBar.layout().activate()  # show or hide it now, not at the next layout

    def set_style(self, style) -> None:
        self.tools.set_style(style)
        self.view.set_style(style)
        self.picker.draw()

    def retranslate(self) -> None:
        self.tools.retranslate()
        self.view.retranslate()
        self.showTestCheck.setText(self.tr("Show test data"))
        self.showTestCheck.setToolTip(self.tr(
            "Draw the held-out test points (hollow markers) on the boundary."))
        self.discretizeCheck.setText(self.tr("Discretize output"))
        self.discretizeCheck.setToolTip(self.tr(
            "Colour each region by its winning class only, without confidence shading."))
        for box in self._boxes.values():
            box.setAccessibleName(box.text())
        if self._fold is not None:
            self._fold.setAccessibleName(self.tr("More tools"))
            self._fold.setToolTip(self.tr("The tools and options that do not fit"))
        for button, name, tip in (
            (self.previousPointButton, self.tr("Previous point"),
             self.tr("Pick the previous data point (← when the plane has the focus).")),
            (self.nextPointButton, self.tr("Next point"),
             self.tr("Pick the next data point (→ when the plane has the focus).")),
            (self.clearPickButton, self.tr("Clear the pick"),
             self.tr("Pick nothing: the inspectors wait for a point.")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(tip)

    def _small_button(self, name: str, text: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    def _on_pick(self, pick) -> None:
        self.clearPickButton.setEnabled(pick is not None)

    def _on_hovered(self, node) -> None:
        """A node hovered in the diagram: its map here, large (or back to the output)."""
        if node is None:
            self.view.show_output()
        else:
            self.view.show_neuron(*node)

    def _on_state_changed(self, keys: frozenset) -> None:
        if keys & set(_OPTIONS):
            self._apply_options()

    def _apply_options(self) -> None:
        s = self.context.state.settings
        for key, box in self._boxes.items():
            with QSignalBlocker(box):
                box.setChecked(bool(getattr(s, key)))
        self.view.set_show_test(s.show_test)
        self.view.set_discretize(s.discretize)
        self.picker.draw()
