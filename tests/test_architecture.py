"""Rules of the layout that a refactor must not break."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_engine_source_imports_no_qt_or_playground():
    offenders = {
        str(p.relative_to(ROOT)): sorted(_imported_modules(p) & {"PySide6", "pyqtgraph", "playground", "shiboken6"})
        for p in (ROOT / "engine").rglob("*.py")
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert offenders == {}, f"engine/ must not import Qt or playground: {offenders}"


def test_importing_every_engine_module_loads_no_qt():
    """Run in a fresh interpreter, so nothing else has imported Qt already."""
    modules = sorted(p.stem for p in (ROOT / "engine").glob("*.py") if p.stem != "__init__")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module('engine.' + m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'playground')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_training_worker_process_imports_no_qt():
    """The child process must start light: it imports the engine, never Qt."""
    code = (
        "import sys\n"
        "import playground.worker.process, playground.worker.session\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_pickle_loading_anywhere():
    for p in list((ROOT / "engine").rglob("*.py")) + list((ROOT / "playground").rglob("*.py")):
        text = p.read_text(encoding="utf-8")
        assert "allow_pickle=True" not in text, p
        assert "pickle.load" not in text, p
