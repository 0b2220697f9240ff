"""Minibatch training with per-epoch history and divergence detection.

One epoch visits every training sample once: at its start the training set is
shuffled (one permutation from the trainer's generator) and cut into
consecutive minibatches, the last one shorter when the sizes do not divide.
After the last minibatch of an epoch the network is evaluated on both splits
and :class:`History` gets one row.

Divergence: before each update the trainer checks that the minibatch loss and
the weights are finite. If not, it stops, restores the weights (and batch-norm
statistics) saved after the previous finite step, and sets ``diverged`` to a
plain-words reason. The backup is one copy of the flat parameter buffer per
step, cheap next to the step itself (see docs/BENCHMARKS.md).
"""

from __future__ import annotations

import math

import numpy as np

from engine.history import Divergence, HistoryArrays
from engine.network import Network
from engine.optimizers import Optimizer


class History:
    """Per-epoch losses and accuracies, optionally bounded in length.

    With ``max_points`` set, the history keeps only epochs that are multiples
    of a stride; when it fills up it drops every other point and doubles the
    stride, so a long run keeps an even overview in bounded memory. The most
    recent epoch is always included in :meth:`as_arrays`, which therefore has
    at most ``max_points`` rows.
    """

    COLUMNS = ("epoch", "train_loss", "test_loss", "train_acc", "test_acc")

    def __init__(self, max_points: int | None = None) -> None:
        if max_points is not None and max_points < 3:
            raise ValueError(f"history_max_points must be at least 3; got {max_points}.")
        self.max_points = max_points
        self.clear()

    def clear(self) -> None:
        self._rows: list[tuple[float, ...]] = []
        self._latest: tuple[float, ...] | None = None
        self.stride = 1

    def append(self, epoch: int, train_loss: float, test_loss: float, train_acc: float, test_acc: float) -> None:
        row = (float(epoch), float(train_loss), float(test_loss), float(train_acc), float(test_acc))
        self._latest = row
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
        return len(self._all_rows())

    def as_arrays(self) -> HistoryArrays:
        """Copies as :class:`engine.history.HistoryArrays` (all columns (P,))."""
        rows = self._all_rows()
        if not rows:
            return HistoryArrays.empty()
        cols = np.array(rows, dtype=np.float64).T.copy()
        return HistoryArrays(*cols)


