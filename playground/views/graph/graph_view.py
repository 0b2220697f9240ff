"""The computational graph (dock ``graph``): forward and backward one node at a time.

The book's graphs with the book's numbers (buying apples, apples and oranges,
the chain rule ``z = t², t = x + y``), an expression the learner types, and the
network's own graph for the picked point, layer by layer or, for a network of
at most 24 weights, one multiply and add at a time. Forward computes one node
per step; backward seeds ``∂L/∂L = 1`` at the output and then sends, one node
per step, the upstream gradient times each local derivative to the inputs
(the chain rule); a value used twice sums what comes back.

The network graph follows training (the probe ``point_trace``, at most 10
times a second while playing, at once after a step, an edit or a new pick)
and keeps the learner's stepping position when its numbers change.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from engine.graph import apple_graph, apple_orange_graph, chain_rule_graph
from playground.shortcuts import key_text, shortcut
from playground.views.base import PlaygroundView, ViewContext
from playground.views.graph.graph_canvas import GraphCanvas
from playground.views.graph.graph_expression import ExpressionField
from playground.views.graph.graph_model import GraphModel, from_values
from playground.views.graph.graph_network_panel import NetworkChoice
from playground.views.graph.graph_wording import StepWording

#: The graphs the combo offers: key and English name (context "GraphView").
GRAPHS = (
    ("apple", QT_TRANSLATE_NOOP("GraphView", "Buying apples: 2 × 100 yen, tax 1.1")),
    ("apple_orange", QT_TRANSLATE_NOOP("GraphView", "Apples and oranges: + 3 × 150 yen")),
    ("chain", QT_TRANSLATE_NOOP("GraphView", "Chain rule: z = t², t = x + y")),
    ("expression", QT_TRANSLATE_NOOP("GraphView", "Your own expression")),
    ("network_layers", QT_TRANSLATE_NOOP("GraphView", "The network for the picked point: layers")),
    ("network_scalars", QT_TRANSLATE_NOOP(
        "GraphView", "The network for the picked point: every multiply and add")),
)
#: The book's node names, translated when shown.
BOOK_NAMES = (
    QT_TRANSLATE_NOOP("GraphView", "apple"), QT_TRANSLATE_NOOP("GraphView", "apple count"),
    QT_TRANSLATE_NOOP("GraphView", "apple price"), QT_TRANSLATE_NOOP("GraphView", "orange"),
    QT_TRANSLATE_NOOP("GraphView", "orange count"), QT_TRANSLATE_NOOP("GraphView", "orange price"),
    QT_TRANSLATE_NOOP("GraphView", "all price"), QT_TRANSLATE_NOOP("GraphView", "tax"),
    QT_TRANSLATE_NOOP("GraphView", "price"),
)
#: Commands of the shortcut table this view answers, and its buttons.
COMMANDS = (("graphForward", "graphForwardButton"), ("graphBackward", "graphBackwardButton"),
            ("graphRunAll", "graphRunAllButton"), ("graphReset", "graphResetButton"))


class GraphView(PlaygroundView):
    """Step a computational graph forward and backward; see the module docstring."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("graphView")
        self.model: GraphModel | None = None
        self.wording = StepWording(self)
        self._caption = QLabel(self)
        self.choice = QComboBox(self, objectName="graphChoiceCombo")
        for key, _name in GRAPHS:
            self.choice.addItem("", key)
        self.choice.currentIndexChanged.connect(self._on_choice)
        self.expression = ExpressionField(self)
        self.expression.parsed.connect(self._on_parsed)
        self.network = NetworkChoice(context, self)
        self.network.changed.connect(self._on_network_changed)
        self.network.probesChanged.connect(self.probesChanged)
        self.canvas = GraphCanvas()
        self.scroll = QScrollArea(self, objectName="graphScroll")
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self, objectName="graphStatusLabel")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QLabel(self, objectName="graphProgressLabel")
        self.buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        handlers = {"graphForward": self.step_forward, "graphBackward": self.step_backward,
                    "graphRunAll": self.run_all, "graphReset": self.reset}
        for command, name in COMMANDS:
            button = QPushButton(self, objectName=name)
            button.clicked.connect(handlers[command])
            buttons.addWidget(button)
            self.buttons[command] = button
        buttons.addWidget(self.progress, 1)
        top = QHBoxLayout()
        top.addWidget(self._caption)
        top.addWidget(self.choice, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.expression)
        layout.addWidget(self.network)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._bind_keys(handlers)
        self.canvas.set_style(context.style)
        self.retranslate()
        self._on_choice()

    # -- keys ------------------------------------------------------------------------
    def _bind_keys(self, handlers: dict) -> None:
        """Answer the window's actions of the shortcut table (one binding per key).

        The window owns an action per row of ``playground.shortcuts``; binding
        the same key again here would make it ambiguous. Alone (no window, as in
        some tests) the view makes its own actions for its own widgets.
        """
        window = getattr(self.context.host, "window", None)
        for command, _name in COMMANDS:
            action = window.findChild(QAction, f"{command}Action") if window else None
            if action is None:
                action = QAction(self)
                action.setShortcuts([QKeySequence(k) for k in shortcut(command).keys])
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            action.triggered.connect(lambda _checked=False, h=handlers[command]: self._key(h))

    def _key(self, handler) -> None:
        if self.isVisible():  # a hidden or tabbed-away graph does not step
            handler()

    # -- choosing a graph ----------------------------------------------------------------
    @property
    def kind(self) -> str:
        """The chosen graph, a key of :data:`GRAPHS`."""
        return self.choice.currentData()

    def choose(self, kind: str) -> None:
        """Show graph ``kind`` (a key of :data:`GRAPHS`)."""
        self.choice.setCurrentIndex(self.choice.findData(kind))

    def _on_choice(self, _row: int = 0) -> None:
        kind = self.kind
        self.expression.setVisible(kind == "expression")
        self.network.set_active(kind.startswith("network"), kind == "network_scalars")
        self.model = None
        if kind == "expression" and self.expression.result is None \
                and self.expression.error is None:
            self.expression.read()
        self._rebuild()
        self.probesChanged.emit()

    def _on_network_changed(self) -> None:
        if self.kind.startswith("network"):
            self._rebuild()

    def _on_parsed(self, _parsed) -> None:
        if self.kind == "expression":
            self.model = None  # a new expression starts at the beginning
            self._rebuild()

    def _build(self) -> GraphModel | None:
        kind = self.kind
        if kind in ("apple", "apple_orange"):
            root, _ = (apple_graph if kind == "apple" else apple_orange_graph)()
            return from_values([root], translatable=True)
        if kind == "chain":
            return from_values([chain_rule_graph()[0]])
        if kind == "expression":
            parsed = self.expression.result
            return None if parsed is None else from_values([parsed.root])
        return self.network.build_model()

    def _rebuild(self) -> None:
        """Build the chosen graph again, keeping the stepping position when it is the same one."""
        old = self.model
        model = self._build()
        if model is not None:
            model.kind = self.kind
            if old is not None and old.kind == model.kind:
                model.restore(old.forward, old.backward)
            elif model.kind.startswith("network"):
                model.forward = model.n_forward  # its forward numbers are the live network's
        self.model = model
        self.canvas.empty_text = self.network.empty_text() if self.kind.startswith("network") \
            else self.tr("The expression has a problem: see the message above.")
        self.canvas.set_model(model)
        self._update_texts()

    # -- the plug-in interface -------------------------------------------------------------
    def probe_requests(self) -> dict:
        """The picked point's trace, only while the network graph is chosen."""
        return self.network.probe_requests() if self.kind.startswith("network") else {}

    def set_frame(self, frame) -> None:
        """Take the picked point's newest trace (the book's graphs need no frames)."""
        self.network.set_frame(frame, self.context.probe_key("point"))

    def set_style(self, style) -> None:
        """Projector or laptop sizes, in place."""
        self.canvas.set_style(style)
        self.network.set_style(style)

    def retranslate(self) -> None:
        """Every label, caption and tooltip again, in place (the position is kept)."""
        self._caption.setText(self.tr("Computational graph:"))
        self.choice.setAccessibleName(self.tr("Which computational graph"))
        self.choice.setToolTip(self.tr(
            "The book's examples, an expression of your own, or the network itself "
            "for the point picked on the output plane."))
        for row, (_key, name) in enumerate(GRAPHS):
            self.choice.setItemText(row, self.tr(name))
        texts = {
            "graphForward": (self.tr("Forward ▶"), self.tr("Forward one node")),
            "graphBackward": (self.tr("◀ Backward"), self.tr("Backward one node")),
            "graphRunAll": (self.tr("Run all"), self.tr("Run the forward and backward passes")),
            "graphReset": (self.tr("Reset"), self.tr("Back to the start")),
        }
        tips = {
            "graphForward": self.tr("Forward propagation: compute the next node from its "
                                    "inputs (%1)."),
            "graphBackward": self.tr("Backpropagation: the next node multiplies its gradient by "
                                     "each local derivative and sends the products to its "
                                     "inputs (%1)."),
            "graphRunAll": self.tr("Compute every value and every gradient at once (%1)."),
            "graphReset": self.tr("Forget the computed values and gradients (%1)."),
        }
        for command, button in self.buttons.items():
            text, accessible = texts[command]
            button.setText(text)
            button.setAccessibleName(accessible)
            button.setToolTip(tips[command].replace("%1", key_text(command)))
        self.scroll.setAccessibleName(self.tr("The computational graph"))
        self.canvas.setAccessibleName(self.tr("The computational graph"))
        self.canvas.setToolTip("")
        self.expression.retranslate()
        self.network.retranslate()
        self._rebuild()

    # -- stepping ----------------------------------------------------------------------------
    def step_forward(self) -> None:
        """Compute the next node of the forward pass."""
        if self.model is not None and self.model.step_forward():
            self._stepped()

    def step_backward(self) -> None:
        """Take the next backward step (after the forward pass)."""
        m = self.model
        if m is not None and m.step_backward():
            self._stepped()
        elif m is not None and not m.forward_done:
            self.status.setText(self.wording.forward_first())

    def run_all(self) -> None:
        """Compute every value and every gradient at once."""
        if self.model is not None:
            self.model.run_all()
            self._stepped()

    def reset(self) -> None:
        """Back to the start of the forward pass."""
        if self.model is not None:
            self.model.reset()
            self._stepped()

    def _stepped(self) -> None:
        self.canvas.update()
        self._update_texts()
        QTimer.singleShot(0, self, self._show_current)  # once the scroll area knows the size

    def _show_current(self) -> None:
        """Scroll so that the node of the current step is in view."""
        rect = self.canvas.current_rect()
        if rect is None:
            return
        port = self.scroll.viewport()
        seen = QRectF(self.canvas.mapFrom(port, QPoint(0, 0)), QSizeF(port.size()))
        if not seen.contains(rect.adjusted(-12, -12, 12, 12)):  # centre it, but only if needed
            self.scroll.horizontalScrollBar().setValue(int(rect.center().x() - port.width() / 2))
            self.scroll.verticalScrollBar().setValue(int(rect.center().y() - port.height() / 2))

    def _update_texts(self) -> None:
        m = self.model
        for button in self.buttons.values():
            button.setEnabled(m is not None)
        if m is None:
            self.status.setText("")
            self.progress.setText("")
            return
        self.buttons["graphForward"].setEnabled(not m.forward_done)
        self.buttons["graphBackward"].setEnabled(m.forward_done and m.backward < m.n_backward)
        self.buttons["graphRunAll"].setEnabled(not m.done)
        self.status.setText(self.wording.describe(m, self.canvas.name))
        self.progress.setText(self.wording.progress(m))
