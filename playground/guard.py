"""No exception from a Qt override may reach Qt: catch it, log it, word it.

An exception raised inside ``paintEvent``, ``resizeEvent`` or another virtual
that Qt calls goes back through shiboken, and inside a layout or resize it
killed the app with a segmentation fault. Every such override in this app is
wrapped with :func:`guarded`: the exception is logged with its traceback (see
:mod:`playground.app_log`), the learner gets one worded sentence through
:func:`problems` (shown by the window's message banner), and Qt gets a plain
return value. ``tests/test_architecture.py`` checks that no override is left
unwrapped.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger("nn_playground.gui")

#: The same place reports again only after this many seconds (a paint runs 30×/s).
REPEAT_SECONDS = 10.0


class ProblemReporter(QObject):
    """Carries worded problem reports to whoever shows messages (the window).

    Signals
    -------
    problem(str)
        A sentence for the learner, in the interface language.
    """

    problem = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._last: dict[str, float] = {}
        self.count = 0  # problems caught since start (tests read it)

    def report(self, where: str, exc: BaseException) -> None:
        self.count += 1
        log.error("problem in %s", where, exc_info=(type(exc), exc, exc.__traceback__))
        now = time.monotonic()
        if now - self._last.get(where, -1e9) < REPEAT_SECONDS:
            return
        self._last[where] = now
        from playground.app_log import log_path

        self.problem.emit(QCoreApplication.translate(
            "guard", "Part of the window could not be drawn or updated, so it was skipped; "
            "everything you set is kept. Details: {path}").format(path=log_path()))


_reporter: ProblemReporter | None = None


def problems() -> ProblemReporter:
    """The app's one problem reporter."""
    global _reporter
    if _reporter is None:
        _reporter = ProblemReporter()
    return _reporter


def guarded(method: Callable | None = None, *, default=None):
    """Wrap a Qt override so an exception is reported instead of reaching Qt.

    Use as ``@guarded`` or ``@guarded(default=False)`` (for ``event`` and
    ``eventFilter``, which must return a bool).
    """
    def wrap(fn: Callable) -> Callable:
        where = fn.__qualname__

        @functools.wraps(fn)
        def safe(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                problems().report(where, exc)
                return default

        safe.__guarded__ = True
        return safe

    return wrap(method) if method is not None else wrap
