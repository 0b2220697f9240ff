"""The headless training session: what each settings change does, and its frames."""

from __future__ import annotations

import math

import numpy as np
import pytest

from playground.settings import Settings
from playground.worker.session import TrainingSession


def test_snapshot_shapes_follow_the_network():
    s = Settings(dataset="xor", hidden=(5, 3), activations=("tanh", "relu"),
                 features=("x1", "x2", "x1x2"))
    session = TrainingSession(s)
    snap = session.snapshot()
    assert snap.layer_sizes == (3, 5, 3, 2)
    assert [w.shape for w, _ in snap.weights] == [(3, 5), (5, 3), (3, 2)]
    g = snap.output_grid.shape[0]
    assert snap.output_grid.shape == (g, g, 2)
    assert np.allclose(snap.output_grid.sum(axis=2), 1.0, atol=1e-5)
    assert [n.shape[2] for n in snap.neuron_grids] == [5, 3]
    assert snap.feature_grids.shape[2] == 3
    assert snap.problem == "classification" and snap.n_classes == 2


def test_learning_rate_change_keeps_the_network_and_its_progress():
    session = TrainingSession(Settings(dataset="circle"))
    session.step(300)
    before = session.network.get_params()
    build = session.build_id
    outcome = session.apply(session.settings.with_changes(learning_rate=0.1))
    assert outcome == "live"
    assert session.build_id == build
    assert session.trainer.step_count == 300
    assert session.trainer.optimizer.lr == 0.1
    for k, v in before.items():
        np.testing.assert_array_equal(session.network.params[k], v)


def test_architecture_change_resets():
    session = TrainingSession(Settings(dataset="circle"))
    session.step(100)
    outcome = session.apply(session.settings.with_changes(hidden=(6,), activations=("relu",)))
    assert outcome == "reset"
    assert session.trainer.step_count == 0
    assert session.snapshot().layer_sizes == (2, 6, 2)


def test_regenerate_changes_points_but_not_weights():
    session = TrainingSession(Settings(dataset="gaussian", noise=0.2))
    session.step(50)
    weights = session.network.get_params()
    old_points = session.xy_train.copy()
    assert session.apply(session.settings.with_changes(data_seed=7)) == "regenerate"
    assert not np.array_equal(old_points, session.xy_train)
    for k, v in weights.items():
        np.testing.assert_array_equal(session.network.params[k], v)


def test_regression_session_draws_values():
    session = TrainingSession(Settings(dataset="reg_plane"))
    snap = session.snapshot()
    assert snap.problem == "regression" and snap.n_classes == 1
    assert snap.output_grid.shape[2] == 1
    assert math.isnan(snap.train_acc)


def test_divergence_is_reported_in_the_snapshot():
    s = Settings(dataset="reg_plane", hidden=(8, 8), activations=("relu", "relu"),
                 learning_rate=10.0)
    session = TrainingSession(s)
    session.step(2000)
    snap = session.snapshot()
    assert snap.diverged, "a learning rate of 10 on regression should blow up"
    assert all(np.isfinite(w).all() for w, _ in snap.weights)


def test_new_data_and_a_new_learning_rate_in_one_change_both_apply():
    session = TrainingSession(Settings(dataset="gaussian"))
    session.step(20)
    new = session.settings.with_changes(data_seed=5, learning_rate=1.0, batch_size=20)
    assert session.apply(new) == "regenerate"
    assert session.trainer.optimizer.lr == 1.0
    assert session.trainer.batch_size == 20


def test_a_change_the_engine_refuses_leaves_the_session_untouched(monkeypatch):
    session = TrainingSession(Settings(dataset="circle"))
    session.step(40)
    before = (session.settings, session.build_id, session.network, session.trainer.step_count)

    def refuse(*args, **kwargs):
        raise ValueError("refused by the engine")

    monkeypatch.setattr("playground.worker.session.Network", refuse)
    with pytest.raises(ValueError, match="refused"):
        session.apply(session.settings.with_changes(hidden=(3,), activations=("relu",)))
    after = (session.settings, session.build_id, session.network, session.trainer.step_count)
    assert after == before
    assert session.snapshot().layer_sizes == (2, 4, 2, 2)


def test_shared_arrays_in_snapshots_are_read_only():
    snap = TrainingSession(Settings(dataset="xor")).snapshot()
    for a in (snap.x_train, snap.t_train, snap.feature_grids):
        with pytest.raises(ValueError):
            a[0] = 0


def test_optimizer_regularisation_and_batch_size_apply_live():
    session = TrainingSession(Settings(dataset="circle"))
    session.step(30)
    weights = session.network.get_params()
    new = session.settings.with_changes(
        optimizer="adam", learning_rate=0.01, regularization="l2", reg_rate=0.1, batch_size=25
    )
    assert session.apply(new) == "live"
    assert type(session.trainer.optimizer).__name__ == "Adam"
    assert session.trainer.optimizer.lr == 0.01
    assert (session.network.regularization, session.network.reg_rate) == ("l2", 0.1)
    assert session.trainer.batch_size == 25
    for k, v in weights.items():
        np.testing.assert_array_equal(session.network.params[k], v)
    epoch = session.trainer.epoch
    session.step(10)  # 250 training points / 25 per batch = one epoch
    assert session.trainer.epoch == epoch + 1
