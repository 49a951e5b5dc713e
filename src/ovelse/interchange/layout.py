"""The workbook's sheets and columns: the one description both the writer and reader use.

Sheet and column names are part of the file format (like the YAML keys of a pack), so
they are fixed bokmål words and are not translated with the interface.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ovelse.scenario.model import (
    BoardItem,
    Inject,
    Objective,
    Phase,
    ResponseCell,
    Role,
    ScenarioPack,
    SubGoal,
    Variable,
)

INJECTS = "Innspill"
EXERCISE = "Øvelse"
PHASES = "Faser"
ROLES = "Roller"
GOALS = "Mål"
BOARD = "Situasjonsbilde"
RESPONSES = "Motspill"
VARIABLES = "Variabler"

SHEETS = (INJECTS, EXERCISE, PHASES, ROLES, GOALS, BOARD, RESPONSES, VARIABLES)

# Questions go in column pairs «Spørsmål 1» / «Roller 1» …, so each «Roller» cell can
# offer the pack's roles in a dropdown; at least this many pairs are written.
MIN_QUESTION_PAIRS = 4
QUESTION_PREFIX = "Spørsmål"
QUESTION_ROLES_PREFIX = "Roller"


@dataclass(frozen=True)
class Column:
    """One column: the key the reader uses, the header the planner sees, its width."""

    key: str
    header: str
    width: int = 18
    wrap: bool = False


INJECT_COLUMNS_BEFORE = (
    Column("phase", "Fase", 14),
    Column("id", "Id", 12),
    Column("at", "Planlagt tid", 12),
    Column("scenario_time", "Scenariotid", 18),
    Column("title", "Tittel", 30, True),
    Column("source", "Fra", 18, True),
    Column("text", "Tekst til deltakerne", 60, True),
    Column("notes", "Notater til øvingsleder", 40, True),
)
INJECT_COLUMNS_AFTER = (
    Column("expected_actions", "Forventede handlinger", 40, True),
    Column("stall_prompts", "Hjelpespørsmål", 30, True),
    Column("board", "Endringer i situasjonsbildet", 30, True),
    Column("responses", "Motspill", 16, True),
    Column("objectives", "Mål", 16, True),
    Column("media", "Bilder", 24, True),
    Column("auto_release", "Gis automatisk", 10),
    Column("optional", "Valgfritt", 10),
    Column("short_at", "Tid i kortversjonen", 12),
)
# A planner's own sheet may have one column with every question as «rolle: tekst» lines.
QUESTIONS_COMBINED = Column("questions", "Spørsmål", 50, True)


EXTRA = "extra."  # key prefix of the column of a field not in CARRIED (below)


def extras(cls: type) -> tuple[str, ...]:
    """The fields of ``cls`` without a place of their own, in the format's order."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in CARRIED[cls])


def extra_columns(*classes: type) -> tuple[Column, ...]:
    names = dict.fromkeys(name for cls in classes for name in extras(cls))
    return tuple(Column(EXTRA + name, name, 18, True) for name in names)


def question_columns(pairs: int) -> tuple[Column, ...]:
    columns: list[Column] = []
    for number in range(1, pairs + 1):
        columns.append(Column(f"question.{number}", f"{QUESTION_PREFIX} {number}", 40, True))
        columns.append(Column(f"roles.{number}", f"{QUESTION_ROLES_PREFIX} {number}", 18, True))
    return tuple(columns)


def inject_columns(pairs: int) -> tuple[Column, ...]:
    return (
        INJECT_COLUMNS_BEFORE
        + question_columns(pairs)
        + INJECT_COLUMNS_AFTER
        + extra_columns(Inject)
    )


