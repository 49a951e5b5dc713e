"""Files that are not sessions, or no longer whole ones: a clear message, the file untouched."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from ovelse.exercise import EntryKind, FakeClock
from ovelse.scenario.model import ScenarioPack
from ovelse.store import (
    CorruptSessionError,
    NewerSessionError,
    NotASessionError,
    Session,
    SessionError,
    SessionNotFoundError,
    peek,
)


def _valid_session(path: Path, pack: ScenarioPack, clock: FakeClock) -> Path:
    with Session.create(path, pack, clock=clock) as session:
        for number in range(40):
            session.exercise.add_entry(EntryKind.OBSERVATION, f"Notat {number} " * 40, ["ordforer"])
    return path


def _assert_refused(path: Path, error: type[SessionError], words: str) -> SessionError:
    before = path.read_bytes() if path.is_file() else None
    neighbours = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(error) as caught:
        Session.open(path, clock=FakeClock())
    message = str(caught.value)
    assert f"«{path.name}»" in message and words in message
    if before is not None:
        assert path.read_bytes() == before, "a refused file must be left exactly as it was"
    assert sorted(p.name for p in path.parent.iterdir()) == neighbours, "nothing left behind"
    return caught.value


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "tom.ovelse"
    path.write_bytes(b"")
    _assert_refused(path, NotASessionError, "er tom")


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notat.ovelse"
    path.write_text("Dette er et referat fra øvelsen, ikke en økt.\n" * 20, encoding="utf-8")
    _assert_refused(path, NotASessionError, "ikke en øktfil")


def test_another_programs_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "fremmed.ovelse"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE events (seq INTEGER, type TEXT)")
    connection.execute("INSERT INTO events VALUES (1, 'x')")
    connection.commit()
    connection.close()
    _assert_refused(path, NotASessionError, "annet program")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(SessionNotFoundError, match="Finner ikke"):
        Session.open(tmp_path / "borte.ovelse")
    folder = tmp_path / "mappe.ovelse"
    folder.mkdir()
    with pytest.raises(NotASessionError, match="ikke en fil"):
        Session.open(folder)


@pytest.mark.parametrize("keep", [0.5, 0.25])
def test_truncated_file(tmp_path: Path, pack: ScenarioPack, clock: FakeClock, keep: float) -> None:
    path = _valid_session(tmp_path / "avkortet.ovelse", pack, clock)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep) + 100])
    _assert_refused(path, CorruptSessionError, "avkortet eller skadet")


def _damage_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 3 : page_size * 3 + 64] = b"\xa5" * 64  # a b-tree page header
    path.write_bytes(bytes(data))


def _damage_payload(path: Path) -> None:
    data = path.read_bytes()
    assert b'{"entry_id":"L7"' in data
    path.write_bytes(data.replace(b'{"entry_id":"L7"', b'#"entry_id":"L7"'))


def _damage_scenario(path: Path) -> None:
    data = path.read_bytes()
    assert b'"phases":[' in data
    path.write_bytes(data.replace(b'"phases":[', b'"phasez":[', 1))


@pytest.mark.parametrize("damage", [_damage_page, _damage_payload, _damage_scenario])
def test_corrupt_file(
    tmp_path: Path, pack: ScenarioPack, clock: FakeClock, damage: Callable[[Path], None]
) -> None:
    path = _valid_session(tmp_path / "skadet.ovelse", pack, clock)
    damage(path)
    _assert_refused(path, CorruptSessionError, "kan ikke")
    # Opening holds the cycle collector; a refusal must not leave it off for the program.
    assert gc.isenabled()


def test_a_file_from_a_newer_version(tmp_path: Path, pack: ScenarioPack, clock: FakeClock) -> None:
    path = _valid_session(tmp_path / "fremtid.ovelse", pack, clock)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 7")
    connection.close()
    error = _assert_refused(path, NewerSessionError, "nyere versjon av Øvelse")
    assert "filformat 7" in str(error)


def test_peek_refuses_the_same_files(tmp_path: Path) -> None:
    path = tmp_path / "tom.ovelse"
    path.write_bytes(b"")
    with pytest.raises(NotASessionError):
        peek(path)
