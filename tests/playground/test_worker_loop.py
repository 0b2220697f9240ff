"""The worker's loop logic, without a process: pacing, frames and probes, on a fake clock."""

from __future__ import annotations

from playground.settings import SPEED_LEVELS, Settings
from playground.worker import protocol as p
from playground.worker.pacing import Pacer
from playground.worker.process import Worker


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


class FakeConnection:
    def __init__(self):
        self.sent = []

    def poll(self, timeout=0.0):
        return False

    def send(self, message):
        self.sent.append(message)

    def frames(self):
        return [m.frame for m in self.sent if isinstance(m, p.FrameReady)]


def level(**kw) -> int:
    for i, lv in enumerate(SPEED_LEVELS):
        if all(getattr(lv, k) == v for k, v in kw.items()):
            return i
    raise LookupError(kw)


def test_a_rate_limit_allows_steps_as_time_passes_and_banks_no_burst():
    clock = FakeClock()
    pacer = Pacer(clock)
    s = Settings(speed=level(steps_per_second=250))
    assert pacer.allowed_steps(s, 0, 100, 25) == 0
    clock.now += 0.125
    assert pacer.allowed_steps(s, 0, 100, 25) == 31
    pacer.ran(s, 31, 0)
    clock.now += 60.0  # a long pause: at most one second's worth
    assert pacer.allowed_steps(s, 0, 10_000, 25) == 250


def test_one_epoch_per_frame_trains_to_the_end_of_the_epoch_then_waits_for_the_frame():
    pacer = Pacer(FakeClock())
    s = Settings(speed=level(epoch_per_frame=True))
    assert pacer.allowed_steps(s, 3, 8, 13) == 8
    pacer.ran(s, 8, 3)
    assert pacer.allowed_steps(s, 3, 8, 5) == 5, "never past the end of the epoch"
    pacer.ran(s, 5, 4)  # the epoch counter moved: done for this frame
    assert pacer.allowed_steps(s, 4, 8, 25) == 0
    assert pacer.wait_seconds(s, playing=True) > 0
    pacer.frame_shown()
    assert pacer.allowed_steps(s, 4, 8, 25) == 8


def test_flat_out_never_waits():
    pacer = Pacer(FakeClock())
    s = Settings(speed=level(steps_per_second=0, epoch_per_frame=False))
    assert pacer.allowed_steps(s, 0, 256, 25) == 256
    assert pacer.wait_seconds(s, playing=True) == 0.0
    assert pacer.wait_seconds(s, playing=False) > 0


def test_the_default_speed_is_one_epoch_per_displayed_frame():
    conn, clock = FakeConnection(), FakeClock()
    worker = Worker(conn, Settings(dataset="circle"), clock=clock)  # 250 points, batch 10
    worker.handle(p.Play())
    for _ in range(3):
        for _ in range(50):
            worker.train_slice()
            clock.now += 0.001
        clock.now += 0.05
        worker.publish_if_due()
        worker.handle(p.Credit())
    epochs = [f.epoch for f in conn.frames()]
    assert epochs == [1, 2, 3], epochs
    assert worker.session.trainer.step_count == 75


def test_the_build_is_sent_once_then_frames_name_it():
    conn, clock = FakeConnection(), FakeClock()
    worker = Worker(conn, Settings(dataset="xor"), clock=clock)
    worker.publish_if_due()
    worker.handle(p.Step(3))
    worker.handle(p.Credit())
    worker.publish_if_due()
    kinds = [type(m).__name__ for m in conn.sent]
    assert kinds == ["BuildReady", "FrameReady", "FrameReady"]
    build = conn.sent[0].build
    assert all(f.build_id == build.build_id for f in conn.frames())
    worker.handle(p.ApplySettings(worker.session.settings.with_changes(data_seed=4)))
    worker.handle(p.Credit())
    worker.publish_if_due()
    assert isinstance(conn.sent[-2], p.BuildReady), "new data: a new build first"


def test_a_probe_is_computed_again_only_when_the_network_changed():
    conn, clock = FakeConnection(), FakeClock()
    worker = Worker(conn, Settings(dataset="xor"), clock=clock)
    worker.handle(p.SetProbe("v.s", "layer_summary", {"split": "train"}))
    worker.publish_if_due()
    assert "v.s" in conn.frames()[-1].probes
    worker.handle(p.Credit())
    worker.dirty = True  # a frame for some other reason: nothing changed for the probe
    worker.publish_if_due()
    assert "v.s" not in conn.frames()[-1].probes
    worker.handle(p.Credit())
    worker.handle(p.Step(1))
    worker.publish_if_due()
    assert "v.s" in conn.frames()[-1].probes, "a step changes the numbers"


def test_a_heartbeat_goes_out_when_idle():
    conn, clock = FakeConnection(), FakeClock()
    worker = Worker(conn, Settings(dataset="xor"), clock=clock)
    worker.beat_if_due()
    clock.now += 0.2
    worker.beat_if_due()
    clock.now += 0.4
    worker.beat_if_due()
    beats = [m for m in conn.sent if isinstance(m, p.Heartbeat)]
    assert len(beats) == 2


def test_a_job_runs_in_slices_reports_progress_and_delivers_its_result(monkeypatch):
    import types

    from playground import probes
    from playground.worker.probe_runner import JobProgress

    module = types.ModuleType("countdown")
    module.ON_DEMAND = True

    def compute(session, params):
        def job():
            for i in range(params["n"]):
                yield i + 1, params["n"]
            return "done"
        return job()

    module.compute = compute
    monkeypatch.setattr(probes, "load", lambda name: module)
    conn, clock = FakeConnection(), FakeClock()
    worker = Worker(conn, Settings(dataset="xor"), clock=clock)
    worker.handle(p.SetProbe("v.job", "countdown", {"n": 3}))
    worker.publish_if_due()
    assert conn.frames()[-1].probes["v.job"] == JobProgress(0, 0)
    assert worker.probes.busy
    while worker.probes.busy:
        worker.probes.advance(1.0)
    worker.handle(p.Credit())
    worker.dirty = True
    worker.publish_if_due()
    assert conn.frames()[-1].probes["v.job"] == "done"
    worker.handle(p.Step(1))  # on demand: a step does not re-run it
    worker.handle(p.Credit())
    worker.publish_if_due()
    assert "v.job" not in conn.frames()[-1].probes


def test_frames_slow_to_hand_over_come_less_often_but_one_stall_stops_nothing_for_long():
    """Handing a frame over counts in its cost (the pipe waits while the window reads),
    smoothed, and frames still come at least every MAX_PUBLISH_INTERVAL."""
    from playground.worker.process import MAX_FRAME_SHARE, MAX_PUBLISH_INTERVAL

    clock = FakeClock()

    class SlowConnection(FakeConnection):
        delay = 0.0

        def send(self, message):
            clock.now += self.delay if isinstance(message, p.FrameReady) else 0.0
            super().send(message)

    conn = SlowConnection()
    worker = Worker(conn, Settings(dataset="xor"), clock=clock)
    worker.playing = True
    conn.delay = 0.01
    for _ in range(20):  # steady 10 ms hand-overs
        worker.dirty, worker.credits = True, 2
        clock.now += 1.0
        worker.publish_if_due()
    steady = worker._publish_interval
    assert steady >= 0.9 * 0.01 / MAX_FRAME_SHARE, "the hand-over counts"
    conn.delay = 2.0  # one stall of the window
    worker.dirty, worker.credits = True, 2
    clock.now += 1.0
    worker.publish_if_due()
    assert worker._publish_interval <= MAX_PUBLISH_INTERVAL
