"""Probe layer_activity: the histogram of a hidden layer's a and the share where h′ ≈ 0.

The activation view colours the same bars with the same rule (``flat_mask``),
so its orange part and its caption's percentage cannot disagree.
"""

from __future__ import annotations

import numpy as np
import pytest

from playground.probes.layer_activity import SATURATION, compute, flat_mask
from playground.settings import Settings
from playground.worker.session import TrainingSession


@pytest.mark.parametrize("name", ["tanh", "sigmoid", "relu", "leaky_relu", "linear"])
def test_the_flat_share_is_the_share_of_a_where_the_slope_is_about_zero(name):
    session = TrainingSession(Settings(dataset="circle", hidden=(6,), activations=(name,)))
    result = compute(session, {"layer": 1})
    a = session.network.forward_trace(session.x_train)[0][0].ravel()
    expected = {"relu": np.mean(a <= 0), "leaky_relu": 0.0, "linear": 0.0}.get(
        name, np.mean(np.abs(a) > SATURATION.get(name, np.inf)))
    assert result.flat_share == pytest.approx(expected)
    assert result.counts.sum() == a.size


def test_the_step_function_is_flat_everywhere_and_leaky_relu_nowhere():
    a = np.linspace(-5, 5, 11)
    assert flat_mask("step", a).all()
    assert not flat_mask("leaky_relu", a).any()
    assert flat_mask("relu", a).tolist() == (a <= 0).tolist()
