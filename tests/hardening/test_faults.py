"""Faults while a session is open: each one a Norwegian sentence, nothing half-done, and
«Lagre som» to carry on elsewhere with everything recorded so far.

Already proved elsewhere, and not repeated here: a full disk through SQLite's page limit
(``tests/store/test_write_failures.py``), a deleted file, a read-only folder, and a second
program on the same session (``tests/store/test_locking.py``). This file injects the other
errors SQLite can answer a write with, a full rescue disk, a file moved or replaced, its
folder gone, and another program holding SQLite's own lock.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ovelse.exercise import EntryKind, FakeClock
from ovelse.store import Session, SessionError, SessionMissingError, SessionWriteError, sessionfile
from tests.exercise.packs import MEDIA, build_pack
from tests.exercise.story import snapshot
from tests.hardening.sessions import entry_texts, lock_of
from tests.hardening.tally import count
from tests.store.failing import FailingConnection


def _inject(
    session: Session, statement: str, code: int, *, after: bool = False
) -> FailingConnection:
    store = session._store
    assert store is not None
    failing = FailingConnection(store._connection, statement, code, after)
    store._connection = failing  # type: ignore[assignment]
    return failing


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    folder = tmp_path / "minnepinne"
    folder.mkdir()
    return folder / "Øvelse Lom.ovelse"


@pytest.fixture
def session(path: Path, clock: FakeClock) -> Iterator[Session]:
    opened = Session.create(path, build_pack(), media=MEDIA, clock=clock)
    opened.exercise.start()
    opened.exercise.release_next()
    opened.exercise.add_entry(EntryKind.DECISION, "Kriseledelsen er satt", ["ordforer"])
    yield opened
    opened.close()


def _rescue(session: Session, target: Path, clock: FakeClock) -> None:
    """Lagre som, then the refused change again, then reopen: nothing is missing."""
    session.save_as(target)
    session.exercise.add_entry(EntryKind.DECISION, "Etter redningen", ["ordforer"])
    session.close()
    with Session.open(target, clock=clock) as reopened:
        assert entry_texts(reopened) == ["Kriseledelsen er satt", "Etter redningen"]


ERRORS = [
    ("disk full at commit", "COMMIT", 13, "disken er full"),
    ("disk full while inserting", "INSERT", 13, "disken er full"),
    ("read-only", "BEGIN", 8, "skrivebeskyttet"),
    ("I/O error at commit", "COMMIT", 10, "koblet fra"),
    ("cannot open the journal", "BEGIN", 14, "koblet fra"),
    ("locked", "BEGIN", 5, "låst av et annet program"),
    ("corrupt", "INSERT", 11, "filen er skadet"),
]


@pytest.mark.parametrize(
    ("statement", "code", "words"), [case[1:] for case in ERRORS], ids=[c[0] for c in ERRORS]
)
def test_a_refused_write_changes_nothing_and_says_what_to_do(
    session: Session,
    path: Path,
    tmp_path: Path,
    clock: FakeClock,
    statement: str,
    code: int,
    words: str,
) -> None:
    exercise = session.exercise
    before, records = snapshot(exercise), session.records()
    failing = _inject(session, statement, code)
    with pytest.raises(SessionWriteError) as caught:
        exercise.add_entry(EntryKind.DECISION, "Evakuer skolen", ["ordforer"])
    message = str(caught.value)
    assert f"«{path.name}»" in message and words in message and "Lagre som" in message
    assert snapshot(exercise) == before and session.records() == records
    clock.advance(minutes=3)  # the exercise clock runs on in memory
    assert exercise.now_ms() > before["now"]

    failing.armed = False  # the fault goes away: the same change is simply made again
    exercise.add_entry(EntryKind.DECISION, "Evakuer skolen", ["ordforer"])
    assert [e.text for e in exercise.log.entries()][-1] == "Evakuer skolen"
    failing.armed = True
    with pytest.raises(SessionWriteError):
        exercise.add_entry(EntryKind.DECISION, "Enda en", ["ordforer"])
    session.save_as(tmp_path / "reddet.ovelse")
    session.close()
    with Session.open(tmp_path / "reddet.ovelse", clock=clock) as reopened:
        assert entry_texts(reopened) == ["Kriseledelsen er satt", "Evakuer skolen"]
    count("SQLite write errors injected (refused cleanly, rescued with Lagre som)")


def test_an_error_after_the_commit_landed_is_not_reported_as_a_loss(
    session: Session, path: Path, clock: FakeClock
) -> None:
    """A flush that fails after SQLite committed: the entry is on disk, so it is kept."""
    failing = _inject(session, "COMMIT", 10, after=True)
    session.exercise.add_entry(EntryKind.DECISION, "Lagret likevel", ["ordforer"])
    assert entry_texts(session)[-1] == "Lagret likevel"
    failing.armed = False
    session.close()
    with Session.open(path, clock=clock) as reopened:
        assert entry_texts(reopened) == ["Kriseledelsen er satt", "Lagret likevel"]


def test_an_automatic_release_that_cannot_be_saved_is_tried_again(
    session: Session, clock: FakeClock
) -> None:
    exercise = session.exercise
    exercise.set_auto_release(True)
    failing = _inject(session, "COMMIT", 13)
    clock.advance(minutes=25)  # i2 is due at +00:20 and releases itself
    with pytest.raises(SessionWriteError, match="disken er full"):
        exercise.tick()
    assert exercise.current_inject_id() == "i1"
    failing.armed = False
    exercise.tick()
    assert exercise.current_inject_id() == "i2"


def test_the_rescue_disk_full_too_leaves_both_places_clean(
    session: Session, path: Path, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _inject(session, "COMMIT", 13)
    with pytest.raises(SessionWriteError):
        session.exercise.add_entry(EntryKind.DECISION, "Etter redningen", ["ordforer"])
    full = tmp_path / "full disk"
    full.mkdir()

    def no_space(target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(sessionfile, "fsync_file", no_space)
    with pytest.raises(SessionWriteError) as caught:
        session.save_as(full / "kopi.ovelse")
    assert "«kopi.ovelse»" in str(caught.value) and "annet sted" in str(caught.value)
    assert list(full.iterdir()) == [], "no half copy, temporary file or lock is left behind"
    assert session.path == path and entry_texts(session) == ["Kriseledelsen er satt"]
    monkeypatch.undo()
    _rescue(session, tmp_path / "reddet.ovelse", clock)


@pytest.mark.parametrize("how", ["moved", "replaced by a copy", "folder removed"])
def test_a_file_that_is_no_longer_there_is_never_written_blindly(
    session: Session, path: Path, tmp_path: Path, clock: FakeClock, how: str
) -> None:
    original = path.read_bytes()
    if how == "moved":
        path.rename(tmp_path / "flyttet.ovelse")
    elif how == "replaced by a copy":
        copy = tmp_path / "kopi.ovelse"
        shutil.copyfile(path, copy)
        path.unlink()
        shutil.copyfile(copy, path)
    else:
        shutil.rmtree(path.parent)  # the memory stick was pulled out
    before = snapshot(session.exercise)
    with pytest.raises(SessionMissingError) as caught:
        session.exercise.add_entry(EntryKind.DECISION, "Etter redningen", ["ordforer"])
    assert "slettet eller flyttet" in str(caught.value) and "Lagre som" in str(caught.value)
    assert snapshot(session.exercise) == before
    if how == "replaced by a copy":
        assert path.read_bytes() == original, "the file now at that name was not written to"
    _rescue(session, tmp_path / "reddet.ovelse", clock)


def test_another_program_holding_the_database_lock(
    path: Path, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup tool or a second SQLite program writing: SQLite's own lock, not ours."""
    monkeypatch.setattr(sessionfile, "BUSY_TIMEOUT_S", 0.05)
    session = Session.create(path, build_pack(), media=MEDIA, clock=clock)
    try:
        session.exercise.start()
        session.exercise.release_next()
        session.exercise.add_entry(EntryKind.DECISION, "Kriseledelsen er satt", ["ordforer"])
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN EXCLUSIVE")
            before = snapshot(session.exercise)
            with pytest.raises(SessionWriteError, match="låst av et annet program"):
                session.exercise.add_entry(EntryKind.DECISION, "Etter redningen", ["ordforer"])
            assert snapshot(session.exercise) == before
            other.execute("ROLLBACK")
        finally:
            other.close()
        session.exercise.add_entry(EntryKind.DECISION, "Etter redningen", ["ordforer"])
    finally:
        session.close()
    with Session.open(path, clock=clock) as reopened:
        assert entry_texts(reopened) == ["Kriseledelsen er satt", "Etter redningen"]


def test_a_new_session_on_a_full_or_missing_disk_is_refused_cleanly(tmp_path: Path) -> None:
    gone = tmp_path / "borte" / "ny.ovelse"
    with pytest.raises(SessionError) as caught:
        Session.create(gone, build_pack(), clock=FakeClock())
    assert "«ny.ovelse»" in str(caught.value)
    assert not gone.parent.exists()
    assert not lock_of(gone).exists()
