"""Trainer: minibatching, history, divergence, live changes, reproducibility."""

import math

import numpy as np
import pytest

from engine.history import HistoryArrays
from engine.network import Network, NetworkSpec
from engine.optimizers import make_optimizer
from engine.training import History, Trainer


def blobs(n, seed=0):
    """Two well-separated Gaussian blobs; inputs (n, 2), labels (n,)."""
    rng = np.random.default_rng(seed)
    t = np.arange(n) % 2
    x = rng.standard_normal((n, 2)) * 0.5 + np.where(t[:, None] == 1, 1.5, -1.5)
    return x, t


def make_trainer(n=23, batch_size=5, seed=0, **kw):
    x, t = blobs(n)
    net = Network(NetworkSpec(n_inputs=2, hidden=(4,), activations=("tanh",), seed=seed))
    opt = make_optimizer("sgd", lr=0.1)
    return Trainer(net, opt, x, t, batch_size=batch_size, rng=np.random.default_rng(seed), **kw)


def spy_batches(trainer):
    """Record the inputs of every training step's loss call (the trainer's unchecked path)."""
    seen = []
    original = trainer.network._loss

    def loss(x, t, train=True):
        seen.append(np.array(x))
        return original(x, t, train)

    trainer.network._loss = loss
    return seen


def test_an_epoch_visits_every_sample_exactly_once():
    trainer = make_trainer(n=23, batch_size=5)
    seen = spy_batches(trainer)
    assert trainer.run_epoch() == 5
    assert [len(b) for b in seen] == [5, 5, 5, 5, 3]
    visited = np.concatenate(seen)
    assert sorted(map(tuple, visited)) == sorted(map(tuple, trainer.x_train))
    trainer.run_epoch()
    second = np.concatenate(seen[5:])
    assert not np.array_equal(second, visited)  # a fresh shuffle per epoch
    assert sorted(map(tuple, second)) == sorted(map(tuple, trainer.x_train))


def test_history_starts_untrained_at_epoch_0_then_has_one_evaluated_row_per_epoch():
    x, t = blobs(40, seed=1)
    xt, tt = blobs(20, seed=2)
    spec = NetworkSpec(n_inputs=2, hidden=(4,), activations=("tanh",))
    untrained = Network(spec).evaluate(x, t) + Network(spec).evaluate(xt, tt)
    trainer = Trainer(Network(spec), make_optimizer("sgd", lr=0.1), x, t, xt, tt, batch_size=10)
    h = trainer.history.as_arrays()
    np.testing.assert_array_equal(h.epoch, [0])  # the chart has a first point before any step
    assert (h.train_loss[0], h.train_acc[0], h.test_loss[0], h.test_acc[0]) == untrained
    trainer.run(4 * 4)
    h = trainer.history.as_arrays()
    assert isinstance(h, HistoryArrays)
    np.testing.assert_array_equal(h.epoch, [0, 1, 2, 3, 4])
    assert trainer.epoch == 4 and trainer.step_count == 16
    assert (h.train_loss[-1], h.test_loss[-1], h.train_acc[-1], h.test_acc[-1]) == trainer.evaluate()
    # Blobs seeded 1-10 with weights and shuffles seeded 0-9, on 6 BLAS kernels
    # (see test_learning.py): loss ratio epoch 1 / epoch 0 0.19-0.75, epoch 4 /
    # epoch 1 0.29-0.56; the thresholds are just "it fell", i.e. 1.
    assert h.train_loss[-1] < h.train_loss[1] < h.train_loss[0]


def test_new_data_gives_the_current_epoch_its_evaluation_on_that_data():
    trainer = make_trainer(n=20, batch_size=5)
    x2, t2 = blobs(12, seed=9)
    trainer.set_data(x2, 1 - t2)  # before training: epoch 0 is now the loss on these points
    h = trainer.history.as_arrays()
    np.testing.assert_array_equal(h.epoch, [0])
    assert h.train_loss[0] == trainer.evaluate()[0]
    trainer.run(3 * 3)  # three epochs of 12 points in batches of 5
    old_rows = trainer.history.as_arrays()
    trainer.set_data(x2, t2)  # the labels flip back: a very different loss at epoch 3
    h = trainer.history.as_arrays()
    np.testing.assert_array_equal(h.epoch, [0, 1, 2, 3])
    np.testing.assert_array_equal(h.train_loss[:3], old_rows.train_loss[:3])
    assert h.train_loss[3] == trainer.evaluate()[0] != old_rows.train_loss[3]


