"""Taking a session over from a program that still has it open.

The facilitator's laptop froze with the session open; on the spare one the user opens the
session, sees who holds it and since when, and takes it over. From then on the new holder
is the only writer and the lock names it; the old program, should it wake up, is told at
its next write that the session was taken over, loses nothing it had, and carries on in a
copy with «Lagre som».
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ovelse.exercise import EntryKind, FakeClock
from ovelse.exercise.events import EntryAdded
from ovelse.scenario.model import ScenarioPack
from ovelse.store import Session, SessionLock, SessionTakenOverError
from tests.exercise.story import snapshot


def _texts(session: Session) -> list[str]:
    return [entry.text for entry in session.exercise.log.entries()]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "Øvelse Lom.ovelse"


@pytest.fixture
def old(path: Path, pack: ScenarioPack, clock: FakeClock) -> Session:
    old = Session.create(path, pack, clock=clock)
    old.exercise.start()
    old.exercise.add_entry(EntryKind.DECISION, "Kriseledelsen er satt", ["ordforer"])
    return old


def test_the_read_only_view_learns_who_holds_the_session_and_since_when(
    old: Session, path: Path
) -> None:
    with Session.open(path, clock=FakeClock()) as view:
        holder = view.lock_holder
        assert view.read_only and holder is not None
        assert holder.pid == os.getpid() and holder.here and holder.since_time is not None
        assert SessionLock(path).holder() == holder
    old.close()
    assert SessionLock(path).holder() is None


@pytest.mark.parametrize("how", ["from the read-only view", "when opening"])
def test_a_take_over_leaves_one_writer_and_the_old_one_loses_nothing(
    old: Session, path: Path, tmp_path: Path, how: str
) -> None:
    if how == "from the read-only view":
        new = Session.open(path, clock=FakeClock())
        assert new.read_only
        old.exercise.add_entry(EntryKind.DECISION, "Skrevet mens den andre så på", ["ordforer"])
        new.take_over()
    else:
        old.exercise.add_entry(EntryKind.DECISION, "Skrevet mens den andre så på", ["ordforer"])
        new = Session.open(path, clock=FakeClock(), take_over=True)
    assert not new.read_only and new.read_only_reason is None
    assert _texts(new) == ["Kriseledelsen er satt", "Skrevet mens den andre så på"]

    # The new lock names the new holder, so a third opener gets a read-only view.
    assert path.with_name(path.name + ".lock").exists()
    with Session.open(path, clock=FakeClock()) as third:
        assert third.read_only and third.lock_holder is not None

    # The old holder's next write is refused: nothing applied, nothing written, and why.
    before = snapshot(old.exercise)
    with pytest.raises(SessionTakenOverError) as caught:
        old.exercise.add_entry(EntryKind.DECISION, "Evakuer skolen", ["ordforer"])
    message = str(caught.value)
    assert f"«{path.name}»" in message and "tatt over" in message
    assert "ikke lagret" in message and "Lagre som" in message
    assert [type(record.event) for record in caught.value.unsaved] == [EntryAdded]
    assert caught.value.unsaved[0].event.fields.text == "Evakuer skolen"
    assert snapshot(old.exercise) == before and old.read_only
    assert "tatt over" in (old.read_only_reason or "")

    # The new holder writes on; the old one's closing leaves the new lock alone.
    new.exercise.add_entry(EntryKind.DECISION, "Fra den nye maskinen", ["ordforer"])
    rescue = tmp_path / "reddet.ovelse"
    old.save_as(rescue)
    old.exercise.add_entry(EntryKind.DECISION, "Evakuer skolen", ["ordforer"])
    old.close()
    assert path.with_name(path.name + ".lock").exists()
    new.exercise.add_entry(EntryKind.DECISION, "Fortsatt lagret", ["ordforer"])
    new.close()
    assert not path.with_name(path.name + ".lock").exists()

    with Session.open(rescue, clock=FakeClock()) as copy:
        assert _texts(copy) == [
            "Kriseledelsen er satt",
            "Skrevet mens den andre så på",
            "Evakuer skolen",
        ]
    with Session.open(path, clock=FakeClock()) as taken:
        assert _texts(taken) == [
            "Kriseledelsen er satt",
            "Skrevet mens den andre så på",
            "Fra den nye maskinen",
            "Fortsatt lagret",
        ]
