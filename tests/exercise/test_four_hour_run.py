"""A four-hour exercise played on a fake clock, checked at every step the facilitator sees.

The story: the facilitator starts, gives the first inject, logs, pauses for coffee and
gives a later inject during the pause, resumes, lets an inject release itself, shows an
earlier inject again, writes an ad-hoc inject, corrects the board and the log, falls
behind the plan, skips an inject, turns on auto-release and ends on time.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ovelse.exercise import (
    EntryKind,
    Exercise,
    ExerciseError,
    FakeClock,
    InjectStatus,
    RunState,
)
from ovelse.exercise.log import EntryAction

MIN = 60_000


def wall(hour: int, minute: int) -> datetime:
    return datetime(2026, 3, 12, hour, minute, tzinfo=UTC)


def status(exercise: Exercise, inject_id: str) -> InjectStatus:
    return exercise.inject(inject_id).status


def test_four_hour_exercise(exercise: Exercise, clock: FakeClock) -> None:
    # --- before the start: nothing moves, nothing can be given -------------------------
    assert exercise.state is RunState.NOT_STARTED
    clock.advance(minutes=10)
    assert exercise.now_ms() == 0
    with pytest.raises(ExerciseError, match="Start øvelsen"):
        exercise.release("i1")
    assert status(exercise, "i1") is InjectStatus.PENDING  # nothing is due before the start
    assert exercise.inject("i2").due_text == "om 20 min"
    assert exercise.tick().empty
    assert exercise.scenario_label() == ""

    # --- 08:10 start; the first inject is due at once ----------------------------------
    change = exercise.start()
    assert change.run and exercise.state is RunState.RUNNING
    assert status(exercise, "i1") is InjectStatus.DUE
    assert exercise.inject("i1").due_text == "nå"
    assert exercise.tick().injects == {"i1"}  # flagged as due, not given (no auto-release)
    assert exercise.tick().injects == frozenset()  # flagged once only

    change = exercise.release_next()
    assert change.injects == {"i1"} and change.shown and change.scenario_time
    assert change.board == {"strom"} and change.participant_view
    release = exercise.inject("i1").release
    assert release is not None and release.exercise_ms == 0 and release.wall == wall(8, 10)
    assert exercise.scenario_label() == "Dag 1, kl. 06:00"
    strom = exercise.board.entry("strom")
    assert (strom.value, strom.status, strom.source) == ("Ute i hele kommunen", "kritisk", "i1")

    # --- +00:05 the mayor calls in the crisis team --------------------------------------
    clock.advance(minutes=5)
    change = exercise.add_entry(
        EntryKind.DECISION, "Kriseledelsen innkalles kl. 06:15", ["ordforer", "kommunedirektor"]
    )
    first = exercise.log.get(change.created or "")
    assert first.id == "L1" and first.inject_id == "i1"
    assert (first.exercise_ms, first.wall) == (5 * MIN, wall(8, 15))
    assert exercise.inject("i2").due_text == "om 15 min"
    assert exercise.next_inject() is not None and exercise.next_inject().id == "i2"  # type: ignore[union-attr]

    # --- +00:15 coffee: pause for 30 minutes, give i3 early during the pause ------------
    clock.advance(minutes=10)
    exercise.pause()
    clock.advance(minutes=30)
    assert exercise.state is RunState.PAUSED
    assert exercise.now_ms() == 15 * MIN
    assert exercise.inject("i2").due_in_ms == 5 * MIN  # the pause does not eat the margin
    assert exercise.tick().empty

    change = exercise.release("i3")  # out of order, during the pause
    release = exercise.inject("i3").release
    assert release is not None and release.exercise_ms == 15 * MIN
    assert release.wall == wall(8, 55) and not release.auto
    assert exercise.scenario_label() == "Dag 1, kl. 08:00"
    assert status(exercise, "i2") is InjectStatus.PENDING

    clock.advance(minutes=5)
    exercise.resume()
    assert exercise.now_ms() == 15 * MIN  # 35 minutes of pause, none of it counted

    # --- +00:19 … +00:20: i2 releases itself (auto_release: true in the pack) -----------
    clock.advance(minutes=4)
    assert exercise.inject("i2").due_text == "om 1 min"
    assert exercise.due_releases() == ()
    clock.advance(minutes=1)
    assert exercise.due_releases() == ("i2",)
    change = exercise.tick()
    assert "i2" in change.injects and change.board == {"mobil"} and change.shown
    release = exercise.inject("i2").release
    assert release is not None and release.auto and release.exercise_ms == 20 * MIN
    assert release.wall == wall(9, 5)
    mobil = exercise.board.entry("mobil")
    assert (mobil.value, mobil.status) == ("Redusert", "normal")  # status kept
    # a bare 06:45 keeps day 1; the clock follows what was given last
    assert exercise.scenario_label() == "Dag 1, kl. 06:45"

    # --- show i1 again without giving it again; then the hold screen --------------------
    clock.advance(minutes=2)
    change = exercise.show("i1")
    assert change.shown and not change.injects
    assert exercise.inject("i1").release.exercise_ms == 0  # type: ignore[union-attr]
    assert exercise.shown_inject().id == "i1"  # type: ignore[union-attr]
    assert exercise.scenario_label() == "Dag 1, kl. 06:45"
    second = exercise.add_entry(EntryKind.QUESTION, "Hvem eier varslingslista?", ["ordforer"])
    assert exercise.log.get(second.created or "").inject_id == "i1"
    exercise.show(None)
    assert exercise.shown_inject() is None and exercise.current_inject_id() == "i2"
    with pytest.raises(ExerciseError, match="ikke gitt"):
        exercise.show("i4")

    # --- +00:25 an ad-hoc inject, given at once -----------------------------------------
    clock.advance(minutes=3)
    change = exercise.add_adhoc(
        "Brann i kommunehuset", "Røykutvikling i 2. etasje.", notes="Test evakueringsplanen."
    )
    assert change.created == "adhoc-1" and change.shown and not change.scenario_time
    adhoc = exercise.inject("adhoc-1")
    assert adhoc.adhoc and adhoc.status is InjectStatus.RELEASED
    assert adhoc.release.exercise_ms == 25 * MIN  # type: ignore[union-attr]
    assert adhoc.inject.notes == "Test evakueringsplanen."
    third = exercise.add_entry(EntryKind.ACTION, "Evakuer kommunehuset", ["kommunedirektor"])
    assert exercise.log.get(third.created or "").inject_id == "adhoc-1"

    # --- +00:30 the board is corrected by hand ------------------------------------------
    clock.advance(minutes=5)
    change = exercise.override_board("evakuerte", "120", "redusert")
    assert change.board == {"evakuerte"} and change.participant_view
    evakuerte = exercise.board.entry("evakuerte")
    assert (evakuerte.value, evakuerte.status, evakuerte.overridden) == ("120", "redusert", True)
    assert evakuerte.changed_ms == 30 * MIN

    # --- +00:35 log corrections ---------------------------------------------------------
    clock.advance(minutes=5)
    change = exercise.edit_entry("L1", text="Kriseledelsen innkalles kl. 06:20", owner="Ordfører")
    assert change.entries == {"L1"}
    edited = exercise.log.get("L1")
    assert edited.text.endswith("06:20") and edited.version == 2 and edited.changed_ms == 35 * MIN
    assert edited.exercise_ms == 5 * MIN  # still logged at the time it happened
    exercise.delete_entry("L2")
    assert [entry.id for entry in exercise.log.entries()] == ["L1", "L3"]
    assert [v.action for v in exercise.log.history("L1")] == [EntryAction.ADDED, EntryAction.EDITED]
    assert exercise.log.history("L1")[0].fields.text.endswith("06:15")
    assert exercise.log.history("L2")[-1].action is EntryAction.DELETED
    with pytest.raises(ExerciseError, match="slettet"):
        exercise.edit_entry("L2", text="for sent")

    # --- +01:40: i4 was planned at +01:30 — ten minutes behind --------------------------
    clock.advance(hours=1, minutes=5)
    i4 = exercise.inject("i4")
    assert i4.status is InjectStatus.DUE and i4.overdue and i4.due_text == "10 min over tiden"
    exercise.pause()
    clock.advance(minutes=15)
    assert exercise.inject("i4").due_text == "10 min over tiden"  # a pause is not overtime
    exercise.resume()
    change = exercise.release("i4")
    assert change.scenario_time and change.board == {"vann"}
    assert exercise.scenario_label() == "Dag 2, kl. 06:00"
    assert exercise.inject("i4").release.exercise_ms == 100 * MIN  # type: ignore[union-attr]

    # --- +02:00 the press inject is dropped; +02:10 auto-release for the rest -----------
    clock.advance(minutes=20)
    assert status(exercise, "i5") is InjectStatus.DUE
    change = exercise.skip("i5")
    assert change.injects == {"i5"} and status(exercise, "i5") is InjectStatus.SKIPPED
    assert exercise.next_inject().id == "i6"  # type: ignore[union-attr]
    clock.advance(minutes=10)
    assert exercise.set_auto_release(True).settings
    assert exercise.inject("i6").auto_release and not exercise.inject("i5").auto_release
    assert exercise.tick().empty

    # --- +02:45 i6 gives itself and the scenario clock jumps to a date ------------------
    clock.advance(minutes=35)
    change = exercise.tick()
    assert change.injects == {"i6"}
    assert exercise.scenario_label() == "fredag 7. august kl. 14:00"
    strom = exercise.board.entry("strom")
    assert (strom.value, strom.status) == ("Delvis tilbake", "redusert")
    assert exercise.board.entry("evakuerte").value == "120"  # override stands

    # --- +03:30 i7, a bare 18:00 on the date set before ---------------------------------
    clock.advance(minutes=44, seconds=59)
    assert exercise.tick().empty
    clock.advance(seconds=1)
    assert exercise.tick().injects == {"i7"}
    assert exercise.scenario_label() == "fredag 7. august kl. 18:00"
    assert exercise.next_inject() is None

    # --- +04:00 end -------------------------------------------------------------------
    clock.advance(minutes=30)
    exercise.end()
    assert exercise.state is RunState.ENDED
    assert exercise.now_ms() == 4 * 60 * MIN
    assert exercise.now_wall() == wall(13, 0)  # 4 h played + 50 min of pauses + 10 before
    clock.advance(minutes=10)
    assert exercise.now_ms() == 4 * 60 * MIN
    with pytest.raises(ExerciseError, match="avsluttet"):
        exercise.add_adhoc("For sent", "…")
    exercise.add_entry(EntryKind.LEARNING_POINT, "Varslingslista må oppdateres", ["ordforer"])
    assert exercise.log.entries()[-1].exercise_ms == 4 * 60 * MIN

    # --- the plan against what happened -----------------------------------------------
    actual = [
        (r.inject_id, exercise.schedule.planned_ms(r.inject_id), r.exercise_ms, r.auto)
        for r in exercise.releases()
    ]
    assert actual == [
        ("i1", 0, 0, False),
        ("i3", 45 * MIN, 15 * MIN, False),
        ("i2", 20 * MIN, 20 * MIN, True),
        ("adhoc-1", None, 25 * MIN, False),
        ("i4", 90 * MIN, 100 * MIN, False),
        ("i6", 165 * MIN, 165 * MIN, True),
        ("i7", 210 * MIN, 210 * MIN, True),
    ]
    assert [i.status for i in exercise.injects()] == [InjectStatus.RELEASED] * 4 + [
        InjectStatus.SKIPPED
    ] + [InjectStatus.RELEASED] * 3
    assert exercise.run.pauses == 2
