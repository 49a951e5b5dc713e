"""Who has a session open for writing: a lock file beside the session, held with an OS lock.

The lock file says *who* (host, process, since when), for the read-only message and the
take-over question. The operating system's own lock on that file (``flock``, or a
byte-range lock on Windows), held on the open file for the whole session, says whether the
holder is still there: the system lets go when the process ends, however it ends, so a
lock left by a crash is recognised without guessing from process numbers.

Taking the lock, so that of two programs opening at the same moment exactly one writes:

1. Our record is written to a new hidden file, which is OS-locked and then linked to the
   lock's name. The link fails if the name exists, so only one opener can win it, and a
   lock is never seen empty or half-written.
2. If the name exists, its OS lock is tried. Held: someone is writing, and the record
   names them. Free: the holder is gone — unless the record names another machine, whose
   OS lock may not reach us over a network share; that one is respected and can only be
   taken over deliberately.
3. A lock left behind, or one taken over, is replaced by renaming our file over it. A
   holder whose lock was taken over sees at its next write that the name now leads to
   another file (``taken_over``), and stops writing.

SQLite's own locking still guards every transaction underneath, and each event's ``seq``
is a primary key, so even two writers could not interleave or duplicate events.

The public surface, for the window's «Overta» question: ``SessionLock(path).holder()`` (who
has it now, or None), ``LockHolder`` (``host``, ``pid``, ``since``/``since_time``, ``here``),
and ``acquire(take_over=True)``, which ``Session.take_over`` and ``Session.open`` use.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import socket
import stat
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ovelse.exercise.bounds import EARLIEST_WALL, LATEST_WALL
from ovelse.store.tempnames import temporary_sibling

_HELD: set[Path] = set()  # sessions this process holds (for file systems without OS locks)
_RECORD_LIMIT = 4096  # a lock record is about 100 bytes; a bigger file is not one of ours
_MAX_PID = 2**31 - 1
# A failed OS lock: EWOULDBLOCK/EAGAIN (held), EACCES (Windows: held). Anything else means
# the file system has no OS locks (some network shares), and the record alone is judged.
_HELD_ERRORS = {errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK}
_WINDOWS_LOCK_OFFSET = 1 << 30  # Windows blocks reads of a locked range: lock past the text


class UnusableLockError(Exception):
    """Something that is not a regular file (a folder, a pipe, a link) has the lock's name."""


@dataclass(frozen=True)
class LockHolder:
    pid: int  # 0 when the lock cannot be read
    host: str  # "" when the lock cannot be read
    since: str  # ISO wall time, UTC; "" when the lock does not say (or says nonsense)

    @property
    def here(self) -> bool:
        return self.host == socket.gethostname()

    @property
    def since_time(self) -> datetime | None:
        """When the holder took the session, or None if the lock does not say."""
        return _parse_since(self.since)


UNKNOWN_HOLDER = LockHolder(0, "", "")


def lock_path(session: Path) -> Path:
    return session.with_name(session.name + ".lock")


