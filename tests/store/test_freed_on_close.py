"""A closed session is freed as soon as nothing uses it, without the cycle collector.

The exercise writes through its session and the session holds the exercise. Left as a
cycle, a long session's objects stay until the collector walks the heap, which it then
does while the next session opens: a pause the facilitator waits through. Closing breaks
the cycle; whatever the closed exercise is still asked to record is refused as before.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from ovelse.exercise import EntryKind, FakeClock
from ovelse.scenario.model import ScenarioPack
from ovelse.store import Session, SessionClosedError


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _log_a_little(session: Session, clock: FakeClock) -> None:
    exercise = session.exercise
    exercise.start()
    for n in range(20):
        clock.advance(seconds=30)
        exercise.add_entry(EntryKind.DECISION, f"Vedtak {n}", ["ordforer"])


def test_a_closed_session_and_its_exercise_are_freed_by_reference_counting(
    collector_off: None, session_path: Path, pack: ScenarioPack, clock: FakeClock
) -> None:
    session = Session.create(session_path, pack, clock=clock)
    _log_a_little(session, clock)
    session.close()
    opened = Session.open(session_path, clock=clock)
    gone = [weakref.ref(session), weakref.ref(session.exercise)]
    gone += [weakref.ref(opened), weakref.ref(opened.exercise), weakref.ref(opened.exercise.log)]
    opened.close()
    del session, opened
    assert [ref() for ref in gone] == [None] * len(gone)


def test_a_closed_read_only_view_is_freed_too(
    collector_off: None, session_path: Path, pack: ScenarioPack, clock: FakeClock
) -> None:
    with Session.create(session_path, pack, clock=clock) as session:
        _log_a_little(session, clock)
    view = Session.open(session_path, read_only=True)
    gone = [weakref.ref(view), weakref.ref(view.exercise)]
    view.close()
    del view, session
    assert [ref() for ref in gone] == [None, None]


def test_a_closed_session_still_refuses_to_record(
    session_path: Path, pack: ScenarioPack, clock: FakeClock
) -> None:
    session = Session.create(session_path, pack, clock=clock)
    _log_a_little(session, clock)
    session.close()
    with pytest.raises(SessionClosedError, match=session_path.name):
        session.exercise.add_entry(EntryKind.DECISION, "For sent", ["ordforer"])
    assert len(session.exercise.log.entries()) == 20
    assert len(Session.open(session_path, read_only=True).exercise.log.entries()) == 20
