"""The closed sets of choices in an exercise, as string enums whose values are stored.

The values are stable identifiers written into session files; what the user reads lives in
``labels``. Renaming a member's value breaks old sessions, so values never change.
"""

from __future__ import annotations

from enum import StrEnum


class RunState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class InjectStatus(StrEnum):
    PENDING = "pending"
    DUE = "due"
    RELEASED = "released"
    SKIPPED = "skipped"


class EntryKind(StrEnum):
    DECISION = "beslutning"
    ACTION = "tiltak"
    QUESTION = "sporsmal"
    OBSERVATION = "observasjon"
    LEARNING_POINT = "laeringspunkt"


class Rating(StrEnum):
    WELL = "godt_ivaretatt"
    PARTLY = "delvis_ivaretatt"
    NOT = "ikke_ivaretatt"
    NOT_EXERCISED = "ikke_ovd"


class ActionMark(StrEnum):
    """How far an expected action was carried out, as the facilitator ticked it in the run."""

    DONE = "gjort"
    PARTLY = "delvis"
    NOT_DONE = "ikke_gjort"


class ActionStatus(StrEnum):
    NOT_STARTED = "ikke_startet"
    IN_PROGRESS = "pagar"
    DONE = "fullfort"


class Priority(StrEnum):
    """How urgent a measure in the action plan is, as DSB's tiltaksplan asks."""

    HIGH = "hoy"
    MEDIUM = "middels"
    LOW = "lav"


class MarkingKind(StrEnum):
    NONE = "ingen"
    OFFL_24 = "offl_24_3"
    OFFL_21 = "offl_21"
    CUSTOM = "egen"


class ExemptKind(StrEnum):
    """What kind of thing is marked skjermet (exempt) and left out of the public report."""

    ITEM = "punkt"  # a strength, improvement point, learning point or measure (S1, T3)
    ENTRY = "logg"  # a decision-log entry (L12)
    TEXT = "tekst"  # one of the evaluation's free texts (an EvaluationField value)
    ASSESSMENT = "vurdering"  # the verdict and comment on a goal or sub-goal (its id)
    APPENDIX = "vedlegg"  # a whole appendix (an Appendix value)


class Appendix(StrEnum):
    """The report's appendices that can be left out of the public version as a whole."""

    LOG = "logg"
    INJECTS = "innspill"
    PARTICIPANTS = "deltakere"


class NoteSection(StrEnum):
    """Evaluation lists whose items are a text with links."""

    STRENGTHS = "styrker"
    IMPROVEMENTS = "forbedringspunkter"
    LEARNING_POINTS = "laeringspunkter"


class EvaluationSection(StrEnum):
    """Every orderable evaluation list, for delete and move."""

    STRENGTHS = "styrker"
    IMPROVEMENTS = "forbedringspunkter"
    LEARNING_POINTS = "laeringspunkter"
    ACTION_PLAN = "tiltaksplan"


class EvaluationField(StrEnum):
    """The single-text parts of an evaluation."""

    SUMMARY = "sammendrag"
    WAY_FORWARD = "veien_videre"
    FACILITATOR = "ovingsleder"
    EVALUATOR = "evaluator"
    DATE = "dato"
    PLACE = "sted"
    BACKGROUND = "bakgrunn"  # why the exercise was held, who ordered it, what it tests
    ASSUMPTIONS = "forutsetninger"  # øvingsforutsetninger: what is exercise fiction
    METHOD = "evalueringsmetode"  # how the evaluation was done


class HotWashPrompt(StrEnum):
    """The three questions the facilitator asks each person in the hot wash."""

    WORKED = "fungerte"  # «Hva fungerte?»
    BETTER = "bedre"  # «Hva kan bli bedre?»
    CHANGE = "endre"  # «Én ting vi endrer i planen»
