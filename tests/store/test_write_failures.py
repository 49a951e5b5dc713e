"""A change that cannot be saved is refused, nothing is applied, and «Lagre som» rescues.

Disk full is simulated with SQLite's ``max_page_count``, which makes the next write that
needs a new page fail exactly as a full disk does.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ovelse.exercise import EntryKind, FakeClock
from ovelse.store import (
    ReadOnlySessionError,
    Session,
    SessionMissingError,
    SessionWriteError,
)
from tests.exercise.story import snapshot


def _fill_disk(session: Session) -> None:
    store = session._store
    assert store is not None
    connection = store._connection
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")


def test_disk_full_is_refused_clearly_and_save_as_continues_elsewhere(
    session: Session, session_path: Path, tmp_path: Path, clock: FakeClock
) -> None:
    exercise = session.exercise
    exercise.start()
    exercise.release("i1")
    exercise.add_entry(EntryKind.DECISION, "Før disken ble full", ["ordforer"])
    before, records = snapshot(exercise), session.records()
    _fill_disk(session)
    with pytest.raises(SessionWriteError) as caught:
        exercise.add_entry(EntryKind.DECISION, "Lang tekst " * 2000, ["ordforer"])
    message = str(caught.value)
    assert "disken er full" in message and session_path.name in message and "Lagre som" in message
    assert snapshot(exercise) == before and session.records() == records

    rescue = tmp_path / "annen disk" / "reddet.ovelse"
    rescue.parent.mkdir()
    session.save_as(rescue)
    assert session.path == rescue and not session.read_only
    exercise.add_entry(EntryKind.DECISION, "Lang tekst " * 2000, ["ordforer"])
    session.close()
    with Session.open(rescue, clock=clock) as reopened:
        texts = [e.text[:19] for e in reopened.exercise.log.entries()]
        assert texts == ["Før disken ble full", "Lang tekst Lang tek"]
        assert reopened.recovery is None
    assert not session_path.with_name(session_path.name + ".lock").exists()
    with Session.open(session_path, clock=clock) as old:  # the old file is as it was
        assert [e.text for e in old.exercise.log.entries()] == ["Før disken ble full"]


def test_a_deleted_file_is_noticed_and_save_as_keeps_everything(
    session: Session, session_path: Path, tmp_path: Path, clock: FakeClock
) -> None:
    session.exercise.add_entry(EntryKind.DECISION, "Første", ["ordforer"])
    session_path.unlink()
    with pytest.raises(SessionMissingError, match="slettet eller flyttet"):
        session.exercise.add_entry(EntryKind.DECISION, "Andre", ["ordforer"])
    assert len(session.exercise.log.entries()) == 1
    rescue = tmp_path / "reddet.ovelse"
    session.save_as(rescue)
    session.exercise.add_entry(EntryKind.DECISION, "Andre", ["ordforer"])
    session.close()
    with Session.open(rescue, clock=clock) as reopened:
        assert [e.text for e in reopened.exercise.log.entries()] == ["Første", "Andre"]


def test_a_read_only_folder_opens_read_only_and_save_as_works(
    session: Session, session_path: Path, clock: FakeClock, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Permission bits do not bind root (CI containers often run as root); there the
    refusal the operating system would give is injected where the lock file is created."""
    session.exercise.add_entry(EntryKind.DECISION, "Skrevet før", ["ordforer"])
    session.close()
    target = tmp_path_factory.mktemp("skrivbar") / "kopi.ovelse"
    with pytest.MonkeyPatch.context() as patch:
        folder = session_path.parent
        os.chmod(folder, 0o555)
        try:
            if os.geteuid() == 0:
                import ovelse.store.lock as lock_module

                real_open = os.open

                def refuse(path: str, *args: int) -> int:
                    if Path(path).parent == folder:
                        raise PermissionError(13, "Permission denied", path)
                    return real_open(path, *args)

                patch.setattr(lock_module.os, "open", refuse)
            before = session_path.read_bytes()
            with Session.open(session_path, clock=clock) as viewer:
                assert viewer.read_only and "skrivetilgang" in (viewer.read_only_reason or "")
                with pytest.raises(ReadOnlySessionError):
                    viewer.exercise.add_entry(EntryKind.DECISION, "Nei", ["ordforer"])
                viewer.save_as(target)
                assert not viewer.read_only
                viewer.exercise.add_entry(EntryKind.DECISION, "Skrevet etter", ["ordforer"])
            assert session_path.read_bytes() == before
        finally:
            os.chmod(folder, 0o755)
    with Session.open(target, clock=clock) as copy:
        assert [e.text for e in copy.exercise.log.entries()] == ["Skrevet før", "Skrevet etter"]
