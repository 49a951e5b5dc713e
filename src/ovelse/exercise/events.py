"""Everything that can happen to an exercise, as the facts written to the session file.

State is never stored, only these events; replaying them in order rebuilds the exercise.
Each event carries the complete new value of what it changes (an edited log entry holds
the whole entry, not a diff), so history can be shown without replaying neighbours.
``TYPE`` is the name written to the file and must never change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import ClassVar, TypeVar

from ovelse.exercise.kinds import (
    ActionMark,
    ActionStatus,
    EntryKind,
    EvaluationField,
    EvaluationSection,
    ExemptKind,
    HotWashPrompt,
    MarkingKind,
    NoteSection,
    Priority,
    Rating,
)
from ovelse.scenario.model import BoardStatus, Directive, Question


@dataclass(frozen=True)
class Event:
    TYPE: ClassVar[str] = ""


EVENT_TYPES: dict[str, type[Event]] = {}

E = TypeVar("E", bound=type[Event])


def _register(cls: E) -> E:
    if not cls.TYPE or cls.TYPE in EVENT_TYPES:
        raise TypeError(f"event type name missing or taken: {cls.__name__}")
    EVENT_TYPES[cls.TYPE] = cls
    return cls


@dataclass(frozen=True)
class EventRecord:
    """An event as stored: its place in the sequence and both clocks when it happened."""

    seq: int
    wall: datetime  # aware, UTC, whole milliseconds
    exercise_ms: int
    event: Event


# --- values carried inside events -------------------------------------------------------


@dataclass(frozen=True)
class Links:
    """What an evaluation item refers to, so the report can show findings with evidence."""

    objectives: tuple[str, ...] = ()
    injects: tuple[str, ...] = ()
    entries: tuple[str, ...] = ()
    hot_wash: tuple[str, ...] = ()  # answers from the umiddelbar evaluering it was taken from


@dataclass(frozen=True)
class EntryFields:
    """The parts of a log entry the scribe writes and may later correct."""

    kind: EntryKind
    text: str
    roles: tuple[str, ...]
    inject_id: str | None = None
    owner: str = ""
    deadline: str = ""  # free text: «innen kl. 14», «Dag 2», a date …


@dataclass(frozen=True)
class ParticipantFields:
    name: str = ""  # many municipalities log by role only
    organisation: str = ""
    roles: tuple[str, ...] = ()
    present: bool = True


@dataclass(frozen=True)
class ActionFields:
    measure: str
    owner: str = ""  # a unit or a role, rarely a person
    deadline: date | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    plan_section: str = ""  # the plan or ROS-analysis section the measure changes
    links: Links = field(default_factory=Links)
    priority: Priority | None = None  # None in files from before priorities were asked


# --- session --------------------------------------------------------------------------


@_register
@dataclass(frozen=True)
class SessionOpened(Event):
    TYPE: ClassVar[str] = "session_opened"
    app_version: str


@_register
@dataclass(frozen=True)
class SessionClosed(Event):
    TYPE: ClassVar[str] = "session_closed"


@_register
@dataclass(frozen=True)
class AutoReleaseSet(Event):
    TYPE: ClassVar[str] = "auto_release_set"
    enabled: bool


@_register
@dataclass(frozen=True)
class DirectiveSet(Event):
    """The øvingsdirektiv's own texts (date, place, rules of play …) from Prepare, whole."""

    TYPE: ClassVar[str] = "directive_set"
    directive: Directive


# --- run and clocks -------------------------------------------------------------------


@_register
@dataclass(frozen=True)
class RunStarted(Event):
    TYPE: ClassVar[str] = "run_started"


@_register
@dataclass(frozen=True)
class RunPaused(Event):
    TYPE: ClassVar[str] = "run_paused"


@_register
@dataclass(frozen=True)
class RunResumed(Event):
    TYPE: ClassVar[str] = "run_resumed"


@_register
@dataclass(frozen=True)
class RunEnded(Event):
    TYPE: ClassVar[str] = "run_ended"


# --- injects and board ----------------------------------------------------------------


@_register
@dataclass(frozen=True)
class InjectReleased(Event):
    TYPE: ClassVar[str] = "inject_released"
    inject_id: str
    auto: bool = False


@_register
@dataclass(frozen=True)
class InjectSkipped(Event):
    TYPE: ClassVar[str] = "inject_skipped"
    inject_id: str


@_register
@dataclass(frozen=True)
class InjectShown(Event):
    """What the shared screen shows; ``None`` is the hold screen between injects."""

    TYPE: ClassVar[str] = "inject_shown"
    inject_id: str | None


@_register
@dataclass(frozen=True)
class AdhocInjectAdded(Event):
    TYPE: ClassVar[str] = "adhoc_inject_added"
    inject_id: str
    title: str
    text: str
    notes: str = ""
    questions: tuple[Question, ...] = ()


@_register
@dataclass(frozen=True)
class BoardOverridden(Event):
    TYPE: ClassVar[str] = "board_overridden"
    item_id: str
    value: str
    status: BoardStatus


@_register
@dataclass(frozen=True)
class RoleAdded(Event):
    """A role at the table that the pack did not foresee."""

    TYPE: ClassVar[str] = "role_added"
    role_id: str
    title: str


# --- decision log ---------------------------------------------------------------------


@_register
@dataclass(frozen=True)
class EntryAdded(Event):
    TYPE: ClassVar[str] = "entry_added"
    entry_id: str
    fields: EntryFields


@_register
@dataclass(frozen=True)
class EntryEdited(Event):
    TYPE: ClassVar[str] = "entry_edited"
    entry_id: str
    fields: EntryFields