class SessionLock:
    def __init__(self, session: Path) -> None:
        self.path = lock_path(session)
        self._session = session.resolve()
        self._descriptor: int | None = None  # our lock file, open and OS-locked
        self._token = ""

    @property
    def held(self) -> bool:
        """This object took the lock (it may since have been taken over: ``taken_over``)."""
        return self._descriptor is not None

    def acquire(self, *, take_over: bool = False) -> LockHolder | None:
        """Take the lock; returns the holder instead if someone else has it.

        ``take_over`` replaces the lock even while its holder is alive; that holder learns
        it at its next write. Raises ``OSError`` if no lock can be written here (a
        read-only folder, a full disk) and ``UnusableLockError`` if something that is not
        a lock file has the lock's name; nothing is left behind either way.
        """
        if self._descriptor is not None:
            return None
        temporary = temporary_sibling(self.path)
        descriptor = self._prepare(temporary)
        try:
            for attempt in range(40):
                if self._link(temporary, descriptor):
                    return None
                verdict = self._inspect(take_over=take_over)
                if isinstance(verdict, LockHolder):
                    return verdict
                if verdict is None:
                    # The lock is changing hands: look again, soon, then less often
                    # (about two seconds in all before the holder is called unknown).
                    time.sleep(min(0.002 * 2**attempt, 0.05))
                    continue
                if sys.platform == "win32":
                    # Windows cannot rename over a file that is open, ours included.
                    os.close(verdict)
                    os.replace(temporary, self.path)
                else:
                    try:
                        os.replace(temporary, self.path)
                    finally:
                        os.close(verdict)
                self._own(descriptor)
                return None
            return self._read_holder() or UNKNOWN_HOLDER
        finally:
            temporary.unlink(missing_ok=True)
            if self._descriptor != descriptor:
                os.close(descriptor)

    def holder(self) -> LockHolder | None:
        """Who holds the session now; a lock left by a crash counts as nobody."""
        try:
            descriptor = _open_existing(self.path)
        except FileNotFoundError:
            return None
        except (OSError, UnusableLockError):
            return UNKNOWN_HOLDER
        try:
            record = _read_record(descriptor)
            locked = _try_os_lock(descriptor)
            if locked is False:
                return record or UNKNOWN_HOLDER
            if record is not None and not record.here:
                return record
            if locked is None and record is not None and self._alive(record):
                return record
            return None
        finally:
            os.close(descriptor)

    def taken_over(self) -> bool:
        """Another program's lock now has the name ours had: the session was taken over.

        A lock that is simply gone (its folder removed with a memory stick, say) is not a
        take-over; the write itself then finds out what happened to the session file.
        """
        if self._descriptor is None:
            return False
        try:
            named = os.stat(self.path)
        except OSError:
            return False
        ours = os.fstat(self._descriptor)
        return (named.st_dev, named.st_ino) != (ours.st_dev, ours.st_ino)

    def release(self) -> None:
        """Remove our lock file, if it is still ours, and let go of the OS lock."""
        descriptor = self._descriptor
        if descriptor is None:
            return
        self._descriptor = None
        _HELD.discard(self._session)
        if sys.platform == "win32":
            # Windows cannot remove a file that is open; check the record is still ours.
            os.close(descriptor)
            with contextlib.suppress(OSError):
                record = self.path.read_bytes()[:_RECORD_LIMIT]
                if self._token and self._token.encode() in record:
                    self.path.unlink()
            return
        ours = os.fstat(descriptor)
        with contextlib.suppress(OSError):
            named = os.stat(self.path)
            if (named.st_dev, named.st_ino) == (ours.st_dev, ours.st_ino):
                self.path.unlink()
        os.close(descriptor)

    def abandon(self) -> None:
        """Let go after a take-over: the lock file now is the new holder's, so it stays."""
        descriptor, self._descriptor = self._descriptor, None
        _HELD.discard(self._session)
        if descriptor is not None:
            os.close(descriptor)

    # --- taking ---------------------------------------------------------------------

    def _prepare(self, temporary: Path) -> int:
        """A new, complete, OS-locked lock file under a hidden name, ready to be linked."""
        self._token = secrets.token_hex(8)
        record = {
            "app": "ovelse",
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
            "token": self._token,
        }
        data = json.dumps(record).encode("utf-8")
        descriptor = os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            written = 0
            while written < len(data):
                written += os.write(descriptor, data[written:])
            _try_os_lock(descriptor)
        except BaseException:
            os.close(descriptor)
            temporary.unlink(missing_ok=True)
            raise
        return descriptor

    def _link(self, temporary: Path, descriptor: int) -> bool:
        """Give our file the lock's name unless the name is taken."""
        try:
            os.link(temporary, self.path)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            # No hard links here (FAT on a memory stick): rename, checking just before.
            if self.path.exists() or self.path.is_symlink():
                return False
            os.replace(temporary, self.path)
        self._own(descriptor)
        return True

    def _inspect(self, *, take_over: bool) -> LockHolder | int | None:
        """The existing lock: its holder if it stands, its open file if it may be replaced,
        or None if it changed while we looked."""
        try:
            descriptor = _open_existing(self.path)
        except FileNotFoundError:
            return None
        keep = False
        try:
            locked = _try_os_lock(descriptor)
            if not _names(self.path, descriptor):
                return None
            record = _read_record(descriptor)
            if take_over:
                keep = True
                return descriptor
            if locked is False:
                if record is None or (record.here and not self._alive(record)):
                    # Left empty or by a dead program, yet OS-locked: another opener is
                    # replacing it right now. Look again, to name the new holder.
                    return None
                return record
            if record is not None and not record.here:
                return record  # another machine's lock is not checked; it is respected
            if locked is None and record is not None and self._alive(record):
                return record
            keep = True
            return descriptor
        finally:
            if not keep:
                os.close(descriptor)

    def _own(self, descriptor: int) -> None:
        self._descriptor = descriptor
        _HELD.add(self._session)

    def _read_holder(self) -> LockHolder | None:
        try:
            descriptor = _open_existing(self.path)
        except (OSError, UnusableLockError):
            return None
        try:
            return _read_record(descriptor)
        finally:
            os.close(descriptor)

    def _alive(self, record: LockHolder) -> bool:
        """Without OS locks: is the process the record names still running?"""
        if record.pid == os.getpid():
            return self._session in _HELD
        return pid_alive(record.pid)


