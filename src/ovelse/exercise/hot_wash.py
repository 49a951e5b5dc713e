"""The hot wash (umiddelbar evaluering): what the room itself said right after the run.

The facilitator goes round the table, role by role or in free order, and asks each person
three things (``HotWashPrompt``). Each answer is stored with its role as an event, can be
corrected or deleted like a log entry (the history stays in the file), and is offered to
the evaluator as a strength, an improvement point or a measure for the action plan. An
evaluation item taken from an answer links back to it (``Links.hot_wash``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from ovelse.exercise import messages
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.events import EventRecord, HotWashFields, Links
from ovelse.exercise.kinds import EvaluationSection, HotWashPrompt

PREFIX = "U"

# Where an answer to each prompt goes in the evaluation when the evaluator takes it in.
SUGGESTED_SECTION: dict[HotWashPrompt, EvaluationSection] = {
    HotWashPrompt.WORKED: EvaluationSection.STRENGTHS,
    HotWashPrompt.BETTER: EvaluationSection.IMPROVEMENTS,
    HotWashPrompt.CHANGE: EvaluationSection.ACTION_PLAN,
}


@dataclass(frozen=True)
class Answer:
    id: str
    fields: HotWashFields
    exercise_ms: int  # when it was first saved
    wall: datetime
    version: int = 1
    deleted: bool = False

    @property
    def role_id(self) -> str:
        return self.fields.role_id

    @property
    def prompt(self) -> HotWashPrompt:
        return self.fields.prompt

    @property
    def text(self) -> str:
        return self.fields.text


def check_fields(fields: HotWashFields, known_role: Callable[[str], bool]) -> HotWashFields:
    """An answer as it will be stored: text trimmed, a known role; refused otherwise."""
    checked = replace(fields, role_id=fields.role_id.strip(), text=fields.text.strip())
    verify_fields(checked, known_role)
    return checked


def verify_fields(fields: HotWashFields, known_role: Callable[[str], bool]) -> None:
    """The rules of ``check_fields`` without the trimming, for an answer read from a file."""
    if not fields.role_id.strip():
        raise ExerciseError(messages.HOT_WASH_ROLE_MISSING)
    if not known_role(fields.role_id):
        raise ExerciseError(messages.UNKNOWN_ROLES.format(roles=fields.role_id))
    if not fields.text.strip():
        raise ExerciseError(messages.HOT_WASH_TEXT_MISSING)


class HotWash:
    """Every answer of the session's hot wash, in the order they were first given."""

    def __init__(self) -> None:
        self._answers: dict[str, Answer] = {}
        self._counter = 0

    # --- queries ----------------------------------------------------------------------

    def new_id(self) -> str:
        return f"{PREFIX}{self._counter + 1}"

    def answers(self) -> tuple[Answer, ...]:
        """The answers that stand (deleted ones left out), in the order they were given."""
        return tuple(answer for answer in self._answers.values() if not answer.deleted)

    def all_answers(self) -> tuple[Answer, ...]:
        """Deleted ones too, for the export."""
        return tuple(self._answers.values())

    def for_role(self, role_id: str) -> tuple[Answer, ...]:
        return tuple(answer for answer in self.answers() if answer.role_id == role_id)

    def counts(self) -> dict[HotWashPrompt, int]:
        """How many answers each prompt got, every prompt included."""
        counts = dict.fromkeys(HotWashPrompt, 0)
        for answer in self.answers():
            counts[answer.prompt] += 1
        return counts

    def get(self, answer_id: str) -> Answer:
        answer = self._answers.get(answer_id)
        if answer is None:
            raise ExerciseError(messages.HOT_WASH_NOT_FOUND.format(answer_id=answer_id))
        return answer

    def live(self, answer_id: str) -> Answer:
        answer = self.get(answer_id)
        if answer.deleted:
            raise ExerciseError(messages.HOT_WASH_NOT_FOUND.format(answer_id=answer_id))
        return answer

    def known(self, answer_id: str) -> bool:
        """Whether an answer of this id stands (not deleted)."""
        answer = self._answers.get(answer_id)
        return answer is not None and not answer.deleted

    def exists(self, answer_id: str) -> bool:
        """Whether it was ever given: a deleted answer may stay exempt."""
        return answer_id in self._answers

    # --- changes ----------------------------------------------------------------------

    def apply_added(self, answer_id: str, fields: HotWashFields, record: EventRecord) -> None:
        if answer_id in self._answers:
            raise ExerciseError(messages.HOT_WASH_EXISTS.format(answer_id=answer_id))
        self._answers[answer_id] = Answer(answer_id, fields, record.exercise_ms, record.wall)
        number = answer_id[len(PREFIX) :]
        if answer_id.startswith(PREFIX) and number.isdigit():
            self._counter = max(self._counter, int(number))
        else:
            self._counter += 1

    def apply_edited(self, answer_id: str, fields: HotWashFields) -> None:
        old = self.live(answer_id)
        self._answers[answer_id] = replace(old, fields=fields, version=old.version + 1)

    def apply_deleted(self, answer_id: str) -> None:
        old = self.live(answer_id)
        self._answers[answer_id] = replace(old, deleted=True)


def taken(links: Iterable[Links]) -> frozenset[str]:
    """The answers that evaluation items with these links were taken from."""
    return frozenset(answer for link in links for answer in link.hot_wash)
