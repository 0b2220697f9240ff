"""The output column: decision boundary, its display options, the loss chart."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.state import AppState
from playground.views.boundary_view import BoundaryView
from playground.views.loss_view import LossView

#: Minimum seconds between loss-chart refreshes while training runs (the worker
#: publishes ~30 frames/s, so this only drops bursts).
LOSS_REFRESH_SECONDS = 0.030


class OutputPanel(QWidget):
    """Right-hand column: what the network outputs, and how the loss moves.

    The three check boxes edit view-only settings (``show_test``,
    ``discretize``, ``log_loss``); the main window applies them to the views.
    """

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outputPanel")
        self._state = state
        self.boundary_view = BoundaryView()
        self.loss_view = LossView()

        title = QLabel(self.tr("Output"))
        title.setObjectName("sectionHeading")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)

        self.showTestCheck = self._check(
            "showTestCheck", self.tr("Show test data"),
            self.tr("Draw the held-out test points (hollow markers) on the boundary."),
            "show_test",
        )
        self.discretizeCheck = self._check(
            "discretizeCheck", self.tr("Discretize output"),
            self.tr("Colour each region by its winning class only, without confidence shading."),
            "discretize",
        )
        self.logScaleCheck = self._check(
            "logScaleCheck", self.tr("Log scale"),
            self.tr("Plot the loss on a logarithmic axis, to see small late improvements."),
            "log_loss",
        )

        options = QHBoxLayout()
        options.addWidget(self.showTestCheck)
        options.addWidget(self.discretizeCheck)
        options.addStretch(1)

        loss_row = QHBoxLayout()
        loss_title = QLabel(self.tr("Loss"))
        loss_title.setFont(font)
        loss_row.addWidget(loss_title)
        loss_row.addStretch(1)
        loss_row.addWidget(self.logScaleCheck)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(title)
        col.addWidget(self.boundary_view, 3)
        col.addLayout(options)
        col.addLayout(loss_row)
        col.addWidget(self.loss_view, 2)
        state.changed.connect(self._on_state_changed)
        self.setMinimumWidth(320)
        self._loss_shown_at = 0.0
        self._loss_build = None
        self._pending_loss = None
        self._loss_scheduled = False

    def _check(self, name: str, text: str, tip: str, key: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(text)
        box.setToolTip(tip)
        box.setChecked(bool(getattr(self._state.settings, key)))
        box.toggled.connect(lambda on, k=key: self._state.update(**{k: on}))
        return box

    @Slot(object)
    def _on_state_changed(self, keys: frozenset) -> None:
        s = self._state.settings
        for box, key in (
            (self.showTestCheck, "show_test"),
            (self.discretizeCheck, "discretize"),
            (self.logScaleCheck, "log_loss"),
        ):
            if key in keys:
                box.blockSignals(True)
                box.setChecked(bool(getattr(s, key)))
                box.blockSignals(False)

    def set_snapshot(self, snapshot) -> None:
        self.boundary_view.set_snapshot(snapshot)
        # The loss chart is redrawn in the next turn of the event loop, so its
        # paint (3–4 ms) and the other views' paints are two short blocks rather
        # than one long one: timers and input get served in between. While
        # playing it is refreshed at most every LOSS_REFRESH_SECONDS; a reset, a
        # pause or a single step always shows. (Measured: benchmarks/bench_gui.py.)
        self._pending_loss = snapshot
        if not self._loss_scheduled:
            self._loss_scheduled = True
            QTimer.singleShot(0, self._show_pending_loss)

    def _show_pending_loss(self) -> None:
        self._loss_scheduled = False
        snapshot, self._pending_loss = self._pending_loss, None
        if snapshot is None:
            return
        now = time.monotonic()
        if (
            not snapshot.playing
            or snapshot.build_id != self._loss_build
            or now - self._loss_shown_at >= LOSS_REFRESH_SECONDS
        ):
            self.loss_view.set_snapshot(snapshot)
            self._loss_shown_at = now
            self._loss_build = snapshot.build_id

    def sizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 400))
        return hint
