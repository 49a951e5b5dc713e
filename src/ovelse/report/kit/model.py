"""The paper kit's documents as plain data, one model per document.

Each participant document (directive, inject cards, role cards, hot wash form) has its own
model without a field for facilitator notes, expected actions, stall prompts or motspill,
so nothing private can reach a handout by mistake: the same rule as the shared screen's
``Stage``. The dreiebok and the observer form are for the exercise's staff and carry the
rest. The renderer (``ovelse.report.kit.pdf``) lays the models out; it decides nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ovelse.scenario.model import Directive


class KitKind(StrEnum):
    """The documents of the kit; the values are the names ``ovelse print --kit`` takes."""

    DIRECTIVE = "ovingsdirektiv"
    DREIEBOK = "dreiebok"
    INJECT_CARDS = "innspillskort"
    ROLE_CARDS = "rollekort"
    OBSERVER = "observatorskjema"
    HOTWASH = "evalueringsskjema"


# The documents handed to the people at the table.
PARTICIPANT_KINDS = frozenset(
    {KitKind.DIRECTIVE, KitKind.INJECT_CARDS, KitKind.ROLE_CARDS, KitKind.HOTWASH}
)


@dataclass(frozen=True)
class KitHead:
    """What every document of one kit says around its content."""

    title: str  # the scenario's title
    municipality: str
    marking: str  # empty: no marking
    language: str = ""  # the second language's name, when the kit carries one


@dataclass(frozen=True)
class Bilingual:
    """A participant text and, when the pack gives one and it is shown, its translation."""

    text: str
    second: str = ""


@dataclass(frozen=True)
class CardQuestion:
    text: Bilingual
    roles: str  # role titles on one line


@dataclass(frozen=True)
class CardPicture:
    """The inject's picture or map as the shared screen shows it: PNG or JPEG bytes."""

    data: bytes
    width: int  # pixels
    height: int
    caption: str
    alt: str


@dataclass(frozen=True)
class BoardLine:
    label: str
    value: str


# --- øvingsdirektiv -------------------------------------------------------------------


@dataclass(frozen=True)
class GoalLine:
    id: str
    title: str
    description: str = ""
    subgoals: tuple[GoalLine, ...] = ()


@dataclass(frozen=True)
class RoleLine:
    title: str
    description: str
    essential: bool
    people: tuple[str, ...] = ()  # names from the session, when there is one


@dataclass(frozen=True)
class DirectiveDoc:
    exercise_form: str
    duration: str
    hazard: str
    purpose: str
    background: str
    goals: tuple[GoalLine, ...]
    roles: tuple[RoleLine, ...]
    fields: Directive


# --- innspillskort --------------------------------------------------------------------


@dataclass(frozen=True)
class InjectCard:
    number: int
    total: int
    phase: str
    scenario_time: str
    title: Bilingual
    text: Bilingual
    source: str
    questions: tuple[CardQuestion, ...]
    board: tuple[BoardLine, ...]
    picture: CardPicture | None = None  # the first picture the inject shows


# --- rollekort ------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleQuestion:
    inject: Bilingual  # the inject's title
    text: Bilingual
    others: str  # the other roles the question is put to


@dataclass(frozen=True)
class RoleCard:
    title: str
    description: str
    essential: bool
    questions: tuple[RoleQuestion, ...]
    later: int  # questions to come that the card does not show
    revealed: bool  # the card shows every question of the exercise


# --- dreiebok -------------------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    actor: str
    channel: str
    text: str


@dataclass(frozen=True)
class DreiebokBlock:
    number: int
    total: int
    planned: str  # «+00:45»
    scenario_time: str
    phase: str
    title: Bilingual
    text: Bilingual
    source: str
    optional: bool
    notes: str
    questions: tuple[CardQuestion, ...]
    expected: tuple[str, ...]
    stall: tuple[str, ...]
    responses: tuple[Response, ...]
    board: tuple[BoardLine, ...]
    goals: tuple[str, ...]  # «m1.2 Varsle innbyggerne»
    phase_starts: bool = False  # the first inject of its phase, in time order
    phase_description: str = ""


@dataclass(frozen=True)
class DreiebokDoc:
    summary: str  # the whole story, for the facilitator only
    duration: str
    board: tuple[BoardLine, ...]  # the situation board at the start
    blocks: tuple[DreiebokBlock, ...]


# --- observatørskjema -----------------------------------------------------------------


@dataclass(frozen=True)
class ObserverGoal:
    id: str
    title: str
    description: str
    indicator: str
    subgoal: bool
    injects: tuple[str, ...] = ()  # the injects that exercise it: «3. Kø på bensinstasjonen»


@dataclass(frozen=True)
class ObserverDoc:
    goals: tuple[ObserverGoal, ...]
    ratings: tuple[str, ...]  # the program's rating scale, in its order
    kinds: tuple[str, ...]  # the log's entry kinds, in its order
    log_rows: int


# --- evalueringsskjema ----------------------------------------------------------------


@dataclass(frozen=True)
class HotwashDoc:
    roles: tuple[str, ...]  # one half-page form per role, and blank ones after
    prompts: tuple[str, ...]  # the program's hot wash questions, in its order


@dataclass(frozen=True)
class Kit:
    """The whole kit for one pack and profile; each document is built from it."""

    head: KitHead
    directive: DirectiveDoc
    dreiebok: DreiebokDoc
    inject_cards: tuple[InjectCard, ...]
    role_cards: tuple[RoleCard, ...]
    observer: ObserverDoc
    hotwash: HotwashDoc
