"""The core packages must stay usable without Qt (servers, CI, the report command)."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "ovelse.scenario",
    "ovelse.exercise",
    "ovelse.store",
    "ovelse.report",
    "ovelse.export",
    "ovelse.i18n",
]


def test_core_imports_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    package = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(package.__path__, name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import ovelse.cli\n"
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
