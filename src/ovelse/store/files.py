"""File moves that never overwrite and survive a power cut, and the temporary files they use.

A new session, a «Lagre som» copy, a lock and every export are written under a temporary
name and then given their real name, so a crash never leaves half a file under a name the
user chose. A crash can still leave the temporary file itself, so its name says what it
is — ``.NAME~HOST-PID-RANDOM.ovelse-tmp``, hidden, beside the file it was for — and the next
time Øvelse writes in that folder it removes the ones whose program is gone
(``remove_leftovers``), with the lock of a «Lagre som» copy that never got its name.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

from ovelse.store import messages
from ovelse.store.errors import SessionExistsError
from ovelse.store.lock import SessionLock, pid_alive
from ovelse.store.tempnames import TEMPORARY_SUFFIX, host_tag, temporary_sibling

LOCK_SUFFIX = ".ovelse.lock"
# A leftover from another machine (a shared folder) cannot be checked; after this long its
# program has surely given up.
_FOREIGN_AGE_S = 24 * 3600
_LEFTOVER = re.compile(
    r"^\..+~(?P<host>[0-9a-f]{6})-(?P<pid>\d{1,10})-[0-9a-f]+"
    + re.escape(TEMPORARY_SUFFIX)
    + r"(-journal)?$"
)


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files a crashed Øvelse left in ``folder``; returns them.

    Only names Øvelse makes are touched, and only when the program that made them is no
    longer running on this machine (or, from another machine, after a day). This
    process's own temporary files may be in use and are left alone.
    """
    removed: list[Path] = []
    host = host_tag()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if entry.name.endswith(LOCK_SUFFIX):
            if _orphan_lock(folder / entry.name):
                removed.append(Path(entry.path))
            continue
        match = _LEFTOVER.match(entry.name)
        if match is None:
            continue
        pid = int(match["pid"])
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if match["host"] == host:
                stale = pid != os.getpid() and not pid_alive(pid)
            else:
                stale = time.time() - entry.stat(follow_symlinks=False).st_mtime > _FOREIGN_AGE_S
            if stale:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _orphan_lock(path: Path) -> bool:
    """Remove a lock whose session never got its name (a crash in «Lagre som»)."""
    session = path.with_name(path.name.removesuffix(".lock"))
    if session.exists() or session.is_symlink():
        return False
    try:
        if SessionLock(session).holder() is not None or not path.is_file():
            return False
        path.unlink()
    except OSError:
        return False
    return True


def fsync_directory(path: Path) -> None:
    """Make a new directory entry durable; Windows has no directory handles for this."""
    if os.name == "nt":
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def publish(temporary: Path, target: Path) -> None:
    """Give a finished file its real name, refusing if the name is taken."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise SessionExistsError(target, messages.EXISTS.format(name=target.name)) from None
    except OSError:
        # File systems without hard links (FAT on a memory stick): rename instead. On
        # Windows rename refuses an existing target; elsewhere we check just before.
        if target.exists():
            raise SessionExistsError(target, messages.EXISTS.format(name=target.name)) from None
        os.rename(temporary, target)
    else:
        temporary.unlink()
    fsync_directory(target.parent)


def backup_name(path: Path, version: int, number: int) -> Path:
    suffix = ".bak" if number == 1 else f".bak-{number}"
    return path.with_name(f"{path.stem}.v{version}{suffix}{path.suffix}")


def existing_backup(path: Path, version: int) -> Path | None:
    """A copy of ``path`` made before an earlier, refused or failed, upgrade: same bytes."""
    size = path.stat().st_size
    number = 1
    while (backup := backup_name(path, version, number)).exists():
        with contextlib.suppress(OSError):
            if backup.stat().st_size == size and _same_bytes(path, backup):
                return backup
        number += 1
    return None


def _same_bytes(first: Path, second: Path) -> bool:
    with first.open("rb") as one, second.open("rb") as other:
        while True:
            chunk = one.read(1 << 20)
            if chunk != other.read(1 << 20):
                return False
            if not chunk:
                return True


def copy_aside(path: Path, version: int) -> Path:
    """Copy a file before it is migrated: ``navn.v1.bak.ovelse``, never over another copy.

    The copy is written under a temporary name first, so a crash never leaves half a copy
    that looks like a whole one.
    """
    temporary = temporary_sibling(path)
    try:
        with path.open("rb") as source, temporary.open("xb") as target:
            while chunk := source.read(1 << 20):
                target.write(chunk)
            target.flush()
            os.fsync(target.fileno())
        number = 1
        while True:
            backup = backup_name(path, version, number)
            try:
                publish(temporary, backup)
            except SessionExistsError:
                number += 1
                continue
            return backup
    finally:
        temporary.unlink(missing_ok=True)
