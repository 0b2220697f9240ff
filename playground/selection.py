"""What the learner points at, shared by every view: a hovered node, a picked point.

Views never wire themselves to each other. The diagram reports the node under
the mouse here, and the boundary view, listening here, shows that node's map;
the plane reports a picked point, and every inspector follows it. One owner
(the controller), many readers, no view knows another.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

#: A node of the diagram: ``(layer, index)`` with layer 0 = inputs, 1 … L hidden, L + 1 output.
Node = tuple[int, int]


@dataclass(frozen=True)
class Pick:
    """A picked input: a data point (with its label) or a location (label None).

    Attributes
    ----------
    xy : tuple of float
        The raw input (for plane data, the point's two coordinates).
    split : str or None
        ``"train"`` or ``"test"`` for a data point, None for a location.
    index : int or None
        Its row in that split.
    label : int or float or None
        Its class (or target), None until the learner chooses one for a location.
    """

    xy: tuple[float, ...]
    split: str | None = None
    index: int | None = None
    label: int | float | None = None


class Selection(QObject):
    """The hovered node and the picked point.

    Signals
    -------
    hoveredChanged(object)
        The diagram node under the mouse, ``(layer, index)``, or None.
    pickChanged(object)
        The picked :class:`Pick`, or None.
    """

    hoveredChanged = Signal(object)
    pickChanged = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._hovered: Node | None = None
        self._pick: Pick | None = None

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
