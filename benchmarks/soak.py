"""Does the window's memory stay flat while it trains flat out for minutes? (by hand)

Runs the real window (offscreen unless QT_QPA_PLATFORM says otherwise; under
Xvfb: ``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" ...``) on
a preset at the last speed level ("max") with every view live (docks hidden by
default are floated and shown), set up as ``playground.app.main`` does (frozen
start-up objects, the heap trimmer of ``playground/memory.py``), and prints
once a minute:

- the resident memory (VmRSS from /proc) of the GUI process and of the
  training process (``window.controller.client.pid``);
- the event-loop latency over that minute: p99 and max interval of a 10 ms timer;
- frames shown and training steps per second (proof it really ran flat out);
- glibc's heap (``mallinfo2``, all arenas): bytes in use and bytes free inside
  it. Free bytes that grow while in-use bytes stay flat are allocator churn
  (fragmentation), not a leak; in-use bytes that grow are a leak.

Usage::

    .venv/bin/python benchmarks/soak.py [--minutes 10] [--preset spiral]
        [--views all|default|NAME,NAME] [--no-trim] [--churn] [--tracemalloc]
        [--size 1280x800] [--then-size 1920x1080] [--freed-block MIB]

Target (issue 7): RSS at minute 10 within 5 MiB of minute 3, in both processes
(the last lines say so). ``--no-trim`` leaves the heap trimmer out, to measure
without it. ``--churn`` measures with tracemalloc how many bytes each per-frame
step allocates and frees again (unpickling a message, each view's
``set_frame``, the paints; Qt's own allocations are not seen); ``--tracemalloc``
prints which lines hold more memory each minute than after the first (a leak
shows there, churn does not). ``--then-size`` and ``--freed-block`` provoke
glibc into serving frame arrays from the heap (a large freed buffer raises its
mmap threshold), the conditions under which churn fragments it.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import functools
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

MiB = 1024 * 1024


def rss_mib(pid: int | None) -> float:
    """Resident set size of process ``pid`` in MiB (NaN if it is gone or unknown)."""
    if pid is None:
        return float("nan")
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return float("nan")


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


def _libc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        return libc
    except (OSError, AttributeError):
        return None


_LIBC = _libc()


def heap_mib() -> tuple[float, float]:
    """(bytes in use, bytes free) in glibc's heaps of this process, in MiB; NaN if unknown."""
    if _LIBC is None:
        return float("nan"), float("nan")
    info = _LIBC.mallinfo2()
    return (info.uordblks + info.hblkhd) / MiB, info.fordblks / MiB


# ---------------------------------------------------------------------------- churn
class Churn:
    """Bytes allocated and freed again per call of a wrapped function (tracemalloc peak).

    Only Python and NumPy allocations are seen (Qt's own, e.g. a QImage's pixels or
    a smoothly scaled copy inside drawImage, are not). Wrapped calls must not nest.
    """

    def __init__(self):
        import tracemalloc

        self.tm = tracemalloc
        self.calls = defaultdict(int)
        self.bytes = defaultdict(int)
        self.kept = defaultdict(int)
        self._depth = 0

    def wrap(self, owner, name: str, label: str) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        def measured(*args, **kwargs):
            if self._depth:
                return original(*args, **kwargs)
            self._depth += 1
            start, _ = self.tm.get_traced_memory()
            self.tm.reset_peak()
            try:
                return original(*args, **kwargs)
            finally:
                end, peak = self.tm.get_traced_memory()
                self.calls[label] += 1
                self.bytes[label] += peak - start
                self.kept[label] += end - start
                self._depth -= 1

        setattr(owner, name, measured)

    def table(self, minutes: float) -> str:
        rows = ["", f"{'per-frame step':<34} {'calls/min':>9} {'KiB/call':>9} "
                    f"{'MiB/min':>8} {'kept KiB':>9}"]
        for label in sorted(self.bytes, key=self.bytes.get, reverse=True):
            n = self.calls[label]
            rows.append(f"{label:<34} {n / minutes:9.0f} {self.bytes[label] / max(n, 1) / 1024:9.1f} "
                        f"{self.bytes[label] / minutes / MiB:8.1f} {self.kept[label] / 1024:9.0f}")
        return "\n".join(rows)


