"""Softmax and loss: the probabilities are the engine's, sum to 1, and give its loss;
a location waits for its target; the last minibatch adds up to the step's loss."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from playground.probes import batch_trace
from playground.selection import Param, Pick
from playground.views.colors import ViewStyle
from playground.views.inspect.softmax_batch import BatchTab
from playground.views.numbers import fmt
from tests.playground.conftest import wait_for_frame
from tests.playground.engine_twin import data_pick, show_dock, twin
from tests.playground.frames import make_session


@pytest.fixture
def window(window):
    """The shared window, put back to the default arrangement afterwards: the docks
    shown, floated or resized here must not become the next test's remembered layout."""
    yield window
    window.reset_arrangement()


def shown_for(window, qtbot, pick: Pick, step: int | None = None):
    """Pick and wait until "This point" shows that pick (at ``step``, if given)."""
    view = show_dock(window, qtbot, "softmax")
    window.controller.selection.set_pick(pick)

    def ready():
        r = view.point._result
        return bool(view.point.shown and tuple(r.xy) == pick.xy and r.label == pick.label
                and (step is None or r.step == step))

    qtbot.waitUntil(ready, timeout=15000)
    return view


def test_probabilities_are_the_engines_and_the_loss_is_its_evaluate(window, qtbot):
    window.controller.step(60)
    frame = wait_for_frame(qtbot, window, lambda f: f.step >= 60)
    for index in (0, 7):
        pick = data_pick(window, index)
        view = shown_for(window, qtbot, pick, frame.step)
        net, x = twin(window, pick)
        y = view.point.shown["y"]
        assert np.allclose(y, net.predict(x)[0], rtol=0, atol=1e-12)
        assert abs(y.sum() - 1.0) < 1e-12
        assert view.point.shown["predicted"] == int(np.argmax(net.predict(x)[0]))
        loss, _acc = net.evaluate(x, np.array([pick.label]))
        assert abs(view.point.shown["loss"] - loss) < 1e-12
        # On screen, in the one number format.
        rows = view.point.rows.texts()
        assert [r[3] for r in rows] == [fmt(v) for v in y]
        assert [r[4] for r in rows] == ["1" if k == pick.label else "0" for k in range(2)]
        line = view.findChild(QLabel, "softmaxLoss").text()
        assert line.endswith(f"<b>{fmt(loss)}</b>") and fmt(y[pick.label]) in line
        assert fmt(net.forward_trace(x)[-1][0][0].max()) in view.point.safety.text()


def test_a_location_gets_its_loss_once_a_target_class_is_chosen(window, qtbot):
    location = Pick((0.5, -1.25))
    view = shown_for(window, qtbot, location)
    combo = view.findChild(QComboBox, "softmaxTargetCombo")
    assert combo.isVisibleTo(view) and combo.currentIndex() == 0
    assert view.point.shown["loss"] is None
    assert not view.point.lossLine.isVisibleTo(view)
    combo.setCurrentIndex(2)  # class 1
    combo.activated.emit(2)
    assert window.controller.selection.pick.label == 1
    labelled = window.controller.selection.pick
    view = shown_for(window, qtbot, labelled)
    net, x = twin(window, labelled)
    assert abs(view.point.shown["loss"] - net.evaluate(x, np.array([1]))[0]) < 1e-12
    assert view.point.lossLine.isVisibleTo(view) and combo.currentIndex() == 2


def test_edits_and_steps_change_the_numbers_while_paused(window, qtbot):
    pick = data_pick(window, 3)
    view = shown_for(window, qtbot, pick)
    before = view.point.shown["y"].copy()
    window.controller.edit_param(Param(2, 1), 3.0)  # the bias of output class 1
    qtbot.waitUntil(lambda: not np.array_equal(view.point.shown.get("y", before), before),
                    timeout=15000)
    net, x = twin(window, pick)
    assert np.allclose(view.point.shown["y"], net.predict(x)[0], rtol=0, atol=1e-12)
    step = view.point._result.step
    window.controller.step(1)
    qtbot.waitUntil(lambda: view.point._result.step == step + 1, timeout=15000)
    net, x = twin(window, pick)
    assert abs(view.point.shown["loss"] - net.evaluate(x, np.array([pick.label]))[0]) < 1e-12


