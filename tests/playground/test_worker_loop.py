"""The worker's loop logic, without a process: speed limits and waiting."""

from __future__ import annotations

import time

from playground.settings import SPEED_STEPS_PER_SECOND, Settings
from playground.worker.process import Worker


class FakeConnection:
    def __init__(self):
        self.sent = []

    def poll(self, timeout=0.0):
        return False

    def send(self, message):
        self.sent.append(message)


def run_for(worker: Worker, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(worker._wait_seconds())
        worker.train_slice()


def test_slowing_down_after_playing_flat_out_keeps_training():
    worker = Worker(FakeConnection(), Settings(dataset="circle"))
    worker.handle("play", None)
    run_for(worker, 0.3)
    fast = worker.session.trainer.step_count
    assert fast > 500
    level = SPEED_STEPS_PER_SECOND.index(250)
    worker.handle("settings", worker.session.settings.with_changes(speed=level))
    run_for(worker, 0.4)
    slow = worker.session.trainer.step_count - fast
    assert 40 <= slow <= 160, slow  # ~100 at 250 steps/s


def test_a_slow_speed_waits_instead_of_spinning():
    level = SPEED_STEPS_PER_SECOND.index(2)
    worker = Worker(FakeConnection(), Settings(dataset="circle", speed=level))
    worker.handle("play", None)
    worker.train_slice()
    assert worker._wait_seconds() >= 0.04
    cpu0, wall0 = time.process_time(), time.monotonic()
    run_for(worker, 0.5)
    cpu = time.process_time() - cpu0
    assert cpu < 0.5 * (time.monotonic() - wall0), "the worker should mostly sleep"
    assert 1 <= worker.session.trainer.step_count <= 3
