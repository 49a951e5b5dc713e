"""Everything the evaluation report prints, as one frozen value.

The PDF code reads only this model, never the engine's live objects, so a report can be
built from a session file, from a test, or from a benchmark's synthetic exercise alike,
and the same value always gives the same bytes. Texts are final (templates rendered,
role and inject ids kept only where the report needs to group or cross-reference).
Enums are the engine's, so their labels come from the same catalogue as the app's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ovelse.exercise.kinds import (
    ActionMark,
    ActionStatus,
    EntryKind,
    HotWashPrompt,
    Priority,
    Rating,
)
from ovelse.report import texts


@dataclass(frozen=True)
class Municipality:
    name: str  # as the profile writes it: «Nesseby», «Ringerike kommune»
    sami_name: str = ""  # «Unjárga»; empty outside the Sámi language area
    county: str = ""

    @property
    def display(self) -> str:
        """Sámi name first, as the municipalities in the language area style themselves."""
        if self.sami_name and self.sami_name != self.name:
            return f"{self.sami_name}/{self.name}"
        return self.name


@dataclass(frozen=True)
class Links:
    """What a finding or measure refers to, by id; the report shows numbers and titles."""

    objectives: tuple[str, ...] = ()
    injects: tuple[str, ...] = ()
    entries: tuple[str, ...] = ()
    hot_wash: tuple[str, ...] = ()  # the hot-wash answers it was taken from

    def __bool__(self) -> bool:
        return bool(self.objectives or self.injects or self.entries or self.hot_wash)


@dataclass(frozen=True)
class Exemptions:
    """What the evaluator marked skjermet (exempt), by id, and the legal basis for it.

    The full report prints everything; :func:`ovelse.report.public.public_version` reads
    this to leave the exempt parts out.
    """

    items: frozenset[str] = frozenset()  # strengths, improvements, learning points, measures
    entries: frozenset[str] = frozenset()  # log entry ids
    texts: frozenset[str] = frozenset()  # EvaluationField values
    assessments: frozenset[str] = frozenset()  # goal and sub-goal ids
    appendices: frozenset[str] = frozenset()  # Appendix values
    basis: str = ""  # «offentleglova § 24 tredje ledd»; empty when the session names none

    def __bool__(self) -> bool:
        return bool(self.items or self.entries or self.texts or self.assessments or self.appendices)


@dataclass(frozen=True)
class ExpectedAction:
    """An expected action of an inject that exercises a goal, as it was ticked in the run."""

    inject: str  # the inject's title
    text: str
    mark: ActionMark | None = None  # None: not ticked
    note: str = ""
    observed: bool = False  # taken by the table, not expected by the pack


@dataclass(frozen=True)
class GoalEvidence:
    """What the exercise holds for a goal (``ovelse.exercise.evidence``): the expected
    actions of its injects with their ticks, and how much else points to it."""

    actions: tuple[ExpectedAction, ...] = ()
    injects: int = 0  # injects that exercise the goal
    given: int = 0  # of those, released in the run
    # By id, so the public version counts only what it shows.
    entry_ids: tuple[str, ...] = ()  # log entries against those injects
    strength_ids: tuple[str, ...] = ()  # findings linked to the goal
    improvement_ids: tuple[str, ...] = ()
    tally: str = ""  # «3 av 4 forventede handlinger gjort, 1 delvis»; empty: none expected


@dataclass(frozen=True)
class Goal:
    """A goal or a sub-goal, with the evaluator's verdict on it."""

    id: str
    title: str
    description: str = ""
    rating: Rating | None = None  # None: not rated yet
    comment: str = ""
    subgoals: tuple[Goal, ...] = ()
    indicator: str = ""  # what the evaluator looks for; sub-goals have one
    withheld: bool = False  # the verdict is exempt and left out of this (public) version
    evidence: GoalEvidence = GoalEvidence()  # goals only; sub-goals' injects are in it


@dataclass(frozen=True)
class Note:
    """A strength, an improvement point or a learning point."""

    id: str
    text: str
    links: Links = Links()


@dataclass(frozen=True)
class ActionItem:
    id: str
    measure: str
    owner: str = ""
    deadline: date | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    plan_section: str = ""  # the plan or ROS-analysis section the measure changes
    links: Links = Links()
    priority: Priority | None = None


@dataclass(frozen=True)
class HotWashAnswer:
    """What one role said in the umiddelbar evaluering (hot wash), as it was written down."""

    id: str  # «U3»: findings and measures taken from it name it
    role_id: str
    prompt: HotWashPrompt
    text: str


