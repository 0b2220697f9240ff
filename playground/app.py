"""Entry point: ``nn-playground`` / ``python -m playground``.

``--screenshot OUT.png`` renders the window offscreen after optional training
and exits, e.g.::

    python -m playground --screenshot docs/xor.png --preset xor --train-steps 2000
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="nn-playground", description="A desktop neural-network playground."
    )
    parser.add_argument("--preset", help="start from a preset (see the Presets menu)")
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="render the window to a PNG and exit"
    )
    parser.add_argument(
        "--train-steps", type=int, default=0, metavar="N",
        help="with --screenshot: train N minibatch steps first",
    )
    parser.add_argument(
        "--size", default=None, metavar="WxH",
        help="window size (default: 90 %% of the screen; 1280x800 for --screenshot)",
    )
    parser.add_argument(
        "--lang", choices=("en", "ja"), default=None,
        help="interface language (default: the system's, English unless Japanese)",
    )
    parser.add_argument(
        "--projector", action="store_true", help="start in projector mode (large text)"
    )
    parser.add_argument(  # for benchmarks/bench_startup.py: time to the first drawn map
        "--exit-when-drawn", action="store_true", help=argparse.SUPPRESS,
    )
    parser.add_argument(
        "--fresh", action="store_true",
        help="ignore the remembered arrangement, language and mode (and remember nothing)",
    )
    args = parser.parse_args(argv)
    args.width = args.height = None
    if args.size is None:
        if args.screenshot:
            args.width, args.height = 1280, 800
        return _check_steps(parser, args)
    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
        if not (320 <= w <= 8000 and 240 <= h <= 8000):
            raise ValueError
    except ValueError:
        parser.error(f"--size must look like 1280x800, got {args.size!r}")
    args.width, args.height = w, h
    return _check_steps(parser, args)


def _check_steps(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.Namespace:
    if args.train_steps < 0:
        parser.error("--train-steps must be 0 or more")
    return args


def fit_to_screen(window) -> None:
    """Open at 90 % of the screen (at least 1024×700): big on a projector, sane on a laptop."""
    screen = window.screen()
    if screen is None:
        window.resize(1280, 800)
        return
    area = screen.availableGeometry()
    w = max(1024, min(area.width(), round(area.width() * 0.9)))
    h = max(700, min(area.height(), round(area.height() * 0.9)))
    window.resize(w, h)
    window.move(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not args.preset:
        # The trainer starts Python and NumPy while this process imports Qt and
        # builds the window (with a preset it starts once the preset is read).
        from playground.worker.launch import prestart

        prestart()

    from PySide6.QtWidgets import QApplication

    from playground import app_log
    from playground.i18n import install_language, system_language
    from playground.main_window import MainWindow
    from playground.presets import PresetError, load_preset
    from playground.remembered import Remembered

    app_log.setup()
    app_log.install_excepthook()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("nn-playground")
    __import__("playground.memory", fromlist=["start_trimming"]).start_trimming(app)  # heap back
    remembered = Remembered(fresh=args.fresh or bool(args.screenshot))
    language = args.lang or remembered.language() or system_language()
    translator = install_language(app, language)
    if language != "en" and translator is None:
        print(f"nn-playground: no {language} translation found; using English", file=sys.stderr)
    settings = None
    if args.preset:
        try:
            settings = load_preset(args.preset).settings
        except PresetError as exc:
            print(f"nn-playground: {exc}", file=sys.stderr)
            return 2
        from playground.worker.launch import prestart

        prestart(settings)
    window = MainWindow(settings, remembered=remembered)
    freeze_startup_objects()
    if args.width is None:
        fit_to_screen(window)
    else:
        window.resize(args.width, args.height)
    if args.projector or remembered.projector():
        window.set_projector_mode(True)  # after sizing: a small window gets the compact style
    window.show()
    if args.screenshot:
        return take_screenshot(app, window, args.screenshot, args.train_steps)
    if args.exit_when_drawn:
        exit_when_drawn(app, window)
    return app.exec()


def freeze_startup_objects() -> None:
    """Keep everything built so far out of the cyclic garbage collector's scans.

    The window's objects (Qt wrappers, pyqtgraph items) live as long as the app;
    scanning them again and again paused the event loop for 10–40 ms during
    training (benchmarks/bench_gui.py: max latency 53 -> 31 ms).
    """
    gc.freeze()


def exit_when_drawn(app, window) -> None:
    """Print the wall-clock time and quit once the map has been painted with a frame."""
    from PySide6.QtCore import QEvent, QObject

    viewport = window.boundary_view.plot_widget.viewport()

    from playground.guard import guarded

    class Watch(QObject):
        @guarded(default=False)
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if (event.type() == QEvent.Type.Paint and window.boundary_view.heatmap is not None
                    and window.boundary_view.heatmap.size):
                print(f"drawn {time.time():.6f}", flush=True)
                app.quit()
            return False

    window._startup_watch = Watch()
    viewport.installEventFilter(window._startup_watch)


def take_screenshot(app, window, path: str, train_steps: int, timeout: float = 60.0) -> int:
    """Train ``train_steps`` steps in the worker, wait for that frame, save a PNG."""
    if train_steps:
        window.controller.client.step(train_steps)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        frame = window.latest_frame
        if frame is not None and (frame.step >= train_steps or frame.diverged):
            break  # a diverged run stops early: picture it, message and all
        time.sleep(0.01)
    else:
        print("nn-playground: the trainer did not answer in time", file=sys.stderr)
        window.close()
        return 1
    for _ in range(5):  # let the views paint the frame they were given
        app.processEvents()
        time.sleep(0.02)
    ok = window.grab().save(path)
    window.close()
    if not ok:
        print(f"nn-playground: could not write {path}", file=sys.stderr)
        return 1
    print(f"nn-playground: wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