def install_paint_probes(churn: Churn) -> None:
    """Wrap the paints (before any widget exists: PySide looks overrides up once)."""
    import pyqtgraph as pg

    from playground.views.diagram.network_view import NetworkView

    churn.wrap(NetworkView, "paintEvent", "NetworkView.paintEvent")
    churn.wrap(pg.GraphicsView, "paintEvent", "pyqtgraph paintEvent (all plots)")


def install_churn_probes(window, churn: Churn) -> None:
    """Wrap the steps a frame goes through: unpickling and each view's set_frame."""
    client = window.controller.client

    class MeasuredConnection:
        """The client's pipe end, with ``recv`` (unpickling a message) measured."""

        def __init__(self, conn):
            self._conn = conn

        def __getattr__(self, name):
            return getattr(self._conn, name)

    conn = MeasuredConnection(client._conn)
    churn.wrap(conn, "recv", "unpickle a message (client)")
    client._conn = conn
    for name, dock in window.docks.docks.items():
        content = dock.content
        if content is not None and hasattr(content, "set_frame"):
            churn.wrap(content, "set_frame", f"{name}.set_frame")


# ---------------------------------------------------------------------------- the soak
def show_every_view(window, which: str) -> list[str]:
    """Show the docks asked for; docks hidden by default float beside the window."""
    shown = []
    for name, dock in window.docks.docks.items():
        if which == "default":
            wanted = dock.spec.shown
        elif which == "all":
            wanted = True
        else:
            wanted = name in which.split(",")
        if not wanted:
            dock.hide()
            continue
        if not dock.isVisible():
            dock.setFloating(True)
            dock.resize(520, 420)
            dock.show()
        shown.append(name)
    return shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--preset", default="spiral")
    parser.add_argument("--speed", type=int, default=None, help="speed level (default: max)")
    parser.add_argument("--views", default="all", help="default, all, or dock names")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--then-size", default=None, metavar="WxH",
                        help="resize to this once the first frame is shown (as a learner "
                             "maximising the window does; frees the first window buffer)")
    parser.add_argument("--no-trim", action="store_true",
                        help="without the app's periodic heap trimming")
    parser.add_argument("--churn", action="store_true",
                        help="bytes allocated and freed per frame step (tracemalloc)")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="lines holding more memory each minute than after the first")
    parser.add_argument("--freed-block", type=float, default=0.0, metavar="MIB",
                        help="allocate and free one block this large first: glibc then raises "
                             "its mmap threshold to that size, as after a big window buffer "
                             "or screenshot, and later frame arrays come from the heap")
    parser.add_argument("--interval", type=float, default=60.0,
                        help="seconds per row (default 60: one row a minute)")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from playground.app import freeze_startup_objects
    from playground.main_window import MainWindow
    from playground.remembered import Remembered
    from playground.settings import SPEED_LEVELS

    if args.freed_block:
        block = np.ones(int(args.freed_block * MiB), dtype=np.uint8)
        del block
    app = QApplication.instance() or QApplication([])
    churn = Churn() if args.churn else None
    if churn is not None:
        install_paint_probes(churn)
    window = MainWindow(remembered=Remembered(fresh=True))
    freeze_startup_objects()  # as the app does
    window.resize(*(int(v) for v in args.size.lower().split("x")))
    window.show()
    trimming = None
    if not args.no_trim:
        try:
            from playground import memory
        except ImportError:
            memory = None
        if memory is not None:
            trimming = memory.start_trimming(app)
    if not window.apply_preset(args.preset):
        sys.exit(f"soak: no preset {args.preset!r}")
    speed = len(SPEED_LEVELS) - 1 if args.speed is None else args.speed
    window.state.update(speed=speed)
    views = show_every_view(window, args.views)

    def run_for(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    deadline = time.monotonic() + 30
    while window.latest_frame is None and time.monotonic() < deadline:
        run_for(0.05)
    if args.then_size:
        run_for(1.0)
        window.resize(*(int(v) for v in args.then_size.lower().split("x")))
    window.controller.toggle_play()
    run_for(2.0)

    if args.churn or args.tracemalloc:
        import tracemalloc

        tracemalloc.start(1)
        if churn is not None:
            install_churn_probes(window, churn)

    pid = window.controller.client.pid
    frames = [0]
    window.controller.frameReady.connect(lambda _f: frames.__setitem__(0, frames[0] + 1))
    intervals: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        intervals.append((now - last[0]) * 1000.0)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()

    print(f"soak: preset {args.preset}, speed {SPEED_LEVELS[speed].label}, views {views}, "
          f"{'no trimming' if trimming is None else 'heap trimmed by playground.memory'}, "
          f"{os.environ.get('QT_QPA_PLATFORM')}; GUI pid {os.getpid()}, worker pid {pid}",
          flush=True)
    print(f"{'min':>5} {'GUI MiB':>8} {'worker MiB':>10} {'p99 ms':>7} {'max ms':>7} "
          f"{'frames/s':>8} {'steps/s':>8} {'heap used':>9} {'heap free':>9}", flush=True)
    rows = []
    snapshots = []
    t_start = time.monotonic()
    step0 = window.latest_frame.step if window.latest_frame else 0
    n_rows = int(round(args.minutes * 60.0 / args.interval))
    for _row in range(n_rows):
        frames[0] = 0
        intervals.clear()
        last[0] = time.perf_counter()
        t0 = time.monotonic()
        run_for(args.interval)
        elapsed = time.monotonic() - t0
        frame = window.latest_frame
        step1 = frame.step if frame else 0
        steps = (step1 - step0) / elapsed if step1 >= step0 else float("nan")
        step0 = step1
        if not window.controller.playing:
            print("soak: training stopped (diverged or failed); restarting play", flush=True)
            window.controller.toggle_play()
        lat = np.array(intervals) if intervals else np.array([np.nan])
        used, free = heap_mib()
        minute = (time.monotonic() - t_start) / 60.0
        r = (minute, rss_mib(os.getpid()), rss_mib(pid), float(np.percentile(lat, 99)),
             float(lat.max()), frames[0] / elapsed, steps, used, free)
        rows.append(r)
        print(f"{r[0]:5.1f} {r[1]:8.1f} {r[2]:10.1f} {r[3]:7.1f} {r[4]:7.1f} {r[5]:8.1f} "
              f"{r[6]:8.0f} {r[7]:9.1f} {r[8]:9.1f}", flush=True)
        if args.tracemalloc:
            import tracemalloc

            snapshots.append(tracemalloc.take_snapshot())
            if len(snapshots) > 1:
                print_growth(snapshots[0], snapshots[-1])
    timer.stop()
    if churn is not None:
        print(churn.table(args.minutes))
    if trimming is not None and trimming.calls:
        print(f"heap trimmed {trimming.calls} times, {trimming.seconds / trimming.calls * 1000:.2f} ms "
              f"a trim on average")
    verdict(rows, args.interval)
    window.close()
    app.processEvents()


def print_growth(first, last, n: int = 8) -> None:
    import tracemalloc

    keep = [tracemalloc.Filter(False, tracemalloc.__file__),
            tracemalloc.Filter(False, "<frozen importlib._bootstrap>")]
    stats = last.filter_traces(keep).compare_to(first.filter_traces(keep), "lineno")
    for stat in stats[:n]:
        if stat.size_diff:
            print(f"      {stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+6d} blocks  "
                  f"{stat.traceback}", flush=True)


def verdict(rows: list[tuple], interval: float) -> None:
    """RSS at minute 10 (the last row) within 5 MiB of minute 3, both processes."""
    i3 = int(round(180.0 / interval)) - 1
    if len(rows) <= i3 + 1:
        return
    first, last = rows[i3], rows[-1]
    for name, k in (("GUI", 1), ("worker", 2)):
        grew = last[k] - first[k]
        ok = abs(grew) <= 5.0
        print(f"{name}: {first[k]:.1f} MiB at minute {first[0]:.0f}, {last[k]:.1f} MiB at "
              f"minute {last[0]:.0f} ({grew:+.1f} MiB) -> {'flat' if ok else 'NOT flat'}")


if __name__ == "__main__":
    main()
