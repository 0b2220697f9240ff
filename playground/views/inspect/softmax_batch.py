"""The softmax view's tab "Last minibatch": where the loss chart's number for a step comes from.

A training step computes one loss: the mean of its minibatch's per-sample
losses, plus the L1/L2 penalty when there is one, with the weights the step
started from (the update follows). This tab lists the samples of the last
step (probe ``batch_trace``) with each one's loss then and now (after the
update and any edit), their means, the penalty on its own line, and the sum,
which is the loss chart's point for that step.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground import catalogue
from playground.views.colors import MUTED_HEX, ViewStyle
from playground.views.numbers import fmt

#: Table columns: sample, input, target, y of the target, loss at the step, loss now.
COLUMNS = 6


class BatchTab(QWidget):
    """Per-sample losses of the last minibatch, their mean, the penalty and the step's loss.

    Attributes
    ----------
    shown : dict
        ``losses`` (N,) at the step, ``mean``, ``penalty``, ``total`` (the step's
        loss), ``step``, ``losses_now`` (N,); empty while there is nothing to show.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("softmaxBatchTab")
        self.shown: dict = {}
        self._result = None
        self._history = None
        self.heading = self._label("batchHeading")
        self.message = self._label("batchMessage")
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("softmaxBatchTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.meanLine = self._label("batchMean")
        self.penaltyLine = self._label("batchPenalty")
        self.totalLine = self._label("batchTotal")
        self.chartLine = self._label("batchChart", muted=True)
        self.nowLine = self._label("batchNow", muted=True)
        self.note = self._label("batchNote", muted=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for w in (self.heading, self.message, self.table, self.meanLine, self.penaltyLine,
                  self.totalLine, self.chartLine, self.nowLine, self.note):
            layout.addWidget(w, 1 if w is self.table else 0)
        self._style = ViewStyle()

    def _label(self, name: str, muted: bool = False) -> QLabel:
        label = QLabel(self, objectName=name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if muted:
            label.setStyleSheet(f"color: {MUTED_HEX}")
        return label

    def set_result(self, result, history) -> None:
        """A ``BatchTrace`` (or ``NoBatch``, a failure) and the frame's loss history."""
        self._result = result
        self._history = history
        self.render()

    def set_style(self, style: ViewStyle) -> None:
        self._style = style
        for label in self.findChildren(QLabel):
            label.setFont(style.font())
        self.heading.setFont(style.font(1.1, bold=True))
        self.totalLine.setFont(style.font(1.2))
        self.table.setFont(style.font())
        self.table.horizontalHeader().setFont(style.font())
        self.table.verticalHeader().setDefaultSectionSize(int(style.font_pt * 2.6))
        self.render()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("sample"), self.tr("input"), self.tr("target t"), self.tr("y of the target"),
            self.tr("loss at the step"), self.tr("loss now")])
        self.table.setAccessibleName(self.tr("Losses of the last minibatch"))
        self.render()

    # -- showing --------------------------------------------------------------------------
    def render(self) -> None:
        result = self._result
        self.shown = {}
        if result is None:
            return self._say(self.tr("Working it out…"))
        if not hasattr(result, "trace"):
            reason = getattr(result, "reason", "")
            if reason == "no step":
                return self._say(self.tr("No training step yet: press Step (or Play) and the "
                                         "minibatch it used appears here."))
            return self._say(self.tr("These numbers could not be computed."))
        self.message.hide()
        at_step = result.trace_at_step
        used = at_step if at_step is not None else result.trace
        out, now = used.output, result.trace.output
        n = len(out.losses)
        classification = out.kind == "softmax_cross_entropy"
        self.heading.setText(self.tr("Step %1 trained on a minibatch of %2 samples")
                             .replace("%1", str(result.step)).replace("%2", str(n)))
        self._fill_table(result, out, now, classification)
        mean, penalty = float(out.losses.mean()), float(used.penalty)
        total = mean + penalty
        name = (self.tr("cross-entropy error") if classification
                else self.tr("squared error"))
        self.meanLine.setText(self.tr("Mean of the %1 losses (%2): %3").replace("%1", str(n))
                              .replace("%2", name).replace("%3", fmt(mean)))
        self.penaltyLine.setText(self._penalty_text(used, penalty))
        self.totalLine.setText(self.tr("Loss of step %1 = %2 + %3 = <b>%4</b>")
                               .replace("%1", str(result.step)).replace("%2", fmt(mean))
                               .replace("%3", fmt(penalty)).replace("%4", fmt(total)))
        chart = self._chart_loss(result.step)
        self.chartLine.setVisible(chart is not None)
        if chart is not None:
            self.chartLine.setText(self.tr("The loss chart shows %1 for step %2.")
                                   .replace("%1", fmt(chart)).replace("%2", str(result.step)))
        mean_now = float(now.losses.mean())
        self.nowLine.setText(self.tr(
            "With the weights now (after the step's update and any edit) the same samples "
            "have a mean loss of %1.").replace("%1", fmt(mean_now)))
        notes = []
        if at_step is None:
            notes.append(self.tr("The weights this step started from are gone (training "
                                 "went back after a problem): both columns use the weights "
                                 "now."))
        if result.training_differs:
            notes.append(self.tr("The step itself ran in training mode (dropout, batch "
                                 "statistics), so its loss differs a little from these "
                                 "evaluation-mode numbers."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        for w in (self.heading, self.table, self.meanLine, self.penaltyLine, self.totalLine,
                  self.nowLine):
            w.show()
        self.shown = {"losses": out.losses.copy(), "mean": mean, "penalty": penalty,
                      "total": total, "step": result.step, "losses_now": now.losses.copy()}

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        for w in (self.heading, self.table, self.meanLine, self.penaltyLine, self.totalLine,
                  self.chartLine, self.nowLine, self.note):
            w.hide()

    def _fill_table(self, result, out, now, classification: bool) -> None:
        n = len(out.losses)
        table = self.table
        table.setRowCount(n)
        t = result.t
        for i in range(n):
            point = "(" + ", ".join(fmt(v) for v in result.x_raw[i]) + ")"
            if classification:
                k = int(t[i])
                target, y_t = str(k), fmt(out.y[i, k])
            else:
                target, y_t = fmt(float(np.ravel(t)[i])), fmt(out.y[i, 0])
            cells = (str(i + 1), point, target, y_t, fmt(out.losses[i]), fmt(now.losses[i]))
            for j, text in enumerate(cells):
                item = table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(i, j, item)
                item.setText(text)

    def _penalty_text(self, trace, penalty: float) -> str:
        reg = trace.regularization
        if reg == "none":
            return self.tr("+ penalty: none (no regularisation), 0")
        from PySide6.QtCore import QCoreApplication

        name = QCoreApplication.translate(catalogue.CONTEXT, catalogue.label(
            "regularization", reg))
        formula = "½λ·ΣW²" if reg == "l2" else "λ·Σ|W|"
        return (self.tr("+ penalty (%1, λ = %2): %3 = %4").replace("%1", name)
                .replace("%2", fmt(trace.reg_rate)).replace("%3", formula)
                .replace("%4", fmt(penalty)))

    def _chart_loss(self, step: int) -> float | None:
        """The loss history's value for ``step``, if the (decimated) history kept it."""
        h = self._history
        if h is None or not len(getattr(h, "step", ())):
            return None
        hits = np.flatnonzero(h.step == step)
        if not len(hits):
            return None
        value = float(h.step_loss[hits[-1]])
        return value if math.isfinite(value) else None
