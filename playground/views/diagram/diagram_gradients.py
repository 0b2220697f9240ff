"""The diagram's gradient mode: every weight's ∂L/∂w and every neuron's ∂L/∂a.

An overlay painter for :attr:`NetworkView.overlays` (switched on by the
network panel's "Gradients" check box). While on, it repaints every edge by
its ``∂L/∂w`` instead of its weight (blue positive, orange negative, width
in proportion to ``|∂L/∂w|`` on one scale for the whole network, so a
vanishing gradient shows as thin edges on the left), frames every neuron by
its ``∂L/∂a`` (δ), and badges the neurons that barely learn: "sat" for a
saturated sigmoid or tanh, "dead" for a ReLU active on no training point.

After a Step (never while playing) the backward pass travels right to left
for :data:`ANIMATION_MS`: output δ, then the last weights, the last hidden
layer's δ, and so on, one column at a time; a click on the diagram or Esc
skips it. Tooltips then tell, per edge, the update the optimizer applied
(:func:`~playground.views.diagram.gradient_words.update_lines`).

The numbers come from the probe ``step_gradients`` (:meth:`probe_request`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QVariantAnimation
from PySide6.QtWidgets import QApplication, QToolTip

from playground.guard import guarded
from playground.views.diagram import gradient_words as words
from playground.views.diagram.gradient_painter import GradientPainter

PROBE = "step_gradients"
#: How long the backward pass takes to travel across the diagram after a Step.
ANIMATION_MS = 600
#: Networks with more weights get their gradients only while training pauses.
BIG_WEIGHTS = 2000
def is_big(frame) -> bool:
    """Whether ``frame``'s network is big enough to compute its gradients on demand only."""
    return frame is not None and sum(w.size for w, _b in frame.weights) > BIG_WEIGHTS