def test_regression_shows_y_t_and_the_squared_error(window, qtbot):
    window.state.update(dataset="reg_plane")
    wait_for_frame(qtbot, window, lambda f: not f.is_classification)
    pick = data_pick(window, 2)
    view = shown_for(window, qtbot, pick)
    net, x = twin(window, pick)
    y = float(net.predict(x)[0, 0])
    assert abs(view.point.shown["y"][0] - y) < 1e-12
    assert abs(view.point.shown["loss"] - 0.5 * (y - pick.label) ** 2) < 1e-12
    assert abs(view.point.shown["loss"] - net.evaluate(x, np.array([pick.label]))[0]) < 1e-12
    assert not view.point.rows.isVisibleTo(view)


def test_the_batch_probe_adds_up_to_the_steps_loss():
    """In-process: the minibatch's mean loss plus the penalty is what the step recorded."""
    session = make_session("circle", batch_size=10, regularization="l2", reg_rate=0.003)
    assert batch_trace.compute(session, {}) == batch_trace.NoBatch("no step", 0)
    session.step(3)
    result = batch_trace.compute(session, {})
    history = session.trainer.history.as_arrays()
    assert result.step == 3 == int(history.step[-1])
    at_step = result.trace_at_step
    assert abs(at_step.output.losses.mean() + at_step.penalty - history.step_loss[-1]) < 1e-12
    assert at_step.penalty > 0 and result.trace.output.loss < at_step.output.loss
    assert result.x_raw.shape == (10, 2)
    rows = {tuple(r) for r in session.xy_train}
    assert all(tuple(r) in rows for r in result.x_raw)


def test_the_minibatch_tab_lists_the_last_steps_losses(window, qtbot):
    view = show_dock(window, qtbot, "softmax")
    view.tabs.setCurrentWidget(view.batch)
    qtbot.waitUntil(lambda: view.batch._result is not None, timeout=15000)
    assert "No training step yet" in view.batch.message.text()
    window.controller.step(4)
    qtbot.waitUntil(lambda: view.batch.shown.get("step") == 4, timeout=15000)
    frame = window.latest_frame
    shown = view.batch.shown
    assert abs(shown["total"] - frame.history.step_loss[-1]) < 1e-12
    assert abs(shown["mean"] - shown["losses"].mean()) < 1e-15
    assert view.batch.table.rowCount() == window.state.settings.batch_size
    assert f"<b>{fmt(shown['total'])}</b>" in view.batch.totalLine.text()


def batch_result(reg_rate: float = 0.003):
    """A real last-minibatch result, made in-process from a session."""
    session = make_session("circle", batch_size=10, regularization="l2", reg_rate=reg_rate)
    session.step(5)
    return session, batch_trace.compute(session, {})


def test_the_minibatch_tab_adds_its_losses_and_the_penalty(qtbot, tmp_path):
    session, result = batch_result()
    tab = BatchTab()
    qtbot.addWidget(tab)
    tab.set_style(ViewStyle())
    tab.retranslate()
    history = session.trainer.history.as_arrays()
    tab.set_result(result, history)
    tab.resize(620, 520)
    tab.show()
    at_step = result.trace_at_step
    shown = tab.shown
    assert np.array_equal(shown["losses"], at_step.output.losses)
    assert abs(shown["total"] - (at_step.output.losses.mean() + at_step.penalty)) < 1e-15
    assert tab.table.rowCount() == 10
    assert [tab.table.item(i, 4).text() for i in range(10)] == [
        fmt(v) for v in at_step.output.losses]
    assert fmt(at_step.penalty) in tab.penaltyLine.text() and "λ" in tab.penaltyLine.text()
    assert tab.totalLine.text().endswith(f"<b>{fmt(shown['total'])}</b>")
    assert fmt(result.trace.output.losses.mean()) in tab.nowLine.text()
    assert fmt(history.step_loss[-1]) == fmt(shown["total"]), "the loss chart's number"
    assert fmt(shown["total"]) in tab.chartLine.text()
    out = Path(os.environ.get("NN_PLAYGROUND_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    assert tab.grab().save(str(out / "softmax-batch-en.png"))
    tab.set_style(ViewStyle.projector())
    tab.resize(900, 760)
    qtbot.wait(50)
    assert tab.grab().save(str(out / "softmax-batch-projector.png"))
