"""Who sits at the table, by name or only by role, and whether they are in the room."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ovelse.exercise import messages
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.events import ParticipantFields


@dataclass(frozen=True)
class Participant:
    id: str
    fields: ParticipantFields

    @property
    def name(self) -> str:
        return self.fields.name

    @property
    def organisation(self) -> str:
        return self.fields.organisation

    @property
    def roles(self) -> tuple[str, ...]:
        return self.fields.roles

    @property
    def present(self) -> bool:
        return self.fields.present


def check_fields(fields: ParticipantFields, known_role: Callable[[str], bool]) -> ParticipantFields:
    """Refuse a participant nobody could recognise; returns it with blanks trimmed."""
    checked = replace(
        fields,
        name=fields.name.strip(),
        organisation=fields.organisation.strip(),
        roles=tuple(dict.fromkeys(role.strip() for role in fields.roles if role.strip())),
    )
    verify_fields(checked, known_role)
    return checked


def verify_fields(fields: ParticipantFields, known_role: Callable[[str], bool]) -> None:
    """The rules of ``check_fields`` without the trimming, for a participant read from a file."""
    unknown = [role for role in fields.roles if not known_role(role)]
    if unknown:
        raise ExerciseError(messages.UNKNOWN_ROLES.format(roles=", ".join(unknown)))
    if not (fields.name.strip() or fields.organisation.strip() or fields.roles):
        raise ExerciseError(messages.PARTICIPANT_EMPTY)


class Participants:
    def __init__(self) -> None:
        self._people: dict[str, Participant] = {}
        self._counter = 0

    def new_id(self) -> str:
        return f"P{self._counter + 1}"

    def all(self) -> tuple[Participant, ...]:
        return tuple(self._people.values())

    def get(self, participant_id: str) -> Participant:
        try:
            return self._people[participant_id]
        except KeyError:
            raise ExerciseError(
                messages.PARTICIPANT_NOT_FOUND.format(participant_id=participant_id)
            ) from None

    def apply_added(self, participant_id: str, fields: ParticipantFields) -> None:
        if participant_id in self._people:
            raise ExerciseError(messages.PARTICIPANT_EXISTS.format(participant_id=participant_id))
        self._people[participant_id] = Participant(participant_id, fields)
        if participant_id[1:].isdigit():
            self._counter = max(self._counter, int(participant_id[1:]))
        else:
            self._counter += 1

    def apply_edited(self, participant_id: str, fields: ParticipantFields) -> None:
        self.get(participant_id)
        self._people[participant_id] = Participant(participant_id, fields)

    def apply_removed(self, participant_id: str) -> None:
        self.get(participant_id)
        del self._people[participant_id]
