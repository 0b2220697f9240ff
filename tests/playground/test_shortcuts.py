"""One table of keyboard shortcuts, and no key bound twice."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence

from playground.shortcuts import SHORTCUTS, key_text, shortcut


def test_no_key_is_bound_twice():
    keys = [QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText)
            for row in SHORTCUTS for k in row.keys]
    assert all(keys), "every key parses"
    twice = [k for k, n in Counter(keys).items() if n > 1]
    assert twice == []


def test_command_names_are_unique_and_every_command_has_a_label():
    ids = [row.id for row in SHORTCUTS]
    assert len(ids) == len(set(ids))
    assert all(row.label for row in SHORTCUTS)


def test_the_window_binds_exactly_the_table(window):
    for row in SHORTCUTS:
        action = window.findChild(QAction, f"{row.id}Action")
        assert action is not None, row.id
        bound = {s.toString() for s in action.shortcuts()}
        assert bound == {QKeySequence(k).toString() for k in row.keys}
    # No other action of the window has a key of its own.
    table = {QKeySequence(k).toString() for row in SHORTCUTS for k in row.keys}
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            assert seq.toString() in table, f"{action.objectName()} binds {seq.toString()}"


def test_tooltips_quote_the_key_as_written_on_the_platform():
    assert key_text("toolPick") == QKeySequence(shortcut("toolPick").keys[0]).toString(
        QKeySequence.SequenceFormat.NativeText)
