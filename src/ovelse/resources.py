"""One resolver for shipped resources, from a checkout, an installed wheel or a frozen build.

A wheel carries ``assets/`` and ``scenarios/`` inside the package as ``_data/``; a
PyInstaller build unpacks them beside the executable; a checkout has them at the top.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    candidates = [_PACKAGE / "_data"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen))
    candidates.append(_PACKAGE.parent.parent)  # src/ovelse -> checkout root
    for candidate in candidates:
        if (candidate / "scenarios").is_dir() and (candidate / "assets").is_dir():
            return candidate
    raise FileNotFoundError("Øvelse finner ikke mappene «assets» og «scenarios» i installasjonen")


def asset(*parts: str) -> Path:
    return data_root().joinpath("assets", *parts)


def builtin_scenarios() -> Path:
    return data_root() / "scenarios"
