"""Refusals are Norwegian sentences: no English from SQLite or the system, no «?.».

The words inside a message used to be the exception's own text where no advice was
written for it: «database disk image is malformed», «No space left on device».
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from ovelse.exercise import EntryKind, FakeClock
from ovelse.scenario.model import ScenarioPack
from ovelse.store import Session, SessionError, SessionWriteError, sessionfile
from tests.store.failing import FailingConnection

ENGLISH = (
    "database",
    "malformed",
    "disk image",
    "No space",
    "No such file",
    "Permission denied",
    "rrno",
    "btree",
    "Page ",
    "unable to open",
    "injected",
)


def _norwegian(message: str) -> None:
    assert not [word for word in ENGLISH if word in message], message
    assert "?." not in message and ".." not in message, message


@pytest.mark.parametrize("code", [10, 14, 13, 8, 5, 11, 1, 21])
def test_a_refused_write_is_told_in_norwegian(session: Session, code: int) -> None:
    store = session._store
    assert store is not None
    real = store._connection
    store._connection = FailingConnection(real, "COMMIT", code, after=False)  # type: ignore[assignment]
    try:
        with pytest.raises(SessionWriteError) as caught:
            session.exercise.add_entry(EntryKind.DECISION, "Evakuer skolen", ["ordforer"])
    finally:
        store._connection = real
    _norwegian(str(caught.value))


def test_a_damaged_file_is_described_in_norwegian(
    tmp_path: Path, pack: ScenarioPack, clock: FakeClock
) -> None:
    path = tmp_path / "skadet.ovelse"
    with Session.create(path, pack, clock=clock) as session:
        for number in range(40):
            session.exercise.add_entry(EntryKind.OBSERVATION, f"Notat {number} " * 40, ["ordforer"])
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in (3, 5):
        refused = bytearray(data)
        refused[page_size * page : page_size * page + 64] = b"\xa5" * 64
        path.write_bytes(bytes(refused))
        with pytest.raises(SessionError) as caught:
            Session.open(path, clock=clock)
        _norwegian(str(caught.value))


def test_a_full_rescue_disk_is_told_in_norwegian(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(sessionfile, "fsync_file", no_space)
    with pytest.raises(SessionWriteError) as caught:
        session.save_as(tmp_path / "kopi.ovelse")
    assert "disken er full" in str(caught.value)
    _norwegian(str(caught.value))


@pytest.mark.parametrize("payload", ["#ikke json", "{}x", 42])
def test_an_event_that_is_not_json_is_described_in_norwegian(
    tmp_path: Path, pack: ScenarioPack, clock: FakeClock, payload: object
) -> None:
    path = tmp_path / "skadet.ovelse"
    with Session.create(path, pack, clock=clock) as session:
        session.exercise.add_entry(EntryKind.OBSERVATION, "Notat", ["ordforer"])
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        (trigger,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'events_append_only_update'"
        ).fetchone()
        connection.execute("DROP TRIGGER events_append_only_update")
        connection.execute("UPDATE events SET payload = ? WHERE seq = 2", (payload,))
        connection.execute(trigger)
    finally:
        connection.close()
    with pytest.raises(SessionError) as caught:
        Session.open(path, clock=clock)
    assert "hendelse nr. 2" in str(caught.value)
    assert isinstance(payload, int) or "ikke gyldig JSON" in str(caught.value)
    assert "Expecting" not in str(caught.value) and "must be" not in str(caught.value)
    _norwegian(str(caught.value))
