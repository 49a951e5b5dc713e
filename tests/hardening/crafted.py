"""Session files with one value changed by hand, as someone with a SQLite tool could.

The schema is left as the program wrote it (a changed row is written with the append-only
triggers lifted for a moment and put back word for word), so that what the tests meet is
the crafted value, not a foreign schema.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ovelse.exercise import EntryKind, FakeClock
from ovelse.store import Session
from tests.exercise.packs import MEDIA, build_pack


def healthy(path: Path) -> Path:
    """A session under way: started, the first inject given, two entries, one participant."""
    clock = FakeClock()
    with Session.create(path, build_pack(), media=MEDIA, clock=clock) as session:
        run = session.exercise
        run.add_participant("Kari Nordmann", "Vadsø kommune", ["ordforer"])
        run.start()
        clock.advance(minutes=3)
        run.release_next()
        clock.advance(minutes=4)
        run.add_entry(EntryKind.DECISION, "Evakuer skolen", ["ordforer"])
        clock.advance(minutes=5)
        run.add_entry(EntryKind.ACTION, "Ring nettselskapet", ["ordforer"])
    return path


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    return connection


def last_row(path: Path) -> tuple[int, str, str, int]:
    """seq, type, wall_utc and exercise_ms of the last event."""
    connection = _connect(path)
    try:
        row = connection.execute(
            "SELECT seq, type, wall_utc, exercise_ms FROM events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return int(row[0]), str(row[1]), str(row[2]), int(row[3])


def seq_of(path: Path, text: str) -> int:
    """The first event whose payload holds ``text``."""
    connection = _connect(path)
    try:
        row = connection.execute(
            "SELECT seq FROM events WHERE instr(payload, ?) > 0 ORDER BY seq LIMIT 1", (text,)
        ).fetchone()
    finally:
        connection.close()
    return int(row[0])


def append_event(
    path: Path,
    kind: str,
    payload: object,
    *,
    exercise_ms: object | None = None,
    wall: object | None = None,
) -> int:
    """Add an event after the last one, at its times unless given; returns its number.

    ``payload`` is written as it is when it is a string, as compact JSON otherwise.
    """
    seq, _, last_wall, last_ms = last_row(path)
    text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    connection = _connect(path)
    try:
        connection.execute(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?)",
            (
                seq + 1,
                kind,
                last_wall if wall is None else wall,
                last_ms if exercise_ms is None else exercise_ms,
                text,
            ),
        )
    finally:
        connection.close()
    return seq + 1


def rewrite_event(path: Path, seq: int, column: str, value: object) -> None:
    """Change one column of a stored event; the schema ends as it was."""
    assert column in {"type", "wall_utc", "exercise_ms", "payload"}
    connection = _connect(path)
    try:
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).fetchall()
        connection.execute("BEGIN IMMEDIATE")
        for name, _ in triggers:
            connection.execute(f"DROP TRIGGER {name}")
        connection.execute(f"UPDATE events SET {column} = ? WHERE seq = ?", (value, seq))
        for _, sql in triggers:
            connection.execute(sql)
        connection.execute("COMMIT")
    finally:
        connection.close()


def set_meta(path: Path, key: str, value: str | bytes) -> None:
    connection = _connect(path)
    try:
        connection.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
    finally:
        connection.close()
