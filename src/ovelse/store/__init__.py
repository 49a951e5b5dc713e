"""The ``.ovelse`` session file: schema, durable appends, replay, recovery and locking."""

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
