"""What a training run records for others to read: its loss history and,
when it blows up, why and where (as data, so a GUI can word it in its language).

Two curves are kept. The *epoch* curve is TensorFlow Playground's: one row per
completed epoch, evaluated on the full training and test splits, starting at
epoch 0 with the untrained network. The *step* curve is the book's
"iterations" plot: the minibatch loss of every update. Both stay bounded in
memory for a run of any length by keeping only points on a stride that
doubles whenever the store fills up (so the whole run stays visible at an
even, coarser resolution), plus the newest point.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np


def _no_points() -> np.ndarray:
    return np.zeros(0)


@dataclass(frozen=True)
class HistoryArrays:
    """Loss history, possibly decimated to a bounded number of points.

    Attributes
    ----------
    epoch, train_loss, test_loss, train_acc, test_acc : ndarray, shape (P,)
        One row per recorded epoch, epochs increasing from 0 (the untrained
        network). Losses exclude the weight penalty; accuracies are NaN for
        regression; test values are NaN when there is no test set. Train
        losses are always finite.
    step, step_loss : ndarray, shape (P2,)
        The minibatch loss of update ``step`` (1-based, increasing; the loss is
        that of the weights the update started from, penalty included), for
        kept steps only. Empty by default, so code that builds the epoch
        columns alone keeps working.
    """

    epoch: np.ndarray
    train_loss: np.ndarray
    test_loss: np.ndarray
    train_acc: np.ndarray
    test_acc: np.ndarray
    step: np.ndarray = field(default_factory=_no_points)
    step_loss: np.ndarray = field(default_factory=_no_points)

    @classmethod
    def empty(cls) -> HistoryArrays:
        e = np.zeros(0)
        return cls(e, e, e, e, e, e, e)

    def __len__(self) -> int:
        """The number of epoch rows, P."""
        return int(self.epoch.shape[0])


class History:
    """Per-epoch evaluations and per-step minibatch losses, optionally bounded.

    Parameters
    ----------
    max_points : int, optional
        With a bound, each curve keeps at most this many points: only epochs
        (steps) that are multiples of a stride, which doubles when the store
        fills up (dropping every other point), plus the newest one, which
        :meth:`as_arrays` always includes. None keeps everything.
    """

    COLUMNS = ("epoch", "train_loss", "test_loss", "train_acc", "test_acc")

    def __init__(self, max_points: int | None = None) -> None:
        if max_points is not None and max_points < 3:
            raise ValueError(f"history_max_points must be at least 3; got {max_points}.")
        self.max_points = max_points
        self.clear()

    def clear(self) -> None:
        """Forget everything."""
        self._rows: list[tuple[float, ...]] = []
        self._latest: tuple[float, ...] | None = None
        self._previous: tuple[float, ...] | None = None  # the latest before it, for truncate()
        self.stride = 1
        # Steps: preallocated columns, filled up to _n; one slot stays free
        # for the newest step when it is off the stride.
        capacity = 1024 if self.max_points is None else self.max_points - 1
        self._steps = np.zeros(capacity)
        self._step_losses = np.zeros(capacity)
        self._n = 0
        self._last_step = 0
        self._last_step_loss = math.nan
        self.step_stride = 1

    # ------------------------------------------------------------------ epochs
    def append(self, epoch: int, train_loss: float, test_loss: float, train_acc: float, test_acc: float) -> None:
        """Record the evaluation after ``epoch``; a second row for the newest epoch replaces it."""
        row = (float(epoch), float(train_loss), float(test_loss), float(train_acc), float(test_acc))
        if self._latest is not None and self._latest[0] == row[0]:
            if self._rows and self._rows[-1][0] == row[0]:
                self._rows[-1] = row
            self._latest = row
            return
        self._previous, self._latest = self._latest, row
        if self.max_points is None:
            self._rows.append(row)
            return
        if epoch % self.stride:
            return
        self._rows.append(row)
        # One slot stays free for the latest epoch when it is off-stride.
        if len(self._rows) > self.max_points - 1:
            self.stride *= 2
            self._rows = [r for r in self._rows if int(r[0]) % self.stride == 0]

    @property
    def latest(self) -> tuple[float, ...] | None:
        """The most recent row (epoch, train_loss, test_loss, train_acc, test_acc)."""
        return self._latest

    def _all_rows(self) -> list[tuple[float, ...]]:
        rows = self._rows
        if self._latest is not None and (not rows or rows[-1][0] != self._latest[0]):
            rows = [*rows, self._latest]
        return rows

    def __len__(self) -> int:
        """The number of epoch rows :meth:`as_arrays` gives."""
        return len(self._all_rows())

    # ------------------------------------------------------------------- steps
    def append_step(self, step: int, loss: float) -> None:
        """Record the minibatch loss of update ``step`` (called once per training step).

        Steps must increase. The cost is a few attribute writes; the store is
        compacted (or grown, without a bound) only when full.
        """
        self._last_step = step
        self._last_step_loss = loss
        if step % self.step_stride:
            return
        i = self._n
        if i == self._steps.shape[0]:
            self._make_room()
            i = self._n
            if step % self.step_stride:
                return
        self._steps[i] = step
        self._step_losses[i] = loss
        self._n = i + 1

    def _make_room(self) -> None:
        n = self._n
        if self.max_points is None:
            self._steps = np.concatenate([self._steps, np.zeros(n)])
            self._step_losses = np.concatenate([self._step_losses, np.zeros(n)])
            return
        while self._n == self._steps.shape[0]:
            self.step_stride *= 2
            keep = np.flatnonzero(self._steps[: self._n] % self.step_stride == 0)
            m = keep.shape[0]
            self._steps[:m] = self._steps[keep]
            self._step_losses[:m] = self._step_losses[keep]
            self._n = m

    # ---------------------------------------------------------------- rollback
    def truncate(self, epoch: int, step: int) -> None:
        """Drop epoch rows after ``epoch`` and step points after ``step``.

        Used when training rolls back to earlier weights (a divergence): the
        curves then end where those weights are. The newest epoch row falls
        back to the one before it when that is still within ``epoch``.
        """
        self._rows = [r for r in self._rows if r[0] <= epoch]
        if self._latest is not None and self._latest[0] > epoch:
            if self._previous is not None and self._previous[0] <= epoch:
                self._latest = self._previous
            else:
                self._latest = self._rows[-1] if self._rows else None
            self._previous = None
        n = int(np.searchsorted(self._steps[: self._n], step, side="right"))
        self._n = n
        if self._last_step > step:
            if n:
                self._last_step, self._last_step_loss = int(self._steps[n - 1]), float(self._step_losses[n - 1])
            else:
                self._last_step, self._last_step_loss = 0, math.nan

    # ------------------------------------------------------------------ output
    def as_arrays(self) -> HistoryArrays:
        """Copies as :class:`HistoryArrays` (epoch columns (P,), step columns (P2,))."""
        rows = self._all_rows()
        if rows:
            cols = list(np.array(rows, dtype=np.float64).T.copy())
        else:
            cols = [np.zeros(0) for _ in self.COLUMNS]
        n = self._n
        steps, losses = self._steps[:n], self._step_losses[:n]
        if self._last_step > 0 and (n == 0 or steps[-1] != self._last_step):
            steps = np.append(steps, float(self._last_step))
            losses = np.append(losses, self._last_step_loss)
        return HistoryArrays(*cols, step=steps.copy(), step_loss=losses.copy())


@dataclass(frozen=True)
class Divergence:
    """Why and where training stopped, as data.

    After a divergence the trainer's counters describe the weights it kept
    and this record describes the step that was thrown away: ``step ==
    Trainer.step_count + 1`` and ``epoch == Trainer.epoch + 1``.

    Attributes
    ----------
    cause : str
        ``"nan"`` (the loss became NaN), ``"inf"`` (infinite), ``"huge"``
        (finite but above ``limit``, which only a blow-up reaches) or
        ``"weights"`` (the weights became NaN or infinite).
    epoch : int
        The epoch the failing step belongs to (1-based), always
        ``Trainer.epoch + 1``: the trainer's ``epoch`` counts completed
        epochs of the kept weights, and the failing step was in the next one.
    step : int
        The failing step (1-based): the first update not kept, always
        ``Trainer.step_count + 1``.
    learning_rate : float
        The learning rate in use, the usual culprit.
    restored_step : int or None
        The weights (and batch-norm statistics) were put back to those after
        this many updates, equal to ``Trainer.step_count`` (0: the initial
        weights, the first update blew up). None when the loss of the weights
        training started from already failed, so nothing was put back.
    limit : float
        The loss above which training counts as diverged (see ``"huge"``).
    """

    cause: str
    epoch: int
    step: int
    learning_rate: float
    restored_step: int | None
    limit: float = math.inf

    def describe(self) -> str:
        """The reason in plain English (the GUI translates its own wording)."""
        what = {
            "nan": "loss became NaN",
            "inf": "loss became infinite",
            "huge": f"loss grew beyond {self.limit:g}",
        }.get(self.cause, "weights became NaN or infinite")
        where = f"at epoch {self.epoch}, step {self.step}"
        if self.restored_step is None:
            return f"The {what} {where}, before any update: check the weights."
        return (
            f"The {what} {where}: the learning rate ({self.learning_rate:g}) is probably "
            f"too high. Weights were restored to the last ones with a finite loss "
            f"(after step {self.restored_step})."
        )
