"""What the learner points at, shared by every view: a hovered node, a picked input,
a selected node or weight.

Views never wire themselves to each other. The diagram reports the node under
the mouse here, and the boundary view, listening here, shows that node's map;
the plane reports a picked point, and every inspector follows it. One owner
(the controller), many readers, no view knows another.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

#: A node of the diagram: ``(layer, index)`` with layer 0 = inputs, 1 … L hidden, L + 1 output.
Node = tuple[int, int]


@dataclass(frozen=True)
class Pick:
    """A picked input: a data point (with its label) or a location (label None at first).

    Attributes
    ----------
    xy : tuple of float
        The raw input (for plane data, the point's two coordinates).
    split : str or None
        ``"train"`` or ``"test"`` for a data point, None for a location.
    index : int or None
        Its row in that split.
    label : int or float or None
        Its class (or regression target); None for a location until the learner
        chooses the target class.
    """

    xy: tuple[float, ...]
    split: str | None = None
    index: int | None = None
    label: int | float | None = None

    @property
    def is_data_point(self) -> bool:
        return self.split is not None


@dataclass(frozen=True)
class Param:
    """One weight or bias of the network, the way the diagram shows it.

    ``layer`` is the Affine layer (0 = inputs → first hidden layer); a weight
    joins node ``i`` of column ``layer`` to node ``j`` of column ``layer + 1``;
    a bias (``i is None``) belongs to node ``j`` of column ``layer + 1``.
    """

    layer: int
    j: int
    i: int | None = None

    @property
    def is_bias(self) -> bool:
        return self.i is None

    @property
    def name(self) -> str:
        """The engine's parameter name, ``"W2"`` or ``"b2"``."""
        return f"{'b' if self.is_bias else 'W'}{self.layer + 1}"

    @property
    def index(self) -> tuple[int, ...]:
        """Its index in the engine's array of that name."""
        return (self.j,) if self.is_bias else (self.i, self.j)


class Selection(QObject):
    """The hovered node, the picked input and the selected node or weight.

    Signals
    -------
    hoveredChanged(object)
        The diagram node under the mouse, ``(layer, index)``, or None.
    pickChanged(object)
        The picked :class:`Pick`, or None.
    selectedChanged(object)
        The selected node ``(layer, index)`` or :class:`Param` (an edge), or None.
    """

    hoveredChanged = Signal(object)
    pickChanged = Signal(object)
    selectedChanged = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._hovered: Node | None = None
        self._pick: Pick | None = None
        self._selected: Node | Param | None = None

    @property
    def hovered(self) -> Node | None:
        return self._hovered

    def set_hovered(self, node: Node | None) -> None:
        if node != self._hovered:
            self._hovered = node
            self.hoveredChanged.emit(node)

    @property
    def pick(self) -> Pick | None:
        return self._pick

    def set_pick(self, pick: Pick | None) -> None:
        if pick != self._pick:
            self._pick = pick
            self.pickChanged.emit(pick)

    def set_pick_label(self, label: int | float | None) -> None:
        """Choose the target of a picked location (a data point keeps its own)."""
        if self._pick is not None and not self._pick.is_data_point:
            self.set_pick(replace(self._pick, label=label))

    @property
    def selected(self) -> Node | Param | None:
        return self._selected

    def set_selected(self, item: Node | Param | None) -> None:
        if item != self._selected:
            self._selected = item
            self.selectedChanged.emit(item)

    @property
    def selected_node(self) -> Node | None:
        """The selected node, or the node an edge leads to when a weight is selected."""
        s = self._selected
        if isinstance(s, Param):
            return (s.layer + 1, s.j)
        return s