def _open_existing(path: Path) -> int:
    """Open the lock's name without following a link or waiting on a pipe."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO) or path.is_dir():
            raise UnusableLockError(str(path)) from exc
        raise
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise UnusableLockError(str(path))
    return descriptor


def _names(path: Path, descriptor: int) -> bool:
    """The name still leads to the file we opened."""
    try:
        named = os.stat(path)
    except OSError:
        return False
    opened = os.fstat(descriptor)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _try_os_lock(descriptor: int) -> bool | None:
    """Take the OS lock without waiting: True, False if someone holds it, None if the file
    system has no OS locks."""
    try:
        if sys.platform == "win32":
            import msvcrt

            position = os.lseek(descriptor, 0, os.SEEK_CUR)
            os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            try:
                msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
            finally:
                os.lseek(descriptor, position, os.SEEK_SET)
        else:
            import fcntl

            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        return False if exc.errno in _HELD_ERRORS else None
    return True


def _read_record(descriptor: int) -> LockHolder | None:
    """The holder a lock file names, or None for anything that is not a sound record.

    A lock file can come from outside with the session (a zip from another kommune), so it
    is read like any untrusted text: bytes that are not UTF-8, a process number no system
    has, a year-1 time — each makes the record unreadable instead of failing later.
    """
    try:
        os.lseek(descriptor, 0, os.SEEK_SET)
        data = os.read(descriptor, _RECORD_LIMIT + 1)
    except OSError:
        return None
    if len(data) > _RECORD_LIMIT:
        return None
    try:
        record = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(record, dict):
        return None
    pid, host, since = record.get("pid"), record.get("host"), record.get("since", "")
    if not (type(pid) is int and 0 < pid <= _MAX_PID):
        return None
    if not (isinstance(host, str) and 0 < len(host) <= 255 and host.isprintable()):
        return None
    since_text = since if isinstance(since, str) and _parse_since(since) is not None else ""
    return LockHolder(pid, host, since_text)


def _parse_since(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except (ValueError, TypeError):
        return None
    # Outside the range a session may store, local time fails on some systems (Windows
    # has none after year 3000): such a time is nonsense and is not shown.
    if moment.tzinfo is None or not EARLIEST_WALL <= moment <= LATEST_WALL:
        return None
    return moment


def pid_alive(pid: int) -> bool:
    if not 0 < pid <= _MAX_PID:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: alive, not ours
        try:
            code = ctypes.c_ulong()
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True
