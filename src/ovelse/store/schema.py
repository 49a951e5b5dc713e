"""The layout of a session file (version 1) and the steps that upgrade older layouts.

``PRAGMA application_id`` marks the file as ours, so another program's SQLite database is
recognised before anything reads it; ``PRAGMA user_version`` is the layout version.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x4F564C53  # "OVLS"
SCHEMA_VERSION = 1
FORMAT_NAME = "ovelse-session"

SCHEMA = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE media (
    path TEXT PRIMARY KEY,
    data BLOB NOT NULL
);
CREATE TABLE events (
    seq         INTEGER PRIMARY KEY,
    type        TEXT    NOT NULL,
    wall_utc    TEXT    NOT NULL,
    exercise_ms INTEGER NOT NULL,
    payload     TEXT    NOT NULL
);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
"""

# The columns every reader relies on; a damaged schema text (a flipped bit in
# sqlite_master) must be refused on open, not found out by a later query.
REQUIRED_COLUMNS: dict[str, frozenset[str]] = {
    "meta": frozenset({"key", "value"}),
    "media": frozenset({"path", "data"}),
    "events": frozenset({"seq", "type", "wall_utc", "exercise_ms", "payload"}),
}
REQUIRED_TABLES = frozenset(REQUIRED_COLUMNS)

# Every layout version a file may have, as written by ``build`` (and by the migrations).
# A file's ``sqlite_master`` must hold exactly this and nothing more: a trigger, view,
# index or extra table in a file from outside would run or be read as if it were ours.
LAYOUTS: dict[int, str] = {1: SCHEMA}

MasterRow = tuple[str, str, str, str | None]  # type, name, table, SQL text


@functools.cache
def master_rows(version: int) -> frozenset[MasterRow]:
    """What ``sqlite_master`` holds in a file of this layout version, exactly as SQLite
    stores it (SQLite keeps the statement's text, so it is built here, not retyped)."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.executescript(LAYOUTS[version])
        rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
        return frozenset(rows.fetchall())
    finally:
        connection.close()


Migration = Callable[[sqlite3.Connection], None]

# MIGRATIONS[n] turns a version-n file into version n + 1, inside the caller's transaction.
MIGRATIONS: dict[int, Migration] = {}


def upgradable(version: int) -> bool:
    """Every step from ``version`` up to this program's layout is known."""
    return all(step in MIGRATIONS for step in range(version, SCHEMA_VERSION))
