"""Minibatch training with loss history and divergence detection.

One epoch visits every training sample once: at its start the training set is
shuffled (one permutation from the trainer's generator) and cut into
consecutive minibatches, the last one shorter when the sizes do not divide.
After the last minibatch of an epoch the network is evaluated on both splits
and :class:`~engine.history.History` gets one row; every step also records
its minibatch loss there. The history starts with the untrained network's
evaluation as epoch 0.

Data is checked once, when the trainer receives it (:mod:`engine.network_checks`);
the per-step path then calls the network's unchecked loss.

Divergence: before each update the trainer checks that the minibatch loss is
finite and not absurdly large (above :data:`DIVERGENCE_FACTOR` times the
larger of 1 and the loss when the data arrived) and that the weights are
finite; the end-of-epoch evaluation is checked the same way. If not, it
stops, puts back the weights and batch-norm statistics from before the
update that caused it, rolls the counters and the history back to match them,
zeroes the optimiser's state (momentum, moment estimates: built by the
updates that blew up), and sets ``diverged`` (plain words) and ``divergence``
(a :class:`~engine.history.Divergence` record). The backup is one copy of the
flat parameter buffer per step, cheap next to the step itself.
"""

from __future__ import annotations

import math
import sys

import numpy as np

from engine.history import Divergence, History, HistoryArrays
from engine.network import Network
from engine.network_checks import check_inputs, check_targets
from engine.optimizers import Optimizer

__all__ = ["DIVERGENCE_FACTOR", "Divergence", "History", "HistoryArrays", "Trainer"]