def test_every_step_records_its_minibatch_loss():
    trainer = make_trainer(n=23, batch_size=5)
    losses = [trainer.step() for _ in range(5)]
    h = trainer.history.as_arrays()
    np.testing.assert_array_equal(h.step, [1, 2, 3, 4, 5])
    np.testing.assert_array_equal(h.step_loss, losses)
    np.testing.assert_array_equal(h.epoch, [0, 1])  # 23 points in batches of 5: one epoch
    assert len(HistoryArrays.empty().step) == 0


def test_step_history_is_bounded_and_keeps_an_even_overview_and_the_newest_step():
    trainer = make_trainer(n=30, batch_size=4, history_max_points=16)
    losses = [trainer.step() for _ in range(3001)]
    h = trainer.history.as_arrays()
    assert 8 <= len(h.step) <= 16 and len(h.epoch) <= 16
    assert h.step[-1] == 3001 and np.all(np.diff(h.step) > 0)
    assert h.step[0] <= 256  # the start of the run is still there
    stride = np.diff(h.step[:-1])
    assert np.all(stride == stride[0])  # evenly spaced, bar the newest
    np.testing.assert_array_equal(h.step_loss, np.array(losses)[h.step.astype(int) - 1])


def test_step_history_without_a_bound_keeps_every_step():
    trainer = make_trainer(n=30, batch_size=4)
    losses = [trainer.step() for _ in range(2500)]
    h = trainer.history.as_arrays()
    np.testing.assert_array_equal(h.step, np.arange(1, 2501))
    np.testing.assert_array_equal(h.step_loss, losses)


def test_no_test_set_gives_nan_test_columns():
    trainer = make_trainer()
    trainer.run_epoch()
    train_loss, test_loss, train_acc, test_acc = trainer.evaluate()
    assert math.isfinite(train_loss) and 0 <= train_acc <= 1
    assert math.isnan(test_loss) and math.isnan(test_acc)
    assert math.isnan(trainer.history.as_arrays().test_loss[0])


def test_bounded_history_halves_its_resolution_and_never_grows():
    history = History(max_points=8)
    lengths = []
    for epoch in range(1, 201):
        history.append(epoch, 1.0 / epoch, 0.0, 0.0, 0.0)
        lengths.append(len(history))
    assert max(lengths) <= 8
    arrays = history.as_arrays()
    assert arrays.epoch[-1] == 200  # the newest epoch is always shown
    assert arrays.epoch[0] <= 64  # and the early part of the curve is kept
    assert np.all(np.diff(arrays.epoch) > 0)
    assert History(max_points=None).max_points is None


def test_trainer_history_respects_max_points():
    trainer = make_trainer(n=10, batch_size=10, history_max_points=16)
    trainer.run(300)
    assert len(trainer.history) <= 16
    h = trainer.history.as_arrays()
    assert h.epoch[0] == 0 and h.epoch[-1] == 300


def test_same_seed_gives_a_bit_identical_history():
    runs = []
    for _ in range(2):
        trainer = make_trainer(n=30, batch_size=4, seed=3)
        trainer.run(100)
        runs.append((trainer.history.as_arrays(), trainer.network.get_params()))
    (h1, p1), (h2, p2) = runs
    for col in (*History.COLUMNS, "step", "step_loss"):
        np.testing.assert_array_equal(getattr(h1, col), getattr(h2, col))
    assert all(np.array_equal(p1[k], p2[k]) for k in p1)
    other = make_trainer(n=30, batch_size=4, seed=4)
    other.run(100)
    assert not np.array_equal(other.history.as_arrays().train_loss, h1.train_loss)


def states_before_each_step(trainer):
    """(params, batch-norm statistics) as each step starts: states[j] is the state after j updates."""
    states = []
    original = trainer.network._loss

    def loss(x, t, train=True):
        states.append((trainer.network.get_params(), trainer.network.get_buffers()))
        return original(x, t, train)

    trainer.network._loss = loss
    return states


def same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)


X40 = np.random.default_rng(0).uniform(-1, 1, (40, 2))
DIVERGING = {
    # name: (spec changes, batch size, optimizer); 40 points
    "relu + batch norm": (dict(activations=("relu", "relu"), batchnorm=True), 10, "sgd"),
    "sigmoid regression": (dict(activations=("sigmoid", "sigmoid"), output="mse", n_outputs=1), 10, "sgd"),
    "one step per epoch": (dict(activations=("relu", "relu")), 40, "sgd"),
    "momentum, short last batch": (dict(activations=("relu", "relu")), 7, "momentum"),
}


