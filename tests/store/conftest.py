from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ovelse.exercise import FakeClock
from ovelse.scenario.model import ScenarioPack
from ovelse.store import Session
from tests.exercise.packs import MEDIA, build_pack


@pytest.fixture
def pack() -> ScenarioPack:
    return build_pack()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    return tmp_path / "Øvelse Unjárga.ovelse"


@pytest.fixture
def session(session_path: Path, pack: ScenarioPack, clock: FakeClock) -> Iterator[Session]:
    opened = Session.create(
        session_path,
        pack,
        profile_id="samisk",
        variables={"kommune": "Unjárga/Nesseby"},
        media=MEDIA,
        clock=clock,
    )
    yield opened
    opened.close()
