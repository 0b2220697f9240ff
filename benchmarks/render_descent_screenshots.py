"""Screenshots of the descent, optimizers and gradient-check docks (issue 11).

Run from the project root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/render_descent_screenshots.py

Writes ``docs/screenshots/{descent,optimizers,gradcheck}-*.png`` in English,
Japanese and projector mode. The real window trains a little, each dock is
floated at a fixed size and grabbed with ``widget.grab()``. For Japanese the
shipped translation is installed; ``--extra-qm FILE`` adds one more compiled
translation on top (for strings not yet in ``resources/translations``).
"""

from __future__ import annotations

import argparse

from shot_helpers import ROOT, settle, wait_until  # noqa: E402 (prepares the process)

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra-qm", help="a compiled translation to add for Japanese")
    args = parser.parse_args()

    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QDockWidget

    app = QApplication([])
    from playground.main_window import MainWindow
    from playground.selection import Param

    win = MainWindow()
    win.resize(1280, 800)
    win.show()

    wait_until(app, lambda: win.latest_frame is not None)
    win.controller.step(150)
    wait_until(app, lambda: win.latest_frame.step >= 150)

    def dock(name, size):
        d = win.findChild(QDockWidget, f"{name}Dock")
        d.show()
        d.setFloating(True)
        d.resize(*size)
        d.raise_()
        settle(app, 0.3)
        return d, win.docks.content(name)

    descent, dview = dock("descent", (660, 900))
    win.controller.selection.set_selected((1, 0))  # hidden neuron 1: its bias b1[0]
    dview.set_lr(5.0)
    wait_until(app, lambda: dview.slice is not None and dview.slice.step.lr == 5.0)
    dview.choose_second(Param(0, 0, 1))  # W1[1, 0]
    dview.contours.train_only.setChecked(True)
    wait_until(app, lambda: dview.contours.result is not None and dview.contours.result.path is not None)
    optim, oview = dock("optimizers", (760, 620))
    grad, gview = dock("gradcheck", (700, 520))

    def shoot(tag):
        settle(app, 0.3)
        descent.grab().save(str(OUT / f"descent-{tag}.png"))
        oview.tabs.setCurrentIndex(1)
        settle(app, 0.2)
        optim.grab().save(str(OUT / f"optimizers-{tag}.png"))
        oview.tabs.setCurrentIndex(0)
        settle(app, 0.2)
        optim.grab().save(str(OUT / f"optimizers-method-{tag}.png"))
        gview.start()
        wait_until(app, lambda: gview.result is not None)
        grad.grab().save(str(OUT / f"gradcheck-{tag}.png"))

    oview.method.set_rate("10")
    oview.method.numerical.setChecked(True)
    oview.compare.set_step(12)
    shoot("en")
    extras(app, win, descent, dview, grad, gview)

    win.set_language("ja")
    extra = QTranslator(app)
    if args.extra_qm and extra.load(args.extra_qm):
        app.installTranslator(extra)
        win.set_language("ja")  # every view sets its texts again, now with both
    shoot("ja")
    app.removeTranslator(extra)
    win.set_language("en")

    win.set_projector_mode(True)
    for d, size in ((descent, (900, 1100)), (optim, (1100, 860)), (grad, (1000, 760))):
        d.resize(*size)
    shoot("projector")
    win.set_projector_mode(False)
    win.close()


def extras(app, win, descent, dview, grad, gview) -> None:
    """Two more English pictures: a step that overshoots, and a check that fails."""
    from dataclasses import replace

    from engine.network import Network
    from playground.probes import gradient_check
    from playground.worker.session import TrainingSession

    second = dview.second_param
    dview.choose_second(None)
    dview.set_lr(60.0)
    wait_until(app, lambda: dview.slice is not None and dview.slice.step.lr == 60.0)
    descent.grab().save(str(OUT / "descent-overshoot-en.png"))
    dview.set_lr(5.0)
    dview.choose_second(second)
    wait_until(app, lambda: dview.contours.result is not None)

    class BrokenBackward(Network):  # a deliberately wrong ∂L/∂W2, as in the tests
        def backward(self) -> None:
            super().backward()
            self.grads["W2"][...] *= 1.01

    session = TrainingSession(win.state.settings)
    session.step(150)
    broken = BrokenBackward(session.network.spec)
    broken.set_params(session.network.get_params())
    session.network = broken
    job = gradient_check.compute(session, {"seed": 1})
    try:
        while True:
            next(job)
    except StopIteration as stop:
        result = stop.value
    gview.running = True
    gview.set_frame(replace(win.latest_frame, probes={"gradcheck.check": result}))
    settle(app, 0.3)
    grad.grab().save(str(OUT / "gradcheck-fail-en.png"))


if __name__ == "__main__":
    main()
