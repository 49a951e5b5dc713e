"""Real session files, and the files a crash leaves behind, for the store's hardening tests.

``crash_states`` records one transaction of sixty log entries in three moments: before
it, halfway (SQLite has spilled changed pages into the file, so the journal is «hot»),
and after the commit. Sixty entries in one transaction make a half-applied transaction
easy to see: a reopened file must hold the twenty entries from before or all eighty.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ovelse.exercise import EntryKind, FakeClock
from ovelse.exercise.events import EventRecord
from ovelse.exercise.plain import event_to_plain
from ovelse.store import Session, SessionError
from ovelse.store.sessionfile import format_wall
from tests.exercise.packs import MEDIA, build_pack

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
BEFORE, DURING = 20, 60


@dataclass(frozen=True)
class Crash:
    before: bytes  # the file before the transaction
    during: bytes  # the file halfway: some changed pages already written
    journal: bytes  # the rollback journal halfway; its first segment is synced
    after: bytes  # the file after the commit (the journal is gone)
    page_size: int


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def lock_of(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def entry_texts(session: Session) -> list[str]:
    return [entry.text for entry in session.exercise.log.entries()]


def texts_before() -> list[str]:
    return [f"Før {n}:" + " æøå ŋ" * 20 for n in range(BEFORE)]


def texts_after() -> list[str]:
    return texts_before() + [f"Under {n}:" + " áčđ" * 30 for n in range(DURING)]


def session_with_entries(path: Path, texts: list[str]) -> None:
    with Session.create(path, build_pack(), media=MEDIA, clock=FakeClock()) as session:
        session.exercise.start()
        session.exercise.release_next()
        for text in texts:
            session.exercise.add_entry(EntryKind.DECISION, text, ["ordforer"])


def _rows(records: list[EventRecord]) -> list[tuple[object, ...]]:
    return [
        (
            record.seq,
            record.event.TYPE,
            format_wall(record.wall),
            record.exercise_ms,
            json.dumps(event_to_plain(record.event), ensure_ascii=False, separators=(",", ":")),
        )
        for record in records
    ]


def crash_states(folder: Path) -> Crash:
    path = folder / "krasj.ovelse"
    session_with_entries(path, texts_before())
    # Open it as the program would after a restart, then make the next sixty entries
    # without writing them, to write them below in one transaction that can be cut.
    session = Session.open(path, clock=FakeClock())
    before = path.read_bytes()
    made: list[EventRecord] = []
    setattr(session, "append", made.extend)  # noqa: B010  (the store's sink, bypassed)
    for text in texts_after()[BEFORE:]:
        session.exercise.add_entry(EntryKind.DECISION, text, ["ordforer"])
    store = session._store
    assert store is not None and session._lock is not None
    store.close()
    session._store = None
    session._lock.release()

    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA cache_size = 2")  # spill changed pages into the file early
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?)", _rows(made))
        during, journal = path.read_bytes(), journal_of(path).read_bytes()
        connection.execute("COMMIT")
    finally:
        connection.close()
    after = path.read_bytes()
    page_size = int.from_bytes(before[16:18], "big")
    assert int.from_bytes(journal[8:12], "big") > 0, "the journal should have a synced segment"
    assert during != before, "SQLite should have written changed pages before the commit"
    return Crash(before, during, journal, after, page_size)


def unsynced(journal: bytes) -> bytes:
    """The journal as SQLite writes it before its first sync: every record count zero."""
    data = bytearray(journal)
    offset = 0
    while offset + 28 <= len(data) and data[offset : offset + 8] == JOURNAL_MAGIC:
        count = int.from_bytes(data[offset + 8 : offset + 12], "big")
        sector = int.from_bytes(data[offset + 20 : offset + 24], "big")
        page_size = int.from_bytes(data[offset + 24 : offset + 28], "big")
        data[offset + 8 : offset + 12] = bytes(4)
        end = offset + sector + count * (page_size + 8)
        offset = -(-end // sector) * sector if count else offset + sector
    return bytes(data)


def synced_records(journal: bytes) -> tuple[int, int, int]:
    """Where the first segment's counted records lie: (start, end, record size)."""
    count = int.from_bytes(journal[8:12], "big")
    sector = int.from_bytes(journal[20:24], "big")
    size = int.from_bytes(journal[24:28], "big") + 8
    return sector, sector + count * size, size


@dataclass(frozen=True)
class Outcome:
    texts: list[str] | None  # what opened, or None if refused
    error: SessionError | None
    untouched: bool  # file and journal as they were (only checked when refused)


def open_pair(path: Path, file: bytes, journal: bytes | None, *, read_only: bool) -> Outcome:
    """Lay a file (and journal) down as a crash left them, then open it like the app."""
    for leftover in (path, journal_of(path), lock_of(path)):
        leftover.unlink(missing_ok=True)
    path.write_bytes(file)
    if journal is not None:
        journal_of(path).write_bytes(journal)
    try:
        with Session.open(path, clock=FakeClock(), read_only=read_only) as session:
            texts = entry_texts(session)
    except SessionError as exc:
        untouched = path.read_bytes() == file and (
            journal is None
            or (journal_of(path).exists() and journal_of(path).read_bytes() == journal)
        )
        return Outcome(None, exc, untouched and not lock_of(path).exists())
    return Outcome(texts, None, True)
