"""The time the program was not running is a pause, recorded in the session's events."""

from __future__ import annotations

from ovelse.exercise.clock import FakeClock
from ovelse.exercise.events import RunPaused, SessionClosed, SessionOpened
from ovelse.exercise.kinds import RunState
from ovelse.exercise.run import Exercise

from .conftest import ListSink


def _reopened(exercise: Exercise, clock: FakeClock, sink: ListSink) -> Exercise:
    fresh = Exercise(exercise.pack, clock, sink)
    for record in sink.records:
        fresh.apply(record)
    fresh.continue_after_reopen()
    fresh.mark_opened("test")
    return fresh


def test_a_running_clock_is_paused_at_the_last_recorded_moment(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    exercise.start()
    clock.advance(minutes=12)
    exercise.release("i1")
    clock.advance(minutes=30)  # the program is down for half an hour …
    clock.restart()
    fresh = _reopened(exercise, clock, sink)
    change = fresh.pause_for_downtime()
    assert change.run and fresh.state is RunState.PAUSED
    assert fresh.now_ms() == 12 * 60_000  # not 42: the dead time is not exercise time
    opened, paused = sink.records[-2:]
    assert isinstance(opened.event, SessionOpened) and isinstance(paused.event, RunPaused)
    assert paused.exercise_ms == 12 * 60_000 and paused.wall == clock.now_utc()
    clock.advance(minutes=5)
    fresh.resume()
    clock.advance(minutes=1)
    assert fresh.now_ms() == 13 * 60_000
    assert fresh.run.pauses == 1


def test_after_a_clean_close_the_pause_starts_at_the_close(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    exercise.start()
    clock.advance(minutes=20)
    exercise.mark_closed()
    assert isinstance(sink.records[-1].event, SessionClosed)
    clock.advance(hours=2)
    clock.restart()
    fresh = _reopened(exercise, clock, sink)
    fresh.pause_for_downtime()
    assert fresh.now_ms() == 20 * 60_000


def test_nothing_is_recorded_when_the_clock_was_not_running(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    exercise.start()
    clock.advance(minutes=5)
    exercise.pause()
    clock.advance(minutes=30)
    fresh = _reopened(exercise, clock, sink)
    before = len(sink.records)
    assert fresh.pause_for_downtime().empty
    assert len(sink.records) == before and fresh.run.pauses == 1
    assert Exercise(exercise.pack, clock).pause_for_downtime().empty  # never reopened


def test_a_moment_noted_after_the_last_record_is_where_the_pause_starts(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    exercise.start()
    clock.advance(minutes=5)
    exercise.release("i1")
    clock.advance(minutes=20)  # twenty minutes of talk, nothing logged, then a crash
    clock.advance(minutes=30)
    clock.restart()
    before = list(sink.records)
    fresh = _reopened(exercise, clock, sink)
    fresh.pause_for_downtime(reached_ms=25 * 60_000)
    assert fresh.now_ms() == 25 * 60_000
    # A noted moment is never taken past the time that has really gone by.
    copy = ListSink()
    copy.records = before
    again = _reopened(exercise, clock, copy)
    again.pause_for_downtime(reached_ms=10 * 60 * 60_000)
    assert again.now_ms() == 55 * 60_000
