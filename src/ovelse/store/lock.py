"""Who has a session open for writing: a small lock file next to the session.

A lock file rather than an OS lock because it can say *who* holds the session (host and
process) in the read-only message, and because it works the same on Windows, macOS,
Linux and network shares. A lock left by a crashed program on this machine is recognised
by its dead process and taken over. A lock from another machine cannot be checked, so the
user is told whose it is and may take it over deliberately. SQLite's own file locking still
guards every transaction underneath, so even a wrongly taken lock cannot corrupt the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

_HELD: set[Path] = set()  # sessions this process holds, so a second window sees them taken


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    since: str  # ISO wall time, UTC

    @property
    def here(self) -> bool:
        return self.host == socket.gethostname()


def lock_path(session: Path) -> Path:
    return session.with_name(session.name + ".lock")


class SessionLock:
    def __init__(self, session: Path) -> None:
        self.path = lock_path(session)
        self._session = session.resolve()

    def acquire(self, *, take_over: bool = False) -> LockHolder | None:
        """Take the lock; returns the holder if someone else has it.

        Raises ``OSError`` if the lock file cannot be written (a read-only folder).
        """
        for _ in range(3):
            holder = self._read()
            if holder is not None:
                if take_over or self._stale(holder):
                    self._remove()
                else:
                    return holder
            try:
                self._create()
            except FileExistsError:
                continue
            _HELD.add(self._session)
            return None
        holder = self._read()
        return holder or LockHolder(0, "", "")

    def holder(self) -> LockHolder | None:
        """Who holds the session now; a stale lock counts as nobody."""
        holder = self._read()
        return None if holder is None or self._stale(holder) else holder

    def release(self) -> None:
        _HELD.discard(self._session)
        holder = self._read()
        if holder is not None and holder.pid == os.getpid() and holder.here:
            self._remove()

    def _create(self) -> None:
        record = {
            "app": "ovelse",
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            json.dump(record, stream)

    def _read(self) -> LockHolder | None:
        """The holder, or an unknown holder (pid 0) for a lock that cannot be read."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError:
            return LockHolder(0, "", "")
        try:
            data = json.loads(text)
            return LockHolder(int(data["pid"]), str(data["host"]), str(data.get("since", "")))
        except (ValueError, KeyError, TypeError):
            # A program killed between creating and writing its lock leaves it empty.
            return LockHolder(0, socket.gethostname(), "")

    def _stale(self, holder: LockHolder) -> bool:
        if not holder.here:
            return False
        if holder.pid == 0:
            return True
        if holder.pid == os.getpid():
            return self._session not in _HELD
        return not pid_alive(holder.pid)

    def _remove(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def pid_alive(pid: int) -> bool:
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
