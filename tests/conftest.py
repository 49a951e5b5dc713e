"""Shared fixtures: the pack that uses every field of the format."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from ovelse import i18n

# CI runs a fixed, derandomised set of cases so a red build can be reproduced; local runs
# explore new cases every time.
settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

FIXTURES = Path(__file__).parent / "fixtures"
FULL_PACK = FIXTURES / "full-pack"


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """pytest-qt's application is the program's own class, as in the app (events sent to
    the application object behave the same). Imported here, when a Qt test asks for it,
    so the core tests never load Qt."""
    from ovelse.ui.app import OvelseApplication

    return OvelseApplication


@pytest.fixture
def full_pack_copy(tmp_path: Path) -> Path:
    """A private copy of the full fixture pack that a test may break."""
    target = tmp_path / "full-pack"
    shutil.copytree(FULL_PACK, target)
    return target


@pytest.fixture(autouse=True)
def bokmal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts and ends in bokmål, whatever the developer's own locale says.

    ``LC_ALL=C.UTF-8`` names no language, so ``ovelse`` (in process or as a subprocess)
    falls back to bokmål unless a test passes ``--lang``.
    """
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    i18n.install("nb")
    yield
    i18n.install("nb")
