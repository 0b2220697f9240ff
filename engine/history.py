"""What a training run records for others to read: its loss history and,
when it blows up, why and where (as data, so a GUI can word it in its language).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class HistoryArrays:
    """Per-epoch history, possibly decimated to a bounded number of points.

    All arrays have the same shape ``(P,)``. Accuracies are NaN for regression;
    test values are NaN when there is no test set.
    """

    epoch: np.ndarray
    train_loss: np.ndarray
    test_loss: np.ndarray
    train_acc: np.ndarray
    test_acc: np.ndarray

    @classmethod
    def empty(cls) -> HistoryArrays:
        e = np.zeros(0)
        return cls(e, e, e, e, e)

    def __len__(self) -> int:
        return int(self.epoch.shape[0])


@dataclass(frozen=True)
class Divergence:
    """Why and where training stopped on a non-finite loss, as data.

    Attributes
    ----------
    cause : str
        ``"nan"`` (the loss became NaN), ``"inf"`` (infinite) or ``"weights"``
        (the weights became NaN or infinite).
    epoch, step : int
        The epoch in progress and the step that failed (1-based).
    learning_rate : float
        The learning rate in use, the usual culprit.
    restored_step : int or None
        The weights were put back to those after this step; None when it
        failed before any update.
    """

    cause: str
    epoch: int
    step: int
    learning_rate: float
    restored_step: int | None

    def describe(self) -> str:
        """The reason in plain English (the GUI translates its own wording)."""
        what = {
            "nan": "loss became NaN",
            "inf": "loss became infinite",
        }.get(self.cause, "weights became NaN or infinite")
        where = f"at epoch {self.epoch}, step {self.step}"
        if self.restored_step is None:
            return f"The {what} {where}, before any update: check the weights."
        return (
            f"The {what} {where}: the learning rate ({self.learning_rate:g}) is probably "
            f"too high. Weights were restored to the last ones with a finite loss "
            f"(after step {self.restored_step})."
        )
