"""What a folder holds after a power cut, when the names in it were not synced yet.

A file's bytes are durable once the file is synced, but its *name* — created, removed or
renamed — is durable only once the folder holding it is synced. A power cut undoes every
name change made since the folder's last sync: a removed file comes back, a new one is gone.

Linux's inotify reports each name change in a folder in order, and also reports the folder
itself being opened. SQLite's unix VFS and ``ovelse.store.files.fsync_directory`` open a
folder only to sync it, so here an opening of the folder stands for a sync of it: every
name change before it is durable, every one after it is not (yet).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import struct
import sys
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

AVAILABLE = sys.platform.startswith("linux")

_IN_OPEN = 0x20
_IN_MOVED_FROM = 0x40
_IN_MOVED_TO = 0x80
_IN_CREATE = 0x100
_IN_DELETE = 0x200
_IN_ISDIR = 0x40000000
_IN_NONBLOCK = 0o4000
_EVENT = struct.Struct("iIII")

SYNC = "sync"
CREATED = "created"
REMOVED = "removed"


class FolderWatch:
    """The name changes and syncs of one folder, from the moment the watch starts."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.log: list[tuple[str, str]] = []
        self._fd = -1

    def __enter__(self) -> FolderWatch:
        libc = ctypes.CDLL(None, use_errno=True)
        self._fd = libc.inotify_init1(_IN_NONBLOCK)
        assert self._fd >= 0, os.strerror(ctypes.get_errno())
        mask = _IN_OPEN | _IN_MOVED_FROM | _IN_MOVED_TO | _IN_CREATE | _IN_DELETE
        watch = libc.inotify_add_watch(self._fd, os.fsencode(self.folder), mask)
        assert watch >= 0, os.strerror(ctypes.get_errno())
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        os.close(self._fd)

    def _read(self, *, keep: bool = True) -> None:
        while True:
            try:
                data = os.read(self._fd, 1 << 16)
            except BlockingIOError:
                return
            offset = 0
            while offset < len(data):
                _watch, mask, _cookie, length = _EVENT.unpack_from(data, offset)
                start = offset + _EVENT.size
                name = data[start : start + length].rstrip(b"\0").decode()
                offset = start + length
                if not keep:
                    continue
                if mask & _IN_ISDIR and mask & _IN_OPEN and not name:
                    self.log.append((SYNC, ""))
                elif mask & (_IN_CREATE | _IN_MOVED_TO):
                    self.log.append((CREATED, name))
                elif mask & (_IN_DELETE | _IN_MOVED_FROM):
                    self.log.append((REMOVED, name))

    def unsynced(self) -> list[tuple[str, str]]:
        """The name changes a power cut now would undo, oldest first."""
        self._read()
        last_sync = max((n for n, (what, _) in enumerate(self.log) if what == SYNC), default=-1)
        return self.log[last_sync + 1 :]

    def power_cut(self, into: Path, kept: Mapping[str, bytes]) -> list[tuple[str, str]]:
        """Lay the folder down in ``into`` as a power cut now would leave it.

        Every file is copied with its present bytes (the tests sync what they keep), then
        unsynced name changes are undone, newest first: a new name is dropped, a removed
        one comes back with the bytes in ``kept``. Returns the changes undone.
        """
        undone = self.unsynced()
        shutil.rmtree(into, ignore_errors=True)
        shutil.copytree(self.folder, into)
        self._read(keep=False)  # the copy opened the folder; that was no sync
        for what, name in reversed(undone):
            if what == CREATED:
                (into / name).unlink(missing_ok=True)
            else:
                assert name in kept, (
                    f"a power cut would bring «{name}» back; its bytes were not kept"
                )
                (into / name).write_bytes(kept[name])
        return undone
