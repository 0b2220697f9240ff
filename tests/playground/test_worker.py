"""The training worker process, driven through its Qt client: frames, probes, failures."""

from __future__ import annotations

import os
import signal
import time

import pytest

from playground.settings import Settings
from playground.worker import protocol as p
from playground.worker.client import TrainingClient


def _wait_for(qtbot, client, predicate, timeout=15000):
    qtbot.waitUntil(lambda: client.latest is not None and predicate(client.latest), timeout=timeout)
    return client.latest


@pytest.fixture
def client(qtbot):
    c = TrainingClient(Settings(dataset="xor"))
    _wait_for(qtbot, c, lambda f: True)
    yield c
    c.stop()


def test_play_trains_in_the_child_and_frames_arrive(qtbot):
    client = TrainingClient(Settings(dataset="circle", speed=6))  # 6: max
    try:
        first = _wait_for(qtbot, client, lambda s: True)
        assert first.step == 0
        assert first.build is not None and first.build.x_train.shape[1] == 2
        client.play()
        later = _wait_for(qtbot, client, lambda s: s.step > 500)
        assert later.epoch > 0
        assert later.build_id == first.build_id
        assert later.build is first.build, "the data crossed the pipe once, not per frame"
        client.pause()
        paused = _wait_for(qtbot, client, lambda s: not s.playing)
        qtbot.wait(200)
        assert client.latest.step == paused.step, "pause must stop training"
    finally:
        client.stop()


def test_step_runs_exactly_the_asked_steps(client, qtbot):
    client.step(7)
    frame = _wait_for(qtbot, client, lambda s: s.step >= 7)
    assert frame.step == 7


def test_a_message_the_worker_does_not_know_is_reported_and_it_lives_on(client, qtbot):
    with qtbot.waitSignal(client.failed, timeout=10000) as blocker:
        client._send(p.Heartbeat(0.0))  # a worker-to-GUI message sent the wrong way
    assert blocker.args[0] == "command"
    client.step(3)
    assert _wait_for(qtbot, client, lambda s: s.step >= 3).step == 3


def test_a_probe_is_computed_only_while_requested(client, qtbot):
    client.set_probe("layerSummary.summary", "layer_summary", {"split": "train"})
    frame = _wait_for(qtbot, client, lambda f: "layerSummary.summary" in f.probes)
    rows = frame.probes["layerSummary.summary"].rows
    assert [(r.n_in, r.n_out) for r in rows] == [(2, 4), (4, 2), (2, 2)]
    client.drop_probe("layerSummary.summary")
    client.step(5)
    later = _wait_for(qtbot, client, lambda f: f.step >= 5)
    assert "layerSummary.summary" not in later.probes


def test_an_unknown_probe_is_refused_in_words_not_a_crash(client, qtbot):
    with qtbot.waitSignal(client.failed, timeout=10000):
        client.set_probe("x.y", "no_such_probe", {})
    client.step(2)
    assert _wait_for(qtbot, client, lambda s: s.step >= 2).step == 2


def test_a_killed_worker_is_reported_and_restart_brings_a_new_one(client, qtbot):
    old_pid = client.pid
    with qtbot.waitSignal(client.lost, timeout=5000) as blocker:
        os.kill(old_pid, signal.SIGKILL)
    assert blocker.args[0] == "died"
    assert not client.is_running
    client.restart()
    assert client.pid != old_pid
    client.step(4)
    assert _wait_for(qtbot, client, lambda s: s.step >= 4).step == 4


def test_a_frozen_worker_is_noticed_within_two_seconds_and_closing_stays_quick(qtbot):
    client = TrainingClient(Settings(dataset="xor"))
    _wait_for(qtbot, client, lambda f: True)
    qtbot.wait(600)  # past start-up: the heartbeat deadline applies
    os.kill(client.pid, signal.SIGSTOP)
    t0 = time.monotonic()
    with qtbot.waitSignal(client.lost, timeout=4000) as blocker:
        pass
    noticed = time.monotonic() - t0
    assert blocker.args[0] == "frozen"
    assert noticed < 2.6, noticed  # 2 s of silence, plus a poll
    t0 = time.monotonic()
    client.stop()  # a stopped process ignores SIGTERM: it must be killed
    assert time.monotonic() - t0 <= 0.6
    assert not client.is_running


def test_closing_a_stopped_worker_that_was_never_noticed_is_quick(qtbot):
    client = TrainingClient(Settings(dataset="xor"))
    _wait_for(qtbot, client, lambda f: True)
    os.kill(client.pid, signal.SIGSTOP)
    t0 = time.monotonic()
    client.stop()
    assert time.monotonic() - t0 <= 0.6


def test_stop_while_training_is_quick(qtbot):
    client = TrainingClient(Settings(dataset="spiral", hidden=(8, 8), activations=("tanh", "tanh"),
                                     speed=6))
    _wait_for(qtbot, client, lambda s: True)
    client.play()
    _wait_for(qtbot, client, lambda s: s.step > 100)
    t0 = time.monotonic()
    client.stop()
    assert time.monotonic() - t0 <= 0.6
    assert not client.is_running


def test_probe_answers_of_a_dropped_frame_are_not_lost():
    """Two frames in one poll: the older is dropped, but its probe answers carry over."""
    from playground.frame import Build, Frame
    from playground.worker.client import TrainingClient

    client = TrainingClient.__new__(TrainingClient)  # no process: only the merge is tested
    client._newest = None
    client._build = Build(1, "classification", 2, ("x1",), (1, 2), (), *([None] * 4))
    client._send = lambda message: None

    def frame(step, probes):
        return Frame(1, step, 0, 0.0, 0.0, 0.0, 0.0, None, (), probes=probes)

    client._on_frame(p.FrameReady(frame(1, {"affine.batch": "A", "x.y": "old"})))
    client._on_frame(p.FrameReady(frame(2, {"x.y": "new"})))
    assert client._newest.step == 2
    assert client._newest.probes == {"affine.batch": "A", "x.y": "new"}
