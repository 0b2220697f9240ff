"""Pointing at a control: find it by objectName, bring it on screen, frame it in colour.

:func:`reveal` finds the control or view a lesson step names and makes it
visible: it restores a maximised view, shows a closed dock, brings a tabbed
one to the front and scrolls a scroll area to it, and says which of these it
had to do (the panel words it for the learner). :class:`Highlight` is a
transparent overlay on the window that draws a coloured frame around the
control and follows it as docks move, scroll or resize; clicks pass through.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDockWidget,
    QScrollArea,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from playground.guard import guarded

#: The frame's colour: Okabe–Ito's vermillion, apart from the two class colours.
COLOR = QColor("#D55E00")
#: How often the frame follows its control (ms); a few rectangles, nothing to draw.
FOLLOW_MS = 120


@dataclass(frozen=True)
class Revealed:
    """What :func:`reveal` found and did.

    Attributes
    ----------
    widget : QWidget or None
        The control or dock, or None if the window has none by that name.
    dock : str or None
        Name of the dock that holds it.
    opened : bool
        Its dock was closed and has been shown.
    hidden : bool
        The control exists but its panel hides it (it does not apply now).
    """

    widget: QWidget | None
    dock: str | None = None
    opened: bool = False
    hidden: bool = False


def find_target(host, name: str) -> tuple[QWidget | None, str | None]:
    """The widget called ``name`` (``"<view>Dock"`` is the dock) and its dock's name.

    A control inside a view that was never shown does not exist yet: views are
    built one by one until it turns up.
    """
    if name.endswith("Dock") and name[:-4] in host.docks:
        return host.docks[name[:-4]], name[:-4]
    widget = host.window.findChild(QWidget, name)
    if widget is None:
        for dock_name, dock in host.docks.items():
            if dock.content is None:
                try:
                    host.content(dock_name, build=True)
                except Exception:  # a view still being built by others must not stop a lesson
                    continue
                widget = dock.findChild(QWidget, name)
                if widget is not None:
                    break
    if widget is None:
        return None, None
    return widget, dock_of(host, widget)


def dock_of(host, widget: QWidget) -> str | None:
    w = widget
    while w is not None:
        if isinstance(w, QDockWidget):
            spec = getattr(w, "spec", None)
            return spec.name if spec is not None else None
        w = w.parentWidget()
    return None


def show_dock(host, name: str) -> bool:
    """Show dock ``name`` in front (restoring a maximised view); True if it was closed.

    Not while the host is rearranging: maximising the lessons panel shows it,
    its step then asks for its dock, and a restore in the middle of the
    maximise left the View menu saying "maximised" over the full arrangement.
    """
    if host.arranging:
        return False
    if host.maximized is not None and host.maximized != name:
        host.toggle_maximized(host.maximized)
    dock = host.docks[name]
    was_closed = dock.isHidden()
    dock.show()
    dock.raise_()
    return was_closed


def reveal(host, name: str) -> Revealed:
    """Find the control or view ``name`` and bring it on screen."""
    widget, dock = find_target(host, name)
    if widget is None:
        return Revealed(None)
    opened = show_dock(host, dock) if dock is not None else False
    page, child = widget, widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            # A tab's page sits in the tab widget's inner stack, one level down.
            index = parent.indexOf(page)
            if index >= 0:
                parent.setCurrentIndex(index)
        if isinstance(parent, QScrollArea) and widget is not parent:
            _scroll_to(parent, widget)
            # A dock shown just now is laid out a turn later: scroll again then.
            QTimer.singleShot(0, lambda a=parent: _scroll_to(a, widget)
                              if isValid(a) and isValid(widget) else None)
        page, child, parent = child, parent, parent.parentWidget()
    hidden = widget.isHidden() and not isinstance(widget, QDockWidget)
    return Revealed(widget, dock, opened, hidden)


def _scroll_to(area: QScrollArea, widget: QWidget, margin: int = 8) -> None:
    """Scroll ``area`` as little as it takes from the top to show ``widget`` whole.

    Never sideways (a column that scrolls sideways hides its own labels), and
    from the top, so the same step always shows the same part of a column.
    """
    content = area.widget()
    if content is None or not content.isAncestorOf(widget):
        return
    y = widget.mapTo(content, QPoint(0, 0)).y()
    height = area.viewport().height()
    area.verticalScrollBar().setValue(max(0, min(y - margin, y + widget.height() + margin - height)))


def visible_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` not clipped by its parents, in ``top``'s coordinates."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        clip = QRect(parent.mapTo(top, QPoint(0, 0)), parent.size())
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            clip = QRect(viewport.mapTo(top, QPoint(0, 0)), viewport.size())
        rect = rect.intersected(clip)
        parent = parent.parentWidget()
    return rect.intersected(top.rect())


class Highlight(QWidget):
    """A coloured frame over the window that follows one control."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lessonHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        self._width = 3.0
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self.place)
        self.hide()

    @property
    def target(self) -> QWidget | None:
        return self._target

    def follow(self, widget: QWidget | None) -> None:
        """Frame ``widget`` from now on (None: frame nothing)."""
        self._target = widget
        if widget is None:
            self._timer.stop()
            self.hide()
            return
        widget.destroyed.connect(self._on_destroyed)
        self._timer.start()
        self.place()

    def clear(self) -> None:
        self.follow(None)

    def set_line_width(self, px: float) -> None:
        self._width = max(2.0, px)
        self.place()
        self.update()

    def place(self) -> None:
        """Move over the target, or hide while it is not on screen."""
        target = self._target
        if target is None:
            return
        top = target.window()
        if not target.isVisible() or top is None:
            self.hide()
            return
        if self.parentWidget() is not top:
            self.setParent(top)  # a floating dock is a window of its own
        area = visible_rect(target, top)
        if area.isEmpty():
            self.hide()
            return
        margin = round(self._width * 1.5)
        rect = area.adjusted(-margin, -margin, margin, margin).intersected(top.rect())
        if rect != self.geometry():
            self.setGeometry(rect)
        if not self.isVisible():
            self.show()
        self.raise_()

    def _on_destroyed(self, *_args) -> None:
        self._target = None
        self._timer.stop()
        self.hide()

    @guarded
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        halo = QColor(COLOR)
        halo.setAlpha(70)
        w = self._width
        p.setPen(QPen(halo, w * 2.2))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(w * 1.1, w * 1.1, -w * 1.1, -w * 1.1),
                          6, 6)
        p.setPen(QPen(COLOR, w))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(w, w, -w, -w), 6, 6)
        p.end()
