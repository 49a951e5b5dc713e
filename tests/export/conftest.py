from __future__ import annotations

import time
from collections.abc import Callable, Iterator
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
def machine_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Set the machine's time zone as a user would (TZ), and put it back afterwards."""

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def session(
    tmp_path: Path, clock: FakeClock, machine_zone: Callable[[str], None]
) -> Iterator[Session]:
    """A session that has been through every kind of event, created on a machine on UTC."""
    machine_zone("UTC")
    opened = Session.create(
        tmp_path / "økt.ovelse", build_pack(), profile_id="samisk", media=MEDIA, clock=clock
    )
    play_everything(opened.exercise, clock)
    yield opened
    opened.close()
