"""How many ``set_frame`` + repaint per second each view sustains (offscreen).

Not a test: prints a table. The frames come from the real training session
(so grid sizes are the app's: 100×100 for small networks, coarser for big
ones), trained for 300 epochs so the loss chart has a long history. Each frame
hands the view a *different* frame (weights, grids and history perturbed, data
unchanged, as during training), then processes events and repaints
synchronously, so cached work does not flatter the numbers.

    .venv/bin/python benchmarks/bench_views.py [--frames 150]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from engine.history import HistoryArrays  # noqa: E402
from playground.views.colors import ViewStyle  # noqa: E402
from playground.views.diagram.network_view import NetworkView  # noqa: E402
from playground.views.loss.loss_view import LossView  # noqa: E402
from playground.views.plane.boundary_view import BoundaryView  # noqa: E402
from tests.playground.frames import frame_of, make_session  # noqa: E402

#: Epochs trained before measuring: the loss chart then draws ~300 points.
EPOCHS = 300


def trained_frame(dataset: str, hidden: tuple[int, ...], n_classes: int):
    """The session's frame after ``EPOCHS`` epochs of training."""
    session = make_session(dataset, hidden=hidden, n_classes=n_classes)
    for _ in range(EPOCHS):
        session.step_epoch()
    return frame_of(session)


def frames_from(base, n: int):
    """``n`` distinct frames that look like consecutive training frames."""
    rng = np.random.default_rng(0)
    h = base.history
    out = []
    for k in range(n):
        jitter = 1.0 + 0.02 * np.sin(k / 3.0)
        grid = base.output_grid * jitter
        if base.is_classification:
            grid = grid / grid.sum(axis=2, keepdims=True)
        p = min(len(h), 10 + k % max(len(h) - 10, 1))
        out.append(dataclasses.replace(
            base,
            step=base.step + k,
            weights=tuple((w * jitter + rng.normal(0, 0.01, w.shape), b) for w, b in base.weights),
            output_grid=grid,
            neuron_grids=tuple(g * jitter for g in base.neuron_grids),
            history=HistoryArrays(h.epoch[:p], h.train_loss[:p], h.test_loss[:p],
                                  h.train_acc[:p], h.test_acc[:p]),
        ))
    return out


class PaintCounter(QObject):
    """Counts paint events on a widget and its children (to prove frames were drawn)."""

    def __init__(self, root):
        super().__init__()
        self.count = 0
        for w in [root, *root.findChildren(QWidget)]:
            w.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def measure(app, view, sequence, frames: int) -> tuple[float, float, float]:
    """Mean and 95th-percentile ms per set_frame + the paints it causes.

    Like the real event loop: the view schedules its own repaint; processing
    events paints it once (a forced ``repaint()`` on top would paint twice).
    Also returns paint events per frame, which must be ≥ 1.
    """
    counter = PaintCounter(view)
    times = []
    for k in range(frames + 10):
        if k == 10:  # the first frames build caches and layouts
            counter.count = 0
        t0 = time.perf_counter()
        view.set_frame(sequence[k % len(sequence)])
        app.processEvents()
        if k >= 10:
            times.append((time.perf_counter() - t0) * 1000.0)
    times.sort()
    return statistics.fmean(times), times[int(0.95 * (len(times) - 1))], counter.count / frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frames", type=int, default=150)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    nets = {
        "2-8-8-2": trained_frame("spiral", hidden=(8, 8), n_classes=2),
        "10x64": trained_frame("spiral", hidden=(64,) * 10, n_classes=5),
    }
    views = [
        ("BoundaryView", BoundaryView, (560, 600)),
        ("LossView", LossView, (480, 320)),
        ("NetworkView", NetworkView, (640, 440)),
        ("NetworkView", NetworkView, (1000, 620)),
    ]
    print(f"{'view':<14}{'size':>10}{'net':>9}{'style':>10}{'mean ms':>9}{'p95 ms':>8}"
          f"{'fps':>7}{'paints/frame':>14}")
    for net_name, base in nets.items():
        sequence = frames_from(base, 12)
        for name, cls, size in views:
            for style_name, style in (("laptop", ViewStyle()),
                                      ("projector", ViewStyle.projector())):
                view = cls()
                view.set_style(style)
                view.resize(*size)
                view.show()
                app.processEvents()
                mean, p95, paints = measure(app, view, sequence, args.frames)
                print(f"{name:<14}{f'{size[0]}x{size[1]}':>10}{net_name:>9}{style_name:>10}"
                      f"{mean:>9.2f}{p95:>8.2f}{1000.0 / mean:>7.0f}{paints:>14.1f}")
                view.close()
                view.deleteLater()
                app.processEvents()


if __name__ == "__main__":
    main()
