"""The softmax view's tab "This point": scores → softmax → probabilities → loss, with numbers.

For the picked point it lists the output scores ``a_k``, ``exp(a_k − max a)``
(the book subtracts the largest score first so that ``exp`` cannot overflow;
it cancels out in the fraction), their sum, the probabilities ``y_k`` as bars,
the predicted class (the largest ``y_k``), the one-hot target ``t_k`` and the
cross-entropy error ``E = −Σ t_k log y_k = −log y_t``. A regression output
shows ``y``, ``t`` and ``½(y − t)²``. A picked location has no label: the
learner chooses its target class here, and the loss appears once there is one.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from playground.views.colors import MUTED_HEX, ViewStyle
from playground.views.inspect import picked_point
from playground.views.inspect.neuron_numbers import subscript
from playground.views.inspect.softmax_bars import SoftmaxRows
from playground.views.numbers import fmt, fmt_signed, parse_number


class PointTab(QWidget):
    """The output step and the loss of the picked point.

    Attributes
    ----------
    shown : dict
        What is on screen now: ``y`` (K,), ``predicted``, ``loss`` (None without
        a target); empty while there is nothing to show.
    """

    def __init__(self, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("softmaxPointTab")
        self.selection = selection
        self.shown: dict = {}
        self._result = None
        self._classification = True
        self._n_classes = 2
        label = self._label
        self.pickLabel = label("softmaxPick", muted=True)
        self.message = label("softmaxMessage")
        self.scoresHeading = label("softmaxHeading", heading=True)
        self.rows = SoftmaxRows(self)
        self.sumLine = label("softmaxSum")
        self.safety = label("softmaxSafety", muted=True)
        self.predicted = label("softmaxPredicted")
        self.targetLabel = label("softmaxTargetLabel")
        self.targetLabel.setWordWrap(False)  # beside the chooser: one line, not a column
        self.targetCombo = QComboBox(self, objectName="softmaxTargetCombo")
        self.targetCombo.activated.connect(self._on_target_class)
        self.targetEdit = QLineEdit(self, objectName="softmaxTargetEdit")
        self.targetEdit.returnPressed.connect(self._on_target_value)
        self.lossHeading = label("softmaxLossHeading", heading=True)
        self.lossLine = label("softmaxLoss")
        self.lossNote = label("softmaxLossNote", muted=True)
        target_row = QHBoxLayout()
        target_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.targetLabel, self.targetCombo, self.targetEdit):
            target_row.addWidget(w)
        target_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for w in (self.pickLabel, self.message, self.scoresHeading, self.rows, self.sumLine,
                  self.safety, self.predicted):
            layout.addWidget(w)
        layout.addLayout(target_row)
        for w in (self.lossHeading, self.lossLine, self.lossNote):
            layout.addWidget(w)
        layout.addStretch(1)
        self._style = ViewStyle()

    def _label(self, name: str, muted: bool = False, heading: bool = False) -> QLabel:
        label = QLabel(self, objectName=name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setProperty("heading", heading)
        if muted:
            label.setStyleSheet(f"color: {MUTED_HEX}")
        return label

    # -- from the view ---------------------------------------------------------------
    def set_result(self, result, classification: bool, n_classes: int) -> None:
        self._result = result
        self._classification = classification
        self._n_classes = n_classes
        self.render()

    def set_style(self, style: ViewStyle) -> None:
        self._style = style
        for label in self.findChildren(QLabel):
            if label.parent() is self:
                label.setFont(style.font(1.1, bold=True) if label.property("heading")
                              else style.font())
        for label in (self.sumLine, self.predicted, self.lossLine):
            label.setFont(style.font(1.2))
        for w in (self.targetCombo, self.targetEdit):
            w.setFont(style.font())
        self.targetEdit.setMaximumWidth(int(style.font_pt * 9))
        self.rows.set_style(style)
        self.render()

    def retranslate(self) -> None:
        self.rows.set_headers((self.tr("class"), self.tr("score aₖ"), self.tr("exp(aₖ − max a)"),
                               self.tr("probability yₖ"), "", self.tr("target tₖ")))
        self.targetCombo.setAccessibleName(self.tr("Target class"))
        self.targetCombo.setToolTip(self.tr("The class this location should belong to: "
                                            "the loss measures how far the output is from it."))
        self.targetEdit.setAccessibleName(self.tr("Target value"))
        self.targetEdit.setToolTip(self.tr("Type the value this location should have and "
                                           "press Enter."))
        self.render()

    # -- the target of a location ------------------------------------------------------------
    def _on_target_class(self, row: int) -> None:
        self.selection.set_pick_label(self.targetCombo.itemData(row))

    def _on_target_value(self) -> None:
        value = parse_number(self.targetEdit.text())
        if value is not None:
            self.selection.set_pick_label(value)

    def _fill_target_chooser(self, pick) -> None:
        location = not pick.is_data_point
        self.targetCombo.setVisible(location and self._classification)
        self.targetEdit.setVisible(location and not self._classification)
        if location:
            self.targetLabel.setText(self.tr("Target class t:") if self._classification
                                     else self.tr("Target value t:"))
        elif self._classification:
            self.targetLabel.setText(self.tr("Target: class %1, the point's label")
                                     .replace("%1", str(int(pick.label))))
        else:
            self.targetLabel.setText(self.tr("Target: t = %1, the point's value")
                                     .replace("%1", fmt(pick.label)))
        if location and self._classification:
            combo = self.targetCombo
            combo.blockSignals(True)
            if combo.count() != self._n_classes + 1:  # rebuilt only when K changes:
                combo.clear()  # clearing would close an open list at every frame
                combo.addItem("", None)
                for k in range(self._n_classes):
                    combo.addItem("", k)
            combo.setItemText(0, self.tr("choose…"))
            for k in range(self._n_classes):
                combo.setItemText(k + 1, self.tr("class %1").replace("%1", str(k)))
            combo.setCurrentIndex(0 if pick.label is None else int(pick.label) + 1)
            combo.blockSignals(False)
        elif location and pick.label is not None and not self.targetEdit.hasFocus():
            self.targetEdit.setText(fmt(pick.label))
        self.targetLabel.show()

    # -- showing ----------------------------------------------------------------------------------
    def render(self) -> None:
        pick = self.selection.pick
        result = self._result
        self.shown = {}
        if pick is None:
            return self._say(picked_point.no_pick_text())
        self.pickLabel.setText(picked_point.describe(pick, self._classification))
        if picked_point.failed(result):
            return self._say(self.tr("These numbers could not be computed."), pick)
        if not picked_point.fits(result, pick):
            return self._say(self.tr("Working it out…"), pick)
        self.message.hide()
        out = result.trace.output
        self._fill_target_chooser(pick)
        if out.kind == "softmax_cross_entropy":
            self._show_softmax(out, pick)
        else:
            self._show_regression(out, pick)

    def _say(self, text: str, pick=None) -> None:
        self.pickLabel.setVisible(pick is not None)
        self.message.setText(text)
        self.message.show()
        for w in (self.scoresHeading, self.rows, self.sumLine, self.safety, self.predicted,
                  self.targetLabel, self.targetCombo, self.targetEdit, self.lossHeading,
                  self.lossLine, self.lossNote):
            w.hide()

    def _show_softmax(self, out, pick) -> None:
        scores, exp_a, y = out.scores[0], out.exp_a[0], out.y[0]
        total, top = float(out.sum_exp_a[0]), float(out.a_max[0])
        predicted = int(np.argmax(y))
        target = None if pick.label is None else int(pick.label)
        t = out.t[0] if out.t is not None else None
        self.scoresHeading.setText(self.tr(
            "Softmax function: yₖ = exp(aₖ) / Σᵢ exp(aᵢ) turns the output scores aₖ into "
            "probabilities yₖ"))
        names = [self.tr("class %1").replace("%1", str(k)) for k in range(len(y))]
        self.rows.fill(names, scores, exp_a, y, t, predicted, target)
        self.sumLine.setText(self.tr("Σ exp(a − max a) = %1, so yₖ = exp(aₖ − max a) / %1;"
                                     " Σ yₖ = %2").replace("%1", fmt(total))
                             .replace("%2", fmt(float(y.sum()))))
        self.safety.setText(self.tr(
            "For safety the largest score, max a = %1, is subtracted from every score "
            "before exp, as the book does: exp of a large score would overflow, and the "
            "subtraction cancels out in the fraction.").replace("%1", fmt(top)))
        self.predicted.setText(self.tr("Predicted class: <b>%1</b> (the largest yₖ = %2)")
                               .replace("%1", str(predicted)).replace("%2", fmt(y[predicted])))
        for w in (self.scoresHeading, self.rows, self.sumLine, self.safety, self.predicted):
            w.show()
        self.shown = {"y": y.copy(), "predicted": predicted, "loss": None}
        has_loss = target is not None and out.losses is not None
        for w in (self.lossHeading, self.lossLine, self.lossNote):
            w.setVisible(has_loss)
        if not has_loss:
            return
        loss = float(out.losses[0])
        self.shown["loss"] = loss
        sub = subscript(target)
        self.lossHeading.setText(self.tr("Cross-entropy error"))
        self.lossLine.setText(f"E = −Σ tₖ log yₖ = −log y{sub} = −log {fmt(y[target])} "
                              f"= <b>{fmt(loss)}</b>")
        self.lossNote.setText(self.tr(
            "t is one-hot: 1 for the target class %1, 0 for the others, so only −log y%2 "
            "is left. A confident right answer (y%2 near 1) costs almost nothing; a "
            "confident wrong one costs a lot.").replace("%1", str(target)).replace("%2", sub))

    def _show_regression(self, out, pick) -> None:
        y = float(out.y[0, 0])
        self.scoresHeading.setText(self.tr("Identity function: the output y is the output "
                                           "neuron's weighted sum a"))
        self.sumLine.setText(f"y = a = <b>{fmt(y)}</b>")
        for w in (self.scoresHeading, self.sumLine):
            w.show()
        for w in (self.rows, self.safety, self.predicted):
            w.hide()
        self.shown = {"y": out.y[0].copy(), "predicted": None, "loss": None}
        has_loss = pick.label is not None and out.losses is not None
        for w in (self.lossHeading, self.lossLine, self.lossNote):
            w.setVisible(has_loss)
        if not has_loss:
            return
        loss = float(out.losses[0])
        t = float(out.t[0, 0])
        self.shown["loss"] = loss
        self.lossHeading.setText(self.tr("Squared error"))
        self.lossLine.setText(f"E = ½(y − t)² = ½({fmt(y)} {fmt_signed(-t)})² = "
                              f"<b>{fmt(loss)}</b>")
        self.lossNote.setText(self.tr("The loss of the whole data is the mean of this over "
                                      "the points (the ½ makes the gradient simply y − t)."))