class DiagramGradients(QObject):
    """Paints ``∂L/∂w`` and ``∂L/∂a`` over a :class:`NetworkView`; its tooltips and animation.

    Parameters
    ----------
    view : NetworkView
    controller : Controller
        For the selection (pick, selected node or weight) and the play state.
    """

    def __init__(self, view, controller):
        super().__init__(view)
        self.view = view
        self.controller = controller
        self.selection = controller.selection
        self.enabled = False
        self.source = "batch"
        self.result = None
        self.painter = GradientPainter(view)
        self.last_tooltip = ""
        self.progress: float | None = None  # of the backward animation, None when still
        self._played = True  # training ran since the last result: no animation for it
        self._anim = QVariantAnimation(self)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setDuration(ANIMATION_MS)
        self._anim.valueChanged.connect(self._on_progress)
        self._anim.finished.connect(self.skip)
        view.overlays.insert(0, self.paint)  # under the selection's outline
        view.hide_weights = self.draws_edges
        view.installEventFilter(self)
        controller.playingChanged.connect(self._on_playing)
        self.selection.pickChanged.connect(lambda _p: self.enabled and view.update())

    # -- what to ask, what fits -------------------------------------------------------
    def probe_request(self) -> dict:
        """``{"gradients": (PROBE, params)}`` while on (nothing for a point not picked,
        nor for a big network while training plays)."""
        if not self.enabled:
            return {}
        if self.controller.playing and is_big(self.view.frame):
            return {}
        if self.source != "point":
            return {"gradients": (PROBE, {"source": "batch"})}
        pick = self.selection.pick
        if pick is None:
            return {}
        return {"gradients": (PROBE, {"source": "point", "xy": [float(v) for v in pick.xy],
                                      "label": pick.label})}

    def current(self):
        """The result that belongs to what the diagram shows now, or None."""
        r, frame = self.result, self.view.frame
        if not self.enabled or r is None or frame is None or r.build_id != frame.build_id:
            return None
        if r.source != self.source:
            return None
        if r.source == "point":
            pick = self.selection.pick
            if pick is None or tuple(r.xy) != tuple(float(v) for v in pick.xy) \
                    or r.label != pick.label:
                return None
        return r

    def status(self) -> str:
        """A reason key for :func:`~playground.views.diagram.gradient_words.status_text`, or ""."""
        if not self.enabled:
            return ""
        if self.source == "point" and self.selection.pick is None:
            return "no pick"
        r = self.current()
        if r is not None and r.reason:
            return r.reason
        if self.controller.playing and is_big(self.view.frame):
            return "paused"
        return ""

    def set_enabled(self, on: bool) -> None:
        self.enabled = bool(on)
        if not on:
            self.skip()
        self.view.update()

    def set_source(self, source: str) -> None:
        self.source = source
        self.view.update()

    def set_result(self, result, frame) -> None:
        """Keep a fresh probe result; after a Step, run the backward animation."""
        if not hasattr(result, "layers"):
            return  # a ProbeFailure: the log has it, the diagram keeps the weights
        before = self.current()
        self.result = result
        now = self.current()
        playing = bool(frame.playing) or self.controller.playing
        if (before is not None and now is not None and now.step > before.step
                and not now.reason and not self._played and not playing):
            self.animate()
        self._played = playing
        self.view.update()

    # -- the backward animation ------------------------------------------------------
    def animate(self) -> None:
        """Let the backward pass travel right to left (a click or Esc skips it)."""
        self._anim.stop()
        self.progress = 0.0
        QApplication.instance().installEventFilter(self)  # Esc wherever the focus is
        self._anim.start()

    def skip(self) -> None:
        """End the animation: everything shows at once."""
        if self.progress is None:
            return
        self._anim.stop()
        self.progress = None
        QApplication.instance().removeEventFilter(self)
        self.view.update()

    def _on_progress(self, value) -> None:
        if self.progress is not None:
            self.progress = float(value)
            self.view.update()

    def _on_playing(self, on: bool) -> None:
        if on:
            self._played = True
            self.skip()

    def stage(self, n_columns: int) -> int | None:
        """The animation's stage: 0 = output δ, 1 = last weights, … ; None when still."""
        if self.progress is None:
            return None
        stages = 2 * (n_columns - 1)
        return min(int(self.progress * stages), stages - 1)

    @guarded(default=False)
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if self.progress is not None:
            if kind == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
                event.accept()  # the Esc is ours while the animation runs, not a shortcut's
                return True
            if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.skip()
                return True
            if kind == QEvent.Type.MouseButtonPress and obj is self.view:
                self.skip()
                return True
        if kind == QEvent.Type.ToolTip and obj is self.view and self.enabled:
            text = self.tooltip_text(QPointF(event.pos()))
            self.last_tooltip = text
            if text:
                QToolTip.showText(event.globalPos(), text, self.view)
                return True
        return False

    # -- painting ------------------------------------------------------------------------
    def draws_edges(self) -> bool:
        """Whether the next paint draws gradients (the view then skips the weights)."""
        r = self.current()
        lay = self.view.diagram_layout()
        return r is not None and not r.reason and lay is not None and self._fits(r, lay)

    def paint(self, p, lay) -> None:
        """Gradient edges, δ frames, badges and the animation's band (inside paintEvent)."""
        if not self.draws_edges():
            self.painter.painted = {}
            return
        self.painter.paint(p, lay, self.current(), self.stage(lay.n_columns))
        if self.progress is not None:
            self.painter.caption(p, QCoreApplication.translate(
                "DiagramGradients", "Backward pass, right to left (click or Esc to skip)"))

    @property
    def painted(self) -> dict:
        """What the last paint drew (see :attr:`GradientPainter.painted`)."""
        return self.painter.painted

    def edge_signs(self) -> dict:
        """``{(pair, i, j): (sign, colour name)}`` of every gradient edge the last paint drew."""
        return self.painter.edge_signs()

    @staticmethod
    def _fits(r, lay) -> bool:
        if len(r.layers) != lay.n_columns - 1:
            return False
        return all(lg.dW.shape == (lay.layer_sizes[k], lay.layer_sizes[k + 1])
                   for k, lg in enumerate(r.layers))

    # -- words ---------------------------------------------------------------------------
    def tooltip_text(self, pos: QPointF) -> str:
        """An edge's ∂L/∂w and the update the last step gave it; a neuron's δ and badge."""
        r = self.current()
        if r is None or r.reason:
            return ""
        node = self.view.node_at(pos)
        if node is not None:
            if not 1 <= node[0] <= len(r.layers):
                return ""
            return "\n".join([self.view.tooltip_text(pos), *words.node_lines(r, *node)])
        edge = self.view.edge_at(pos)
        if edge is None:
            return ""
        return "\n".join([self.view.tooltip_text(pos), *words.edge_lines(r, *edge)])

    def legend_html(self, compact: bool = False) -> str:
        """The legend under the diagram, or why there are no gradients to show."""
        r = self.current()
        reason = self.status()
        if reason or r is None:
            return html.escape(words.status_text(reason))
        return words.legend_html(r, self._penalty(), compact)

    def legend_tip(self) -> str:
        r = self.current()
        return "" if r is None or r.reason else words.legend_tip(r, self._penalty())

    def _penalty(self) -> str:
        settings = self.controller.state.settings
        return settings.regularization if settings.reg_rate > 0 else "none"

    def detail_html(self, param) -> tuple[str, str]:
        """The selected weight's (or bias's) ∂L/∂w in factors and its last update, and
        the same in sentences with the optimizer's rule (a tooltip); ``("", "")`` if none."""
        r = self.current()
        if r is None or r.reason or param is None or param.layer >= len(r.layers):
            return "", ""
        lg = r.layers[param.layer]
        if param.j >= lg.db.shape[0] or (param.i is not None and param.i >= lg.dW.shape[0]):
            return "", ""
        return words.detail_html(r, param)
