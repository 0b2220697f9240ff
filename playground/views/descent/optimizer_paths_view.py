"""The book's toy problems, live (dock ``optimizers``): gradient descent and six optimisers.

Two tabs:

1. **Gradient method** (:mod:`playground.views.descent.gradient_method_tab`): f(x₀, x₁) =
   x₀² + x₁² from (−3, 4), 100 steps of the engine's SGD with a chosen η, and the
   book's numerical gradient as a switch.
2. **Optimizers compared** (:mod:`playground.views.descent.optimizer_compare_tab`): f(x, y)
   = x²/20 + y² from (−7, 2), 30 steps of SGD, Momentum, AdaGrad, Adam, Nesterov
   and RMSprop side by side, scrubbable, any η and start.

Nothing here depends on the network being trained: no frames, no probes. The
arithmetic is the engine's (:mod:`engine.descent` with :mod:`engine.optimizers`),
done in the GUI because it is instant (30 or 100 updates of two numbers).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from playground.views.base import PlaygroundView, ViewContext
from playground.views.descent.gradient_method_tab import GradientMethodTab
from playground.views.descent.optimizer_compare_tab import OptimizerCompareTab
from playground.views.plot_kit import WrappedLabel


class OptimizerPathsView(PlaygroundView):
    """Tabs with the gradient method and the optimiser comparison."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("optimizersView")
        self.intro = WrappedLabel(self, objectName="optimizersIntro")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("optimizersTabs")
        self.method = GradientMethodTab(context.style, self)
        self.compare = OptimizerCompareTab(context.style, self)
        self.tabs.addTab(self.method, "")
        self.tabs.addTab(self.compare, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        self.set_style(context.style)
        self.retranslate()

    def set_style(self, style) -> None:
        self.intro.setFont(style.font())
        self.method.set_style(style)
        self.compare.set_style(style)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Gradient method"))
        self.tabs.setTabText(1, self.tr("Optimizers compared"))
        self.tabs.setTabToolTip(0, self.tr(
            "The book's first example: gradient descent on x₀² + x₁² with a learning rate "
            "that is just right, far too small or far too large."))
        self.tabs.setTabToolTip(1, self.tr(
            "The book's comparison of optimizers on a long, narrow valley."))
        self.tabs.setAccessibleName(self.tr("Toy problems of gradient descent"))
        self.intro.setText(self.tr(
            "The book's toy problems of gradient descent, computed live by the "
            "engine's own optimizers: change the learning rate η and watch."))
        self.method.retranslate()
        self.compare.retranslate()
