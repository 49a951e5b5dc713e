"""A session: one exercise held in one ``.ovelse`` file, written through on every change.

``Session`` ties an ``Exercise`` to its file. The exercise hands each operation's events to
the session (its sink) and applies them only once the session has committed them, so
every operation is «check → write durably → apply → report what changed». The UI drives
``session.exercise`` and treats ``SessionError`` as «not saved, nothing changed».
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from ovelse import __version__, walltime
from ovelse.exercise.bounds import bounded_wall
from ovelse.exercise.clock import Clock, SystemClock
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.events import EventRecord
from ovelse.exercise.kinds import RunState
from ovelse.exercise.run import Exercise
from ovelse.exercise.storable import bad_character_at
from ovelse.scenario.collector import collector_held
from ovelse.scenario.model import ScenarioPack
from ovelse.scenario.serialize import pack_to_plain
from ovelse.store import messages, schema
from ovelse.store.errors import (
    CorruptSessionError,
    MigrationError,
    SessionClosedError,
    SessionError,
    SessionExistsError,
    SessionTakenOverError,
    SessionWriteError,
)
from ovelse.store.files import (
    copy_aside,
    existing_backup,
    fsync_file,
    publish,
    remove_leftovers,
)
from ovelse.store.header import has_hot_journal, read_header
from ovelse.store.lock import LockHolder, SessionLock, UnusableLockError
from ovelse.store.reasons import DISK_FULL_ERRNOS, READ_ONLY_ERRNOS, os_reason
from ovelse.store.sessionfile import SessionFile, format_wall, write_error
from ovelse.store.snapshot import read_scenario, read_variables
from ovelse.store.tempnames import temporary_sibling


@dataclass(frozen=True)
class Recovery:
    """The previous program using this session stopped without closing it."""

    was_running: bool  # the exercise clock was running at the time
    last_exercise_ms: int  # exercise time of the last thing recorded
    last_wall: datetime
    gap_ms: int  # wall time since then, counted into a running exercise clock


@dataclass(frozen=True)
class SessionInfo:
    """What the «resume last session» offer needs, read without opening the session."""

    path: Path
    title: str
    created: str
    closed_cleanly: bool  # False also while another program has it open
    in_use: LockHolder | None  # who has it open now, if anyone
    last_wall: datetime | None


class Session:
    def __init__(
        self,
        path: Path,
        store: SessionFile,
        lock: SessionLock | None,
        pack: ScenarioPack,
        clock: Clock,
    ) -> None:
        self.path = path
        self._store: SessionFile | None = store
        self._lock = lock
        self.meta = store.meta()
        self.read_only_reason: str | None = None
        self.lock_holder: LockHolder | None = None
        self.recovery: Recovery | None = None
        self._records: list[EventRecord] = []
        self.exercise = Exercise(pack, clock, sink=self)

    # --- creating and opening ---------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        pack: ScenarioPack,
        *,
        profile_id: str = "",
        variables: Mapping[str, str] | None = None,
        media: Mapping[str, bytes] | None = None,
        clock: Clock | None = None,
    ) -> Session:
        """Write a new session for a rendered pack; never replaces an existing file."""
        path = Path(path)
        if path.exists():
            raise SessionExistsError(path, messages.EXISTS.format(name=path.name))
        clock = clock or SystemClock()
        meta = {
            "format": schema.FORMAT_NAME,
            "app_version": __version__,
            "created_utc": format_wall(bounded_wall(clock.now_utc())),
            walltime.META_KEY: walltime.creation_zone(),
            "title": pack.title,
            "pack_id": pack.id,
            "pack_version": pack.version,
            "profile_id": profile_id,
            "variables": json.dumps(dict(variables or {}), ensure_ascii=False),
            "scenario": json.dumps(pack_to_plain(pack), ensure_ascii=False, separators=(",", ":")),
        }
        if any(bad_character_at(value) is not None for value in meta.values()):
            # A variable typed or pasted with half a surrogate pair: SQLite cannot store it.
            raise SessionWriteError(
                path, messages.CANNOT_CREATE.format(name=path.name, error=messages.DETAIL_BAD_TEXT)
            )
        remove_leftovers(path.parent)
        temporary = temporary_sibling(path)
        try:
            SessionFile.build(temporary, meta, media or {})
            fsync_file(temporary)
            publish(temporary, path)
        except sqlite3.Error as exc:
            raise write_error(path, exc) from exc
        except OSError as exc:
            raise SessionWriteError(
                path, messages.CANNOT_CREATE.format(name=path.name, error=os_reason(exc))
            ) from exc
        finally:
            temporary.unlink(missing_ok=True)
            Path(f"{temporary}-journal").unlink(missing_ok=True)
        return cls.open(path, clock=clock)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        clock: Clock | None = None,
        read_only: bool = False,
        take_over: bool = False,
    ) -> Session:
        """Open a session; someone else's open session comes back read-only.

        ``read_only_reason`` then says why, ``lock_holder`` who has it; ``take_over`` takes
        the session from its holder, even a live one (the window asks first), who learns
        it at its next write (``SessionTakenOverError``).

        The steps, in order: the header is checked without SQLite (foreign, future and
        truncated files are refused untouched); the lock is taken, or the reason for a
        read-only view found; then ``_load`` recovers a crash's journal, checks the schema
        and the pages, migrates, reads the scenario and replays the events.
        """
        path = Path(path)
        header = read_header(path)
        lock: SessionLock | None = None
        holder: LockHolder | None = None
        reason: str | None = None
        if read_only:
            reason = messages.OPENED_READ_ONLY.format(name=path.name)
        else:
            lock, holder, reason = _lock_for_writing(path, take_over=take_over)
        try:
            session = cls._load(path, header.user_version, lock, clock or SystemClock())
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        session.read_only_reason = reason
        session.lock_holder = holder
        return session

    @classmethod
    def _load(cls, path: Path, version: int, lock: SessionLock | None, clock: Clock) -> Session:
        if lock is None and has_hot_journal(path):
            store = SessionFile.recovered_copy(path)
        else:
            if lock is not None and has_hot_journal(path):
                # SQLite rolls the journal back into the file as soon as it reads it. Try
                # that on a private copy first, so a file that would not open afterwards
                # is refused exactly as it was, journal and all.
                cls._load(path, version, None, clock).close()
            store = SessionFile.connect(path, writable=lock is not None)
        try:
            store.check()
            if version < schema.SCHEMA_VERSION:
                if store.writable:
                    _migrate_with_backup(store, path, version)
                else:
                    copy = store.in_memory_copy()
                    store.close()
                    store = copy
                    store.migrate(version)
            store.check_layout()
            meta = store.meta()
            pack = read_scenario(meta, path)
            read_variables(meta, path)  # refused now, not by the export or report later
            session = cls(path, store, lock, pack, clock)
            with collector_held():
                session._replay(store.read_records())
            if store.writable:
                session.exercise.mark_opened(__version__)
        except BaseException:
            store.close()
            raise
        return session

    def _replay(self, records: list[EventRecord]) -> None:
        exercise = self.exercise
        try:
            exercise.replay(records)
        except ExerciseError as exc:
            raise self._event_does_not_fit(exc) from exc
        self._records = records
        last = exercise.last
        if last is not None and exercise.left_open:
            running = exercise.state is RunState.RUNNING
            gap = exercise.continue_after_reopen()
            self.recovery = Recovery(running, last.exercise_ms, last.wall, gap if running else 0)
        else:
            exercise.continue_after_reopen()

    # --- the sink ---------------------------------------------------------------------

    def append(self, records: Sequence[EventRecord]) -> None:
        """Commit events durably; the exercise applies them only if this returns."""
        store = self._open_store()
        lock = self._lock
        if lock is not None and store.writable and lock.taken_over():
            raise self._lost_to_another(records)
        store.append(records)
        self._records.extend(records)

    def _lost_to_another(self, records: Sequence[EventRecord]) -> SessionTakenOverError:
        """Another program took the session over: stop writing, keep everything here.

        The lock file is now the new holder's, so it is left alone, and this session
        becomes a read-only view from which «Lagre som» carries on in a copy.
        """
        store, lock = self._open_store(), self._lock
        if lock is not None:
            lock.abandon()
        self._lock = None
        store.writable = False
        holder = SessionLock(self.path).holder()
        where, since = _where_and_since(holder)
        name = self.path.name
        self.lock_holder = holder
        self.read_only_reason = messages.TAKEN_OVER_READ_ONLY.format(
            name=name, where=where, since=since
        )
        return SessionTakenOverError(
            self.path,
            messages.TAKEN_OVER.format(name=name, where=where, since=since),
            holder=holder,
            unsaved=records,
        )

    def take_over(self) -> None:
        """Become the writer of a session shown read-only because another program has it.

        For the window's «Overta» (after asking, with ``lock_holder``'s host and
        ``since_time``): a new lock names this program, events the other program recorded
        meanwhile are read in, and the other program learns at its next write
        (``SessionTakenOverError``) and loses nothing. Raises ``SessionWriteError`` when no
        lock can be written here (a read-only folder: use «Lagre som»).
        """
        if not self.read_only:
            return
        old_store = self._open_store()
        lock = SessionLock(self.path)
        try:
            lock.acquire(take_over=True)
        except (OSError, UnusableLockError) as exc:
            reason = os_reason(exc) if isinstance(exc, OSError) else messages.REASON_READ_ONLY
            raise SessionWriteError(
                self.path, messages.CANNOT_TAKE_OVER.format(name=self.path.name, reason=reason)
            ) from exc
        try:
            if has_hot_journal(self.path):
                SessionFile.recovered_copy(self.path).close()  # a damaged journal is refused
            store = SessionFile.connect(self.path, writable=True)
        except BaseException:
            lock.release()
            raise
        self._store = store
        try:
            self.refresh()  # what the other program recorded since this view last looked
        except BaseException:
            self._store = old_store
            store.close()
            lock.release()
            raise
        old_store.close()
        self._lock = lock
        self.read_only_reason = None
        self.lock_holder = None
        self.exercise.mark_opened(__version__)

    # --- reading ----------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._store is None or not self._store.writable

    @property
    def closed(self) -> bool:
        return self._store is None

    def records(self) -> tuple[EventRecord, ...]:
        """Every event in the file, oldest first."""
        return tuple(self._records)

    @property
    def time_zone(self) -> str:
        """The zone every output shows wall times in; Norwegian time for older sessions."""
        return self.meta.get(walltime.META_KEY) or walltime.DEFAULT_ZONE

    @property
    def profile_id(self) -> str:
        return self.meta.get("profile_id", "")

    @property
    def variables(self) -> dict[str, str]:
        return read_variables(self.meta, self.path)  # checked when the file opened

    def media_paths(self) -> tuple[str, ...]:
        return self._open_store().media_paths()

    def media(self, media_path: str) -> bytes | None:
        return self._open_store().media(media_path)

    def refresh(self) -> int:
        """Read-only views: pick up what the writer has added since; returns how many."""
        before = self.exercise.last_seq
        new = self._open_store().read_records(after=before)
        try:
            self.exercise.replay(new)
        except ExerciseError as exc:
            raise self._event_does_not_fit(exc) from exc
        finally:
            self._records.extend(new[: self.exercise.last_seq - before])
        return len(new)

    # --- saving elsewhere and closing -------------------------------------------------

    def save_as(self, target: Path | str) -> None:
        """Continue in a new file (after a write error, or from a read-only view).

        The new file holds everything recorded so far; the old one is left as it is.
        """
        target = Path(target)
        store = self._open_store()
        if target.exists():
            raise SessionExistsError(target, messages.EXISTS.format(name=target.name))
        remove_leftovers(target.parent)
        lock = SessionLock(target)
        try:
            holder = lock.acquire()
        except UnusableLockError as exc:
            raise SessionExistsError(target, messages.IN_USE.format(name=target.name)) from exc
        except OSError as exc:
            raise SessionWriteError(
                target, messages.FOLDER_NOT_WRITABLE.format(name=target.name, error=os_reason(exc))
            ) from exc
        if holder is not None:
            raise SessionExistsError(target, messages.IN_USE.format(name=target.name))
        try:
            store.backup_to(target, last_seq=self.exercise.last_seq)
            new_store = SessionFile.connect(target, writable=True)
        except BaseException:
            lock.release()
            raise
        store.close()
        if self._lock is not None:
            self._lock.release()
        self.path, self._store, self._lock = target, new_store, lock
        self.read_only_reason = None
        self.lock_holder = None
        self.exercise.mark_opened(__version__)

    def close(self) -> None:
        """Mark the session cleanly closed and let go of the file; safe to call twice."""
        store = self._store
        if store is None:
            return
        try:
            if store.writable:
                self.exercise.mark_closed()
        except SessionError:
            pass  # the next opening will offer recovery, which is the truth
        finally:
            store.close()
            self._store = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            # The exercise wrote through this session and the session holds the exercise:
            # a cycle only the cycle collector frees, a whole heap's walk while the next
            # session opens. A closed sink breaks it and still refuses what comes late.
            self.exercise.sink = _ClosedSink(self.path)

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _event_does_not_fit(self, exc: ExerciseError) -> CorruptSessionError:
        """The damaged-file message for an event replay refused, named by its number.

        Replay stops at the first event that does not fit, right after the last it applied.
        """
        seq = self.exercise.last_seq + 1
        detail = messages.DETAIL_EVENT.format(seq=seq, error=str(exc).rstrip("."))
        return CorruptSessionError(
            self.path, messages.CORRUPT.format(name=self.path.name, detail=detail)
        )

    def _open_store(self) -> SessionFile:
        if self._store is None:
            raise SessionClosedError(self.path, messages.CLOSED.format(name=self.path.name))
        return self._store


@dataclass(frozen=True)
class _ClosedSink:
    """Where a closed session's exercise writes: nowhere, said as the session would."""

    path: Path

    def append(self, records: Sequence[EventRecord]) -> None:
        raise SessionClosedError(self.path, messages.CLOSED.format(name=self.path.name))


