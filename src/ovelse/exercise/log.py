"""The decision log: what the table decided, did and asked, with every correction kept.

Entries are corrected often in the heat of an exercise. An edit or a delete never erases
the earlier text: the log shows the latest version and hides deleted entries, and the
history of each entry stays available to the evaluator and the report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from ovelse.exercise import messages
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.events import EntryFields, EventRecord
from ovelse.exercise.kinds import EntryKind


class EntryAction(StrEnum):
    ADDED = "added"
    EDITED = "edited"
    DELETED = "deleted"
    RESTORED = "restored"


@dataclass(frozen=True)
class EntryVersion:
    seq: int
    action: EntryAction
    fields: EntryFields
    exercise_ms: int
    wall: datetime


@dataclass(frozen=True)
class LogEntry:
    id: str
    fields: EntryFields
    exercise_ms: int  # when it was first logged
    wall: datetime
    changed_ms: int  # when the latest version was written
    changed_wall: datetime
    version: int = 1
    deleted: bool = False

    @property
    def kind(self) -> EntryKind:
        return self.fields.kind

    @property
    def text(self) -> str:
        return self.fields.text

    @property
    def roles(self) -> tuple[str, ...]:
        return self.fields.roles

    @property
    def inject_id(self) -> str | None:
        return self.fields.inject_id

    @property
    def owner(self) -> str:
        return self.fields.owner

    @property
    def deadline(self) -> str:
        return self.fields.deadline

    @property
    def edited(self) -> bool:
        return self.version > 1


def check_fields(
    fields: EntryFields,
    known_role: Callable[[str], bool],
    known_inject: Callable[[str], bool],
) -> EntryFields:
    """Refuse an entry the report could not use; returns it with surrounding blanks trimmed."""
    checked = replace(
        fields,
        text=fields.text.strip(),
        roles=tuple(dict.fromkeys(role.strip() for role in fields.roles if role.strip())),
        owner=fields.owner.strip(),
        deadline=fields.deadline.strip(),
    )
    verify_fields(checked, known_role, known_inject)
    return checked


def verify_fields(
    fields: EntryFields,
    known_role: Callable[[str], bool],
    known_inject: Callable[[str], bool],
) -> None:
    """The rules of ``check_fields`` without the trimming, for an entry read from a file.

    Replay refuses what the live command would have refused, so a crafted file cannot log
    against a role or an inject the exercise does not have. No copy is made: a long
    session checks thousands of entries while it opens.
    """
    text, roles, inject_id = fields.text, fields.roles, fields.inject_id
    if not text or text.isspace():
        raise ExerciseError(messages.ENTRY_TEXT_MISSING)
    if not roles:
        raise ExerciseError(messages.ENTRY_ROLE_MISSING)
    if not all(map(known_role, roles)):
        unknown = [role for role in roles if not known_role(role)]
        raise ExerciseError(messages.UNKNOWN_ROLES.format(roles=", ".join(unknown)))
    if inject_id is not None and not known_inject(inject_id):
        raise ExerciseError(messages.INJECT_NOT_FOUND.format(inject_id=inject_id))


class DecisionLog:
    """The entries by id, with what a growing log is asked for most kept at hand.

    A day's log grows to thousands of entries and gets a new one every few seconds, so
    adding one and reading the newest, the count or a filtered list of ids must not cost
    a pass over the whole log: the live count is kept as it changes, the log as a tuple
    is kept until the next change, and ids are indexed by role, kind and inject.
    """

    def __init__(self) -> None:
        self._entries: dict[str, LogEntry] = {}
        # Versions are kept as (record, action, fields) and made into ``EntryVersion``s
        # only when someone asks: opening a long session builds every entry's history,
        # and hardly any of it is ever looked at.
        self._history: dict[str, list[tuple[EventRecord, EntryAction, EntryFields]]] = {}
        self._counter = 0
        self._live_count = 0
        self._live: tuple[LogEntry, ...] | None = None  # ``entries()`` until a change
        # Entry ids in writing order under each role, kind and inject they were added
        # with; deleted entries stay listed and are skipped when asked. A correction that
        # moves an entry to another role, kind or inject marks the index for rebuilding.
        self._by_role: dict[str, list[str]] = {}
        self._by_kind: dict[str, list[str]] = {}
        self._by_inject: dict[str, list[str]] = {}
        self._index_stale = False

    def new_id(self) -> str:
        return f"L{self._counter + 1}"

    def entries(self) -> tuple[LogEntry, ...]:
        """The log as it reads now: latest versions, deleted entries left out, in time order.

        Order of writing is time order: exercise time never goes back between events.
        """
        if self._live is None:
            self._live = tuple(entry for entry in self._entries.values() if not entry.deleted)
        return self._live

    def live_count(self) -> int:
        """How many entries the log reads now (deleted ones left out)."""
        return self._live_count

    def newest(self) -> LogEntry | None:
        """The latest entry not deleted, without a pass over the log."""
        for entry in reversed(self._entries.values()):
            if not entry.deleted:
                return entry
        return None

    def ids_where(self, role: str = "", kind: str = "", inject_id: str = "") -> list[str]:
        """Ids of the entries the log reads now that have this role, kind (its value) and
        inject, in time order; an empty text matches any. The work is in proportion to
        the entries of the narrowest of them, not to the whole log."""
        if not (role or kind or inject_id):
            return [entry.id for entry in self.entries()]
        if self._index_stale:
            self._reindex()
        candidates = min(
            (
                index.get(wanted, [])
                for index, wanted in (
                    (self._by_role, role),
                    (self._by_kind, kind),
                    (self._by_inject, inject_id),
                )
                if wanted
            ),
            key=len,
        )
        entries = self._entries
        shown = []
        for entry_id in candidates:
            entry = entries[entry_id]
            fields = entry.fields
            if (
                not entry.deleted
                and (not role or role in fields.roles)
                and (not kind or fields.kind.value == kind)
                and (not inject_id or fields.inject_id == inject_id)
            ):
                shown.append(entry_id)
        return shown

    def _index(self, entry_id: str, fields: EntryFields) -> None:
        for role in dict.fromkeys(fields.roles):  # a file's entry may name a role twice
            self._by_role.setdefault(role, []).append(entry_id)
        self._by_kind.setdefault(fields.kind.value, []).append(entry_id)
        if fields.inject_id is not None:
            self._by_inject.setdefault(fields.inject_id, []).append(entry_id)

    def _reindex(self) -> None:
        self._by_role, self._by_kind, self._by_inject = {}, {}, {}
        for entry in self._entries.values():
            self._index(entry.id, entry.fields)
        self._index_stale = False

    def all_entries(self) -> tuple[LogEntry, ...]:
        return tuple(self._entries.values())

    def get(self, entry_id: str) -> LogEntry:
        try:
            return self._entries[entry_id]
        except KeyError:
            raise ExerciseError(messages.ENTRY_NOT_FOUND.format(entry_id=entry_id)) from None

    def live(self, entry_id: str) -> LogEntry:
        entry = self.get(entry_id)
        if entry.deleted:
            raise ExerciseError(messages.ENTRY_DELETED.format(entry_id=entry_id))
        return entry

    def history(self, entry_id: str) -> tuple[EntryVersion, ...]:
        self.get(entry_id)
        return tuple(
            EntryVersion(record.seq, action, fields, record.exercise_ms, record.wall)
            for record, action, fields in self._history[entry_id]
        )

    def check_new_id(self, entry_id: str) -> None:
        if entry_id in self._entries:
            raise ExerciseError(messages.ENTRY_EXISTS.format(entry_id=entry_id))

    def apply_added(self, entry_id: str, fields: EntryFields, record: EventRecord) -> None:
        self.check_new_id(entry_id)
        self._entries[entry_id] = LogEntry(
            entry_id, fields, record.exercise_ms, record.wall, record.exercise_ms, record.wall
        )
        self._history[entry_id] = [(record, EntryAction.ADDED, fields)]
        self._live_count += 1
        self._live = None
        if not self._index_stale:
            self._index(entry_id, fields)
        if entry_id.startswith("L") and entry_id[1:].isdigit():
            self._counter = max(self._counter, int(entry_id[1:]))
        else:
            self._counter += 1

    def apply_edited(self, entry_id: str, fields: EntryFields, record: EventRecord) -> None:
        entry = self.live(entry_id)
        self._entries[entry_id] = replace(
            entry,
            fields=fields,
            changed_ms=record.exercise_ms,
            changed_wall=record.wall,
            version=entry.version + 1,
        )
        self._history[entry_id].append((record, EntryAction.EDITED, fields))
        self._live = None
        old = entry.fields
        if (old.kind, old.inject_id) != (fields.kind, fields.inject_id) or not set(
            fields.roles
        ) <= set(old.roles):
            self._index_stale = True

    def apply_deleted(self, entry_id: str, record: EventRecord) -> None:
        entry = self.live(entry_id)
        self._entries[entry_id] = replace(entry, deleted=True)
        self._history[entry_id].append((record, EntryAction.DELETED, entry.fields))
        self._live_count -= 1
        self._live = None

    def apply_restored(self, entry_id: str, record: EventRecord) -> None:
        entry = self.get(entry_id)
        if not entry.deleted:
            raise ExerciseError(messages.ENTRY_NOT_DELETED.format(entry_id=entry_id))
        self._entries[entry_id] = replace(entry, deleted=False)
        self._history[entry_id].append((record, EntryAction.RESTORED, entry.fields))
        self._live_count += 1
        self._live = None
