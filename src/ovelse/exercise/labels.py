"""Every text the exercise engine gives a user to read, in bokmål, in one place.

Keep display strings here so the engine, the report and the exports can be translated:
``ovelse.i18n`` swaps these constants for the nynorsk or English catalogue, so read them
at the moment of use (``labels.X``), never with ``from labels import X``. The engine's
refusal messages (``ExerciseError``) are in ``messages.py``.
"""

from __future__ import annotations

from datetime import date

from ovelse.exercise.kinds import (
    ActionMark,
    ActionStatus,
    EntryKind,
    EvaluationField,
    EvaluationSection,
    HotWashPrompt,
    InjectStatus,
    MarkingKind,
    Priority,
    Rating,
    RunState,
)
from ovelse.i18n.markers import N_, NN_, NP_
from ovelse.scenario.timing import ScenarioTime

RUN_STATES: dict[RunState, str] = {
    RunState.NOT_STARTED: N_("Ikke startet"),
    RunState.RUNNING: NP_("run state", "Pågår"),
    RunState.PAUSED: NP_("run state", "Pause"),
    RunState.ENDED: N_("Avsluttet"),
}

INJECT_STATUSES: dict[InjectStatus, str] = {
    InjectStatus.PENDING: N_("Venter"),
    InjectStatus.DUE: N_("Skal gis nå"),
    InjectStatus.RELEASED: N_("Gitt"),
    InjectStatus.SKIPPED: N_("Hoppet over"),
}

ENTRY_KINDS: dict[EntryKind, str] = {
    EntryKind.DECISION: N_("Beslutning"),
    EntryKind.ACTION: N_("Tiltak"),
    EntryKind.QUESTION: N_("Spørsmål"),
    EntryKind.OBSERVATION: N_("Observasjon"),
    EntryKind.LEARNING_POINT: N_("Læringspunkt"),
}

RATINGS: dict[Rating, str] = {
    Rating.WELL: N_("Godt ivaretatt"),
    Rating.PARTLY: N_("Delvis ivaretatt"),
    Rating.NOT: N_("Ikke ivaretatt"),
    Rating.NOT_EXERCISED: N_("Ikke øvd"),
}
NOT_RATED = N_("Ikke vurdert")

ACTION_STATUSES: dict[ActionStatus, str] = {
    ActionStatus.NOT_STARTED: N_("Ikke startet"),
    ActionStatus.IN_PROGRESS: NP_("action status", "Pågår"),
    ActionStatus.DONE: N_("Fullført"),
}

PRIORITIES: dict[Priority, str] = {
    Priority.HIGH: N_("Høy"),
    Priority.MEDIUM: N_("Middels"),
    Priority.LOW: N_("Lav"),
}
NO_PRIORITY = N_("Ikke satt")

MARKINGS: dict[MarkingKind, str] = {
    MarkingKind.NONE: "",
    MarkingKind.OFFL_24: N_("Unntatt offentlighet, jf. offl. § 24 tredje ledd"),
    MarkingKind.OFFL_21: N_("Unntatt offentlighet, jf. offl. § 21"),
    MarkingKind.CUSTOM: "",
}
MARKING_CHOICES: dict[MarkingKind, str] = {
    MarkingKind.NONE: N_("Ingen merking (offentlig)"),
    MarkingKind.OFFL_24: MARKINGS[MarkingKind.OFFL_24],
    MarkingKind.OFFL_21: MARKINGS[MarkingKind.OFFL_21],
    MarkingKind.CUSTOM: N_("Egen tekst …"),
}

EVALUATION_SECTIONS: dict[EvaluationSection, str] = {
    EvaluationSection.STRENGTHS: N_("Hva fungerte bra"),
    EvaluationSection.IMPROVEMENTS: N_("Forbedringspunkter"),
    EvaluationSection.LEARNING_POINTS: N_("Læringspunkter"),
    EvaluationSection.ACTION_PLAN: N_("Tiltaksplan"),
}

EVALUATION_FIELDS: dict[EvaluationField, str] = {
    EvaluationField.SUMMARY: N_("Sammendrag"),
    EvaluationField.WAY_FORWARD: N_("Veien videre"),
    EvaluationField.FACILITATOR: N_("Øvingsleder"),
    EvaluationField.EVALUATOR: N_("Evaluator"),
    EvaluationField.DATE: N_("Dato"),
    EvaluationField.PLACE: N_("Sted"),
    EvaluationField.BACKGROUND: N_("Bakgrunn og hensikt"),
    EvaluationField.ASSUMPTIONS: N_("Øvingsforutsetninger"),
    EvaluationField.METHOD: N_("Slik ble øvelsen evaluert"),
}

