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
    v1_file: Path, monkeypatch: pytest.MonkeyPatch, pack: ScenarioPack
) -> None:
    original = v1_file.read_bytes()
    other_path = v1_file.with_name("annen.ovelse")
    with Session.create(other_path, pack, clock=FakeClock()) as other:
        other.exercise.add_entry(EntryKind.DECISION, "En annen økt", ["ordforer"])
    another_v1 = other_path.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.MIGRATIONS, 1, _add_notes_table)
    with Session.open(v1_file, clock=FakeClock()) as session:
        assert [e.text for e in session.exercise.log.entries()] == ["Fra versjon 1"]
        session.exercise.add_entry(EntryKind.DECISION, "Etter oppgradering", ["ordforer"])
    backup = v1_file.with_name("gammel.v1.bak.ovelse")
    assert backup.read_bytes() == original
    assert _version(v1_file) == 2 and _version(backup) == 1

    # the same file upgraded again (put back from elsewhere) keeps its one copy …
    v1_file.unlink()
    v1_file.write_bytes(original)
    Session.open(v1_file, clock=FakeClock()).close()
    assert sorted(p.name for p in v1_file.parent.glob("gammel.v1.*")) == ["gammel.v1.bak.ovelse"]
    # … and another older file with the same name gets its own, never over the first
    backup_again = v1_file.with_name("gammel.v1.bak-2.ovelse")
    v1_file.unlink()
    v1_file.write_bytes(another_v1)
    Session.open(v1_file, clock=FakeClock()).close()
    assert backup.read_bytes() == original and backup_again.read_bytes() == another_v1


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


def _backups(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if ".bak" in p.name)


def test_a_refused_upgrade_makes_no_copy_however_often_it_is_tried(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = v1_file.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(schema.MIGRATIONS, 1, _add_notes_table)  # but no step from 2
    for _ in range(3):
        with pytest.raises(MigrationError, match="filformat 1"):
            Session.open(v1_file, clock=FakeClock())
    assert _backups(v1_file) == [] and v1_file.read_bytes() == original


def test_a_failing_upgrade_tried_again_leaves_no_copies_behind(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is as it was after each failure, so a copy of it would only pile up."""
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.MIGRATIONS, 1, _fail_halfway)
    for _ in range(3):
        with pytest.raises(MigrationError):
            Session.open(v1_file, clock=FakeClock())
    assert _backups(v1_file) == []
    monkeypatch.setitem(schema.MIGRATIONS, 1, _add_notes_table)  # the next version works
    Session.open(v1_file, clock=FakeClock()).close()
    assert _backups(v1_file) == ["gammel.v1.bak.ovelse"]
