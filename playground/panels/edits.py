"""Edits that arrive after the settings are gone are dropped, not written.

A spin box or a rate box commits what was typed when it loses the focus. When
the window is destroyed while such a box sits, edited, in a floating dock (a
window of its own), the dock hides only after the window's controller (and its
``AppState``) were deleted; the commit then raised ``RuntimeError: Signal
source has been deleted`` at quit (found by ``tests/playground/test_random_user.py``).
The panels ask :func:`state_gone` before writing such a late edit.
"""

from __future__ import annotations

import shiboken6


def state_gone(state) -> bool:
    """Whether ``state`` (a QObject) was already deleted on the Qt side."""
    return not shiboken6.isValid(state)