def peek(path: Path | str) -> SessionInfo:
    """Title and whether it was closed cleanly, without locking or replaying."""
    path = Path(path)
    read_header(path)
    if has_hot_journal(path):
        store = SessionFile.recovered_copy(path)
    else:
        store = SessionFile.connect(path, writable=False)
    try:
        store.check_layout()
        meta = store.meta()
        marker = store.last_marker()
    finally:
        store.close()
    return SessionInfo(
        path=path,
        title=meta.get("title", path.stem),
        created=meta.get("created_utc", ""),
        closed_cleanly=marker is None or marker[0] == "session_closed",
        in_use=SessionLock(path).holder(),
        last_wall=marker[1] if marker is not None else None,
    )


def _migrate_with_backup(store: SessionFile, path: Path, version: int) -> None:
    """Copy the file aside, then upgrade it; one copy however often an upgrade is tried.

    An upgrade this program cannot make is refused before anything is copied; a copy
    with the same bytes from an earlier try is kept instead of making another; and when
    the upgrade fails, the file is as it was, so the copy made for it goes again.
    """
    if not schema.upgradable(version):
        raise MigrationError(path, messages.CANNOT_UPGRADE.format(name=path.name, version=version))
    backup = None if existing_backup(path, version) else copy_aside(path, version)
    try:
        store.migrate(version)
    except MigrationError:
        if backup is not None:
            backup.unlink(missing_ok=True)
        raise