# The hot wash (umiddelbar evaluering): the three prompts, as the room reads them.
HOT_WASH_PROMPTS: dict[HotWashPrompt, str] = {
    HotWashPrompt.WORKED: N_("Hva fungerte?"),
    HotWashPrompt.BETTER: N_("Hva kan bli bedre?"),
    HotWashPrompt.CHANGE: N_("Én ting vi endrer i planen"),
}

ADHOC_SOURCE = N_("Øvingsledelsen")

# Planned offsets against the exercise clock, as the console shows them.
DUE_NOW = N_("nå")
DUE_IN_SECONDS = N_("om {n} s")
DUE_IN_MINUTES = N_("om {n} min")
OVERDUE_SECONDS = N_("{n} s over tiden")
OVERDUE_MINUTES = N_("{n} min over tiden")


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
SCENARIO_DAY = N_("Dag {day}, kl. {clock}")
SCENARIO_CLOCK = N_("kl. {clock}")
SCENARIO_DATE = N_("{weekday} {day}. {month} kl. {clock}")
WEEKDAYS = (
    N_("mandag"),
    N_("tirsdag"),
    N_("onsdag"),
    N_("torsdag"),
    N_("fredag"),
    N_("lørdag"),
    N_("søndag"),
)
MONTHS = (
    N_("januar"),
    N_("februar"),
    N_("mars"),
    N_("april"),
    N_("mai"),
    N_("juni"),
    N_("juli"),
    N_("august"),
    N_("september"),
    N_("oktober"),
    N_("november"),
    N_("desember"),
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
    N_("Nr"),
    N_("Tid (øvelse)"),
    N_("Tid (klokke)"),
    N_("Scenariotid"),
    N_("Innspill"),
    N_("Type"),
    N_("Roller"),
    N_("Tekst"),
    N_("Ansvarlig"),
    N_("Frist"),
    N_("Sist endret (klokke)"),
)
WALL_FORMAT = N_("%d.%m.%Y %H:%M:%S")  # how Norwegian spreadsheets read a date and time
CSV_TIME_ZONE = N_("Klokkeslett i tidssonen {zone}")  # a comment line above the log's columns
# Beside a log entry's text, on the screen and in the report alike (ovelse.presentation).
ENTRY_OWNER = N_("Ansvarlig: {owner}")
ENTRY_DEADLINE = N_("Frist: {deadline}")
ENTRY_EDITED = N_("(endret)")

# --- expected actions: the checklist and the evidence beside each goal ----------------------
ACTION_MARKS: dict[ActionMark, str] = {
    ActionMark.DONE: N_("Gjort"),
    ActionMark.PARTLY: N_("Delvis"),
    ActionMark.NOT_DONE: N_("Ikke gjort"),
}
ACTION_UNTICKED = N_("Ikke krysset av")
ACTION_OBSERVED = N_("Observert handling")
# The suggested rating from the ticks, and the rule it follows, in words.
EVIDENCE_DONE = NN_(
    "{done} av {expected} forventet handling gjort",
    "{done} av {expected} forventede handlinger gjort",
)
EVIDENCE_PARTLY = N_("{count} delvis")
EVIDENCE_NOT_DONE = N_("{count} ikke gjort")
EVIDENCE_UNTICKED = N_("{count} ikke krysset av")
EVIDENCE_RULE = N_(
    "Forslag: godt ivaretatt når minst tre av fire er gjort, ikke ivaretatt når færre enn "
    "én av fire er gjort eller delvis gjort, ellers delvis ivaretatt."
)
# Said only when some are left unticked: the tally alone does not say how they count.
EVIDENCE_RULE_UNTICKED = N_("Handlinger som ikke er krysset av, teller som ikke gjort.")
EVIDENCE_NO_INJECTS = N_("Ingen innspill øver dette målet, så ingenting å foreslå.")
EVIDENCE_NOT_GIVEN = N_("Ingen av innspillene som øver målet ble gitt: forslag ikke øvd.")
EVIDENCE_NO_EXPECTED = N_("Innspillene til målet har ingen forventede handlinger å telle.")
EVIDENCE_NOT_TICKED = N_("Ingen forventede handlinger er krysset av ennå.")
# Column headings of the expected actions as exported to a spreadsheet (CSV), one row an action.
ACTION_COLUMNS = (
    N_("Innspill"),
    N_("Nr"),
    N_("Handling"),
    N_("Type"),
    N_("Utført"),
    N_("Notat"),
    N_("Krysset av (øvelse)"),
    N_("Krysset av (klokke)"),
)
ACTION_EXPECTED = N_("Forventet handling")
