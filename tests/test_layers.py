"""The core packages must stay usable without Qt (servers, CI, the report command).

The import contracts (``make lint``, tests/test_contracts.py) cover ``import`` statements;
these tests cover what they cannot see: what a module pulls in when it runs, and modules
loaded by a name in a string.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

CORE = [
    "ovelse.scenario",
    "ovelse.exercise",
    "ovelse.store",
    "ovelse.report",
    "ovelse.interchange",
    "ovelse.regional",
    "ovelse.export",
    "ovelse.i18n",
    "ovelse.app",
]


def test_core_imports_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    package = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(package.__path__, name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import ovelse.cli, ovelse.commands, ovelse.presentation, ovelse.walltime\n"
        # Switching language touches ovelse.ui.texts, which must stay free of Qt.
        "import ovelse.i18n\n"
        "ovelse.i18n.install('en')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


# Modules a core module may name for importlib. The language switch sets the window's
# words (ovelse.ui.texts, which imports no Qt) with every other text module's.
NAMED_BY_DESIGN = {("i18n/catalogues.py", "ovelse.ui.texts")}
SOURCE = Path(__file__).resolve().parent.parent / "src" / "ovelse"
FACES = ("ui/", "cli.py", "selftest.py")


def named_imports(package: Path) -> list[tuple[str, str]]:
    """(file, name) for every UI or Qt module a core file could load by its name.

    import-linter sees ``import`` statements anywhere, but not ``importlib.import_module``
    or ``__import__`` with a name in a string; a core file that uses either and holds
    such a name in a string is counted.
    """
    found = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if relative.startswith(FACES):
            continue
        source = path.read_text(encoding="utf-8")
        if "importlib" not in source and "__import__" not in source:
            continue
        for node in ast.walk(ast.parse(source)):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value.startswith(("ovelse.ui", "PySide6", "shiboken6"))
                and (relative, node.value) not in NAMED_BY_DESIGN
            ):
                found.append((relative, node.value))
    return found


def test_core_loads_no_ui_or_qt_module_by_name() -> None:
    assert named_imports(SOURCE) == []


def test_a_module_loaded_by_name_is_caught(tmp_path: Path) -> None:
    """The check itself works: a planted ``import_module("PySide6…")`` in the store."""
    shutil.copytree(SOURCE, tmp_path / "ovelse", ignore=shutil.ignore_patterns("__pycache__"))
    planted = tmp_path / "ovelse" / "store" / "planted.py"
    planted.write_text(
        "import importlib\n\n\ndef later():\n"
        "    return importlib.import_module('PySide6.QtWidgets')\n",
        encoding="utf-8",
    )
    assert named_imports(tmp_path / "ovelse") == [("store/planted.py", "PySide6.QtWidgets")]
