"""Everything that can go wrong with a session file, with a message the user can act on.

Every message names the file, because the user may have several sessions open in their
head, and says what to do next when there is something to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ovelse.exercise.events import EventRecord
    from ovelse.store.lock import LockHolder


class SessionError(Exception):
    """A session file problem; ``str(error)`` is a complete sentence (``messages``)."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(message)


class SessionNotFoundError(SessionError):
    pass


class NotASessionError(SessionError):
    """Not a session at all: an empty file, a text file, another program's database."""


class CorruptSessionError(SessionError):
    """A session file that is damaged or cut short; it is left exactly as it was."""


class NewerSessionError(SessionError):
    """Written by a newer Øvelse than this one; opening it could lose what it holds."""


class MigrationError(SessionError):
    pass


class SessionExistsError(SessionError):
    """A session is never written over an existing file."""


class SessionWriteError(SessionError):
    """A change could not be saved; nothing was applied, and «Lagre som» is the way out."""


class SessionMissingError(SessionWriteError):
    """The file was deleted or moved away while it was open."""


class SessionTakenOverError(SessionWriteError):
    """Another program took the session over (the user asked it to); this one lost the file.

    Nothing is lost: the change was not applied, so the screen still shows what the user
    typed, ``unsaved`` holds the events it would have written, and the session is now a
    read-only view from which «Lagre som» continues in a copy with everything recorded
    here. ``holder`` is the program that has the file now, if its lock can be read.
    """

    def __init__(
        self,
        path: Path | str,
        message: str,
        *,
        holder: LockHolder | None,
        unsaved: Sequence[EventRecord],
    ) -> None:
        super().__init__(path, message)
        self.holder = holder
        self.unsaved = tuple(unsaved)


class ReadOnlySessionError(SessionError):
    """A change was asked of a session opened read-only."""


class SessionClosedError(SessionError):
    pass
