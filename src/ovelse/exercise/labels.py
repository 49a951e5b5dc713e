"""Every text the exercise engine gives a user to read, in bokmål, in one place.

Keep display strings here so the engine, the report and the exports can be translated:
``ovelse.i18n`` swaps these constants for the nynorsk or English catalogue, so read them
at the moment of use (``labels.X``), never with ``from labels import X``. The engine's
refusal messages (``ExerciseError``) are in ``messages.py``.
"""

from __future__ import annotations

from datetime import date

from ovelse.exercise.kinds import (
    ActionStatus,
    EntryKind,
    EvaluationField,
    EvaluationSection,
    InjectStatus,
    MarkingKind,
    Priority,
    Rating,
    RunState,
)
from ovelse.scenario.timing import ScenarioTime

RUN_STATES: dict[RunState, str] = {
    RunState.NOT_STARTED: "Ikke startet",
    RunState.RUNNING: "Pågår",
    RunState.PAUSED: "Pause",
    RunState.ENDED: "Avsluttet",
}

INJECT_STATUSES: dict[InjectStatus, str] = {
    InjectStatus.PENDING: "Venter",
    InjectStatus.DUE: "Skal gis nå",
    InjectStatus.RELEASED: "Gitt",
    InjectStatus.SKIPPED: "Hoppet over",
}

ENTRY_KINDS: dict[EntryKind, str] = {
    EntryKind.DECISION: "Beslutning",
    EntryKind.ACTION: "Tiltak",
    EntryKind.QUESTION: "Spørsmål",
    EntryKind.OBSERVATION: "Observasjon",
    EntryKind.LEARNING_POINT: "Læringspunkt",
}

RATINGS: dict[Rating, str] = {
    Rating.WELL: "Godt ivaretatt",
    Rating.PARTLY: "Delvis ivaretatt",
    Rating.NOT: "Ikke ivaretatt",
    Rating.NOT_EXERCISED: "Ikke øvd",
}
NOT_RATED = "Ikke vurdert"

ACTION_STATUSES: dict[ActionStatus, str] = {
    ActionStatus.NOT_STARTED: "Ikke startet",
    ActionStatus.IN_PROGRESS: "Pågår",
    ActionStatus.DONE: "Fullført",
}

PRIORITIES: dict[Priority, str] = {
    Priority.HIGH: "Høy",
    Priority.MEDIUM: "Middels",
    Priority.LOW: "Lav",
}
NO_PRIORITY = "Ikke satt"

MARKINGS: dict[MarkingKind, str] = {
    MarkingKind.NONE: "",
    MarkingKind.OFFL_24: "Unntatt offentlighet, jf. offl. § 24 tredje ledd",
    MarkingKind.OFFL_21: "Unntatt offentlighet, jf. offl. § 21",
    MarkingKind.CUSTOM: "",
}
MARKING_CHOICES: dict[MarkingKind, str] = {
    MarkingKind.NONE: "Ingen merking (offentlig)",
    MarkingKind.OFFL_24: MARKINGS[MarkingKind.OFFL_24],
    MarkingKind.OFFL_21: MARKINGS[MarkingKind.OFFL_21],
    MarkingKind.CUSTOM: "Egen tekst …",
}

EVALUATION_SECTIONS: dict[EvaluationSection, str] = {
    EvaluationSection.STRENGTHS: "Hva fungerte bra",
    EvaluationSection.IMPROVEMENTS: "Forbedringspunkter",
    EvaluationSection.LEARNING_POINTS: "Læringspunkter",
    EvaluationSection.ACTION_PLAN: "Tiltaksplan",
}

EVALUATION_FIELDS: dict[EvaluationField, str] = {
    EvaluationField.SUMMARY: "Sammendrag",
    EvaluationField.WAY_FORWARD: "Veien videre",
    EvaluationField.FACILITATOR: "Øvingsleder",
    EvaluationField.EVALUATOR: "Evaluator",
    EvaluationField.DATE: "Dato",
    EvaluationField.PLACE: "Sted",
    EvaluationField.BACKGROUND: "Bakgrunn og hensikt",
    EvaluationField.ASSUMPTIONS: "Øvingsforutsetninger",
    EvaluationField.METHOD: "Slik ble øvelsen evaluert",
}

HOLD_SCREEN = "Pause mellom innspill"
ADHOC_SOURCE = "Øvingsledelsen"
OVERRIDE_SOURCE = "Endret av øvingsleder"

# Planned offsets against the exercise clock, as the console shows them.
DUE_NOW = "nå"
DUE_IN_SECONDS = "om {n} s"
DUE_IN_MINUTES = "om {n} min"
OVERDUE_SECONDS = "{n} s over tiden"
OVERDUE_MINUTES = "{n} min over tiden"


def due_text(due_in_ms: int) -> str:
    """«om 2 min» before the planned time, «8 min over tiden» after it.

    Minutes before are rounded up (1 min 30 s left is «om 2 min», never «om 1 min» too
    early); minutes after are rounded down, so «8 min over tiden» is never an overstatement.
    """
    if due_in_ms == 0:
        return DUE_NOW
    seconds = abs(due_in_ms) // 1000 if due_in_ms < 0 else -(-due_in_ms // 1000)
    if seconds < 60:
        return (DUE_IN_SECONDS if due_in_ms > 0 else OVERDUE_SECONDS).format(n=max(seconds, 1))
    if due_in_ms > 0:
        return DUE_IN_MINUTES.format(n=-(-seconds // 60))
    return OVERDUE_MINUTES.format(n=seconds // 60)


# The scenario clock participants see: «Dag 2, kl. 06:00» or «mandag 7. august kl. 14:00».
SCENARIO_DAY = "Dag {day}, kl. {clock}"
SCENARIO_CLOCK = "kl. {clock}"
SCENARIO_DATE = "{weekday} {day}. {month} kl. {clock}"
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def scenario_time_text(when: ScenarioTime) -> str:
    """The in-world clock as the projector, the console, the report and the CSV show it."""
    clock = f"{when.hour:02d}:{when.minute:02d}"
    if when.date:
        stamp = date.fromisoformat(when.date)
        return SCENARIO_DATE.format(
            weekday=WEEKDAYS[stamp.weekday()],
            day=stamp.day,
            month=MONTHS[stamp.month - 1],
            clock=clock,
        )
    if when.day is not None:
        return SCENARIO_DAY.format(day=when.day, clock=clock)
    return SCENARIO_CLOCK.format(clock=clock)


def clock_text(exercise_ms: int) -> str:
    """Exercise time as the console clock shows it: ``01:05:09``."""
    seconds = max(exercise_ms, 0) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


# Column headings of the decision log as exported to a spreadsheet (CSV).
LOG_COLUMNS = (
    "Nr",
    "Tid (øvelse)",
    "Tid (klokke)",
    "Scenariotid",
    "Innspill",
    "Type",
    "Roller",
    "Tekst",
    "Ansvarlig",
    "Frist",
    "Sist endret (klokke)",
)
WALL_FORMAT = "%d.%m.%Y %H:%M:%S"  # how Norwegian spreadsheets read a date and time
CSV_TIME_ZONE = "Klokkeslett i tidssonen {zone}"  # a comment line above the log's columns
# Beside a log entry's text, on the screen and in the report alike (ovelse.presentation).
ENTRY_OWNER = "Ansvarlig: {owner}"
ENTRY_DEADLINE = "Frist: {deadline}"
ENTRY_EDITED = "(endret)"
