"""Every dock of the window, one line each: a new view is a new file plus one line here.

``factory`` is ``"module:Class"``, imported only when the dock is first shown,
so a view nobody opens costs nothing at start-up. The class is built as
``Class(context)`` (see :mod:`playground.views.base` for what it may
implement). The dock's objectName is ``<name>Dock``; the content keeps its own.

``area`` places it in the default arrangement: ``"left"`` (the input column),
``"middle"`` (the network), ``"right"`` (the plots, top to bottom in this
order). Docks with ``shown=False`` start hidden and, when first shown, open as
a tab beside the last shown dock of their area.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class DockSpec:
    """One dock: its name, what it holds, its title, where it goes by default.

    Attributes
    ----------
    name : str
        Registry key; the dock is ``<name>Dock``, probe keys start with it.
    factory : str
        ``"package.module:Class"`` of the content.
    title : str
        English title, translated in the context ``"docks"``.
    area : str
        ``"left"``, ``"middle"`` or ``"right"``.
    shown : bool
        Visible in the default arrangement.
    stretch : int
        Share of its column's height in the default arrangement.
    """

    name: str
    factory: str
    title: str
    area: str
    shown: bool = True
    stretch: int = 1


DOCKS: tuple[DockSpec, ...] = (
    DockSpec("data", "playground.panels.input_panel:InputPanel",
             QT_TRANSLATE_NOOP("docks", "Data and features"), "left"),
    DockSpec("network", "playground.panels.network_panel:NetworkPanel",
             QT_TRANSLATE_NOOP("docks", "Network"), "middle"),
    DockSpec("boundary", "playground.views.plane.boundary_panel:BoundaryPanel",
             QT_TRANSLATE_NOOP("docks", "Output"), "right", stretch=3),
    DockSpec("loss", "playground.views.loss.loss_panel:LossPanel",
             QT_TRANSLATE_NOOP("docks", "Loss"), "right", stretch=2),
    DockSpec("layerSummary", "playground.views.inspect.layer_summary_view:LayerSummaryView",
             QT_TRANSLATE_NOOP("docks", "Layer summary"), "right", shown=False),
    DockSpec("inspector", "playground.views.inspect.inspector_view:InspectorView",
             QT_TRANSLATE_NOOP("docks", "Neuron inspector"), "right", shown=False),
    DockSpec("softmax", "playground.views.inspect.softmax_view:SoftmaxView",
             QT_TRANSLATE_NOOP("docks", "Softmax and loss"), "right", shown=False),
    DockSpec("affine", "playground.views.inspect.affine_view:AffineView",
             QT_TRANSLATE_NOOP("docks", "Layer as a matrix: Y = XW + B"), "right", shown=False),
    DockSpec("activation", "playground.views.inspect.activation_view:ActivationView",
             QT_TRANSLATE_NOOP("docks", "Activation functions"), "right", shown=False),
    DockSpec("perceptron", "playground.views.lessons.perceptron_view:PerceptronView",
             QT_TRANSLATE_NOOP("docks", "Perceptron"), "middle", shown=False),
    DockSpec("lessons", "playground.views.lessons.lessons_panel:LessonsPanel",
             QT_TRANSLATE_NOOP("docks", "Lessons"), "left", shown=False),
    DockSpec("descent", "playground.views.descent.descent_view:DescentView",
             QT_TRANSLATE_NOOP("docks", "Gradient descent on a weight"), "right", shown=False),
    DockSpec("optimizers", "playground.views.descent.optimizer_paths_view:OptimizerPathsView",
             QT_TRANSLATE_NOOP("docks", "Optimizers compared"), "right", shown=False),
    DockSpec("gradcheck", "playground.views.descent.gradcheck_view:GradcheckView",
             QT_TRANSLATE_NOOP("docks", "Gradient check"), "right", shown=False),
    DockSpec("graph", "playground.views.graph.graph_view:GraphView",
             QT_TRANSLATE_NOOP("docks", "Computational graph"), "right", shown=False),
)


def dock_spec(name: str) -> DockSpec:
    """The registry entry called ``name``."""
    for spec in DOCKS:
        if spec.name == name:
            return spec
    raise KeyError(name)
