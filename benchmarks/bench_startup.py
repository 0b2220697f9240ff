"""How long from the command to the first painted window with the map drawn? (by hand)

Compares, in one run with interleaved rounds (this machine is noisy):

- **bare**: a window of PySide6 + pyqtgraph alone (a plot with an image), the
  floor any app on this stack pays;
- **app**: ``python -m playground --fresh --exit-when-drawn``: the real window,
  until the decision-boundary map has been painted with the worker's first frame.

Each figure is the median of ``--runs`` warm runs (one discarded warm-up
each), wall clock from starting the process to the child's "drawn" line.
Target (issue 8): app ≤ bare + 0.35 s.

Usage::

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
import numpy as np
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
win = QMainWindow()
plot = pg.PlotWidget()
image = pg.ImageItem(np.random.default_rng(0).random((100, 100, 3)))
plot.addItem(image)
win.setCentralWidget(plot)
win.resize(1280, 800)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"drawn {time.time():.6f}", flush=True)
            app.quit()
        return False
watch = Watch()
plot.viewport().installEventFilter(watch)
win.show()
app.exec()
"""


def one_run(command: list[str], env: dict) -> float:
    t0 = time.time()
    out = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("drawn "):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"no 'drawn' line from {command}: {out.stderr[-500:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["NN_PLAYGROUND_CONFIG"] = tempfile.mkdtemp(prefix="nn-startup-")
    commands = {
        "bare": [sys.executable, "-c", BARE],
        "app": [sys.executable, "-m", "playground", "--fresh", "--exit-when-drawn",
                "--size", "1280x800"],
    }
    for command in commands.values():  # warm-up: file caches, .pyc files
        one_run(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(one_run(command, env))
    bare, app = (statistics.median(times[n]) for n in ("bare", "app"))
    for name in commands:
        values = ", ".join(f"{v:.2f}" for v in sorted(times[name]))
        print(f"{name:5s}: median {statistics.median(times[name]):.3f} s  ({values})")
    print(f"app - bare: {app - bare:+.3f} s (target <= +0.35 s)")


if __name__ == "__main__":
    main()
