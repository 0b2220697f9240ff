"""The heap trimmer: called on its timer, harmless where there is no glibc."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

from playground import memory


def test_the_trimmer_calls_malloc_trim_on_its_timer(qtbot):
    calls = []
    owner = QObject()
    trimmer = memory.HeapTrimmer(lambda pad: calls.append(pad) or 1, interval=0.01, parent=owner)
    qtbot.waitUntil(lambda: len(calls) >= 3, timeout=5000)
    trimmer.stop()
    assert set(calls) == {0}
    assert trimmer.calls == len(calls) and trimmer.seconds >= 0.0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_on_linux_the_real_malloc_trim_is_found_and_runs():
    trim = memory._malloc_trim()
    assert trim is not None  # the test machines run glibc
    assert trim(0) in (0, 1)


def test_without_glibc_nothing_is_started(monkeypatch):
    monkeypatch.setattr(memory.sys, "platform", "darwin")
    assert memory.start_trimming(QObject()) is None
