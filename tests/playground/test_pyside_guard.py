"""Guard against the PySide6-Essentials 6.12.0 crash (DESIGN.md).

6.12.0 aborts Python 3.11 with ``Fatal Python error: bool_dealloc`` after a few
hundred signal emits. The installed version must survive 100 000 of them.
"""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    fired = Signal(bool)

app = QCoreApplication([])
e = Emitter()
seen = []
e.fired.connect(lambda v: seen.append(v))
for i in range(100_000):
    e.fired.emit(i % 2 == 0)
print(len(seen))
"""


def test_100k_signal_emits_do_not_crash_the_interpreter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "100000"
