"""Automatic release gives injects on time, but never a burst of overdue ones at once."""

from __future__ import annotations

from ovelse.exercise import Exercise, FakeClock, InjectStatus
from tests.exercise.sinks import ListSink


def test_session_auto_release_gives_each_inject_at_its_time(
    exercise: Exercise, clock: FakeClock
) -> None:
    exercise.set_auto_release(True)
    exercise.start()
    assert exercise.tick().injects == {"i1"}
    assert exercise.inject("i1").release.auto  # type: ignore[union-attr]
    clock.advance(minutes=44, seconds=59)
    assert exercise.tick().injects == {"i2"}  # i2 has auto_release: true anyway
    clock.advance(seconds=1)
    change = exercise.tick()
    assert change.injects == {"i3"} and change.shown
    assert exercise.inject("i3").release.exercise_ms == 45 * 60_000  # type: ignore[union-attr]


def _run_ui_timer(exercise: Exercise, clock: FakeClock, seconds: int) -> set[str]:
    """Tick once a second as the UI does; returns the injects given automatically."""
    given: set[str] = set()
    for _ in range(seconds):
        clock.advance(seconds=1)
        change = exercise.tick()
        given |= {i for i in change.injects if exercise.inject(i).release is not None}
    return given


def test_switching_auto_release_on_late_does_not_dump_overdue_injects(
    exercise: Exercise, clock: FakeClock
) -> None:
    exercise.start()
    exercise.release("i1")
    assert _run_ui_timer(exercise, clock, 50 * 60) == {"i2"}  # auto_release: true in the pack
    assert exercise.inject("i3").status is InjectStatus.DUE  # 5 min overdue, session auto off
    exercise.set_auto_release(True)
    assert exercise.due_releases() == ()
    assert exercise.tick().empty  # i3 stays with the facilitator
    assert _run_ui_timer(exercise, clock, 40 * 60) == {"i4"}  # falls due at 1 h 30 min
    release = exercise.inject("i4").release
    assert release is not None and release.auto and release.exercise_ms == 90 * 60_000


def test_no_automatic_release_while_paused_or_before_the_start(
    exercise: Exercise, clock: FakeClock
) -> None:
    exercise.set_auto_release(True)
    assert exercise.tick().empty and exercise.inject("i1").status is InjectStatus.PENDING
    exercise.start()
    exercise.pause()
    clock.advance(hours=2)
    assert exercise.tick().injects == {"i1"} and exercise.inject("i1").release is None
    exercise.resume()
    assert exercise.tick().empty  # i1 fell due before: the facilitator gives it


def test_after_a_restart_overdue_injects_wait_for_the_facilitator(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    exercise.set_auto_release(True)
    exercise.start()
    exercise.tick()
    clock.advance(minutes=10)
    exercise.tick()
    clock.advance(minutes=30)  # down for 30 minutes; i2 (20 min) and i3 (45 min) passed
    clock.restart()
    reopened = Exercise(exercise.pack, clock)
    for record in sink.records:
        reopened.apply(record)
    reopened.continue_after_reopen()
    assert reopened.now_ms() == 40 * 60_000
    assert reopened.tick().empty
    assert reopened.inject("i2").status is InjectStatus.DUE
    clock.advance(minutes=5)
    assert reopened.tick().injects == {"i3"}
