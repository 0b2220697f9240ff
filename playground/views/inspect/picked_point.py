"""The picked point as the number views see it: what to ask the worker, which answer fits.

The inspector, the softmax view and the diagram's values all follow the one
pick of the shared :class:`~playground.selection.Selection`. Each asks the
worker for the probe ``point_trace`` with the pick's input and label, and each
must show only an answer for the pick of the moment: a frame may still carry
the result for the previous pick (computed before the new request arrived).
This module keeps those three rules in one place, with the pick's description
in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from playground.selection import Pick
from playground.views.numbers import fmt

#: The probe every number view of a picked point asks for.
PROBE = "point_trace"


def probe_request(pick: Pick | None) -> dict:
    """``{"trace": (PROBE, params)}`` for ``pick``, or ``{}`` when nothing is picked.

    The label goes along (None for a location until a target is chosen), so the
    worker also computes the loss and the backward pass when there is a target.
    """
    if pick is None:
        return {}
    return {"trace": (PROBE, {"xy": [float(v) for v in pick.xy], "label": pick.label})}


def fits(result, pick: Pick | None) -> bool:
    """Whether ``result`` (a ``PointTrace``) was computed for ``pick`` (input and label)."""
    if pick is None or result is None or not hasattr(result, "trace"):
        return False
    return tuple(result.xy) == tuple(float(v) for v in pick.xy) and result.label == pick.label


def failed(result) -> bool:
    """Whether the worker sent a ``ProbeFailure`` instead of a result."""
    return result is not None and not hasattr(result, "trace") and hasattr(result, "detail")


def describe(pick: Pick, classification: bool) -> str:
    """The pick in words: ``"Training point 12 at (1.23, −0.45) · class 1"``.

    Literal ``QCoreApplication.translate`` calls, so ``pyside6-lupdate`` finds them.
    """
    at = "(" + ", ".join(fmt(v) for v in pick.xy) + ")"
    if pick.is_data_point:
        if pick.split == "train":
            text = QCoreApplication.translate("PickedPoint", "Training point %1 at %2")
        else:
            text = QCoreApplication.translate("PickedPoint", "Test point %1 at %2")
        text = text.replace("%1", str(pick.index + 1)).replace("%2", at)
    else:
        text = QCoreApplication.translate("PickedPoint", "Location %1").replace("%1", at)
    if pick.label is None:
        label = QCoreApplication.translate("PickedPoint", "no target yet")
    elif classification:
        label = QCoreApplication.translate("PickedPoint", "class %1").replace(
            "%1", str(int(pick.label)))
    else:
        label = QCoreApplication.translate("PickedPoint", "target %1").replace(
            "%1", fmt(pick.label))
    return text + " · " + label


def no_pick_text() -> str:
    """What a number view says while nothing is picked."""
    return QCoreApplication.translate(
        "PickedPoint", "Pick a point on the plane (Pick tool): click a data point or any "
        "location of the output map, or use the arrow keys there.")
