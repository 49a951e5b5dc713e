"""Why a file operation failed, in the user's language, from the error the system gave.

Neither SQLite's nor the operating system's English text may reach a user, so every error
that ends up inside a message is put in words here, by its code.
"""

from __future__ import annotations

import errno
import sqlite3

from ovelse.store import messages

# SQLite primary result codes (https://sqlite.org/rescode.html) that need their own words.
BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, CONSTRAINT, NOTADB = (
    5,
    6,
    8,
    10,
    11,
    13,
    14,
    19,
    26,
)

# System errors that mean the disk is full, or that the file or folder may not be written;
# the opening tells them apart from other failures to take the lock, too.
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def os_reason(exc: OSError) -> str:
    """«disken er full», «filen eller mappen er skrivebeskyttet» … for an ``OSError``."""
    code = exc.errno
    if code in DISK_FULL_ERRNOS:
        return messages.REASON_DISK_FULL
    if code in READ_ONLY_ERRNOS:
        return messages.REASON_READ_ONLY
    if code in (errno.ENOENT, errno.ENOTDIR):
        return messages.REASON_NOT_FOUND
    if code == errno.EEXIST:
        return messages.REASON_EXISTS
    if code in (errno.EIO, errno.ENXIO, errno.ENODEV, getattr(errno, "ESTALE", errno.EIO)):
        return messages.REASON_IO
    return messages.REASON_CODE.format(code=code if code is not None else "?")


def sqlite_code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def sqlite_reason(exc: sqlite3.Error) -> str:
    """The same for an error SQLite raised."""
    code = sqlite_code(exc)
    if code == FULL:
        return messages.REASON_DISK_FULL
    if code == READONLY:
        return messages.REASON_READ_ONLY
    if code in (IOERR, CANTOPEN):
        return messages.REASON_IO
    if code in (BUSY, LOCKED):
        return messages.REASON_LOCKED
    if code == CONSTRAINT:
        return messages.REASON_CONFLICT
    if code in (CORRUPT, NOTADB):
        return messages.REASON_CORRUPT
    return messages.REASON_CODE.format(code=code or "?")


def detail(exc: BaseException) -> str:
    """What is wrong inside a damaged file, for ``messages.CORRUPT``'s parenthesis."""
    if isinstance(exc, sqlite3.Error):
        code = sqlite_code(exc)
        if code in (CORRUPT, NOTADB, 0) and isinstance(exc, sqlite3.DatabaseError):
            return messages.DETAIL_DAMAGED_STRUCTURE
        return sqlite_reason(exc)
    if isinstance(exc, UnicodeError):
        return messages.DETAIL_NOT_UTF8
    if isinstance(exc, OSError):
        return os_reason(exc)
    return messages.DETAIL_UNKNOWN
