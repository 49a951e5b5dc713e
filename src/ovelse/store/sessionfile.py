"""The SQLite file under a session: connecting, checking, reading and durable appends.

Each append is one transaction committed with ``synchronous=EXTRA`` in rollback-journal
mode before it returns (the folder is synced after the journal's removal, which is the
commit), so an acknowledged change survives a crash or a power cut, and the closed file is
one self-contained file (no ``-wal`` beside it) that can be mailed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from json.scanner import make_scanner
from pathlib import Path
from typing import Any, cast

from ovelse.exercise.bounds import EARLIEST_WALL, LATEST_WALL, MAX_EXERCISE_DAYS, MAX_EXERCISE_MS
from ovelse.exercise.events import EventRecord
from ovelse.exercise.plain import PlainError, event_from_plain, event_to_plain
from ovelse.exercise.storable import json_has_bad_text
from ovelse.store import messages, reasons, schema
from ovelse.store.errors import (
    CorruptSessionError,
    MigrationError,
    ReadOnlySessionError,
    SessionMissingError,
    SessionNotFoundError,
    SessionWriteError,
)
from ovelse.store.files import fsync_file, publish
from ovelse.store.header import journal_damage, journal_path
from ovelse.store.tempnames import temporary_sibling

BUSY_TIMEOUT_S = 5.0
_INSERT = "INSERT INTO events (seq, type, wall_utc, exercise_ms, payload) VALUES (?, ?, ?, ?, ?)"

# A damaged page can hold text that is not UTF-8; Python then raises UnicodeDecodeError (a
# ValueError) instead of sqlite3.Error, from a query or from SQLite's own error message.
_READ_ERRORS = (sqlite3.Error, ValueError)


def format_wall(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_wall(text: object) -> datetime:
    """A stored wall time; anything but an aware time in ``bounds`` is damage (``ValueError``).

    A time without its zone would fail later, far from the file, when the engine subtracts
    it from the clock's aware «now»; one in year 9999 when the CSV or the report makes it
    local time.
    """
    try:
        moment = datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ValueError(messages.DETAIL_WALL.format(value=text))
    if not EARLIEST_WALL <= moment <= LATEST_WALL:
        raise ValueError(
            messages.DETAIL_WALL_RANGE.format(
                value=text, earliest=EARLIEST_WALL.date(), latest=LATEST_WALL.date()
            )
        )
    return moment


# The C scanner ``json.loads`` runs underneath its Python wrapper (the stub types its
# argument as another scanner; it takes the decoder whose settings it copies).
_SCAN_JSON = make_scanner(cast(Any, json.JSONDecoder()))


def _json_value(text: str) -> object:
    """``json.loads`` for one stored payload, at half its cost on the usual compact text.

    Opening a long session decodes thousands of payloads; ``json.loads`` spends as long on
    its Python wrapper (type checks, two whitespace searches) as on the C scanner. Anything
    the scanner alone does not consume exactly (surrounding blanks, trailing data, not
    JSON at all) goes through ``json.loads``, which accepts it or raises with the position.
    """
    if text.__class__ is not str:
        return json.loads(text)  # a damaged row; json.loads says what is wrong with it
    try:
        value, end = _SCAN_JSON(text, 0)
    except StopIteration:
        return json.loads(text)
    if end != len(text):
        return json.loads(text)
    return value


def _connect(target: str, *, uri: bool) -> sqlite3.Connection:
    connection = sqlite3.connect(target, uri=uri, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    _defend(connection)
    return connection


def _defend(connection: sqlite3.Connection) -> None:
    """Treat the file's schema as untrusted, as a file mailed from outside is.

    ``trusted_schema = OFF`` keeps functions with side effects out of anything the schema
    defines; defensive mode (Python 3.12+ can set it) forbids the statements that could
    damage a file on purpose. Neither replaces ``check_schema``, which refuses any trigger,
    view or table Øvelse did not make before a single row is read.
    """
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")  # a crafted page is refused, not read
    setconfig = getattr(connection, "setconfig", None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:
        setconfig(defensive, True)


def _make_durable(connection: sqlite3.Connection) -> None:
    """Rollback journal, synced writes, and the commit itself made durable.

    In ``DELETE`` journal mode the commit is the removal of the journal. ``FULL`` syncs the
    journal and the file but not the folder after that removal, so a power cut could bring
    the journal back and the next opening would roll an acknowledged change away.
    ``EXTRA`` also syncs the folder before the commit returns.
    """
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = EXTRA")
    connection.execute("PRAGMA fullfsync = ON")  # macOS: really flush, not just to the drive


class SessionFile:
    def __init__(self, path: Path, connection: sqlite3.Connection, *, writable: bool) -> None:
        self.path = path
        self.writable = writable
        self._connection = connection
        self._identity = _identity(path)

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def connect(cls, path: Path, *, writable: bool) -> SessionFile:
        uri = path.resolve().as_uri() + ("?mode=rw" if writable else "?mode=ro")
        try:
            connection = _connect(uri, uri=True)
        except sqlite3.Error as exc:
            raise SessionNotFoundError(
                path, messages.CANNOT_OPEN.format(name=path.name, error=reasons.sqlite_reason(exc))
            ) from exc
        try:
            if writable:
                _make_durable(connection)
        except (*_READ_ERRORS, OSError) as exc:
            connection.close()
            raise _corrupt(path, exc) from exc
        return cls._checked(path, connection, writable=writable)

    @classmethod
    def _checked(cls, path: Path, connection: sqlite3.Connection, *, writable: bool) -> SessionFile:
        store = cls(path, connection, writable=writable)
        try:
            store.check_schema()
        except BaseException:
            connection.close()
            raise
        return store

    @classmethod
    def recovered_copy(cls, path: Path) -> SessionFile:
        """A read-only view of a file a crash left mid-write, without touching the file.

        SQLite can only roll back the leftover journal by writing, so the file and its
        journal are copied to a private folder, recovered there and read into memory.
        """
        damage = journal_damage(path)
        if damage is not None:
            raise CorruptSessionError(
                path,
                messages.JOURNAL_DAMAGED.format(name=path.name, damage=damage),
            )
        with tempfile.TemporaryDirectory(prefix="ovelse-") as folder:
            copy = Path(folder) / "økt.ovelse"
            try:
                shutil.copyfile(path, copy)
                shutil.copyfile(journal_path(path), journal_path(copy))
            except FileNotFoundError:
                # The journal was a live writer's, and its commit has just finished.
                return cls.connect(path, writable=False)
            except OSError as exc:  # no room for the private copy, or no right to read
                raise SessionNotFoundError(
                    path, messages.CANNOT_READ.format(name=path.name, error=reasons.os_reason(exc))
                ) from exc
            recovered = _connect(str(copy), uri=False)
            memory = _connect(":memory:", uri=False)
            try:
                recovered.backup(memory)
            except sqlite3.Error as exc:
                memory.close()
                raise _corrupt(path, exc) from exc
            finally:
                recovered.close()
        return cls._checked(path, memory, writable=False)

    @staticmethod
    def build(path: Path, meta: Mapping[str, str], media: Mapping[str, bytes]) -> None:
        """Write a complete new file at ``path``, which must not exist yet."""
        connection = _connect(str(path), uri=False)
        try:
            _make_durable(connection)
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            for statement in schema.SCHEMA.split(";\n"):
                if statement.strip():
                    connection.execute(statement)
            connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
            connection.executemany("INSERT INTO media (path, data) VALUES (?, ?)", media.items())
            connection.execute("COMMIT")
        finally:
            connection.close()

    def close(self) -> None:
        self._connection.close()

    # --- checks and migration ---------------------------------------------------------

    def check(self) -> None:
        """Refuse a damaged file. Only reads; the layout version comes from the header."""
        try:
            # integrity_check, not quick_check: a page of an index swapped with a page of
            # its table passes the quick one, and the file would then be written to. Our
            # indexes are tiny, so the full check costs the same few milliseconds.
            result = self._connection.execute("PRAGMA integrity_check(1)").fetchall()
        except _READ_ERRORS as exc:
            raise _corrupt(self.path, exc) from exc
        if result != [("ok",)]:
            raise _corrupt(self.path, messages.DETAIL_INTEGRITY)

    def check_schema(self) -> None:
        """Refuse a file whose schema holds anything Øvelse did not put there.

        Runs before anything else is read. A trigger in a file from outside would run on
        the next write (rewriting what was just logged, or never finishing), and a view or
        an index on an expression would run when read. Comparing ``sqlite_master`` with
        the layout Øvelse writes runs none of them: SQLite only parses the schema.
        """
        try:
            version = int(self._connection.execute("PRAGMA user_version").fetchone()[0])
            found = frozenset(
                self._connection.execute(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master"
                ).fetchall()
            )
        except _READ_ERRORS as exc:
            raise _corrupt(self.path, exc) from exc
        if version not in schema.LAYOUTS:
            raise MigrationError(
                self.path, messages.CANNOT_UPGRADE.format(name=self.path.name, version=version)
            )
        expected = schema.master_rows(version)
        known = {row[1] for row in expected}
        different = sorted(found - expected, key=repr)
        extra = [row for row in different if row[1] not in known]
        if extra:
            raise CorruptSessionError(
                self.path,
                messages.FOREIGN_SCHEMA.format(name=self.path.name, items=_schema_items(extra)),
            )
        if different:
            items = ", ".join(f"«{_short(row[1])}»" for row in different)
            raise _corrupt(self.path, messages.DETAIL_SCHEMA_CHANGED.format(items=items))
        if expected - found:
            raise _corrupt(self.path, messages.DETAIL_LAYOUT)

    def check_layout(self) -> None:
        try:
            tables = {
                row[0]
                for row in self._connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            columns = {
                table: {row[1] for row in self._connection.execute(f"PRAGMA table_info({table})")}
                for table in schema.REQUIRED_TABLES & tables
            }
            meta = self.meta() if "meta" in tables else {}
        except _READ_ERRORS as exc:
            raise _corrupt(self.path, exc) from exc
        if (
            not tables >= schema.REQUIRED_TABLES
            or any(not columns[table] >= schema.REQUIRED_COLUMNS[table] for table in columns)
            or meta.get("format") != schema.FORMAT_NAME
        ):
            raise _corrupt(self.path, messages.DETAIL_LAYOUT)

    def migrate(self, from_version: int) -> None:
        """Upgrade the layout in one transaction; on failure the file is as it was."""
        steps = range(from_version, schema.SCHEMA_VERSION)
        if not schema.upgradable(from_version):
            raise MigrationError(
                self.path,
                messages.CANNOT_UPGRADE.format(name=self.path.name, version=from_version),
            )
        try:
            self._connection.execute("BEGIN IMMEDIATE")
            for step in steps:
                schema.MIGRATIONS[step](self._connection)
            self._connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            self._connection.execute("COMMIT")
        except Exception as exc:
            self._rollback()
            raise MigrationError(
                self.path,
                messages.UPGRADE_FAILED.format(
                    name=self.path.name,
                    version=from_version,
                    error=reasons.detail(exc) if isinstance(exc, sqlite3.Error) else exc,
                ),
            ) from exc

    def in_memory_copy(self) -> SessionFile:
        """A private copy to migrate when the file itself may not be changed."""
        memory = _connect(":memory:", uri=False)
        self._connection.backup(memory)
        return SessionFile(self.path, memory, writable=False)

    # --- reading ----------------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """A read that meets damage the open-time check missed raises a ``SessionError``."""
        try:
            yield
        except _READ_ERRORS as exc:
            raise _corrupt(self.path, exc) from exc

    def meta(self) -> dict[str, str]:
        with self._reading():
            return dict(self._connection.execute("SELECT key, value FROM meta").fetchall())

    def media_paths(self) -> tuple[str, ...]:
        with self._reading():
            rows = self._connection.execute("SELECT path FROM media ORDER BY path").fetchall()
        return tuple(row[0] for row in rows)

    def media(self, media_path: str) -> bytes | None:
        with self._reading():
            row = self._connection.execute(
                "SELECT data FROM media WHERE path = ?", (media_path,)
            ).fetchone()
        return bytes(row[0]) if row is not None else None

    def last_marker(self) -> tuple[str, datetime] | None:
        """The last «opened» or «closed» event: an «opened» one means it was left open."""
        with self._reading():
            row = self._connection.execute(
                "SELECT type, wall_utc FROM events WHERE type IN ('session_opened', "
                "'session_closed') ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            return (str(row[0]), parse_wall(row[1])) if row is not None else None

    def read_records(self, after: int = 0) -> list[EventRecord]:
        with self._reading():
            rows = self._connection.execute(
                "SELECT seq, type, wall_utc, exercise_ms, payload FROM events "
                "WHERE seq > ? ORDER BY seq",
                (after,),
            ).fetchall()
        records = []
        for seq, kind, wall, exercise_ms, payload in rows:
            try:
                value = _json_value(payload)
                if json_has_bad_text(payload, value):
                    raise ValueError(messages.DETAIL_BAD_TEXT)
                event = event_from_plain(kind, value)
                if exercise_ms.__class__ is not int or exercise_ms < 0:
                    raise ValueError(messages.DETAIL_EXERCISE_TIME.format(value=exercise_ms))
                if exercise_ms > MAX_EXERCISE_MS:
                    raise ValueError(
                        messages.DETAIL_EXERCISE_TIME_RANGE.format(
                            value=exercise_ms, days=MAX_EXERCISE_DAYS
                        )
                    )
                records.append(EventRecord(seq, parse_wall(wall), exercise_ms, event))
            except json.JSONDecodeError as exc:  # its own text is English
                error = messages.DETAIL_NOT_JSON.format(position=exc.pos + 1)
                raise _corrupt(
                    self.path, messages.DETAIL_EVENT.format(seq=seq, error=error)
                ) from exc
            except (PlainError, ValueError, TypeError) as exc:
                if isinstance(exc, TypeError):  # not text at all: json.loads says so in English
                    exc = TypeError(messages.DETAIL_NOT_JSON.format(position=1))
                raise _corrupt(self.path, messages.DETAIL_EVENT.format(seq=seq, error=exc)) from exc
            except RecursionError as exc:  # JSON nested deeper than the parser goes
                detail = messages.DETAIL_EVENT.format(seq=seq, error=messages.DETAIL_TOO_DEEP)
                raise _corrupt(self.path, detail) from exc
        return records

    # --- writing ----------------------------------------------------------------------

    def append(self, records: Sequence[EventRecord]) -> None:
        if not self.writable:
            raise ReadOnlySessionError(self.path, messages.READ_ONLY.format(name=self.path.name))
        self._check_still_there()
        rows = [
            (
                record.seq,
                record.event.TYPE,
                format_wall(record.wall),
                record.exercise_ms,
                json.dumps(event_to_plain(record.event), ensure_ascii=False, separators=(",", ":")),
            )
            for record in records
        ]
        try:
            self._connection.execute("BEGIN IMMEDIATE")
            self._connection.executemany(_INSERT, rows)
            self._connection.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            if not isinstance(exc, sqlite3.IntegrityError) and self._landed(rows[-1]):
                return  # the commit went through after all; disk and memory agree
            raise write_error(self.path, exc) from exc
        except BaseException:
            # Anything else (a value SQLite cannot bind, an interrupt) must not leave the
            # transaction open: the next append would be refused for it.
            self._rollback()
            raise

    def backup_to(self, target: Path, *, last_seq: int | None = None) -> None:
        """Write a complete copy to ``target``, which must not exist.

        ``last_seq`` ends the copy's events there: the file may hold more than the session
        in memory knows (another program took it over and wrote on), and the copy must be
        what this session has, so that it can go on writing in it.
        """
        temporary = temporary_sibling(target)
        try:
            destination = _connect(str(temporary), uri=False)
            try:
                self._connection.backup(destination)
                _make_durable(destination)
                destination.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                destination.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
                if last_seq is not None:
                    _drop_events_after(destination, last_seq)
            finally:
                destination.close()
            fsync_file(temporary)
            publish(temporary, target)
        except sqlite3.Error as exc:
            raise write_error(target, exc) from exc
        except OSError as exc:  # the other disk is full too, or went away
            raise SessionWriteError(
                target,
                messages.SAVE_AS_FAILED.format(name=target.name, error=reasons.os_reason(exc)),
            ) from exc
        finally:
            temporary.unlink(missing_ok=True)

    def _check_still_there(self) -> None:
        """Writing to a deleted file succeeds silently on Linux and macOS; refuse instead."""
        if _identity(self.path) != self._identity:
            raise SessionMissingError(
                self.path,
                messages.MISSING.format(name=self.path.name),
            )

    def _landed(self, row: tuple[object, ...]) -> bool:
        try:
            stored = self._connection.execute(
                "SELECT type, payload FROM events WHERE seq = ?", (row[0],)
            ).fetchone()
        except sqlite3.Error:
            return False
        return stored is not None and tuple(stored) == (row[1], row[4])

    def _rollback(self) -> None:
        if self._connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._connection.execute("ROLLBACK")


def _drop_events_after(connection: sqlite3.Connection, last_seq: int) -> None:
    """In a new private copy only: remove the events after ``last_seq``.

    The append-only trigger is lifted for the one statement and put back as it was.
    """
    (trigger,) = connection.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'events_append_only_delete'"
    ).fetchone()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("DROP TRIGGER events_append_only_delete")
    connection.execute("DELETE FROM events WHERE seq > ?", (last_seq,))
    connection.execute(trigger)
    connection.execute("COMMIT")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _short(name: object, limit: int = 60) -> str:
    text = str(name)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _schema_items(rows: Sequence[tuple[object, ...]], shown: int = 5) -> str:
    """«the trigger «x», the view «y» and 3 more»: what a crafted schema holds, by name."""
    kinds = {
        "trigger": messages.SCHEMA_TRIGGER,
        "view": messages.SCHEMA_VIEW,
        "table": messages.SCHEMA_TABLE,
        "index": messages.SCHEMA_INDEX,
    }
    items = [
        kinds.get(str(kind), messages.SCHEMA_TABLE).format(item=_short(name))
        for kind, name, *_ in rows[:shown]
    ]
    if len(rows) > shown:
        items.append(messages.SCHEMA_MORE.format(count=len(rows) - shown))
    return ", ".join(items)


def _corrupt(path: Path, detail: object) -> CorruptSessionError:
    """The damaged-file message; an exception's own (English) text never goes into it."""
    if isinstance(detail, BaseException):
        detail = reasons.detail(detail)
    return CorruptSessionError(
        path,
        messages.CORRUPT.format(name=path.name, detail=detail),
    )


def write_error(path: Path, exc: sqlite3.Error) -> SessionWriteError:
    code = reasons.sqlite_code(exc)
    reason = reasons.sqlite_reason(exc)
    rescue = messages.RESCUE_SAVE_AS
    if code == reasons.FULL:
        rescue = messages.RESCUE_DISK_FULL
    elif code == reasons.CONSTRAINT:
        rescue = messages.RESCUE_REOPEN
    return SessionWriteError(
        path, messages.WRITE_FAILED.format(name=path.name, reason=reason, rescue=rescue)
    )
