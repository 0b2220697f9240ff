"""How smooth is the window while training flat out? (offscreen, by hand)

Reports, for one network trained with every view live:

- GUI event-loop latency: how late a 10 ms QTimer fires (p50 / p99 / max);
- repaints per second of each view (counted Paint events);
- training steps/s in the window as a fraction of the headless engine's
  steps/s on the same network, measured in the same run (before and after the
  GUI phase, averaged, because this machine is noisy).

Usage::

    .venv/bin/python benchmarks/bench_gui.py [--seconds 8] [--preset NAME] [--big]
        [--projector] [--throttle]

``--throttle`` starts one plain spinning Python process (``while True: pass``,
not pinned) for the whole run, headless figures included, so the machine is
as busy as a classroom laptop sharing its cores, and stops it at the end.

Targets (issue 8): normal run p99 <= 25 ms, >= 25 repaints/s (>= 15 for
10 x 64), >= 70 % of headless; throttled p99 <= 40 ms, >= 20 repaints/s,
>= 50 % of headless. The engine's tiny-net speed is printed beside them, so a
run can be put next to the machine it came from.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from playground.settings import Settings  # noqa: E402

#: The issue's tiny network: 2-8-8-2 tanh, batch 10, trained flat out (speed "max").
TINY = Settings(dataset="circle", noise=0.1, features=("x1", "x2"), hidden=(8, 8),
                activations=("tanh", "tanh"), batch_size=10, learning_rate=0.03, speed=6)


def headless_steps_per_second(settings: Settings, seconds: float) -> float:
    """Steps/s of the same session with no GUI, in this process."""
    from engine.threads import single_blas_thread
    from playground.worker.session import TrainingSession

    single_blas_thread()
    session = TrainingSession(settings)
    session.step(200)  # warm-up: buffers, caches
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        done += session.step(250)
    return done / (time.perf_counter() - t0)


def run_event_loop(seconds: float) -> None:
    """Run Qt's real event loop (not a processEvents spin) for ``seconds``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def gui_run(settings: Settings, seconds: float, projector: bool = False) -> dict:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from playground.app import freeze_startup_objects
    from playground.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    from playground.remembered import Remembered

    window = MainWindow(settings, remembered=Remembered(fresh=True))
    freeze_startup_objects()  # as the app does
    if projector:
        window.set_projector_mode(True)
    window.resize(*((1920, 1080) if projector else (1280, 800)))
    window.show()

    class PaintCounter(QObject):
        def __init__(self):
            super().__init__()
            self.count = 0

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Paint:
                self.count += 1
            return False

    # One widget per view that paints exactly once per redraw of that view:
    # pyqtgraph draws on its plot's viewport, the diagram on itself.
    counters = {}
    targets = {
        "boundary": window.boundary_view.plot_widget.viewport(),
        "loss": window.loss_view.loss_plot.viewport(),
        "network": window.network_view,
    }
    for name, target in targets.items():
        counter = PaintCounter()
        target.installEventFilter(counter)
        counters[name] = counter

    # Wait for the worker's first frame before timing anything.
    deadline = time.monotonic() + 20
    while window.latest_frame is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)

    lateness: list[float] = []
    state = {"last": None}

    def tick():
        now = time.perf_counter()
        if state["last"] is not None:
            lateness.append((now - state["last"]) * 1000.0 - 10.0)
        state["last"] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)

    window.controls.playButton.click()
    # Let training get going, then measure.
    run_event_loop(1.0)
    for c in counters.values():
        c.count = 0
    snap0 = window.latest_frame
    timer.start()
    t0 = time.perf_counter()
    run_event_loop(seconds)
    elapsed = time.perf_counter() - t0
    timer.stop()
    snap1 = window.latest_frame
    window.close()
    app.processEvents()

    late = np.array(lateness[1:])
    return {
        "p50": float(np.percentile(late, 50)) + 10.0,
        "p99": float(np.percentile(late, 99)) + 10.0,
        "max": float(late.max()) + 10.0,
        "ticks": len(late),
        "repaints": {k: c.count / elapsed for k, c in counters.items()},
        "steps_per_second": (snap1.step - snap0.step) / elapsed
        if snap1.build_id == snap0.build_id else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--preset", default=None, help="a preset name instead of 2-8-8-2")
    parser.add_argument("--big", action="store_true", help="10 hidden ReLU layers of 64")
    parser.add_argument("--projector", action="store_true", help="projector mode, 1920x1080")
    parser.add_argument("--throttle", action="store_true",
                        help="keep one core busy with a spinning process for the whole run")
    args = parser.parse_args()
    settings = TINY
    if args.preset:
        from playground.presets import load_preset

        settings = load_preset(args.preset).settings.with_changes(speed=6)
    spinner = None
    if args.throttle:
        spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
        time.sleep(0.5)
    try:
        run(settings, args)
    finally:
        if spinner is not None:
            spinner.kill()
            spinner.wait()


def run(settings, args) -> None:
    if args.big:
        settings = settings.with_changes(hidden=(64,) * 10, activations=("relu",) * 10,
                                         learning_rate=0.003)
    tiny = headless_steps_per_second(TINY, 2.0)
    print(f"machine: the tiny net trains at {tiny:.0f} steps/s headless"
          f"{' (one core kept busy)' if args.throttle else ''}")
    print(f"network: {len(settings.features)}-{'-'.join(map(str, settings.hidden))}-out, "
          f"{'/'.join(settings.activations)}, batch {settings.batch_size}")
    before = headless_steps_per_second(settings, 3.0)
    gui = gui_run(settings, args.seconds, projector=args.projector)
    after = headless_steps_per_second(settings, 3.0)
    headless = (before + after) / 2
    # Issue 8's targets: a throttled run is allowed more latency and less speed;
    # the 10 x 64 network's frames cost more, so it needs fewer repaints.
    share, p99, repaints = (0.50, 40, 20) if args.throttle else (0.70, 25, 25)
    repaints = 15 if args.big else repaints
    print(f"headless engine      : {before:9.0f} / {after:9.0f} steps/s (before / after)")
    print(f"in the window        : {gui['steps_per_second']:9.0f} steps/s "
          f"= {gui['steps_per_second'] / headless:5.1%} of headless (target >= {share:.0%})")
    print(f"10 ms timer fires at : p50 {gui['p50']:.1f} ms, p99 {gui['p99']:.1f} ms, "
          f"max {gui['max']:.1f} ms over {gui['ticks']} ticks (target p99 <= {p99} ms)")
    for name, rate in gui["repaints"].items():
        print(f"repaints/s {name:10s}: {rate:6.1f} (target >= {repaints})")


if __name__ == "__main__":
    main()
