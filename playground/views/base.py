"""What every dock's content can do: the plug-in interface of a view.

A view (or panel) shown in a dock is a ``QWidget`` built as ``cls(context)``.
It may implement any of these; the dock host calls those that exist:

``set_frame(frame)``
    A new :class:`~playground.frame.Frame` (with its build). Only visible
    views get frames; a view that is shown again gets the newest one at once.
``set_style(style)``
    Projector mode switched: a new :class:`~playground.views.colors.ViewStyle`
    (the application font has already changed).
``retranslate()``
    The interface language switched: set every text again.
``probe_requests() -> dict``
    ``{suffix: (probe name, params)}``: data the worker should compute for
    this view with every frame (see :mod:`playground.probes`); the results
    arrive in ``frame.probes[key]`` under ``key = "<dock name>.<suffix>"``
    (:meth:`ViewContext.probe_key`). Emit ``probesChanged`` when the answer
    changes (a new pick, another layer). Requests are dropped while the view
    is hidden, so nothing is computed for it.

:class:`PlaygroundView` gives empty defaults and the ``probesChanged`` signal.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from playground.views.colors import ViewStyle


@dataclass
class ViewContext:
    """What a plug-in gets to work with.

    Attributes
    ----------
    controller : playground.controller.Controller
        Settings (``controller.state``), play state, messages, probes.
    style : ViewStyle
        The current sizes (laptop or projector).
    name : str
        The dock's name in the registry (e.g. ``"boundary"``).
    host : DockHost or None
        The window's docks, for the few plug-ins that steer the window itself
        (lessons show docks and point at controls): ``host.window``,
        ``host.docks[name]``, ``host.content(name, build=True)``.
    """

    controller: object
    style: ViewStyle
    name: str = ""
    host: object = None

    @property
    def state(self):
        return self.controller.state

    def probe_key(self, suffix: str) -> str:
        """The key under which this view's probe result arrives in ``frame.probes``."""
        return f"{self.name}.{suffix}"


class PlaygroundView(QWidget):
    """Convenient base for a plug-in view; every method is optional.

    Signals
    -------
    probesChanged()
        :meth:`probe_requests` would now answer differently.
    """

    probesChanged = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context

    def set_frame(self, frame) -> None:
        """Show ``frame``; the default ignores it."""

    def set_style(self, style: ViewStyle) -> None:
        """Apply projector or laptop sizes; the default does nothing."""

    def retranslate(self) -> None:
        """Set every text again in the current language; the default does nothing."""

    def probe_requests(self) -> dict:
        """``{suffix: (probe name, params)}`` this view wants computed; none by default."""
        return {}
