"""The exercise engine: pure logic fed events, with an injected clock and no I/O.

Start from ``Exercise`` (``run.py``); it returns a ``Change`` from every operation.

The names below are imported from their modules on first use (PEP 562), so that
``from ovelse.exercise.kinds import RunState`` does not build every event class: the
library window needs a few enums at start-up, and the whole engine only once a session
opens.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ovelse.exercise.changes import NOTHING, Change
    from ovelse.exercise.clock import Clock, FakeClock, SystemClock
    from ovelse.exercise.errors import ExerciseError
    from ovelse.exercise.events import (
        ActionFields,
        EntryFields,
        EventRecord,
        Links,
        ParticipantFields,
    )
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

_HOMES = {
    "NOTHING": "changes",
    "Change": "changes",
    "Clock": "clock",
    "FakeClock": "clock",
    "SystemClock": "clock",
    "ExerciseError": "errors",
    "ActionFields": "events",
    "EntryFields": "events",
    "EventRecord": "events",
    "Links": "events",
    "ParticipantFields": "events",
    "ActionStatus": "kinds",
    "EntryKind": "kinds",
    "EvaluationField": "kinds",
    "EvaluationSection": "kinds",
    "InjectStatus": "kinds",
    "MarkingKind": "kinds",
    "NoteSection": "kinds",
    "Rating": "kinds",
    "RunState": "kinds",
    "KEEP": "run",
    "EventSink": "run",
    "Exercise": "run",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later look-ups go straight to the module dict
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