@dataclass(frozen=True)
class Phase:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Role:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class PackPicture:
    """A map or diagram the pack's injects show, as the session file stored it.

    ``data`` is a PNG or JPEG file of ``width`` × ``height`` pixels; the caption and the
    description are the pack's, rendered for the session's profile.
    """

    data: bytes
    width: int
    height: int
    alt: str = ""
    caption: str = ""


@dataclass(frozen=True)
class Participant:
    name: str = ""  # many municipalities log by role only
    organisation: str = ""
    roles: tuple[str, ...] = ()  # role ids
    present: bool = True


@dataclass(frozen=True)
class InjectRecord:
    """An inject as the participants saw it, and when it was given."""

    id: str
    title: str
    text: str  # the participant text, exactly as shown on the shared screen
    phase_id: str | None = None  # None for an inject the facilitator added during the run
    planned_ms: int | None = None  # planned exercise time; None for an ad-hoc inject
    released_ms: int | None = None  # actual exercise time of release; None if not given
    skipped: bool = False
    scenario_time: str = ""  # «Dag 2, kl. 06:00», as the participants saw it
    source: str = ""
    # The pack's second language, when the session showed it: its own name, title and text.
    second_language: str = ""
    second_title: str = ""
    second_text: str = ""

    @property
    def delay_ms(self) -> int | None:
        if self.planned_ms is None or self.released_ms is None:
            return None
        return self.released_ms - self.planned_ms


@dataclass(frozen=True)
class LogRecord:
    """A decision-log entry as it reads after the last correction."""

    id: str
    exercise_ms: int
    kind: EntryKind
    text: str
    roles: tuple[str, ...] = ()  # role ids
    inject_id: str | None = None
    owner: str = ""
    deadline: str = ""  # free text, as the scribe wrote it
    wall: datetime | None = None  # clock time in the session's zone, naive
    edited: bool = False


@dataclass(frozen=True)
class ReportInput:
    title: str
    municipality: Municipality
    # Read when the input is made, not when this module is imported, so the language
    # installed by then (ovelse.i18n) applies.
    exercise_form: str = field(default_factory=lambda: texts.DEFAULT_EXERCISE_FORM)
    dates: tuple[date, ...] = ()  # the day or days the exercise ran
    place: str = ""
    marking: str | None = None  # printed on every page; None for a public report
    summary: str = ""
    # Why the exercise was held, who ordered it, which plan or ROS analysis it tests: the
    # evaluator's text (the pack's purpose by default). Never the scenario's fiction.
    background: str = ""
    # How the evaluation was done, and what in the exercise was fiction; DSB's structure
    # has both, and a report without them invites reading exercise figures as facts.
    evaluation_method: str = field(default_factory=lambda: texts.DEFAULT_EVALUATION_METHOD)
    assumptions: str = field(default_factory=lambda: texts.DEFAULT_ASSUMPTIONS)
    goals: tuple[Goal, ...] = ()
    strengths: tuple[Note, ...] = ()
    improvements: tuple[Note, ...] = ()
    learning_points: tuple[Note, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    way_forward: str = ""
    # The room's own assessment in the hot wash, in the order it was given.
    hot_wash: tuple[HotWashAnswer, ...] = ()
    facilitator: str = ""
    evaluator: str = ""
    scenario_title: str = ""
    scenario_summary: str = ""
    scenario_background: str = ""  # the pack's back-story: fiction, printed as such
    pictures: tuple[PackPicture, ...] = ()  # the pack's maps and diagrams, shown there too
    hazard: str = ""  # the unwanted event, as the ROS analysis names it
    planned_duration_ms: int | None = None
    actual_duration_ms: int | None = None
    phases: tuple[Phase, ...] = ()
    roles: tuple[Role, ...] = ()
    participants: tuple[Participant, ...] = ()
    injects: tuple[InjectRecord, ...] = ()  # plan order, ad-hoc injects last
    entries: tuple[LogRecord, ...] = ()  # exercise-time order
    app_version: str = ""
    time_zone: str = ""  # the zone the log's clock times are in («Europe/Oslo»)
    # The log a second time, grouped by role, for unit heads who look for their own
    # promises; off by default, since it repeats every entry and doubles the appendices.
    log_by_role: bool = False
    exemptions: Exemptions = Exemptions()
    # The public version: appendices left out, and the first page's note on what was left
    # out and why (empty in the full report).
    omit_appendices: frozenset[str] = frozenset()
    notice: str = ""
