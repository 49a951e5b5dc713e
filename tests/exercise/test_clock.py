"""Exercise time is exact: pauses cost nothing however often the facilitator presses pause."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from ovelse.exercise import Exercise, ExerciseError, FakeClock, RunState
from ovelse.exercise.clock import SystemClock, to_ms, wall_ms
from tests.exercise.sinks import ListSink


def test_200_pause_resume_cycles_over_8_hours_drift_0_ms(
    exercise: Exercise, clock: FakeClock
) -> None:
    rng = random.Random(20260312)
    run_ms = [rng.randint(1, 3_000_000) for _ in range(200)]
    scale = 8 * 3_600_000 / sum(run_ms)
    run_ms = [max(1, int(ms * scale)) for ms in run_ms]
    run_ms[-1] += 8 * 3_600_000 - sum(run_ms)  # exactly eight hours of play
    start_wall = clock.now_utc()
    paused_total = 0
    exercise.start()
    played = 0
    for index, ms in enumerate(run_ms):
        clock.advance(ms=ms)
        played += ms
        exercise.pause()
        assert exercise.now_ms() == played
        pause = rng.randint(1, 120_000) + (index % 7)
        clock.advance(ms=pause)
        paused_total += pause
        assert exercise.now_ms() == played
        exercise.resume()
    assert exercise.now_ms() == 8 * 3_600_000
    assert exercise.run.pauses == 200
    # i7 is planned at +03:30; after eight hours it is exactly 4 h 30 min overdue
    assert exercise.inject("i7").due_in_ms == -(4 * 3_600_000 + 30 * 60_000)
    assert clock.now_utc() - start_wall == timedelta(milliseconds=8 * 3_600_000 + paused_total)


def test_state_machine_refuses_what_makes_no_sense(exercise: Exercise) -> None:
    with pytest.raises(ExerciseError, match="ikke"):
        exercise.pause()
    with pytest.raises(ExerciseError):
        exercise.end()
    exercise.start()
    with pytest.raises(ExerciseError, match="allerede startet"):
        exercise.start()
    with pytest.raises(ExerciseError, match="står ikke på pause"):
        exercise.resume()
    exercise.pause()
    exercise.end()  # ending from a pause is allowed
    assert exercise.state is RunState.ENDED
    with pytest.raises(ExerciseError):
        exercise.resume()


def test_pause_can_be_backdated_but_not_past_the_last_record(
    exercise: Exercise, clock: FakeClock
) -> None:
    exercise.start()
    clock.advance(minutes=10)
    exercise.release("i1")  # at +00:10
    clock.advance(minutes=15)  # the facilitator forgot to pause at +00:12
    with pytest.raises(ExerciseError, match="tidligst 00:10:00"):
        exercise.pause(at_ms=9 * 60_000)
    exercise.pause(at_ms=12 * 60_000)
    clock.advance(minutes=5)
    exercise.resume()
    assert exercise.now_ms() == 12 * 60_000


def test_a_running_clock_continues_across_a_restart_by_wall_time(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    exercise.start()
    clock.advance(minutes=7)
    exercise.release("i1")
    clock.advance(minutes=3)  # the program is down for three minutes …
    clock.restart()  # … and the new process has a new monotonic origin
    fresh = Exercise(exercise.pack, clock)
    for record in sink.records:
        fresh.apply(record)
    assert fresh.continue_after_reopen() == 3 * 60_000
    assert fresh.now_ms() == 10 * 60_000
    clock.advance(minutes=1)
    assert fresh.now_ms() == 11 * 60_000

    clock.shift_wall(minutes=-60)  # a wall clock set back counts as no time at all
    again = Exercise(exercise.pack, clock)
    for record in sink.records:
        again.apply(record)
    assert again.continue_after_reopen() == 0
    assert again.now_ms() == 7 * 60_000


def test_clock_helpers() -> None:
    assert to_ms(28_800.123) == 28_800_123
    system = SystemClock()
    assert system.now_utc().tzinfo is not None
    assert system.monotonic() <= system.monotonic()
    stamp = wall_ms(system.now_utc())
    assert stamp.microsecond % 1000 == 0
