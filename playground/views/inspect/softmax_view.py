"""Softmax and loss (dock ``softmax``): how scores become probabilities and the loss, in numbers.

Two tabs. "This point" follows the picked point (probe ``point_trace``):
scores, exp, their sum, the probabilities as bars, the predicted class, the
one-hot target and the cross-entropy error (or, for regression, y, t and the
squared error). "Last minibatch" (probe ``batch_trace``, asked for only while
that tab is showing) lists the per-sample losses of the last training step,
their mean and the penalty, which add up to the loss chart's number for
that step. Both refresh with the frames while training and at once after a
step, an edit or a new pick.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from playground.views.base import PlaygroundView, ViewContext
from playground.views.colors import ViewStyle
from playground.views.inspect import picked_point
from playground.views.inspect.softmax_batch import BatchTab
from playground.views.inspect.softmax_point import PointTab

#: The probe of the last step's minibatch.
BATCH_PROBE = "batch_trace"


class SoftmaxView(PlaygroundView):
    """Tabs "This point" and "Last minibatch"."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("softmaxView")
        self.selection = context.controller.selection
        self.point = PointTab(self.selection)
        self.batch = BatchTab()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("softmaxTabs")
        scroll = QScrollArea()
        scroll.setObjectName("softmaxPointScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.point)
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.batch, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.probesChanged.emit())
        self.selection.pickChanged.connect(self._on_pick)
        self.set_style(context.style)
        self.retranslate()

    @property
    def showing_batch(self) -> bool:
        return self.tabs.currentWidget() is self.batch

    # -- plug-in interface ----------------------------------------------------------
    def probe_requests(self) -> dict:
        requests = picked_point.probe_request(self.selection.pick)
        if self.showing_batch:
            requests["batch"] = (BATCH_PROBE, {})
        return requests

    def set_frame(self, frame) -> None:
        point = frame.probes.get(self.context.probe_key("trace"))
        if point is not None:
            self.point.set_result(point, frame.is_classification, frame.n_classes)
        batch = frame.probes.get(self.context.probe_key("batch"))
        if batch is not None:
            self.batch.set_result(batch, frame.history)

    def set_style(self, style: ViewStyle) -> None:
        self.tabs.setFont(style.font())
        self.point.set_style(style)
        self.batch.set_style(style)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Softmax and loss"))
        self.tabs.setTabText(0, self.tr("This point"))
        self.tabs.setTabText(1, self.tr("Last minibatch"))
        self.tabs.setTabToolTip(0, self.tr(
            "The picked point: output scores, softmax function, probabilities and its "
            "cross-entropy error"))
        self.tabs.setTabToolTip(1, self.tr(
            "The samples of the last training step and how their losses make the step's loss"))
        self.point.retranslate()
        self.batch.retranslate()

    def _on_pick(self, _pick) -> None:
        self.probesChanged.emit()  # a new point or target: the worker computes it next frame
        self.point.render()
