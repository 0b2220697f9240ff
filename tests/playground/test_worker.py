"""The training worker process, driven through its Qt client."""

from __future__ import annotations

import time

from playground.settings import Settings
from playground.worker.client import TrainingClient


def _wait_for(qtbot, client, predicate, timeout=15000):
    qtbot.waitUntil(lambda: client.latest is not None and predicate(client.latest), timeout=timeout)
    return client.latest


def test_play_trains_in_the_child_and_frames_arrive(qtbot):
    client = TrainingClient(Settings(dataset="circle"))
    try:
        first = _wait_for(qtbot, client, lambda s: True)
        assert first.step == 0
        client.play()
        later = _wait_for(qtbot, client, lambda s: s.step > 500)
        assert later.epoch > 0
        assert later.build_id == first.build_id
        client.pause()
        paused = _wait_for(qtbot, client, lambda s: not s.playing)
        qtbot.wait(200)
        assert client.latest.step == paused.step, "pause must stop training"
    finally:
        client.stop()


def test_step_runs_exactly_the_asked_steps(qtbot):
    client = TrainingClient(Settings(dataset="xor"))
    try:
        _wait_for(qtbot, client, lambda s: True)
        client.step(7)
        snap = _wait_for(qtbot, client, lambda s: s.step >= 7)
        assert snap.step == 7
    finally:
        client.stop()


def test_bad_command_is_reported_and_the_worker_lives(qtbot):
    client = TrainingClient(Settings(dataset="xor"))
    try:
        _wait_for(qtbot, client, lambda s: True)
        with qtbot.waitSignal(client.errorOccurred, timeout=10000) as blocker:
            client._send("explode", None)
        assert "unknown worker command" in blocker.args[0]
        client.step(3)
        assert _wait_for(qtbot, client, lambda s: s.step >= 3).step == 3
    finally:
        client.stop()


def test_stop_while_training_is_quick(qtbot):
    client = TrainingClient(Settings(dataset="spiral", hidden=(8, 8), activations=("tanh", "tanh")))
    _wait_for(qtbot, client, lambda s: True)
    client.play()
    _wait_for(qtbot, client, lambda s: s.step > 100)
    t0 = time.monotonic()
    client.stop()
    assert time.monotonic() - t0 < 1.0
    assert not client.is_running