class Trainer:
    """Trains a :class:`Network` with an :class:`Optimizer` on one data split.

    Parameters
    ----------
    network : Network
    optimizer : Optimizer
        Replaceable at any time (``trainer.optimizer = ...``), as is ``optimizer.lr``.
    x_train : ndarray, shape (N, n_inputs)
    t_train : ndarray, shape (N,) or (N, K)
        Class labels 0..K-1 or one-hot for softmax; targets for mse.
    x_test, t_test : ndarray, optional
        Held-out split, evaluated once per epoch.
    batch_size : int
        Samples per minibatch (settable; larger than N means the whole set).
    rng : numpy.random.Generator, optional
        Shuffles each epoch; ``default_rng(0)`` when omitted.
    history_max_points : int, optional
        Bound on the history length (see :class:`History`).

    Attributes
    ----------
    step_count, epoch : int
        Updates done and epochs completed.
    diverged : str or None
        Why training stopped, in plain words, or None.
    last_evaluation : tuple of float or None
        (train_loss, test_loss, train_acc, test_acc) at the end of the latest epoch.
    """

    def __init__(
        self,
        network: Network,
        optimizer: Optimizer,
        x_train: np.ndarray,
        t_train: np.ndarray,
        x_test: np.ndarray | None = None,
        t_test: np.ndarray | None = None,
        batch_size: int = 10,
        rng: np.random.Generator | None = None,
        history_max_points: int | None = None,
    ) -> None:
        self.optimizer = optimizer
        self.rng = rng if rng is not None else np.random.default_rng(0)
        self.batch_size = batch_size
        self.history = History(history_max_points)
        self.step_count = 0
        self.epoch = 0
        self.diverged: str | None = None  # plain-English reason, for scripts and logs
        self.divergence: Divergence | None = None  # the same, as data (the GUI words it)
        self.last_evaluation: tuple[float, float, float, float] | None = None
        self.network = network
        self.set_data(x_train, t_train, x_test, t_test)

    # -------------------------------------------------------------- settings
    @property
    def network(self) -> Network:
        return self._network

    @network.setter
    def network(self, network: Network) -> None:
        self._network = network
        self._pflat = network.params.flat
        live = [network.params.flat, *network.buffers().values()]
        self._backup = [(a, a.copy()) for a in live]
        self._backup_step = self.step_count

    @property
    def batch_size(self) -> int:
        return self._batch_size

    @batch_size.setter
    def batch_size(self, value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < 1:
            raise ValueError(f"The batch size must be a whole number of at least 1; got {value!r}.")
        self._batch_size = int(value)

    def set_data(self, x_train, t_train, x_test=None, t_test=None) -> None:
        """Train on new data from the next step on; the network is untouched.

        The epoch in progress is abandoned; counters and history carry on.
        """
        x_train, t_train = self._checked(x_train, t_train, "training")
        if x_train.shape[0] == 0:
            raise ValueError("The training set is empty: add some points first.")
        if x_test is None:
            x_test = np.zeros((0, x_train.shape[1]))
            t_test = t_train[:0]
        x_test, t_test = self._checked(x_test, t_test, "test")
        self.x_train, self.t_train, self.x_test, self.t_test = x_train, t_train, x_test, t_test
        self._n = x_train.shape[0]
        self._xs = np.empty_like(x_train)
        self._ts = np.empty_like(t_train)
        self._pos = self._n  # the next step starts a fresh epoch

    def _checked(self, x, t, which):
        net = self._network
        x = np.ascontiguousarray(x, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != net.spec.n_inputs:
            raise ValueError(f"The {which} inputs must have shape (N, {net.spec.n_inputs}); got {x.shape}.")
        if not np.all(np.isfinite(x)):
            raise ValueError(f"The {which} inputs contain NaN or infinite values.")
        if t is None or len(t) != x.shape[0]:
            raise ValueError(f"The {which} set needs one label per point.")
        t = np.asarray(t)
        k = net.spec.n_outputs
        if net.classification and t.ndim == 1:
            if t.size and (not np.all(np.isfinite(t)) or np.any(t != np.round(t)) or t.min() < 0 or t.max() >= k):
                raise ValueError(f"The {which} labels must be whole numbers from 0 to {k - 1}.")
            return x, np.ascontiguousarray(t, dtype=np.int64)
        t = np.ascontiguousarray(t, dtype=np.float64)
        if t.ndim == 1:
            t = t.reshape(-1, 1)
        if t.ndim != 2:
            raise ValueError(f"The {which} targets must be (N,) or (N, {k}); got {t.shape}.")
        if not np.all(np.isfinite(t)):
            raise ValueError(f"The {which} targets contain NaN or infinite values.")
        if t.shape[1] != k:
            raise ValueError(f"The {which} targets must have {k} column(s); got {t.shape[1]}.")
        return x, t

    # ---------------------------------------------------------------- training
    def step(self) -> float:
        """One minibatch update; returns its loss (NaN, doing nothing, when diverged)."""
        if self.diverged is not None:
            return math.nan
        pos = self._pos
        if pos >= self._n:
            perm = self.rng.permutation(self._n)
            np.take(self.x_train, perm, axis=0, out=self._xs)
            np.take(self.t_train, perm, axis=0, out=self._ts)
            pos = 0
        end = pos + self._batch_size
        self._pos = end
        net = self._network
        loss = net.loss(self._xs[pos:end], self._ts[pos:end])
        if not (math.isfinite(loss) and math.isfinite(self._pflat.sum())):
            self._diverge(loss)
            return loss
        # These weights gave a finite loss: they are the ones to fall back on.
        for live, saved in self._backup:
            np.copyto(saved, live)
        self._backup_step = self.step_count
        net.backward()
        self.optimizer.update(net.params, net.grads)
        self.step_count += 1
        if end >= self._n:
            self._end_epoch()
        return loss

    def _end_epoch(self) -> None:
        self.epoch += 1
        evaluation = self.evaluate()
        if not math.isfinite(evaluation[0]):
            self._diverge(evaluation[0], self.epoch)
            return
        self.last_evaluation = evaluation
        self.history.append(self.epoch, *evaluation)

    def _diverge(self, loss: float, epoch: int | None = None) -> None:
        """Stop, restore the backup and say why; ``epoch`` is the one in progress."""
        if math.isfinite(loss):
            cause = "weights"
        else:
            cause = "nan" if math.isnan(loss) else "inf"
        epoch = self.epoch + 1 if epoch is None else epoch
        restored = None
        failed_step = self.step_count + 1
        if self.step_count > 0:
            for live, saved in self._backup:
                np.copyto(live, saved)
            restored = self._backup_step
            # The weights are those after `restored` updates: count them so, and
            # the step counter and the message agree.
            self.step_count = restored
        self.divergence = Divergence(
            cause=cause,
            epoch=epoch,
            step=failed_step,
            learning_rate=float(self.optimizer.lr),
            restored_step=restored,
        )
        self.diverged = self.divergence.describe()

    def clear_divergence(self) -> None:
        """Allow training again after a divergence (e.g. once the rate is lowered)."""
        self.diverged = None
        self.divergence = None

    def run(self, n_steps: int) -> int:
        """Up to ``n_steps`` steps, stopping early on divergence; returns updates done."""
        start = self.step_count
        step = self.step
        for _ in range(n_steps):
            if self.diverged is not None:
                break
            step()
        return self.step_count - start

    def run_epoch(self) -> int:
        """Steps until the current epoch completes (or training diverges); returns updates done."""
        start, epoch = self.step_count, self.epoch
        while self.epoch == epoch and self.diverged is None:
            self.step()
        return self.step_count - start

    def evaluate(self) -> tuple[float, float, float, float]:
        """(train_loss, test_loss, train_acc, test_acc) on the full splits, evaluation mode.

        Losses exclude the weight penalty; accuracies are NaN for regression
        and test values NaN without a test set.
        """
        net = self._network
        train_loss, train_acc = net.evaluate(self.x_train, self.t_train)
        test_loss, test_acc = net.evaluate(self.x_test, self.t_test)
        return train_loss, test_loss, train_acc, test_acc
