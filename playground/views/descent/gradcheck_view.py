"""Gradient check (dock ``gradcheck``): numerical gradient against backprop, tensor by tensor.

"Run" asks the worker for the probe ``gradient_check`` (a job, on demand): on a
copy of the current network and the minibatch of the last step, each checked
weight is nudged by ±h and the change of the loss is compared with the
gradient backpropagation computes. A progress bar follows the job; "Cancel"
drops the request, which ends the job. The table shows each tensor's relative
error, coloured pass or fail.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from playground.probes.gradient_check import MAX_PER_TENSOR, THRESHOLD, GradientCheckResult
from playground.views.base import PlaygroundView, ViewContext
from playground.views.colors import INK_HEX
from playground.views.numbers import fmt
from playground.worker.probe_runner import JobProgress, ProbeFailure

PROBE = "gradient_check"
#: Text and background of a passing and of a failing row's verdict.
PASS_COLORS = ("#14623f", "#d3efe1")
FAIL_COLORS = ("#a61b1b", "#f7cdc7")


class GradcheckView(PlaygroundView):
    """Run / Cancel, progress, what the check ran on, the table, and why it works so."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("gradcheckView")
        self.run_count = 0
        self.running = False
        self.result: GradientCheckResult | None = None
        self.cancelled = False
        self.run_button = QPushButton(self, objectName="gradcheckRunButton")
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self, objectName="gradcheckCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self, objectName="gradcheckProgress")
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("gradcheckTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The verdict, what was checked and why, in one box that scrolls on its own:
        # in a small dock the table keeps its room and no sentence is cut off.
        self.summary = self.batch = self.explanation = ""
        self.note = QTextBrowser(self, objectName="gradcheckNote")
        self.note.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.note.viewport().setAutoFillBackground(False)
        for button in (self.run_button, self.cancel_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.note, 2)
        self._show_state()
        self.set_style(context.style)
        self.retranslate()

    # -- running ----------------------------------------------------------------------
    def start(self) -> None:
        """Run the check (again) on the current network."""
        self.run_count += 1
        self.running, self.cancelled = True, False
        self.result = None
        self.table.setRowCount(0)
        self.progress.setRange(0, 0)  # busy until the first progress arrives
        self._show_state()
        self._fill()
        self.probesChanged.emit()

    def cancel(self) -> None:
        """Stop the check: the request is dropped, and with it the job in the worker."""
        if self.running:
            self.running, self.cancelled = False, True
            self._show_state()
            self._fill()
            self.probesChanged.emit()

    def probe_requests(self) -> dict:
        if not self.running:
            return {}
        return {"check": (PROBE, {"run": self.run_count, "seed": self.run_count})}

    def set_frame(self, frame) -> None:
        if not self.running:
            return
        got = frame.probes.get(self.context.probe_key("check"))
        if isinstance(got, JobProgress):
            if got.total:
                self.progress.setRange(0, got.total)
                self.progress.setValue(got.done)
        elif isinstance(got, GradientCheckResult):
            self.result, self.running = got, False
            self._show_state()
            self._fill()
            self.probesChanged.emit()  # done: the request can go
        elif isinstance(got, ProbeFailure):
            self.running = False
            self._show_state()
            self.summary = self.tr("The check could not be run.")
            self._show_words()
            self.probesChanged.emit()

    def _show_state(self) -> None:
        self.run_button.setEnabled(not self.running)
        self.cancel_button.setEnabled(self.running)
        self.progress.setVisible(self.running)

    # -- look and words -----------------------------------------------------------------
    def set_style(self, style) -> None:
        font = style.font()
        for w in (self.note, self.table):
            w.setFont(font)
        self.table.horizontalHeader().setFont(font)
        line = self.note.fontMetrics().height()
        self.table.setMinimumHeight(line * 6)
        self.note.setMinimumHeight(line * 3)

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Run the check"))
        self.run_button.setToolTip(self.tr(
            "Compare the numerical gradient with backpropagation on the current network."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the check that is running."))
        self.progress.setAccessibleName(self.tr("Progress of the gradient check"))
        self.progress.setFormat(self.tr("%v of %m weights"))
        self.table.setAccessibleName(self.tr("Gradient check per parameter tensor"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Tensor"), self.tr("Shape"), self.tr("Checked"), self.tr("Worst entry"),
            self.tr("Numerical"), self.tr("Backprop"), self.tr("Relative error"),
            self.tr("Result")])
        self.table.horizontalHeaderItem(4).setToolTip(self.tr(
            "The numerical gradient (f(w + h) − f(w − h)) / 2h at the worst entry."))
        self.table.horizontalHeaderItem(5).setToolTip(self.tr(
            "The gradient from backpropagation at the same entry."))
        self.explanation = (self.tr(
            "The numerical gradient nudges each weight by ±h (h = %1) and measures how the "
            "loss changes: two loss evaluations per weight, so it is far too slow for "
            "training (backpropagation gets every gradient in one backward pass) but simple "
            "enough to trust. The relative error |n − b| / (|n| + |b|) is used because "
            "gradients range over many orders of magnitude; a correct backward pass gives "
            "about 1e−8 or less, and the check passes at %2 or less. Tensors with more than "
            "%3 entries are checked on a random sample of %3. As the book warns: near a ReLU "
            "kink (a ≈ 0) the numerical derivative itself is wrong, a false alarm; and with "
            "batch norm use more than one point, because with one every gradient before it is "
            "exactly 0 and the check passes trivially.")
            .replace("%1", "1e−4").replace("%2", fmt(THRESHOLD))
            .replace("%3", str(MAX_PER_TENSOR)))
        self._fill()

    def _fill(self) -> None:
        r = self.result
        if r is None:
            self.batch = self.tr("Press “Run the check” to compare the two gradients.")
            self.summary = (self.tr("Checking…") if self.running
                            else self.tr("Cancelled.") if self.cancelled else "")
            self._show_words()
            return
        if r.source == "last_batch":
            self.batch = (self.tr("On the minibatch of the last training step (%1 points), "
                                  "with the weights after step %2.")
                          .replace("%1", str(r.n_samples)).replace("%2", str(r.step)))
        else:
            self.batch = (self.tr(
                "On the first %1 training points (as many as the batch size), with the weights "
                "after step %2: the minibatch of the last step is not available.")
                .replace("%1", str(r.n_samples)).replace("%2", str(r.step)))
        report = r.report
        self.table.setRowCount(len(report.tensors))
        for i, (check, size) in enumerate(zip(report.tensors, r.sizes, strict=False)):
            checked = (self.tr("all %1").replace("%1", str(size)) if check.checked >= size
                       else self.tr("%1 of %2").replace("%1", str(check.checked))
                       .replace("%2", str(size)))
            cells = (check.name, " × ".join(str(n) for n in check.shape), checked,
                     f"[{', '.join(str(k) for k in check.worst_index)}]",
                     fmt(check.worst_numerical), fmt(check.worst_backprop),
                     fmt(check.relative_error),
                     self.tr("pass") if check.passed else self.tr("fail"))
            fg, bg = PASS_COLORS if check.passed else FAIL_COLORS
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if j >= 6:
                    item.setForeground(QBrush(QColor(fg)))
                    item.setBackground(QBrush(QColor(bg)))
                self.table.setItem(i, j, item)
        self.summary = self._summary_text(r)
        self._show_words()

    def _show_words(self) -> None:
        r = self.result
        color = INK_HEX
        if r is not None and not self.running:
            color = PASS_COLORS[0] if r.report.passed else FAIL_COLORS[0]
        parts = [f'<b style="color:{color}">{html.escape(self.summary)}</b>'] if self.summary \
            else []
        parts += [html.escape(self.batch), html.escape(self.explanation)]
        self.note.setHtml("".join(f"<p>{p}</p>" for p in parts if p))

    def _summary_text(self, r: GradientCheckResult) -> str:
        report = r.report
        failed = [c for c in report.tensors if not c.passed]
        worst = max((c.relative_error for c in report.tensors), default=0.0)
        if not failed:
            text = self.tr("All %1 tensors pass: backpropagation agrees with the numerical "
                           "gradient (largest relative error %2).")
        else:
            text = self.tr("%3 of %1 tensors fail (largest relative error %2): backpropagation "
                           "and the numerical gradient disagree there.")
        text = (text.replace("%1", str(len(report.tensors))).replace("%2", fmt(worst))
                .replace("%3", str(len(failed))))
        if failed and "relu" in r.activations:
            text += " " + self.tr("With ReLU a point near the kink can cause this: run again "
                                  "after a step to see whether it stays.")
        if r.batchnorm and r.n_samples == 1:
            text += " " + self.tr("Careful: one point with batch norm passes trivially.")
        return text
