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
        "import pkgutil, importlib\n"
        "import playground.worker.process, playground.worker.session, playground.probes\n"
        "for m in pkgutil.iter_modules(playground.probes.__path__):\n"
        "    importlib.import_module('playground.probes.' + m.name)\n"
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


#: Qt calls these on our widgets; an exception escaping one reached shiboken and,
#: inside a layout or resize, killed the app (issue 7). They must be @guarded.
_QT_VIRTUALS = {"event", "eventFilter"}


def _is_qt_override(name: str) -> bool:
    return name in _QT_VIRTUALS or (name.endswith("Event") and name[0].islower())


def _decorator_names(node: ast.FunctionDef) -> set[str]:
    names = set()
    for d in node.decorator_list:
        target = d.func if isinstance(d, ast.Call) else d
        names.add(target.id if isinstance(target, ast.Name) else getattr(target, "attr", ""))
    return names


def test_every_qt_override_is_guarded():
    unguarded = []
    for p in (ROOT / "playground").rglob("*.py"):
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for fn in cls.body:
                if (isinstance(fn, ast.FunctionDef) and _is_qt_override(fn.name)
                        and "guarded" not in _decorator_names(fn)):
                    unguarded.append(f"{p.relative_to(ROOT)}:{fn.lineno} {cls.name}.{fn.name}")
    assert unguarded == [], "wrap these with @playground.guard.guarded: " + ", ".join(unguarded)


def test_a_guarded_override_reports_in_words_and_returns_its_default(qtbot):
    from playground.guard import guarded, problems

    class Broken:
        @guarded(default=False)
        def event(self, _e):
            raise RuntimeError("boom")

    with qtbot.waitSignal(problems().problem, timeout=1000) as blocker:
        assert Broken().event(None) is False
    assert "could not be drawn or updated" in blocker.args[0]
    assert "RuntimeError" not in blocker.args[0]
