"""The evaluation after the exercise: goals rated, findings, learning points, action plan.

It follows DSB's report structure (findings per goal, what worked, improvement points,
learning points, tiltaksplan, veien videre) and is stored as events like everything else,
so an evaluation written over several days keeps its history and survives a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ovelse.exercise import labels, messages
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.events import ActionFields, Links
from ovelse.exercise.hot_wash import HotWash
from ovelse.exercise.kinds import (
    Appendix,
    EvaluationField,
    EvaluationSection,
    ExemptKind,
    MarkingKind,
    NoteSection,
    Rating,
)
from ovelse.scenario.model import ScenarioPack

ID_PREFIXES: dict[EvaluationSection, str] = {
    EvaluationSection.STRENGTHS: "S",
    EvaluationSection.IMPROVEMENTS: "F",
    EvaluationSection.LEARNING_POINTS: "LP",
    EvaluationSection.ACTION_PLAN: "T",
}


@dataclass(frozen=True)
class Assessment:
    target_id: str  # an objective or sub-goal id
    rating: Rating | None = None
    comment: str = ""

    @property
    def label(self) -> str:
        return labels.RATINGS[self.rating] if self.rating is not None else labels.NOT_RATED


@dataclass(frozen=True)
class Note:
    """A strength, an improvement point or a learning point."""

    id: str
    text: str
    links: Links = field(default_factory=Links)


@dataclass(frozen=True)
class ActionItem:
    id: str
    fields: ActionFields

    @property
    def measure(self) -> str:
        return self.fields.measure

    @property
    def owner(self) -> str:
        return self.fields.owner

    @property
    def deadline(self) -> date | None:
        return self.fields.deadline


@dataclass(frozen=True)
class Marking:
    kind: MarkingKind = MarkingKind.NONE
    custom_text: str = ""

    @property
    def text(self) -> str:
        """The line printed on every report page; empty when the report is public."""
        if self.kind is MarkingKind.CUSTOM:
            return self.custom_text
        return labels.MARKINGS[self.kind]


def goal_ids(pack: ScenarioPack) -> dict[str, str]:
    """Every objective and sub-goal id, with its title, in pack order."""
    ids: dict[str, str] = {}
    for objective in pack.objectives:
        ids[objective.id] = objective.title
        for sub in objective.subgoals:
            ids[sub.id] = sub.title
    return ids


class Evaluation:
    def __init__(self, pack: ScenarioPack) -> None:
        self.goals = goal_ids(pack)
        self._assessments: dict[str, Assessment] = {}
        self._notes: dict[NoteSection, list[Note]] = {section: [] for section in NoteSection}
        self._actions: list[ActionItem] = []
        self._texts: dict[EvaluationField, str] = {}
        # The pack's author knows whether its material is sensitive: that is the default.
        self.marking = Marking(MarkingKind(pack.marking))
        # What is skjermet (exempt) and left out of the public report, by kind and id.
        self._exempt: set[tuple[ExemptKind, str]] = set()
        # Items flagged «trenger oppfølging fra region/stat» for the result file.
        self._follow_up: set[str] = set()
        self._counters: dict[EvaluationSection, int] = {section: 0 for section in EvaluationSection}
        # What the room said in the umiddelbar evaluering; items may be taken from it.
        self.hot_wash = HotWash()

    # --- queries ----------------------------------------------------------------------

    def assessment(self, target_id: str) -> Assessment:
        return self._assessments.get(target_id, Assessment(target_id))

    def assessments(self) -> tuple[Assessment, ...]:
        """One per goal and sub-goal in pack order, unrated ones included."""
        return tuple(self.assessment(target) for target in self.goals)

    def notes(self, section: NoteSection) -> tuple[Note, ...]:
        return tuple(self._notes[section])

    @property
    def strengths(self) -> tuple[Note, ...]:
        return self.notes(NoteSection.STRENGTHS)

    @property
    def improvements(self) -> tuple[Note, ...]:
        return self.notes(NoteSection.IMPROVEMENTS)

    @property
    def learning_points(self) -> tuple[Note, ...]:
        return self.notes(NoteSection.LEARNING_POINTS)

    @property
    def action_plan(self) -> tuple[ActionItem, ...]:
        return tuple(self._actions)

    def is_exempt(self, kind: ExemptKind, target_id: str) -> bool:
        return (kind, target_id) in self._exempt

    def exempt_ids(self, kind: ExemptKind) -> frozenset[str]:
        return frozenset(target for k, target in self._exempt if k is kind)

    def needs_follow_up(self, item_id: str) -> bool:
        return item_id in self._follow_up

    def follow_up_ids(self) -> frozenset[str]:
        return frozenset(self._follow_up)

    def section_of(self, item_id: str) -> EvaluationSection | None:
        """The list an item (S1, F2, LP1, T3) is in, or None if it is in none."""
        return next((s for s in EvaluationSection if item_id in self._ids(s)), None)

    def text(self, field: EvaluationField) -> str:
        return self._texts.get(field, "")

    def new_id(self, section: EvaluationSection) -> str:
        return f"{ID_PREFIXES[section]}{self._counters[section] + 1}"

    def _ids(self, section: EvaluationSection) -> list[str]:
        if section is EvaluationSection.ACTION_PLAN:
            return [item.id for item in self._actions]
        return [note.id for note in self._notes[NoteSection(section.value)]]

    # --- checks -----------------------------------------------------------------------

    def check_target(self, target_id: str) -> None:
        if target_id not in self.goals:
            raise ExerciseError(messages.OBJECTIVE_NOT_FOUND.format(target_id=target_id))

    def check_links(
        self,
        links: Links,
        known_inject: Callable[[str], bool],
        known_entry: Callable[[str], bool],
    ) -> Links:
        links = Links(
            tuple(dict.fromkeys(links.objectives)),
            tuple(dict.fromkeys(links.injects)),
            tuple(dict.fromkeys(links.entries)),
            tuple(dict.fromkeys(links.hot_wash)),
        )
        for target in links.objectives:
            self.check_target(target)
        for inject_id in links.injects:
            if not known_inject(inject_id):
                raise ExerciseError(messages.INJECT_NOT_FOUND.format(inject_id=inject_id))
        for entry_id in links.entries:
            if not known_entry(entry_id):
                raise ExerciseError(messages.ENTRY_NOT_FOUND.format(entry_id=entry_id))
        for answer_id in links.hot_wash:
            # An answer deleted since may stay linked: the item keeps its own text.
            if not self.hot_wash.exists(answer_id):
                raise ExerciseError(messages.HOT_WASH_NOT_FOUND.format(answer_id=answer_id))
        return links

    def check_item(self, section: EvaluationSection, item_id: str) -> int:
        """The item's position in its list, or a refusal if it is not there."""
        ids = self._ids(section)
        if item_id not in ids:
            raise ExerciseError(
                messages.ITEM_NOT_FOUND.format(
                    item_id=item_id, section=labels.EVALUATION_SECTIONS[section]
                )
            )
        return ids.index(item_id)

    def check_new_item(self, section: EvaluationSection, item_id: str) -> None:
        if item_id in self._ids(section):
            raise ExerciseError(messages.ITEM_EXISTS.format(item_id=item_id))

    def check_move(self, section: EvaluationSection, item_id: str, index: int) -> None:
        self.check_item(section, item_id)
        if not 0 <= index < len(self._ids(section)):
            raise ExerciseError(messages.ITEM_CANNOT_MOVE)

    @staticmethod
    def check_text(field: EvaluationField, value: str) -> str:
        value = value.strip()
        if field is EvaluationField.DATE and value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ExerciseError(messages.NOT_A_DATE.format(value=value)) from None
        return value

    @staticmethod
    def check_marking(kind: MarkingKind, text: str) -> str:
        text = text.strip()
        if kind is MarkingKind.CUSTOM and not text:
            raise ExerciseError(messages.MARKING_TEXT_MISSING)
        return text if kind is MarkingKind.CUSTOM else ""

    def check_exemption(
        self, kind: ExemptKind, target_id: str, known_entry: Callable[[str], bool]
    ) -> None:
        """Only what exists can be exempt; an unknown id would hide nothing and mislead."""
        if kind is ExemptKind.ITEM:
            if not any(
                target_id in self._ids(section) for section in EvaluationSection
            ) and not self.hot_wash.exists(target_id):
                raise ExerciseError(messages.EXEMPT_ITEM_NOT_FOUND.format(item_id=target_id))
        elif kind is ExemptKind.ENTRY:
            if not known_entry(target_id):
                raise ExerciseError(messages.ENTRY_NOT_FOUND.format(entry_id=target_id))
        elif kind is ExemptKind.ASSESSMENT:
            self.check_target(target_id)
        else:
            values = EvaluationField if kind is ExemptKind.TEXT else Appendix
            if target_id not in {value.value for value in values}:
                raise ExerciseError(messages.EXEMPT_PART_UNKNOWN.format(target_id=target_id))

    def check_follow_up(self, item_id: str) -> EvaluationSection:
        section = self.section_of(item_id)
        if section is None:
            raise ExerciseError(messages.FOLLOW_UP_ITEM_NOT_FOUND.format(item_id=item_id))
        return section

    # --- changes ----------------------------------------------------------------------

    def apply_follow_up(self, item_id: str, follow_up: bool) -> None:
        if follow_up:
            self._follow_up.add(item_id)
        else:
            self._follow_up.discard(item_id)

    def apply_exemption(self, kind: ExemptKind, target_id: str, exempt: bool) -> None:
        if exempt:
            self._exempt.add((kind, target_id))
        else:
            self._exempt.discard((kind, target_id))

    def apply_rating(self, target_id: str, rating: Rating | None, comment: str) -> None:
        self.check_target(target_id)
        self._assessments[target_id] = Assessment(target_id, rating, comment)

    def apply_note(self, section: NoteSection, note: Note, *, new: bool) -> None:
        items = self._notes[section]
        if new:
            self.check_new_item(EvaluationSection(section.value), note.id)
            items.append(note)
            self._count(EvaluationSection(section.value), note.id)
        else:
            index = self.check_item(EvaluationSection(section.value), note.id)
            items[index] = note

    def apply_action(self, item: ActionItem, *, new: bool) -> None:
        if new:
            self.check_new_item(EvaluationSection.ACTION_PLAN, item.id)
            self._actions.append(item)
            self._count(EvaluationSection.ACTION_PLAN, item.id)
        else:
            index = self.check_item(EvaluationSection.ACTION_PLAN, item.id)
            self._actions[index] = item

    def apply_delete(self, section: EvaluationSection, item_id: str) -> None:
        index = self.check_item(section, item_id)
        if section is EvaluationSection.ACTION_PLAN:
            del self._actions[index]
        else:
            del self._notes[NoteSection(section.value)][index]

    def apply_move(self, section: EvaluationSection, item_id: str, index: int) -> None:
        self.check_move(section, item_id, index)
        items: list[Note] | list[ActionItem]
        if section is EvaluationSection.ACTION_PLAN:
            items = self._actions
        else:
            items = self._notes[NoteSection(section.value)]
        old = self.check_item(section, item_id)
        items.insert(index, items.pop(old))  # type: ignore[arg-type]

    def apply_text(self, field: EvaluationField, value: str) -> None:
        self._texts[field] = value

    def apply_marking(self, kind: MarkingKind, text: str) -> None:
        self.marking = Marking(kind, text)

    def _count(self, section: EvaluationSection, item_id: str) -> None:
        prefix = ID_PREFIXES[section]
        number = item_id[len(prefix) :]
        if item_id.startswith(prefix) and number.isdigit():
            self._counters[section] = max(self._counters[section], int(number))
        else:
            self._counters[section] += 1