EXERCISE_COLUMNS = (Column("field", "Felt", 22), Column("value", "Verdi", 80, True))
# The «Øvelse» sheet's rows: (key in the pack, label in column A).
EXERCISE_FIELDS = (
    ("id", "Id"),
    ("title", "Tittel"),
    ("summary", "Sammendrag"),
    ("hazard", "Uønsket hendelse"),
    ("region", "Region"),
    ("duration", "Varighet"),
    ("exercise_form", "Øvelsesform"),
    ("language", "Språk"),
    ("version", "Versjon"),
    ("author", "Forfatter"),
    ("background", "Bakgrunn"),
    ("purpose", "Hensikt"),
    ("tags", "Stikkord"),
    ("short_duration", "Varighet i kortversjonen"),
    ("marking", "Gradering"),
    ("based_on", "Basert på"),
)
PHASE_COLUMNS = (
    Column("id", "Id", 14),
    Column("title", "Tittel", 40, True),
    Column("description", "Beskrivelse", 60, True),
)
ROLE_COLUMNS = (
    Column("id", "Id", 24),
    Column("title", "Tittel", 30, True),
    Column("description", "Beskrivelse", 60, True),
    Column("essential", "Nødvendig", 12),
)
GOAL_COLUMNS = (
    Column("id", "Id", 10),
    Column("parent", "Delmål av", 12),
    Column("title", "Tittel", 50, True),
    Column("description", "Beskrivelse", 60, True),
    Column("indicator", "Indikator", 40, True),
)
BOARD_COLUMNS = (
    Column("id", "Id", 14),
    Column("label", "Navn", 24, True),
    Column("value", "Verdi ved start", 30, True),
    Column("status", "Status", 12),
)
RESPONSE_COLUMNS = (
    Column("id", "Id", 14),
    Column("actor", "Aktør", 24, True),
    Column("text", "Svar", 60, True),
    Column("channel", "Kanal", 16, True),
)
VARIABLE_COLUMNS = (
    Column("name", "Navn", 20),
    Column("label", "Ledetekst", 30, True),
    Column("default", "Verdi", 40, True),
    Column("help", "Hjelp", 50, True),
)

_BASE_COLUMNS: dict[str, tuple[Column, ...]] = {
    EXERCISE: EXERCISE_COLUMNS,
    PHASES: PHASE_COLUMNS,
    ROLES: ROLE_COLUMNS,
    GOALS: GOAL_COLUMNS,
    BOARD: BOARD_COLUMNS,
    RESPONSES: RESPONSE_COLUMNS,
    VARIABLES: VARIABLE_COLUMNS,
}

SHEET_CLASSES: dict[str, tuple[type, ...]] = {
    PHASES: (Phase,),
    ROLES: (Role,),
    GOALS: (Objective, SubGoal),
    BOARD: (BoardItem,),
    RESPONSES: (ResponseCell,),
    VARIABLES: (Variable,),
}


def _placed(cls: type, columns: tuple[Column, ...], *held: str) -> frozenset[str]:
    """The fields of ``cls`` a column holds, and ``held``: fields another sheet holds."""
    names = {item.name for item in dataclasses.fields(cls)}
    return frozenset(column.key for column in columns if column.key in names) | set(held)


# Fields of the format that have a place of their own in the sheets, read off the tables
# above. A field added to the format later gets a column (or an «Øvelse» row) named as in
# YAML, holding its value as text, or as JSON when it is not text, so no field is lost
# before it gets a proper name.
CARRIED: dict[type, frozenset[str]] = {
    ScenarioPack: frozenset(key for key, _ in EXERCISE_FIELDS)
    | {"format", "phases", "objectives", "roles", "variables", "board", "response_cells"},
    Phase: _placed(Phase, PHASE_COLUMNS, "injects"),
    Inject: _placed(Inject, INJECT_COLUMNS_BEFORE + INJECT_COLUMNS_AFTER, "questions"),
    Role: _placed(Role, ROLE_COLUMNS),
    Objective: _placed(Objective, GOAL_COLUMNS, "subgoals"),
    SubGoal: _placed(SubGoal, GOAL_COLUMNS),
    BoardItem: _placed(BoardItem, BOARD_COLUMNS),
    ResponseCell: _placed(ResponseCell, RESPONSE_COLUMNS),
    Variable: _placed(Variable, VARIABLE_COLUMNS),
}


def sheet_columns(title: str) -> tuple[Column, ...]:
    """A sheet's columns (not «Innspill»), with any field that has no column of its own."""
    return _BASE_COLUMNS[title] + extra_columns(*SHEET_CLASSES.get(title, ()))


def exercise_fields() -> tuple[tuple[str, str], ...]:
    """The «Øvelse» sheet's rows, with any pack field that has no row of its own."""
    return EXERCISE_FIELDS + tuple((EXTRA + name, name) for name in extras(ScenarioPack))


YES = "ja"
NO = "nei"
STATUSES = ("normal", "redusert", "kritisk", "ukjent")


def normal_header(text: str) -> str:
    """A header as compared: case, spaces and a trailing «:» or «*» do not matter."""
    return re.sub(r"\s+", " ", text).strip().rstrip(":*").strip().casefold()


def inject_header_keys(pairs: int = 50) -> dict[str, str]:
    """Every known inject header (normalised) to its key, with up to ``pairs`` questions."""
    known = {normal_header(column.header): column.key for column in inject_columns(pairs)}
    known[normal_header(QUESTIONS_COMBINED.header)] = QUESTIONS_COMBINED.key
    return known
