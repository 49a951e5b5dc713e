"""Exercise time: time since start minus pauses, in integer milliseconds.

The clock keeps one anchor (an exercise time and the monotonic reading it corresponds to)
while running, and a frozen value while not. Pausing and resuming only move the anchor, so
no error accumulates however many times the facilitator pauses. Each event stores the
exercise time it happened at; replay uses those integers and never re-derives them.
"""

from __future__ import annotations

from datetime import datetime

from ovelse.exercise import messages
from ovelse.exercise.bounds import MAX_EXERCISE_MS
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.events import EventRecord, RunEnded, RunPaused, RunResumed, RunStarted
from ovelse.exercise.kinds import RunState

_ALLOWED: dict[type, tuple[RunState, ...]] = {
    RunStarted: (RunState.NOT_STARTED,),
    RunPaused: (RunState.RUNNING,),
    RunResumed: (RunState.PAUSED,),
    RunEnded: (RunState.RUNNING, RunState.PAUSED),
}
# Names in ``messages``, looked up at refusal time so the installed language is used.
_REFUSALS: dict[type, str] = {
    RunStarted: "ALREADY_STARTED",
    RunPaused: "CANNOT_PAUSE",
    RunResumed: "NOT_PAUSED",
    RunEnded: "NOT_UNDER_WAY",
}


class RunClock:
    def __init__(self) -> None:
        self.state = RunState.NOT_STARTED
        self._frozen_ms = 0
        self._anchor_ms = 0  # exercise time at the anchor
        self._anchor_mono_ms = 0  # monotonic reading at the anchor
        self.started_wall: datetime | None = None
        self.ended_wall: datetime | None = None
        self.pauses = 0

    def at(self, mono_ms: int) -> int:
        """Exercise time at a monotonic reading; it stops at the longest a file may hold."""
        if self.state is RunState.RUNNING:
            return min(self._anchor_ms + max(mono_ms - self._anchor_mono_ms, 0), MAX_EXERCISE_MS)
        return self._frozen_ms

    def check(self, kind: type) -> None:
        if self.state not in _ALLOWED[kind]:
            raise ExerciseError(getattr(messages, _REFUSALS[kind]))

    def apply(self, record: EventRecord, mono_ms: int) -> None:
        """Move the state machine; ``mono_ms`` is the reading that matches the record."""
        event = record.event
        self.check(type(event))
        if isinstance(event, RunStarted | RunResumed):
            self.state = RunState.RUNNING
            self._anchor_ms = record.exercise_ms
            self._anchor_mono_ms = mono_ms
            if isinstance(event, RunStarted):
                self.started_wall = record.wall
        else:
            self._frozen_ms = record.exercise_ms
            if isinstance(event, RunPaused):
                self.state = RunState.PAUSED
                self.pauses += 1
            else:
                self.state = RunState.ENDED
                self.ended_wall = record.wall

    def reanchor(self, exercise_ms: int, mono_ms: int) -> None:
        """Continue a running clock from a known exercise time, e.g. after reopening."""
        if self.state is RunState.RUNNING:
            self._anchor_ms = exercise_ms
            self._anchor_mono_ms = mono_ms
