"""The import contracts (pyproject.toml, ``make lint``) catch what they are there to catch.

Each test plants one breach in a copy of the source tree and runs ``lint-imports`` on the
copy: a contract that passed a planted breach would only look like a boundary. The
layers and the reasons for them: docs/architecture.md.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter", reason="import-linter comes with the dev dependencies")

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the tree under ``root``, which is imported instead of ours."""
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(root / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        check=False,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the package and of the contracts, for a test to break."""
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(
        ROOT / "src" / "ovelse",
        tmp_path / "src" / "ovelse",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return tmp_path


def plant(tree: Path, module: str, code: str) -> None:
    path = tree / "src" / Path(*module.split(".")).with_suffix(".py")
    path.write_text(path.read_text(encoding="utf-8") + "\n" + code, encoding="utf-8")


def test_the_source_keeps_every_contract(tree: Path) -> None:
    result = lint_imports(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


BREACHES = {
    "core imports the window's words": (
        "ovelse.store.messages",
        "from ovelse.ui import texts as _ui_texts  # noqa\n",
        ["The core never imports the user interface BROKEN", "ovelse.store.messages"],
    ),
    "the pack loader imports the report": (
        "ovelse.scenario.model",
        "from ovelse.report import texts as _report_texts  # noqa\n",
        ["Each layer imports only the layers below it BROKEN", "ovelse.scenario.model"],
    ),
    "Qt imported inside a function of the engine": (
        "ovelse.exercise.clock",
        "def _planted() -> object:\n    from PySide6.QtCore import QTimer\n\n    return QTimer\n",
        ["The core never imports Qt, not even inside a function BROKEN", "PySide6"],
    ),
    "the report's body and its page template import each other": (
        "ovelse.report.blocks",
        "def _planted() -> object:\n    from ovelse.report import document\n\n    return document\n",
        ["No import circles between the modules of a package BROKEN", "ovelse.report"],
    ),
    "the application object imports the main window": (
        "ovelse.ui.app",
        "def _planted() -> object:\n    from ovelse.ui import main_window\n\n    return main_window\n",
        ["No import circles between the modules of a package BROKEN", "ovelse.ui"],
    ),
}


@pytest.mark.parametrize("breach", list(BREACHES))
def test_a_planted_breach_breaks_its_contract(tree: Path, breach: str) -> None:
    module, code, expected = BREACHES[breach]
    plant(tree, module, code)
    result = lint_imports(tree)
    assert result.returncode != 0
    for words in expected:
        assert words in result.stdout, result.stdout