#: A loss this many times above max(1, the loss when the data arrived) counts
#: as a divergence although it is finite: no learning run gets there, and
#: letting it through puts values like 1e+280 on the loss chart and weights
#: that overflow on the next evaluation.
DIVERGENCE_FACTOR = 1e6


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
        Bound on each history curve's length (see :class:`History`).

    Attributes
    ----------
    step_count, epoch : int
        Updates done and epochs completed by the current weights (after a
        divergence: by the restored weights).
    diverged : str or None
        Why training stopped, in plain words, or None.
    divergence : Divergence or None
        The same as data; ``divergence.step == step_count + 1`` and
        ``divergence.epoch == epoch + 1``.
    last_evaluation : tuple of float or None
        (train_loss, test_loss, train_acc, test_acc) of the newest history row,
        or of the restored weights after a divergence.

    Raises
    ------
    ValueError
        From the constructor and :meth:`set_data` for data that does not fit
        the network (see :func:`engine.network_checks.check_targets`).
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
        # Two backup slots: each step copies the live state into "pending"
        # before its forward pass (which moves batch-norm statistics), and
        # the slots swap once the loss proves that state sound.
        self._pending = [(a, a.copy()) for a in live]
        self._good = [(a, a.copy()) for a in live]
        self._good_at = (self.step_count, self.epoch)
        # The state after the newest good epoch: the fallback if even the
        # state before the failing update does not evaluate to finite losses.
        self._epoch_backup = [(a, a.copy()) for a in live]
        self._epoch_backup_at = (self.step_count, self.epoch)

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

        The data is checked here, once. The epoch in progress is abandoned;
        counters carry on, and the history's row for the current epoch becomes
        the evaluation on the new data, so the curve goes on from where the
        network stands on it (epoch 0 for a new trainer).
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
        self._last: tuple[int, int] | None = None  # rows of _xs the last step used
        evaluation = self.evaluate()
        # The scale of a sane loss on this data: the train loss as it arrives.
        # (Capped at the largest float, so the limit still refuses inf and NaN.)
        start = evaluation[0] if math.isfinite(evaluation[0]) else math.inf
        self._loss_limit = min(DIVERGENCE_FACTOR * max(1.0, start), sys.float_info.max)
        if self._sound(evaluation):
            self._keep_epoch(evaluation)

    def _checked(self, x, t, which):
        net = self._network
        x = check_inputs(x, net.spec.n_inputs, which)
        t = check_targets(t, x.shape[0], net.spec.n_outputs, net.classification, which)
        return x, t

    @property
    def epoch_position(self) -> int:
        """Training points of the epoch in progress already used (0 at an epoch's start)."""
        return self._pos if self._pos < self._n else 0

    @property
    def last_batch(self) -> tuple[np.ndarray, np.ndarray] | None:
        """Copies ``(x (B, F), t (B,) or (B, K))`` of the last step's minibatch.

        None before the first step on the current data. (The shuffled buffer
        keeps those rows until the next step reshuffles it.)
        """
        if self._last is None:
            return None
        pos, end = self._last
        return self._xs[pos:end].copy(), self._ts[pos:end].copy()

    @property
    def last_step_start(self) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]] | None:
        """Copies ``(params, buffers)`` of the state the last step started from.

        The last step's loss was computed with these weights (the update came
        after it), so a view can show that loss again. None before any step,
        or when training went back to older weights after a divergence.
        """
        if self._last is None or self._good_at[0] != self.step_count - 1:
            return None
        flat = self._good[0][1]
        params = {name: flat[start:start + int(np.prod(shape))].reshape(shape).copy()
                  for name, start, shape in self._network.params.layout}
        names = list(self._network.buffers())
        buffers = {name: saved.copy() for name, (_live, saved) in zip(names, self._good[1:],
                                                                        strict=True)}
        return params, buffers

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
        self._last = (pos, end)
        net = self._network
        for live, saved in self._pending:
            np.copyto(saved, live)
        loss = net._loss(self._xs[pos:end], self._ts[pos:end])
        # One comparison catches NaN, inf and a blow-up still in range.
        if not (loss <= self._loss_limit and math.isfinite(self._pflat.sum())):
            self._diverge(loss)
            return loss
        # These weights gave a sound loss: they are the ones to fall back on.
        self._pending, self._good = self._good, self._pending
        self._good_at = (self.step_count, self.epoch)
        net.backward()
        self.optimizer.update(net.params, net.grads)
        self.step_count += 1
        self.history.append_step(self.step_count, loss)
        if end >= self._n:
            self._end_epoch()
        return loss

    def _end_epoch(self) -> None:
        self.epoch += 1
        evaluation = self.evaluate()
        if self._sound(evaluation):
            self._keep_epoch(evaluation)
            return
        # The last update broke the network (the minibatch check would only
        # see it at the next step): undo it.
        train_loss, test_loss = evaluation[:2]
        self._diverge(train_loss if not train_loss <= self._loss_limit else test_loss)

    def _sound(self, evaluation: tuple[float, float, float, float], limit: float | None = None) -> bool:
        """Both losses at most ``limit`` (default: the divergence limit), so finite.

        The test loss counts only when there is a test set (else it is NaN).
        """
        limit = self._loss_limit if limit is None else limit
        return evaluation[0] <= limit and (self.x_test.shape[0] == 0 or evaluation[1] <= limit)

    def _keep_epoch(self, evaluation: tuple[float, float, float, float]) -> None:
        """Record a sound evaluation of the current weights and back them up."""
        self.last_evaluation = evaluation
        self.history.append(self.epoch, *evaluation)
        for live, saved in self._epoch_backup:
            np.copyto(saved, live)
        self._epoch_backup_at = (self.step_count, self.epoch)

    def _diverge(self, loss: float) -> None:
        """Stop, put back the state from before the failing update, and say why."""
        if math.isnan(loss):
            cause = "nan"
        elif math.isinf(loss):
            cause = "inf"
        elif loss > self._loss_limit:
            cause = "huge"
        else:
            cause = "weights"
        before_any_update = self.step_count == 0
        if before_any_update:
            # The weights training started from fail: nothing to go back to
            # but the statistics this step's forward pass moved.
            restore, (steps, epoch) = self._pending, (0, self.epoch)
        else:
            restore, (steps, epoch) = self._good, self._good_at
        for live, saved in restore:
            np.copyto(live, saved)
        evaluation = self.evaluate()
        if not self._sound(evaluation, sys.float_info.max) and steps > self._epoch_backup_at[0]:
            # Even the state before the failing update overflows on the full
            # data: go back to the newest epoch whose evaluation was sound.
            for live, saved in self._epoch_backup:
                np.copyto(live, saved)
            steps, epoch = self._epoch_backup_at
            evaluation = self.evaluate()
        self.step_count, self.epoch = steps, epoch
        self._reset_optimizer_state()
        self.last_evaluation = evaluation
        self.history.truncate(epoch, steps)
        self._pos = self._n  # the epoch in progress is abandoned; a fresh one starts
        self.divergence = Divergence(
            cause=cause,
            epoch=epoch + 1,
            step=steps + 1,
            learning_rate=float(self.optimizer.lr),
            restored_step=None if before_any_update else steps,
            limit=self._loss_limit,
        )
        self.diverged = self.divergence.describe()

    def _reset_optimizer_state(self) -> None:
        """Zero the optimiser's momentum / moment estimates and its iteration count.

        They were built by the updates that blew up (the failing one included)
        and would throw the restored weights straight out again; a per-step
        copy of them would cost more than a tiny network's whole step.
        """
        opt = self.optimizer
        state = opt.state_dict()
        zeroed = {k: np.zeros_like(v) if isinstance(v, np.ndarray) else v for k, v in state.items()}
        zeroed["iterations"] = 0.0
        opt.load_state_dict(zeroed)

    def clear_divergence(self) -> None:
        """Allow training again after a divergence (e.g. once the rate is lowered)."""
        self.diverged = None
        self.divergence = None

    def run(self, n_steps: int) -> int:
        """Up to ``n_steps`` steps, stopping early on divergence.

        Returns the number of updates kept: a divergence undoes the failing
        update (and, rarely, more), so this is then below the steps tried; it
        is never negative.
        """
        start = self.step_count
        step = self.step
        for _ in range(n_steps):
            if self.diverged is not None:
                break
            step()
        return max(0, self.step_count - start)

    def run_epoch(self) -> int:
        """Steps until the current epoch completes (or training diverges); returns updates kept."""
        start, epoch = self.step_count, self.epoch
        while self.epoch == epoch and self.diverged is None:
            self.step()
        return max(0, self.step_count - start)

    def evaluate(self) -> tuple[float, float, float, float]:
        """(train_loss, test_loss, train_acc, test_acc) on the full splits, evaluation mode.

        Losses exclude the weight penalty; accuracies are NaN for regression
        and test values NaN without a test set.
        """
        net = self._network
        train_loss, train_acc = net._evaluate(self.x_train, self.t_train)
        test_loss, test_acc = net._evaluate(self.x_test, self.t_test)
        return train_loss, test_loss, train_acc, test_acc
