"""The headless training session: what each settings change does, and its frames."""

from __future__ import annotations

import math

import numpy as np
import pytest

from playground.settings import Settings
from playground.worker.session import TrainingSession, plane_extent
from tests.playground.frames import frame_of


def frame(session):
    return frame_of(session)


def test_frame_shapes_follow_the_network():
    s = Settings(dataset="xor", hidden=(5, 3), activations=("tanh", "relu"),
                 features=("x1", "x2", "x1x2"))
    session = TrainingSession(s)
    snap = frame(session)
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
    assert frame(session).layer_sizes == (2, 6, 2)


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
    snap = frame(session)
    assert snap.problem == "regression" and snap.n_classes == 1
    assert snap.output_grid.shape[2] == 1
    assert math.isnan(snap.train_acc)


def test_divergence_is_reported_in_the_frame():
    s = Settings(dataset="reg_plane", hidden=(8, 8), activations=("relu", "relu"),
                 learning_rate=10.0)
    session = TrainingSession(s)
    session.step(2000)
    snap = frame(session)
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
    assert frame(session).layer_sizes == (2, 4, 2, 2)


def test_shared_arrays_in_builds_are_read_only():
    snap = frame(TrainingSession(Settings(dataset="xor")))
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


def test_the_plane_grows_to_show_points_outside_minus_six_to_six():
    inside = np.array([[-5.0, 5.9], [0.0, 0.0]])
    assert plane_extent((-6, 6, -6, 6), inside) == (-6.0, 6.0, -6.0, 6.0)
    outside = np.array([[-8.2, 1.0], [0.0, 3.0]])
    xmin, xmax, ymin, ymax = plane_extent((-6, 6, -6, 6), outside)
    assert xmin <= -8.2 and xmax >= 8.2 and ymin <= -8.2 and ymax >= 8.2
    assert xmax - xmin == ymax - ymin, "the plane stays square"


def test_noisy_gaussian_points_all_lie_inside_the_drawn_plane():
    session = TrainingSession(Settings(dataset="gaussian", noise=0.5, data_seed=3))
    build = session.build()
    xmin, xmax, ymin, ymax = build.extent
    for xy in (build.x_train, build.x_test):
        assert (xy[:, 0] >= xmin).all() and (xy[:, 0] <= xmax).all()
        assert (xy[:, 1] >= ymin).all() and (xy[:, 1] <= ymax).all()


def test_the_data_travels_in_the_build_not_in_each_frame():
    session = TrainingSession(Settings(dataset="circle"))
    plain = session.frame()
    assert plain.build is None
    names = {f.name for f in __import__("dataclasses").fields(plain)}
    assert not names & {"x_train", "t_train", "x_test", "t_test", "feature_grids"}
    import pickle  # the pipe's own format, to measure what crosses it

    frame_bytes = len(pickle.dumps(plain))
    build_bytes = len(pickle.dumps(session.build()))
    assert build_bytes > 8000, "the points are in the build"
    assert frame_bytes < 120_000


def test_an_edit_of_a_network_since_rebuilt_is_dropped_and_new_data_keeps_edits():
    """The learner edits what the window showed (its build); a Reset or new layers
    that reached the worker first replace that network, so the edit is not applied
    to whatever weight now has the name. New points keep the network and its edits."""
    session = TrainingSession(Settings(dataset="circle", hidden=(4,), activations=("tanh",)))
    shown = session.build_id
    session.apply(session.settings.with_changes(data_seed=session.settings.data_seed + 1))
    assert session.build_id > shown
    assert session.edit_param("W1", (0, 1), 2.5, shown)
    assert session.network.params["W1"][0, 1] == 2.5
    session.reset()
    before = session.network.params["W1"].copy()
    assert not session.edit_param("W1", (0, 1), -3.0, shown)
    assert np.array_equal(session.network.params["W1"], before)
    assert session.edit_param("W1", (0, 1), -3.0, session.build_id)
    assert session.network.params["W1"][0, 1] == -3.0
