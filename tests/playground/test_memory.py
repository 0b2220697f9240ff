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


def test_the_trimmer_runs_on_when_its_value_is_dropped(qtbot):
    """app.main() does not keep what start_trimming returns."""
    import gc

    calls = []
    owner = QObject()
    memory.HeapTrimmer(lambda pad: calls.append(pad), interval=0.01, parent=owner)
    gc.collect()
    qtbot.waitUntil(lambda: len(calls) >= 3, timeout=5000)
    del owner  # the timer goes with its parent


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_on_linux_the_real_malloc_trim_is_found_and_runs():
    assert memory._malloc_trim() is not None  # the test machines run glibc
    assert memory.trim_heap()


def test_without_glibc_nothing_is_started(monkeypatch):
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    assert memory.start_trimming(QObject()) is None
    assert memory.trim_heap() is False


def test_the_module_imports_no_qt_so_the_training_process_may_use_it():
    import subprocess

    code = ("import sys, playground.memory as m; m.trim_heap(); "
            "print([k for k in sys.modules if k.startswith('PySide6')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.strip() == "[]"