def diverging_trainer(name, lr=1e4):
    """Trains 31 steps at a sane rate, then the learner drags the rate to ``lr``."""
    changes, batch_size, optimizer = DIVERGING[name]
    spec = NetworkSpec(n_inputs=2, hidden=(6, 6), **changes)
    t = X40.sum(axis=1) if spec.output == "mse" else (X40[:, 0] * X40[:, 1] > 0).astype(int)
    trainer = Trainer(Network(spec), make_optimizer(optimizer, lr=0.05), X40, t,
                      batch_size=batch_size, rng=np.random.default_rng(1))
    states = states_before_each_step(trainer)
    assert trainer.run(31) == 31 and trainer.diverged is None
    trainer.optimizer.lr = lr
    return trainer, states


@pytest.mark.parametrize("name", list(DIVERGING))
def test_after_a_divergence_every_number_describes_the_restored_weights(name):
    trainer, states = diverging_trainer(name)
    assert trainer.run(1000) == 0  # the one update at lr 1e4 is undone
    div = trainer.divergence
    assert div is not None and trainer.diverged == div.describe()
    n = trainer.step_count
    steps_per_epoch = -(-40 // trainer.batch_size)
    # The counters describe the kept weights; the record the step thrown away.
    assert div.restored_step == n == 31
    assert div.step == n + 1 and div.epoch == trainer.epoch + 1
    assert trainer.epoch == n // steps_per_epoch
    assert f"epoch {div.epoch}, step {div.step}" in trainer.diverged
    assert f"(after step {n})" in trainer.diverged and "learning rate (10000)" in trainer.diverged
    # Weights and batch-norm statistics are exactly those after update n.
    params, buffers = states[n]
    assert same(trainer.network.get_params(), params)
    assert same(trainer.network.get_buffers(), buffers)
    # evaluate() gives the finite losses of those weights.
    evaluation = trainer.evaluate()
    assert np.isfinite(evaluation[0]) and trainer.last_evaluation == evaluation
    twin = Network(trainer.network.spec)
    twin.set_params(params)
    twin.set_buffers(buffers)
    assert twin.evaluate(trainer.x_train, trainer.t_train) == (evaluation[0], evaluation[2])
    # Nothing from the blown-up state is in the history, and it ends at the counters.
    h = trainer.history.as_arrays()
    assert h.epoch[-1] == trainer.epoch and h.step[-1] == n
    assert np.all(np.isfinite(h.train_loss)) and np.all(np.isfinite(h.step_loss))
    assert h.train_loss.max() < 10 and h.step_loss.max() < 10
    # The optimiser's momentum came from the blow-up: it starts afresh.
    state = trainer.optimizer.state_dict()
    assert state["iterations"] == 0
    assert all(np.all(v == 0) for v in state.values() if isinstance(v, np.ndarray))
    # Steps do nothing until the learner clears the divergence, then training goes on.
    assert math.isnan(trainer.step()) and trainer.run(10) == 0 and trainer.step_count == n
    trainer.clear_divergence()
    trainer.optimizer.lr = 0.01
    assert trainer.run(5) == 5 and trainer.step_count == n + 5
    assert trainer.history.as_arrays().step[-1] == n + 5


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # the overflow is the point
def test_a_rate_that_overflows_at_once_gives_a_non_finite_cause_and_the_same_promises():
    trainer, states = diverging_trainer("relu + batch norm", lr=1e200)
    trainer.run(10)
    div = trainer.divergence
    assert div.cause in ("nan", "inf") and div.restored_step == trainer.step_count == 31
    assert ("NaN" in trainer.diverged) or ("infinite" in trainer.diverged)
    assert same(trainer.network.get_params(), states[31][0])
    assert same(trainer.network.get_buffers(), states[31][1])
    assert np.all(np.isfinite(trainer.evaluate()[:1]))


def test_a_huge_but_finite_loss_is_a_divergence_too():
    trainer, _ = diverging_trainer("sigmoid regression")
    trainer.run(10)
    div = trainer.divergence
    assert div.cause == "huge" and "loss grew beyond 1e+06" in trainer.diverged
    # The limit scales with the data: a million times the loss it started from (at least 1).
    assert div.limit == 1e6 * max(1.0, trainer.history.as_arrays().train_loss[0])


def test_untrained_weights_that_fail_restore_nothing_and_say_so():
    trainer = make_trainer()
    trainer.network.params["W1"][0, 0] = np.nan  # e.g. a hand-edited weight
    assert math.isnan(trainer.step())
    div = trainer.divergence
    assert div.restored_step is None and (div.step, div.epoch) == (1, 1)
    assert trainer.step_count == 0 and "before any update" in trainer.diverged


def test_non_finite_weights_stop_training_even_if_the_loss_is_finite():
    trainer = make_trainer()
    trainer.run(3)
    # tanh saturates: an infinite weight still gives a finite loss.
    trainer.network.params["W1"][0, 0] = np.inf
    trainer.step()
    assert trainer.diverged is not None and "weights" in trainer.diverged
    assert np.all(np.isfinite(trainer.network.params.flat))


def test_set_data_swaps_data_and_keeps_the_network():
    trainer = make_trainer()
    trainer.run(7)
    before = trainer.network.get_params()
    x2, t2 = blobs(12, seed=9)
    trainer.set_data(x2 + 100.0, t2)
    assert all(np.array_equal(before[k], v) for k, v in trainer.network.get_params().items())
    seen = spy_batches(trainer)
    trainer.step()
    assert np.all(seen[0] > 50)  # the new points are used from the next step
    assert trainer.step_count == 8


def test_optimizer_and_batch_size_can_change_between_steps():
    trainer = make_trainer(n=40, batch_size=5)
    trainer.run(2)
    trainer.optimizer = make_optimizer("adam", lr=0.01)
    trainer.batch_size = 8
    seen = spy_batches(trainer)
    trainer.run(2)
    assert [len(b) for b in seen] == [8, 8]
    assert trainer.optimizer.iterations == 2
    with pytest.raises(ValueError, match="batch size"):
        trainer.batch_size = 0


def test_bad_data_is_refused_with_a_plain_message():
    trainer = make_trainer()
    x, t = blobs(10)
    with pytest.raises(ValueError, match="labels must be whole numbers from 0 to 1"):
        trainer.set_data(x, t + 1)
    with pytest.raises(ValueError, match=r"shape \(N, 2\)"):
        trainer.set_data(np.zeros((10, 3)), t)
    with pytest.raises(ValueError, match="one label per point"):
        trainer.set_data(x, t[:5])
    with pytest.raises(ValueError, match="empty"):
        trainer.set_data(x[:0], t[:0])


def test_one_hot_labels_train_like_integer_labels():
    results = []
    for onehot in (False, True):
        trainer = make_trainer()
        if onehot:
            trainer.set_data(trainer.x_train, np.eye(2)[trainer.t_train])
        trainer.run(20)
        results.append(trainer.network.get_params())
    assert all(np.allclose(results[0][k], results[1][k], rtol=1e-12) for k in results[0])


def test_the_last_batch_is_the_minibatch_the_last_step_trained_on():
    from engine.network import Network, NetworkSpec
    from engine.optimizers import make_optimizer
    from engine.training import Trainer

    rng = np.random.default_rng(3)
    x = rng.normal(size=(40, 2))
    t = (x[:, 0] > 0).astype(np.int64)
    net = Network(NetworkSpec(n_inputs=2, hidden=(3,), activations=("tanh",), n_outputs=2))
    trainer = Trainer(net, make_optimizer("sgd", lr=0.1), x, t, batch_size=8,
                      rng=np.random.default_rng(0))
    assert trainer.last_batch is None and trainer.epoch_position == 0
    before = {k: v.copy() for k, v in net.params.items()}
    loss = trainer.step()
    bx, bt = trainer.last_batch
    assert bx.shape == (8, 2) and trainer.epoch_position == 8
    net.set_params(before)
    assert abs(net.loss(bx, bt) - loss) < 1e-12, "the step's loss is that batch's loss"
    for _ in range(4):
        trainer.step()
    assert trainer.epoch == 1 and trainer.epoch_position == 0
    bx, _ = trainer.last_batch
    rows = {tuple(r) for r in x}
    assert all(tuple(r) in rows for r in bx)


def test_last_step_start_holds_the_weights_the_last_loss_was_computed_with():
    from engine.network import Network, NetworkSpec
    from engine.optimizers import make_optimizer
    from engine.training import Trainer

    rng = np.random.default_rng(5)
    x = rng.normal(size=(30, 2))
    t = (x[:, 1] > 0).astype(np.int64)
    net = Network(NetworkSpec(n_inputs=2, hidden=(4,), activations=("tanh",), n_outputs=2,
                              batchnorm=True))
    trainer = Trainer(net, make_optimizer("adam", lr=0.05), x, t, batch_size=6,
                      rng=np.random.default_rng(1))
    assert trainer.last_step_start is None
    trainer.step()
    before = {k: v.copy() for k, v in net.params.items()}
    loss = trainer.step()
    params, buffers = trainer.last_step_start
    assert all(np.array_equal(params[k], before[k]) for k in before)
    assert not np.array_equal(params["W1"], net.params["W1"]), "the update came after"
    twin = Network(net.spec)
    twin.set_params(params)
    twin.set_buffers(buffers)
    bx, bt = trainer.last_batch
    assert abs(twin.loss(bx, bt) - loss) < 1e-12