@_register
@dataclass(frozen=True)
class EntryDeleted(Event):
    TYPE: ClassVar[str] = "entry_deleted"
    entry_id: str


@_register
@dataclass(frozen=True)
class EntryRestored(Event):
    TYPE: ClassVar[str] = "entry_restored"
    entry_id: str


# --- expected actions (the checklist ticked during the run) ---------------------------


@_register
@dataclass(frozen=True)
class ActionTicked(Event):
    """An expected action of an inject ticked, changed or unticked (``mark`` None).

    ``action_id`` is the action's place in the inject's ``expected_actions`` counted from
    1 («1», «2» …), or the id of an observed action («H1»); the session keeps its own
    copy of the pack, so the place never moves. Carries the whole new tick, note included.
    """

    TYPE: ClassVar[str] = "action_ticked"
    inject_id: str
    action_id: str
    mark: ActionMark | None
    note: str = ""


@_register
@dataclass(frozen=True)
class ActionObserved(Event):
    """An action the table took that the pack did not expect (observert handling)."""

    TYPE: ClassVar[str] = "action_observed"
    inject_id: str
    action_id: str
    text: str
    mark: ActionMark | None = ActionMark.DONE
    note: str = ""


@_register
@dataclass(frozen=True)
class ObservedActionEdited(Event):
    TYPE: ClassVar[str] = "observed_action_edited"
    inject_id: str
    action_id: str
    text: str


# --- participants ---------------------------------------------------------------------


@_register
@dataclass(frozen=True)
class ParticipantAdded(Event):
    TYPE: ClassVar[str] = "participant_added"
    participant_id: str
    fields: ParticipantFields


@_register
@dataclass(frozen=True)
class ParticipantEdited(Event):
    TYPE: ClassVar[str] = "participant_edited"
    participant_id: str
    fields: ParticipantFields


@_register
@dataclass(frozen=True)
class ParticipantRemoved(Event):
    TYPE: ClassVar[str] = "participant_removed"
    participant_id: str


# --- evaluation -----------------------------------------------------------------------


@_register
@dataclass(frozen=True)
class ObjectiveRated(Event):
    """A rating of a goal or sub-goal; ``rating`` None takes a rating back."""

    TYPE: ClassVar[str] = "objective_rated"
    target_id: str
    rating: Rating | None
    comment: str = ""


@_register
@dataclass(frozen=True)
class NoteAdded(Event):
    TYPE: ClassVar[str] = "note_added"
    section: NoteSection
    item_id: str
    text: str
    links: Links = field(default_factory=Links)


@_register
@dataclass(frozen=True)
class NoteEdited(Event):
    TYPE: ClassVar[str] = "note_edited"
    section: NoteSection
    item_id: str
    text: str
    links: Links = field(default_factory=Links)


@_register
@dataclass(frozen=True)
class ActionItemAdded(Event):
    TYPE: ClassVar[str] = "action_item_added"
    item_id: str
    fields: ActionFields


@_register
@dataclass(frozen=True)
class ActionItemEdited(Event):
    TYPE: ClassVar[str] = "action_item_edited"
    item_id: str
    fields: ActionFields


@_register
@dataclass(frozen=True)
class EvaluationItemDeleted(Event):
    TYPE: ClassVar[str] = "evaluation_item_deleted"
    section: EvaluationSection
    item_id: str


@_register
@dataclass(frozen=True)
class EvaluationItemMoved(Event):
    TYPE: ClassVar[str] = "evaluation_item_moved"
    section: EvaluationSection
    item_id: str
    index: int


@_register
@dataclass(frozen=True)
class EvaluationTextSet(Event):
    TYPE: ClassVar[str] = "evaluation_text_set"
    field: EvaluationField
    value: str


@_register
@dataclass(frozen=True)
class MarkingSet(Event):
    TYPE: ClassVar[str] = "marking_set"
    kind: MarkingKind
    text: str = ""  # only for MarkingKind.CUSTOM


@_register
@dataclass(frozen=True)
class ExemptionSet(Event):
    """A part of the evaluation marked skjermet (exempt), or no longer: the public report
    leaves it out. Stored like every edit, so the choice survives a crash and has a history."""

    TYPE: ClassVar[str] = "exemption_set"
    kind: ExemptKind
    target_id: str
    exempt: bool = True


@_register
@dataclass(frozen=True)
class FollowUpSet(Event):
    """An evaluation item (S1, F2, LP1, T3) flagged «trenger oppfølging fra region/stat»,
    or no longer: the result file for the statsforvalter carries the flag."""

    TYPE: ClassVar[str] = "follow_up_set"
    item_id: str
    follow_up: bool = True


# --- hot wash (umiddelbar evaluering) -------------------------------------------------


@dataclass(frozen=True)
class HotWashFields:
    """One answer the room gave in the hot wash: who (by role), to which prompt, what."""

    role_id: str
    prompt: HotWashPrompt
    text: str


@_register
@dataclass(frozen=True)
class HotWashAnswerAdded(Event):
    TYPE: ClassVar[str] = "hot_wash_answer_added"
    answer_id: str
    fields: HotWashFields


@_register
@dataclass(frozen=True)
class HotWashAnswerEdited(Event):
    TYPE: ClassVar[str] = "hot_wash_answer_edited"
    answer_id: str
    fields: HotWashFields


@_register
@dataclass(frozen=True)
class HotWashAnswerDeleted(Event):
    TYPE: ClassVar[str] = "hot_wash_answer_deleted"
    answer_id: str
