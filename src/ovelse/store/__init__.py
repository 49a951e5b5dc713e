"""The ``.ovelse`` session file: schema, durable appends, replay, recovery and locking.

The names below are imported from their modules on first use (PEP 562), so that the
library window can read a lock file (``ovelse.store.lock``) at start-up without importing
the session layer and, through it, the whole exercise engine (about 0.1 s).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ovelse.store.errors import (
        CorruptSessionError,
        MigrationError,
        NewerSessionError,
        NotASessionError,
        ReadOnlySessionError,
        SessionClosedError,
        SessionError,
        SessionExistsError,
        SessionMissingError,
        SessionNotFoundError,
        SessionTakenOverError,
        SessionWriteError,
    )
    from ovelse.store.lock import LockHolder, SessionLock
    from ovelse.store.session import Recovery, Session, SessionInfo, peek

_HOMES = {
    "CorruptSessionError": "errors",
    "LockHolder": "lock",
    "MigrationError": "errors",
    "NewerSessionError": "errors",
    "NotASessionError": "errors",
    "ReadOnlySessionError": "errors",
    "Recovery": "session",
    "Session": "session",
    "SessionClosedError": "errors",
    "SessionError": "errors",
    "SessionExistsError": "errors",
    "SessionInfo": "session",
    "SessionLock": "lock",
    "SessionMissingError": "errors",
    "SessionNotFoundError": "errors",
    "SessionTakenOverError": "errors",
    "SessionWriteError": "errors",
    "peek": "session",
}

__all__ = [
    "CorruptSessionError",
    "LockHolder",
    "MigrationError",
    "NewerSessionError",
    "NotASessionError",
    "ReadOnlySessionError",
    "Recovery",
    "Session",
    "SessionClosedError",
    "SessionError",
    "SessionExistsError",
    "SessionInfo",
    "SessionLock",
    "SessionMissingError",
    "SessionNotFoundError",
    "SessionTakenOverError",
    "SessionWriteError",
    "peek",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later look-ups go straight to the module dict
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
