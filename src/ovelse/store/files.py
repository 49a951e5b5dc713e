"""File moves that never overwrite and survive a power cut.

A new session or a «Lagre som» copy is written under a temporary name and then given its
real name with a link, which fails instead of replacing a file that appeared meanwhile.
"""

from __future__ import annotations

import os
from pathlib import Path

from ovelse.store import messages
from ovelse.store.errors import SessionExistsError


def temporary_sibling(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


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


def copy_aside(path: Path, version: int) -> Path:
    """Copy a file before it is migrated: ``navn.v1.bak.ovelse``, never over another copy."""
    number = 1
    while True:
        suffix = ".bak" if number == 1 else f".bak-{number}"
        backup = path.with_name(f"{path.stem}.v{version}{suffix}{path.suffix}")
        try:
            with path.open("rb") as source, backup.open("xb") as target:
                while chunk := source.read(1 << 20):
                    target.write(chunk)
                target.flush()
                os.fsync(target.fileno())
        except FileExistsError:
            number += 1
            continue
        fsync_directory(path.parent)
        return backup
