"""Helpers for the dreiebok tests: a built-in pack's workbook, and importing one."""

from __future__ import annotations

from pathlib import Path

import pytest

from ovelse.interchange.importing import ImportResult, import_dreiebok
from ovelse.interchange.workbook import workbook_bytes
from ovelse.scenario.library import load_library
from ovelse.scenario.loader import LoadedPack


@pytest.fixture(scope="session")
def builtin_packs() -> list[LoadedPack]:
    packs, errors = load_library()
    assert not errors
    return packs


@pytest.fixture
def demo_pack(builtin_packs: list[LoadedPack]) -> LoadedPack:
    return next(loaded for loaded in builtin_packs if loaded.pack.id == "kom-i-gang")


def exported(loaded: LoadedPack, folder: Path, name: str = "dreiebok.xlsx") -> Path:
    file = folder / name
    file.write_bytes(workbook_bytes(loaded.pack))
    return file


def dry_run(file: Path, **options: object) -> ImportResult:
    return import_dreiebok(file, None, **options)  # type: ignore[arg-type]


def problem_lines(result: ImportResult) -> list[str]:
    return [str(problem) for problem in result.problems]
