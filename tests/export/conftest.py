from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ovelse.exercise import FakeClock
from ovelse.store import Session
from tests.exercise.packs import MEDIA, build_pack
from tests.exercise.story import play_everything


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(tmp_path: Path, clock: FakeClock) -> Iterator[Session]:
    """A session that has been through every kind of event."""
    opened = Session.create(
        tmp_path / "økt.ovelse", build_pack(), profile_id="samisk", media=MEDIA, clock=clock
    )
    play_everything(opened.exercise, clock)
    yield opened
    opened.close()
