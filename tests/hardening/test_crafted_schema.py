"""A session file from outside whose schema carries SQL of its own is refused unopened.

A session is mailed between kommuner and the statsforvalter, so anyone on the way can add
a trigger, a view or a table to it with any SQLite tool. A trigger runs on Øvelse's next
write: it could store «Ikke evakuer» where the facilitator saw «Evakuer skolen» saved,
plant an event that makes the next opening refuse the file, or never finish. The store
compares the schema with the one it writes before reading a single row, and refuses
anything more by name; the file is left exactly as it was, with no lock beside it.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ovelse.exercise import EntryKind, FakeClock
from ovelse.store import CorruptSessionError, Session, SessionError, peek
from tests.hardening.sessions import entry_texts, lock_of, session_with_entries
from tests.hardening.tally import count

# Without the append-only triggers, so that the crafted one can rewrite a stored entry.
REWRITE = """
DROP TRIGGER events_append_only_update;
CREATE TRIGGER omskriv AFTER INSERT ON events
BEGIN
    UPDATE events SET payload = replace(payload, 'Evakuer skolen', 'Ikke evakuer')
    WHERE seq = new.seq;
END;
"""
POISON = """
CREATE TRIGGER forgift AFTER INSERT ON events
BEGIN
    INSERT INTO events VALUES (new.seq + 1000000, 'ukjent', 'i går', -1, '{}');
END;
"""
HANG = """
CREATE TRIGGER heng AFTER INSERT ON events
BEGIN
    SELECT count(*) FROM (
        WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n
    );
END;
"""
EXTRAS = {
    "a view": ("CREATE VIEW oversikt AS SELECT * FROM events", "visningen (view) «oversikt»"),
    "a table": ("CREATE TABLE notater (tekst TEXT)", "tabellen «notater»"),
    "an index": (
        "CREATE INDEX etter_type ON events (upper(type))",
        "indeksen «etter_type»",
    ),
    "a trigger on meta": (
        "CREATE TRIGGER meta_endret AFTER UPDATE ON meta BEGIN SELECT 1; END",
        "utløseren (trigger) «meta_endret»",
    ),
}


def _crafted(path: Path, sql: str) -> bytes:
    session_with_entries(path, ["Kriseledelsen er satt"])
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.executescript(sql)
    finally:
        connection.close()
    return path.read_bytes()


def _refused(path: Path, before: bytes, words: str, *, read_only: bool) -> None:
    with pytest.raises(CorruptSessionError) as caught:
        Session.open(path, clock=FakeClock(), read_only=read_only)
    message = str(caught.value)
    assert f"«{path.name}»" in message and words in message and "ikke endret" in message
    assert path.read_bytes() == before, "the refused file was changed"
    assert not lock_of(path).exists()
    count("crafted schemas refused before reading (file untouched)")


def test_a_trigger_that_rewrites_a_saved_entry_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fra statsforvalteren.ovelse"
    before = _crafted(path, REWRITE)
    for read_only in (False, True):
        _refused(path, before, "utløseren (trigger) «omskriv»", read_only=read_only)
    with pytest.raises(SessionError, match="omskriv"):
        peek(path)  # the «resume last session» offer reads the file too
    assert path.read_bytes() == before


def test_a_trigger_that_would_make_the_next_opening_fail_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "forgiftet.ovelse"
    before = _crafted(path, POISON)
    _refused(path, before, "«forgift»", read_only=False)


@pytest.mark.parametrize("extra", EXTRAS, ids=list(EXTRAS))
def test_any_other_addition_to_the_schema_is_refused_by_name(tmp_path: Path, extra: str) -> None:
    sql, words = EXTRAS[extra]
    path = tmp_path / "tillegg.ovelse"
    before = _crafted(path, sql)
    for read_only in (False, True):
        _refused(path, before, words, read_only=read_only)


def test_a_changed_table_definition_is_refused(tmp_path: Path) -> None:
    """A column default or check can hold an expression; the table's text must be ours."""
    path = tmp_path / "endret.ovelse"
    before = _crafted(
        path,
        "PRAGMA writable_schema = ON;"
        "UPDATE sqlite_master SET sql = replace(sql, 'payload     TEXT    NOT NULL', "
        "'payload TEXT NOT NULL DEFAULT (randomblob(1000000000))') WHERE name = 'events';",
    )
    _refused(path, before, "«events»", read_only=False)


_OPEN_FOR_WRITING = """
import sys
from ovelse.store import Session, SessionError
try:
    Session.open(sys.argv[1]).close()
except SessionError as error:
    print("refused:", error)
"""


def test_a_trigger_that_never_finishes_does_not_hang_the_opening(tmp_path: Path) -> None:
    """Opening for writing records «opened»: the crafted trigger would run for ever."""
    path = tmp_path / "heng.ovelse"
    before = _crafted(path, HANG)
    opened = subprocess.run(
        [sys.executable, "-c", _OPEN_FOR_WRITING, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert opened.stdout.startswith("refused:") and "«heng»" in opened.stdout, opened.stderr
    assert path.read_bytes() == before and not lock_of(path).exists()


def test_a_clean_file_still_opens_and_records(tmp_path: Path) -> None:
    path = tmp_path / "ren.ovelse"
    session_with_entries(path, ["Kriseledelsen er satt"])
    with Session.open(path, clock=FakeClock()) as session:
        session.exercise.add_entry(EntryKind.DECISION, "Evakuer skolen", ["ordforer"])
    with Session.open(path, clock=FakeClock()) as session:
        assert entry_texts(session) == ["Kriseledelsen er satt", "Evakuer skolen"]
