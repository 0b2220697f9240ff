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
    """Record the inputs of every training-mode loss call."""
    seen = []
    original = trainer.network.loss

    def loss(x, t, train=True):
        seen.append(np.array(x))
        return original(x, t, train)

    trainer.network.loss = loss
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


def test_history_has_one_evaluated_row_per_epoch():
    x, t = blobs(40, seed=1)
    xt, tt = blobs(20, seed=2)
    net = Network(NetworkSpec(n_inputs=2, hidden=(4,), activations=("tanh",)))
    trainer = Trainer(net, make_optimizer("sgd", lr=0.1), x, t, xt, tt, batch_size=10)
    trainer.run(4 * 4)
    h = trainer.history.as_arrays()
    assert isinstance(h, HistoryArrays)
    np.testing.assert_array_equal(h.epoch, [1, 2, 3, 4])
    assert trainer.epoch == 4 and trainer.step_count == 16
    assert (h.train_loss[-1], h.test_loss[-1], h.train_acc[-1], h.test_acc[-1]) == trainer.evaluate()
    assert h.train_loss[-1] < h.train_loss[0]


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
    assert trainer.history.as_arrays().epoch[-1] == 300


def test_same_seed_gives_a_bit_identical_history():
    runs = []
    for _ in range(2):
        trainer = make_trainer(n=30, batch_size=4, seed=3)
        trainer.run(100)
        runs.append((trainer.history.as_arrays(), trainer.network.get_params()))
    (h1, p1), (h2, p2) = runs
    for col in History.COLUMNS:
        np.testing.assert_array_equal(getattr(h1, col), getattr(h2, col))
    assert all(np.array_equal(p1[k], p2[k]) for k in p1)
    other = make_trainer(n=30, batch_size=4, seed=4)
    other.run(100)
    assert not np.array_equal(other.history.as_arrays().train_loss, h1.train_loss)


def diverging_trainer():
    """Regression on a sigmoid network with learning rate 10: it blows up."""
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, (50, 2))
    t = x.sum(axis=1)
    net = Network(NetworkSpec(n_inputs=2, hidden=(8, 8), activations=("sigmoid", "sigmoid"),
                              output="mse", n_outputs=1))
    return Trainer(net, make_optimizer("sgd", lr=10), x, t, batch_size=10, rng=rng)


def test_divergence_stops_training_explains_and_keeps_finite_weights():
    trainer = diverging_trainer()
    snapshots = []
    original = trainer.network.loss

    def loss(x, t, train=True):
        snapshots.append(trainer.network.get_params())
        return original(x, t, train)

    trainer.network.loss = loss
    done = trainer.run(5000)
    assert trainer.diverged is not None
    assert done < 5000
    assert "learning rate (10)" in trainer.diverged and "restored" in trainer.diverged
    assert "NaN" in trainer.diverged or "infinite" in trainer.diverged
    div = trainer.divergence  # the same facts as data, for a translated message
    assert div.cause in ("nan", "inf") and div.learning_rate == 10
    assert div.restored_step == trainer.step_count == div.step - 2  # counter = kept weights
    assert trainer.diverged == div.describe()
    params = trainer.network.get_params()
    assert all(np.all(np.isfinite(v)) for v in params.values())
    # Restored to the weights the last finite-loss step started from.
    last_good = snapshots[-2]
    assert all(np.array_equal(params[k], last_good[k]) for k in params)
    # Once diverged, steps do nothing until the learner clears it.
    assert math.isnan(trainer.step()) and trainer.run(10) == 0
    trainer.clear_divergence()
    assert trainer.divergence is None
    assert trainer.run(1) == 1  # the restored weights gave a finite loss


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
