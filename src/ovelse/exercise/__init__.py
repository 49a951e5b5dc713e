"""The exercise engine: pure logic fed events, with an injected clock and no I/O.

Start from ``Exercise`` (``run.py``); it returns a ``Change`` from every operation.
"""

from ovelse.exercise.changes import NOTHING, Change
from ovelse.exercise.clock import Clock, FakeClock, SystemClock
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.events import ActionFields, EntryFields, EventRecord, Links, ParticipantFields
from ovelse.exercise.kinds import (
    ActionStatus,
    EntryKind,
    EvaluationField,
    EvaluationSection,
    InjectStatus,
    MarkingKind,
    NoteSection,
    Rating,
    RunState,
)
from ovelse.exercise.run import KEEP, EventSink, Exercise

__all__ = [
    "KEEP",
    "NOTHING",
    "ActionFields",
    "ActionStatus",
    "Change",
    "Clock",
    "EntryFields",
    "EntryKind",
    "EvaluationField",
    "EvaluationSection",
    "EventRecord",
    "EventSink",
    "Exercise",
    "ExerciseError",
    "FakeClock",
    "InjectStatus",
    "Links",
    "MarkingKind",
    "NoteSection",
    "ParticipantFields",
    "Rating",
    "RunState",
    "SystemClock",
]
