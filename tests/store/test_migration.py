"""An older session file is copied aside before it is upgraded, and never half-upgraded.

Version 1 is the first real layout, so these tests pretend this program knows a version 2
whose step from 1 adds a table, and check the mechanism on a real version-1 file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ovelse.exercise import EntryKind, FakeClock
from ovelse.scenario.model import ScenarioPack
from ovelse.store import MigrationError, Session, schema


@pytest.fixture
def v1_file(tmp_path: Path, pack: ScenarioPack, clock: FakeClock) -> Path:
    path = tmp_path / "gammel.ovelse"
    with Session.create(path, pack, clock=clock) as session:
        session.exercise.add_entry(EntryKind.DECISION, "Fra versjon 1", ["ordforer"])
    return path


def _add_notes_table(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE notes (text TEXT)")


def _fail_halfway(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE notes (text TEXT)")
    raise RuntimeError("steg 2 feilet")


def _version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def test_older_file_is_copied_aside_then_upgraded(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = v1_file.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.MIGRATIONS, 1, _add_notes_table)
    with Session.open(v1_file, clock=FakeClock()) as session:
        assert [e.text for e in session.exercise.log.entries()] == ["Fra versjon 1"]
        session.exercise.add_entry(EntryKind.DECISION, "Etter oppgradering", ["ordforer"])
    backup = v1_file.with_name("gammel.v1.bak.ovelse")
    assert backup.read_bytes() == original
    assert _version(v1_file) == 2 and _version(backup) == 1

    # a second older file with the same name does not replace the first copy
    backup_again = v1_file.with_name("gammel.v1.bak-2.ovelse")
    v1_file.unlink()
    v1_file.write_bytes(original)
    Session.open(v1_file, clock=FakeClock()).close()
    assert backup.read_bytes() == original and backup_again.read_bytes() == original


def test_a_failed_upgrade_leaves_the_file_as_it_was(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = v1_file.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.MIGRATIONS, 1, _fail_halfway)
    with pytest.raises(MigrationError, match=r"steg 2 feilet.*ikke endret"):
        Session.open(v1_file, clock=FakeClock())
    assert v1_file.read_bytes() == original
    assert not v1_file.with_name(v1_file.name + ".lock").exists()


def test_no_known_way_up_is_refused(v1_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = v1_file.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(schema.MIGRATIONS, 1, _add_notes_table)  # but no step from 2
    with pytest.raises(MigrationError, match="filformat 1"):
        Session.open(v1_file, clock=FakeClock())
    assert v1_file.read_bytes() == original


def test_read_only_opening_upgrades_a_private_copy(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = v1_file.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.MIGRATIONS, 1, _add_notes_table)
    with Session.open(v1_file, clock=FakeClock(), read_only=True) as session:
        assert session.read_only
        assert [e.text for e in session.exercise.log.entries()] == ["Fra versjon 1"]
    assert v1_file.read_bytes() == original
    assert sorted(p.name for p in v1_file.parent.iterdir()) == ["gammel.ovelse"]
