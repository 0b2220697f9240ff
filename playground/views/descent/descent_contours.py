"""The descent view's second part: contour lines of the loss over two weights.

Shown when a second weight is chosen. The slice is a job in the worker (probe
``loss_contours``): asked for once per pair and option, with a progress bar
while it runs; "Compute again" asks anew (the network moves on while it
trains). The option "Train only these two weights" adds the path of a copy on
which only these two are trained, which truly follows the contours; without it
the note says why real training leaves them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground.catalogue import label
from playground.views.colors import ViewStyle
from playground.views.descent.descent_plots import ContourPlot
from playground.views.numbers import fmt
from playground.views.plot_kit import WrappedLabel

PROBE = "loss_contours"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ContourPanel(QWidget):
    """Options, progress, the contour plot and its note.

    Signals
    -------
    requestChanged()
        The panel wants its probe asked again (or dropped).
    """

    requestChanged = Signal()

    def __init__(self, style: ViewStyle, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("descentContourBox")
        self.wanted = False  # a request should be in the worker
        self.run = 0
        self.result = None
        self.pair = None  # ((name, index), (name, index)) of the request
        self.shown_pair = None  # the two Params the panel is about
        self.names = ("", "")
        self.frame_step = None
        self.train_only = QCheckBox(self, objectName="descentTrainOnlyCheck")
        self.train_only.toggled.connect(lambda _on: self.ask())
        self.steps = QSpinBox(self, objectName="descentPathStepsSpin")
        self.steps.setRange(1, 5000)
        self.steps.setValue(100)
        self.steps.editingFinished.connect(self._steps_changed)
        self.steps_label = QLabel(self)
        self.again = QPushButton(self, objectName="descentRecomputeButton")
        self.again.clicked.connect(self.ask)
        self.progress = QProgressBar(self, objectName="descentContourProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.plot = ContourPlot(self, style)
        self.note = WrappedLabel(self, objectName="descentContourNote")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.train_only)
        row.addWidget(self.steps_label)
        row.addWidget(self.steps)
        row.addStretch(1)
        row.addWidget(self.again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.plot.widget, 1)
        layout.addWidget(self.note)
        self._last_steps = self.steps.value()
        self.retranslate()

    # -- requests -------------------------------------------------------------
    def ask(self) -> None:
        """Compute the contours (again)."""
        self.run += 1
        self.wanted = True
        self.requestChanged.emit()

    def _steps_changed(self) -> None:
        if self.steps.value() != self._last_steps:
            self._last_steps = self.steps.value()
            if self.train_only.isChecked():
                self.ask()

    def params(self, a, b, lr: float) -> dict:
        """The probe's parameters for entries ``a`` and ``b`` (``(name, index)``)."""
        self.pair = (a, b)
        return {"a": [a[0], list(a[1])], "b": [b[0], list(b[1])], "lr": float(lr),
                "train_only": self.train_only.isChecked(), "steps": self.steps.value(),
                "run": self.run}

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.progress.show()

    def take(self, result) -> bool:
        """A finished slice; True if it is the one asked for (the request can go)."""
        if (result.a, result.b) != self.pair:
            return False
        self.result = result
        self.wanted = False
        self.progress.hide()
        self.plot.show(result)
        self._fill_note()
        return True

    def failed(self) -> None:
        self.wanted = False
        self.progress.hide()
        self.note.setText(self.tr("These contours could not be computed."))

    def set_frame_step(self, step: int) -> None:
        if step != self.frame_step:
            self.frame_step = step
            self._fill_note()

    # -- look and words --------------------------------------------------------
    def set_style(self, style: ViewStyle) -> None:
        self.plot.set_style(style)

    def set_names(self, a: str, b: str) -> None:
        self.names = (a, b)
        self.plot.set_labels(left=b, bottom=a)

    def retranslate(self) -> None:
        self.train_only.setText(self.tr("Train only these two weights"))
        self.train_only.setToolTip(self.tr(
            "Train a copy of the network in which only these two weights may move, on all "
            "training points at once: every step goes downhill on exactly the surface "
            "drawn here, so the path follows its contour lines."))
        self.steps_label.setText(self.tr("updates:"))
        self.steps.setAccessibleName(self.tr("Number of updates of the path"))
        self.again.setText(self.tr("Compute again"))
        self.again.setToolTip(self.tr(
            "The contours are a snapshot: compute them again around the current weights."))
        self.progress.setAccessibleName(self.tr("Progress of the contour computation"))
        self.progress.setFormat(self.tr("%v of %m rows"))
        self.plot.widget.setAccessibleName(self.tr("Contour lines of the loss over two weights"))
        self._fill_note()

    def _fill_note(self) -> None:
        c = self.result
        if c is None:
            self.note.setText(self.tr(
                "Contour lines of the loss over the two weights, every other weight fixed: "
                "50 × 50 = 2 500 losses on the whole training set, computed in the background."))
            return
        a, b = self.names
        parts = [self.tr(
            "Contour lines of L over %1 and %2, every other weight fixed (black dot: now; "
            "dashed: the contour through it).").replace("%1", a).replace("%2", b)]
        if c.path is None:
            parts.append(self.tr(
                "During normal training the other weights move too, so the surface under "
                "these two changes at every step and the real path leaves these contours."))
        else:
            parts.append(self.tr(
                "Blue: %1 updates of only these two weights (%2 with η = %3 on all %4 "
                "training points, on a copy of the network). Nothing else moves, so each "
                "step goes downhill on exactly this surface.")
                .replace("%1", str(len(c.path) - 1)).replace("%2", label("optimizer", c.optimizer, translate))
                .replace("%3", fmt(c.lr)).replace("%4", str(c.n_points)))
            if c.diverged:
                parts.append(self.tr("The loss became infinite: the path diverged and stopped."))
        if self.frame_step is not None and self.frame_step != c.step_count:
            parts.append(self.tr("Computed at step %1; the network is now at step %2: press "
                                 "“Compute again”.").replace("%1", str(c.step_count))
                         .replace("%2", str(self.frame_step)))
        self.note.setText(" ".join(parts))
