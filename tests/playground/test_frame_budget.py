"""The window asks for frames no faster than it can draw them."""

from __future__ import annotations

from playground.frame_budget import MAX_FPS, MAX_SHARE, FrameBudget
from tests.playground.conftest import wait_for_frame


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def frame_costing(budget, clock, seconds, pieces=2):
    for _ in range(pieces):
        budget.begin()
        clock.now += seconds / pieces
        budget.end()
    budget.frame_done()


def test_a_cheap_frame_keeps_the_full_rate_and_an_expensive_one_slows_it():
    clock = Clock()
    budget = FrameBudget(clock)
    for _ in range(20):
        frame_costing(budget, clock, 0.004)
    assert abs(budget.interval - 1 / MAX_FPS) < 1e-9
    for _ in range(40):
        frame_costing(budget, clock, 0.030)  # a slow machine: 30 ms a frame
    assert abs(budget.cost - 0.030) < 1e-3
    assert abs(budget.interval - 0.030 / MAX_SHARE) < 1e-3
    assert budget.frames_per_second < 16


def test_the_window_measures_what_its_frames_cost(window, qtbot):
    window.state.update(speed=6)  # max
    window.controller.set_playing(True)
    wait_for_frame(qtbot, window, lambda f: f.step > 300)
    window.controller.set_playing(False)
    cost = window.controller.budget.cost
    assert 0.0005 < cost < 0.5, cost  # deliveries and paints were counted, in seconds
