"""What one kommune's exercise sends back to the statsforvalter: the result file's content.

One frozen value per file. The writer builds it from an evaluated session (through the
report's own model, so the file says what the report says), the reader builds it from a
file that came from outside, and the regional roll-up reads only this. Enums are the
engine's (``exercise.kinds``), so a rating or a status reads the same everywhere.

What is *left out* of a file is decided before this value is made: an exempt item is
simply absent, a withheld verdict has ``withheld`` set and no rating, names are empty
unless the kommune chose to send them. ``exempt_included`` and ``names_included`` say
which choice was made, and ``marking`` which marking (offentleglova) applies to the
content as sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ovelse.exercise.kinds import ActionStatus, MarkingKind, Priority, Rating

FORMAT = "ovelseresultat"  # the manifest's «format»: what kind of file this is
FORMAT_VERSION = 1  # the content's version; a reader refuses any newer one
SUFFIX = ".ovelseresultat"
CONTENT_NAME = "resultat.json"  # the zip member with the content; manifest.json beside it


@dataclass(frozen=True)
class Kommune:
    name: str  # «Nesseby», as the session's profile names it
    number: str = ""  # «5636», four digits, when the session knows it
    county: str = ""  # «Finnmark»


@dataclass(frozen=True)
class PackRef:
    """The scenario pack the exercise ran, as it was when the session was made."""

    id: str
    version: str
    title: str  # as rendered for this kommune


@dataclass(frozen=True)
class ResultMarking:
    """The marking that applies to what the file holds.

    ``text`` is the line the report prints («Unntatt offentlighet, jf. offl. § 24 tredje
    ledd»), empty for ``MarkingKind.NONE``. When the exempt parts were left out the file
    still names the session's marking, so the receiver knows the report itself is marked.
    """

    kind: MarkingKind = MarkingKind.NONE
    text: str = ""


@dataclass(frozen=True)
class RoleCount:
    """How many took part in one role; names only when the kommune chose to send them."""

    role_id: str
    title: str
    count: int
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoalResult:
    """A goal or sub-goal and its verdict; ``rating`` None is «ikke vurdert» unless
    ``withheld``, which means the verdict is exempt and was left out."""

    id: str
    title: str
    rating: Rating | None = None
    comment: str = ""
    withheld: bool = False
    subgoals: tuple[GoalResult, ...] = ()


@dataclass(frozen=True)
class Finding:
    """A strength, an improvement point or a learning point."""

    id: str  # «S1», «F2», «LP3»: the session's own ids, unique within the file
    text: str
    goal_ids: tuple[str, ...] = ()  # the goals and sub-goals it concerns
    follow_up: bool = False  # «trenger oppfølging fra region/stat»


@dataclass(frozen=True)
class Measure:
    """One line of the tiltaksplan."""

    id: str  # «T1»
    measure: str
    owner: str = ""
    deadline: date | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    priority: Priority | None = None
    goal_ids: tuple[str, ...] = ()
    follow_up: bool = False  # «trenger oppfølging fra region/stat»


@dataclass(frozen=True)
class ExerciseResult:
    """One kommune's exercise, as its result file carries it."""

    kommune: Kommune
    pack: PackRef
    exercise_date: date | None  # the day the exercise was held (as the report dates it)
    duration_minutes: int | None  # how long the run lasted in exercise time; None: not run
    marking: ResultMarking
    exempt_included: bool  # True: parts marked skjermet are in the file
    names_included: bool  # True: participants' names are in the file
    participants: tuple[RoleCount, ...] = ()
    # People present, each once (someone in two roles is counted in each RoleCount).
    participants_total: int = 0
    goals: tuple[GoalResult, ...] = ()
    strengths: tuple[Finding, ...] = ()
    improvements: tuple[Finding, ...] = ()
    learning_points: tuple[Finding, ...] = ()
    actions: tuple[Measure, ...] = ()
    created: datetime | None = None  # when the file was written, in UTC
    app_version: str = ""  # the Øvelse that wrote it
    format_version: int = FORMAT_VERSION

    def all_goals(self) -> tuple[GoalResult, ...]:
        """Goals and sub-goals in file order, each sub-goal after its goal."""
        return tuple(g for goal in self.goals for g in (goal, *goal.subgoals))

    def follow_ups(self) -> tuple[Finding | Measure, ...]:
        """Every item the kommune flagged «trenger oppfølging fra region/stat»."""
        items: tuple[Finding | Measure, ...] = (
            *self.strengths,
            *self.improvements,
            *self.learning_points,
            *self.actions,
        )
        return tuple(item for item in items if item.follow_up)
