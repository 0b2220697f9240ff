"""Screenshots of lessons in progress, in the real window, to look at them.

Runs the main window offscreen with a scratch settings folder (nothing the user
arranged is touched), starts a lesson, plays its steps' "show me" up to a step
and saves ``window.grab()``: the first-run welcome, lesson 1 (the perceptron by
hand) and lesson 2 (XOR learnt once a hidden layer is added) in English and in
Japanese, and lesson 6 (a learning rate that blows up) in projector mode on a
1024×768 window.

The lesson files carry their own Japanese; the panel, the Perceptron view and
the welcome card speak it through the shipped translation
(``resources/translations/nn_playground_ja.qm``), as the app does.

    .venv/bin/python benchmarks/render_lesson_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication  # noqa: E402
from shot_helpers import ROOT, settle, wait_until  # noqa: E402 (prepares the process)


class Shooter:
    """One window, driven through lessons, saved as pictures."""

    def __init__(self, app: QApplication, out: Path, size=(1280, 800), projector=False):
        from playground.main_window import MainWindow

        # A scratch settings folder per window: nothing arranged by the last one carries over.
        os.environ["NN_PLAYGROUND_CONFIG"] = tempfile.mkdtemp(prefix="nn-playground-shots-")
        self.app, self.out = app, out
        self.window = MainWindow()
        self.window.resize(*size)
        self.window.show()
        wait_until(app, lambda: self.window.latest_frame is not None)
        if projector:
            self.window.set_projector_mode(True)
        settle(app)

    def japanese(self, on: bool) -> None:
        w = self.window
        w.set_language("ja" if on else "en")
        w.lessons.retranslate()  # the Help menu and the welcome card follow LanguageChange
        settle(self.app, 0.1)

    def lesson(self, number: int, steps: int, speed_max: bool = True) -> None:
        """Start lesson ``number`` and play its first ``steps`` steps' solutions."""
        panel = self.window.lessons.open(number)
        session = panel.session
        session.runner.delay_ms = 0
        session.start(session.find(session.lesson.id), restart=True)
        if speed_max:
            self.window.state.update(speed=6)
        settle(self.app)
        for _ in range(steps):
            step = session.step
            if step.show_me:
                session.show_me()
                wait_until(self.app, lambda: not session.runner.busy)
            if step.check is not None:
                wait_until(self.app, lambda: session.met)
            self.window.controller.set_playing(False)
            session.next()
            settle(self.app, 0.2)
        self.panel = panel

    def show_me_now(self) -> None:
        session = self.panel.session
        session.show_me()
        wait_until(self.app, lambda: not session.runner.busy)
        if session.step.check is not None:
            wait_until(self.app, lambda: session.met)
        self.window.controller.set_playing(False)

    def save(self, name: str) -> None:
        settle(self.app, 0.6)
        path = self.out / f"lesson-{name}.png"
        self.window.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def close(self) -> None:
        self.window.close()
        settle(self.app, 0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)

    shots = Shooter(app, args.out)
    wait_until(app, lambda: shots.window.lessons.welcome is not None)
    shots.save("welcome-en")
    shots.lesson(1, 2)           # the AND button done; now: make OR with the bias
    shots.save("perceptron-en")
    shots.japanese(True)
    shots.save("perceptron-ja")
    shots.japanese(False)
    shots.lesson(2, 4)           # the hidden layer added; now: 4 neurons, train
    shots.show_me_now()
    shots.save("xor-en")
    shots.japanese(True)
    shots.save("xor-ja")
    shots.japanese(False)
    shots.lesson(9, 1)           # SGD trained; now: Momentum at learning rate 0.01
    shots.show_me_now()
    shots.save("momentum-en")
    shots.japanese(True)
    shots.save("momentum-ja")
    shots.japanese(False)
    shots.close()

    shots = Shooter(app, args.out, size=(1024, 768), projector=True)
    shots.lesson(6, 3)           # trained; now: a learning rate of 10
    shots.show_me_now()
    shots.save("projector-1024x768")
    shots.close()


if __name__ == "__main__":
    main()
