"""What is written is what comes back: every event, the scenario, media and settings."""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from pathlib import Path

import pytest

from ovelse.exercise import EntryKind, FakeClock, RunState
from ovelse.scenario.model import ScenarioPack
from ovelse.store import Session, SessionClosedError, SessionExistsError, peek
from tests.exercise.packs import MEDIA
from tests.exercise.story import play_everything, snapshot


def test_a_whole_exercise_survives_closing_and_reopening(
    session: Session, session_path: Path, clock: FakeClock, pack: ScenarioPack
) -> None:
    play_everything(session.exercise, clock)
    before = snapshot(session.exercise)
    records = session.records()
    session.close()
    assert sorted(p.name for p in session_path.parent.iterdir()) == [session_path.name]

    with Session.open(session_path, clock=clock) as reopened:
        assert not reopened.read_only and reopened.recovery is None
        assert reopened.records()[: len(records)] == records
        after = snapshot(reopened.exercise)
        # the «closed» mark of the first close and the «opened» mark of this one
        assert after.pop("last_seq") == before.pop("last_seq") + 2
        after.pop("left_open"), before.pop("left_open")
        assert after == before
        assert reopened.exercise.pack == pack
        assert reopened.profile_id == "samisk"
        assert reopened.variables == {"kommune": "Unjárga/Nesseby"}
        assert reopened.media_paths() == tuple(MEDIA)
        assert reopened.media("media/kart.png") == MEDIA["media/kart.png"]
        assert reopened.media("media/mangler.png") is None


def test_the_file_is_a_plain_sqlite_file_with_the_documented_layout(
    session: Session, session_path: Path
) -> None:
    session.exercise.add_entry(EntryKind.DECISION, "Tekst", ["ordforer"])
    session.close()
    connection = sqlite3.connect(session_path)
    try:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == 0x4F564C53
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        rows = connection.execute("SELECT seq, type FROM events ORDER BY seq").fetchall()
        assert rows == [(1, "session_opened"), (2, "entry_added"), (3, "session_closed")]
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("DELETE FROM events")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE events SET type = 'x'")
    finally:
        connection.close()


def test_every_change_is_on_disk_before_the_call_returns(
    session: Session, session_path: Path
) -> None:
    reader = sqlite3.connect(f"{session_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        count = reader.execute("SELECT count(*) FROM events").fetchone()[0]
        session.exercise.start()
        session.exercise.add_entry(EntryKind.DECISION, "Lagret?", ["ordforer"])
        assert reader.execute("SELECT count(*) FROM events").fetchone()[0] == count + 2
    finally:
        reader.close()


def test_never_written_over(session: Session, session_path: Path, pack: ScenarioPack) -> None:
    before = session_path.read_bytes()
    with pytest.raises(SessionExistsError, match="finnes allerede"):
        Session.create(session_path, pack)
    with pytest.raises(SessionExistsError):
        session.save_as(session_path)
    other = session_path.with_name("annen.ovelse")
    other.write_text("min egen fil")
    with pytest.raises(SessionExistsError, match=r"annen\.ovelse"):
        session.save_as(other)
    assert other.read_text() == "min egen fil" and session_path.read_bytes() == before


def test_unclean_close_is_detected_and_a_running_clock_continues(
    session_path: Path, pack: ScenarioPack, clock: FakeClock
) -> None:
    crashed = Session.create(session_path, pack, clock=clock)
    crashed.exercise.start()
    clock.advance(minutes=12)
    crashed.exercise.release("i1")
    _crash(crashed)
    assert not peek(session_path).closed_cleanly
    clock.advance(minutes=3)
    clock.restart()
    with Session.open(session_path, clock=clock) as session:
        recovery = session.recovery
        assert recovery is not None and recovery.was_running
        assert (recovery.last_exercise_ms, recovery.gap_ms) == (12 * 60_000, 3 * 60_000)
        assert session.exercise.state is RunState.RUNNING
        assert session.exercise.now_ms() == 15 * 60_000
        # the facilitator may rather stop the clock at the moment of the crash
        session.exercise.pause(at_ms=recovery.last_exercise_ms)
        assert session.exercise.now_ms() == 12 * 60_000
    info = peek(session_path)
    assert info.closed_cleanly and info.in_use is None and info.title == pack.title
    with Session.open(session_path, clock=clock) as session:
        assert session.recovery is None


def test_a_closed_session_refuses_changes(session: Session) -> None:
    session.close()
    session.close()  # twice is fine
    assert session.closed and session.read_only
    with pytest.raises(SessionClosedError, match="lukket"):
        session.exercise.start()
    assert session.exercise.state is RunState.NOT_STARTED


def test_ten_thousand_events_open_well_under_a_second(
    session_path: Path, pack: ScenarioPack, clock: FakeClock
) -> None:
    session = Session.create(session_path, pack, clock=clock)
    _write_many(session, clock, 10_000)
    session.close()
    started = time.perf_counter()
    with Session.open(session_path, clock=clock) as reopened:
        elapsed = time.perf_counter() - started
        assert len(reopened.records()) >= 10_000
        assert len(reopened.exercise.log.entries()) > 3000
    print(f"\nopen of a {len(reopened.records())}-event session: {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0


def _write_many(session: Session, clock: FakeClock, count: int) -> None:
    """Many events in one transaction: the engine's own records, fast to produce."""
    from tests.exercise.sinks import ListSink

    exercise = session.exercise
    store = session._store
    assert store is not None
    batch = ListSink()
    exercise.sink = batch
    exercise.start()
    kinds = list(EntryKind)
    while exercise.last_seq < count:
        clock.advance(seconds=7)
        n = exercise.last_seq
        if n % 10 == 3 and exercise.log.entries():
            exercise.edit_entry(exercise.log.entries()[-1].id, text=f"Rettet {n}")
        elif n % 50 == 7:
            exercise.pause()
            exercise.resume()
        else:
            exercise.add_entry(kinds[n % 5], f"Loggføring {n} æøå ŋ", ["ordforer"])
    store.append(batch.records)
    exercise.sink = session


def _crash(session: Session) -> None:
    """Stop as a killed program would: no «closed» mark, lock left behind (dead owner)."""
    store = session._store
    assert store is not None
    store.close()
    session._store = None
    lock = session._lock
    assert lock is not None
    lock.abandon()  # a killed program's OS lock goes with it; its lock file stays
    lock.path.write_text(json.dumps({"pid": 999999999, "host": socket.gethostname()}))
    session._lock = None
