"""Render the three views to PNG files (offscreen), to look at them.

For circle, XOR, a 3-class spiral and a regression plane (each trained by the
real training session, as the app would, until the boundary looks learnt),
writes one composite per data set at the size the views get in a 1280×800
window, the same at 1920×1080 in projector style, a hovered-neuron example and
a 10 × 64 network.

    .venv/bin/python benchmarks/render_views_demo.py [--out /tmp/views_demo]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget  # noqa: E402

from playground.views.colors import ViewStyle  # noqa: E402
from playground.views.diagram.network_view import NetworkView  # noqa: E402
from playground.views.loss.loss_view import LossView  # noqa: E402
from playground.views.plane.boundary_view import BoundaryView  # noqa: E402
from tests.playground.frames import make_frame  # noqa: E402

#: make_frame arguments per picture: minibatch steps and settings that make
#: each boundary look learnt in about a second at most.
CASES = {
    "circle": dict(dataset="circle", hidden=(4, 2), train_steps=3000, learning_rate=0.1),
    "xor": dict(dataset="xor", hidden=(4, 2), train_steps=3000, learning_rate=0.1,
                features=("x1", "x2", "x1x2")),
    "spiral3": dict(dataset="spiral", n_classes=3, hidden=(8, 8, 6), train_steps=20000,
                    optimizer="adam", learning_rate=0.01),
    "regression": dict(dataset="reg_plane", hidden=(3,), train_steps=3000),
}


class Composite(QWidget):
    """The three views side by side, roughly as the main window arranges them."""

    def __init__(self, style: ViewStyle):
        super().__init__()
        self.network = NetworkView()
        self.boundary = BoundaryView()
        self.loss = LossView()
        right = QVBoxLayout()
        right.addWidget(self.boundary, 3)
        right.addWidget(self.loss, 2)
        row = QHBoxLayout(self)
        row.addWidget(self.network, 3)
        row.addLayout(right, 2)
        for view in (self.network, self.boundary, self.loss):
            view.set_style(style)

    def set_frame(self, frame) -> None:
        for view in (self.network, self.boundary, self.loss):
            view.set_frame(frame)


def render(app, frame, size, style, path, show_test=True, hover=None) -> None:
    w = Composite(style)
    w.resize(*size)
    w.show()
    w.boundary.set_show_test(show_test)
    w.set_frame(frame)
    app.processEvents()
    if hover is not None:
        w.network.hover_at(w.network.node_center(*hover))
        w.boundary.show_neuron(*hover)
        app.processEvents()
    w.grab().save(str(path))
    w.close()
    w.deleteLater()
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="/tmp/views_demo")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    frames = {}
    for name, kw in CASES.items():
        frames[name] = make_frame(**kw)
        # The views' share of a 1280×800 window (panels take the rest).
        render(app, frames[name], (1000, 560), ViewStyle(), out / f"{name}_1280.png")
        render(app, frames[name], (1500, 860), ViewStyle.projector(),
               out / f"{name}_1920_projector.png")
    # Hovering a hidden neuron, an input feature and an output node.
    render(app, frames["circle"], (1000, 560), ViewStyle(), out / "circle_hover.png",
           hover=(1, 1))
    render(app, frames["xor"], (1000, 560), ViewStyle(), out / "xor_hover_input.png",
           hover=(0, 2))
    render(app, frames["spiral3"], (1000, 560), ViewStyle(), out / "spiral3_hover_output.png",
           hover=(4, 2))
    big = make_frame("spiral", n_classes=5, hidden=(64,) * 10)
    render(app, big, (1000, 560), ViewStyle(), out / "big_10x64_1280.png")
    render(app, big, (1500, 860), ViewStyle.projector(), out / "big_10x64_1920_projector.png")


if __name__ == "__main__":
    main()
