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
    SessionWriteError,
)
from ovelse.store.session import Recovery, Session, SessionInfo, peek

__all__ = [
    "CorruptSessionError",
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
    "SessionMissingError",
    "SessionNotFoundError",
    "SessionWriteError",
    "peek",
]