def _lock_for_writing(
    path: Path, *, take_over: bool
) -> tuple[SessionLock | None, LockHolder | None, str | None]:
    """The lock for a writable opening, or who holds it and why the session is read-only.

    Nothing is left behind when no lock can be taken: no empty lock file on a full disk.
    """
    lock = SessionLock(path)
    name = path.name
    try:
        holder = lock.acquire(take_over=take_over)
    except UnusableLockError:
        return None, None, messages.LOCK_NOT_A_FILE.format(name=name, lock=lock.path.name)
    except OSError as exc:
        if exc.errno in DISK_FULL_ERRNOS:
            return None, None, messages.DISK_FULL_READ_ONLY.format(name=name)
        if exc.errno in READ_ONLY_ERRNOS:
            return None, None, messages.FOLDER_READ_ONLY.format(name=name)
        return None, None, messages.LOCK_FAILED_READ_ONLY.format(name=name, reason=os_reason(exc))
    if holder is not None:
        where, since = _where_and_since(holder)
        return None, holder, messages.OPEN_ELSEWHERE.format(name=name, where=where, since=since)
    remove_leftovers(path.parent)
    return lock, None, None


def _where_and_since(holder: LockHolder | None) -> tuple[str, str]:
    """«på kommune-pc-7», « siden 12.03.2026 kl. 09:00» for the read-only messages."""
    if holder is None or not holder.host:
        return messages.IN_ANOTHER_PROGRAM, ""
    where = messages.ON_HOST.format(host=holder.host)
    moment = holder.since_time
    since = "" if moment is None else messages.SINCE.format(time=_local(moment))
    return where, since


def _local(moment: datetime) -> str:
    try:
        return moment.astimezone().strftime(messages.SINCE_FORMAT)
    except (ValueError, OverflowError):
        return moment.isoformat(timespec="minutes")
