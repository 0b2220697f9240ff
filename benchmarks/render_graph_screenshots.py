"""Screenshots of the computational-graph view, in the real window, to look at them.

Runs the main window offscreen (with a scratch settings folder, so nothing the
user arranged is touched), maximises the graph dock and saves the view with
``grab()``: the book's apple graphs mid-way and done, a typed expression and a
refused one, the network's own graph for a picked point (every multiply and
add, and layer by layer), the same in Japanese, and in projector mode on a
1024×768 window.

The ``-ja`` pictures use the shipped translation
(``resources/translations/nn_playground_ja.qm``), as the app does.

    .venv/bin/python benchmarks/render_graph_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDockWidget  # noqa: E402
from shot_helpers import ROOT, settle, wait_until  # noqa: E402 (prepares the process)


class Shooter:
    """Drives the window's graph view and saves pictures of it."""

    def __init__(self, app: QApplication, out: Path):
        from playground.main_window import MainWindow

        self.app, self.out = app, out
        self.window = MainWindow()
        self.window.resize(1280, 800)
        self.window.show()
        wait_until(app, lambda: self.window.latest_frame is not None)
        dock = self.window.findChild(QDockWidget, "graphDock")
        dock.show()
        dock.raise_()
        settle(app)
        self.view = self.window.docks.content("graph")
        self.window.docks.toggle_maximized("graph")
        settle(app)

    def save(self, name: str) -> None:
        settle(self.app)
        path = self.out / f"graph-{name}.png"
        self.view.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def book(self, kind: str, forward: int | None = None, backward: int = 0) -> None:
        v = self.view
        v.choose(kind)
        v.reset()
        for _ in range(v.model.n_forward if forward is None else forward):
            v.step_forward()
        for _ in range(backward):
            v.step_backward()

    def expression(self, text: str, run: bool = True) -> None:
        self.view.choose("expression")
        self.view.expression.set_text(text)
        if run and self.view.expression.error is None:
            self.view.run_all()

    def network(self, kind: str, backward: int | None = None) -> None:
        from playground.selection import Pick

        frame = self.window.latest_frame
        selection = self.window.controller.selection
        if selection.pick is None:
            k = 7
            selection.set_pick(Pick(tuple(float(v) for v in frame.x_train[k]), "train", k,
                                    int(frame.t_train[k])))
        self.view.choose(kind)
        wait_until(self.app, lambda: self.view.model is not None
                   and self.view.model.kind == kind)
        self.view.reset()
        self.view.model.forward = self.view.model.n_forward
        for _ in range(self.view.model.n_backward if backward is None else backward):
            self.view.step_backward()

    def train(self, steps: int) -> None:
        step = self.window.latest_frame.step
        self.window.controller.step(steps)
        wait_until(self.app, lambda: self.window.latest_frame.step >= step + steps)

    def close(self) -> None:
        if self.window.docks.maximized is not None:
            self.window.docks.toggle_maximized(self.window.docks.maximized)
        self.window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    shots = Shooter(app, args.out)
    try:
        shots.train(200)
        shots.book("apple", backward=2)
        shots.save("apple-en")
        shots.book("apple_orange", backward=99)
        shots.save("apple-orange-en")
        shots.book("chain", backward=99)
        shots.save("chain-en")
        shots.expression("x=3, y=2: x*y + x^2")
        shots.save("expression-en")
        shots.expression("x=3, y=2: (x+y$)^2", run=False)
        shots.save("expression-error-en")
        shots.network("network_scalars", backward=12)
        shots.save("network-en")
        shots.network("network_layers")
        shots.save("network-layers-en")
        shots.window.set_language("ja")
        shots.book("apple_orange", backward=3)
        shots.save("apple-orange-ja")
        shots.network("network_scalars", backward=12)
        shots.save("network-ja")
        shots.expression("x=3: log(x-3)", run=False)
        shots.save("expression-error-ja")
        shots.window.set_language("en")
        shots.window.docks.toggle_maximized("graph")
        shots.window.resize(1024, 768)
        settle(app)
        shots.window.set_projector_mode(True)
        shots.window.docks.toggle_maximized("graph")
        shots.book("apple_orange", backward=99)
        shots.save("projector-apple-orange")
        shots.network("network_scalars", backward=20)
        shots.save("projector-network")
        shots.window.set_projector_mode(False)
    finally:
        shots.close()


if __name__ == "__main__":
    main()
