"""What the diagram's gradient mode costs: the probe in the worker, the paint in the GUI.

Not a test: prints a table. The probe ``step_gradients`` runs on a real
:class:`~playground.worker.session.TrainingSession` with one BLAS thread (as
in the worker), for the tiny default network (2-4-2-2 tanh, batch 10) and a
10 × 64 ReLU network, both sources (the last minibatch, a picked point). The
paint is ``NetworkView.grab()`` with and without the gradient overlay.

    .venv/bin/python benchmarks/bench_step_gradients.py [--runs 300]
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.threads import single_blas_thread  # noqa: E402
from playground.probes import step_gradients  # noqa: E402
from tests.playground.frames import frame_of, make_session  # noqa: E402

NETWORKS = {
    "tiny 2-4-2-2 tanh": dict(hidden=(4, 2), activations=("tanh", "tanh")),
    "10 x 64 ReLU": dict(hidden=(64,) * 10, activations=("relu",) * 10, init="he"),
}


def timed(fn, runs: int) -> tuple[float, float]:
    """Median and 95th percentile of ``fn()`` in ms."""
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def probe_table(runs: int) -> list[tuple]:
    rows = []
    for name, kw in NETWORKS.items():
        session = make_session("circle", **kw)
        session.step(20)
        xy, label = session.xy_train[3], int(session.t_train[3])
        for source, params in (("batch", {"source": "batch"}),
                               ("point", {"source": "point", "xy": list(xy), "label": label})):
            med, p95 = timed(lambda s=session, p=params: step_gradients.compute(s, p), runs)
            size = len(pickle.dumps(step_gradients.compute(session, params)))
            rows.append((name, source, med, p95, size))
    return rows


def paint_table(runs: int) -> list[tuple]:
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication

    from playground.selection import Selection
    from playground.views.diagram.diagram_gradients import DiagramGradients
    from playground.views.diagram.network_view import NetworkView

    QApplication.instance() or QApplication([])

    class Controller(QObject):
        playingChanged = Signal(bool)

    rows = []
    for name, kw in NETWORKS.items():
        session = make_session("circle", **kw)
        session.step(20)
        frame = frame_of(session)
        result = step_gradients.compute(session, {"source": "batch"})
        controller = Controller()
        controller.selection, controller.playing = Selection(), False
        controller.state = SimpleNamespace(settings=session.settings)
        view = NetworkView()
        view.resize(580, 430)
        view.show()
        overlay = DiagramGradients(view, controller)
        view.set_frame(frame)
        for on in (False, True):
            overlay.set_enabled(on)
            overlay.set_result(result, frame)
            med, p95 = timed(view.grab, max(20, runs // 10))
            rows.append((name, "gradients" if on else "weights", med, p95))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    with single_blas_thread():
        probes = probe_table(args.runs)
    print(f"{'probe step_gradients':<22} {'source':<7} {'median ms':>10} {'p95 ms':>8} "
          f"{'pickled':>10}")
    for name, source, med, p95, size in probes:
        print(f"{name:<22} {source:<7} {med:>10.2f} {p95:>8.2f} {size / 1024:>8.1f} kB")
    print()
    print(f"{'paint (grab, 580x430)':<22} {'mode':<10} {'median ms':>10} {'p95 ms':>8}")
    for name, mode, med, p95 in paint_table(args.runs):
        print(f"{name:<22} {mode:<10} {med:>10.2f} {p95:>8.2f}")


if __name__ == "__main__":
    main()
