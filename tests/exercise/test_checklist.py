"""Expected actions ticked during the run: tick, change, untick, observed actions, replay."""

from __future__ import annotations

import pytest

from ovelse.exercise import Exercise, ExerciseError, FakeClock
from ovelse.exercise.events import (
    ActionObserved,
    ActionTicked,
    EventRecord,
    ObservedActionEdited,
)
from ovelse.exercise.kinds import ActionMark
from tests.exercise.sinks import ListSink


@pytest.fixture
def running(exercise: Exercise, clock: FakeClock) -> Exercise:
    exercise.start()
    exercise.release_next()  # i1, with three expected actions
    clock.advance(minutes=3)
    return exercise


def test_the_checklist_lists_the_injects_expected_actions_unticked(running: Exercise) -> None:
    items = running.actions("i1")
    assert [item.text for item in items] == [
        "Varsle ordføreren",
        "Kalle inn kriseledelsen",
        "Starte loggføring",
    ]
    assert [item.action_id for item in items] == ["1", "2", "3"]
    assert all(item.mark is None and not item.observed for item in items)


def test_a_tick_is_stored_with_its_time_and_note(
    running: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    change = running.tick_action("i1", "2", ActionMark.PARTLY, "Bare halve lista")
    assert change.actions == {"i1"}
    item = running.actions("i1")[1]
    assert item.mark is ActionMark.PARTLY
    assert item.note == "Bare halve lista"
    assert item.tick is not None and item.tick.exercise_ms == 3 * 60_000
    assert item.tick.wall == clock.now_utc()
    assert sink.records[-1].event == ActionTicked("i1", "2", ActionMark.PARTLY, "Bare halve lista")


def test_changing_and_unticking_are_new_events_and_keep_the_history(
    running: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    running.tick_action("i1", "1", ActionMark.NOT_DONE, "Ikke ennå")
    clock.advance(minutes=5)
    running.tick_action("i1", "1", ActionMark.DONE)  # the note stays
    assert running.actions("i1")[0].note == "Ikke ennå"
    running.tick_action("i1", "1", ActionMark.DONE, "")  # the note goes
    running.tick_action("i1", "1", None)
    assert running.actions("i1")[0].mark is None
    history = running.checklist.history("i1", "1")
    assert [tick.mark for tick in history] == [
        ActionMark.NOT_DONE,
        ActionMark.DONE,
        ActionMark.DONE,
        None,
    ]
    ticks = [r.event for r in sink.records if isinstance(r.event, ActionTicked)]
    assert len(ticks) == 4
    assert running.tick_action("i1", "1", None).empty, "unticking twice writes nothing"


def test_actions_of_an_inject_not_given_or_unknown_are_refused(running: Exercise) -> None:
    with pytest.raises(ExerciseError, match="ikke gitt"):
        running.tick_action("i3", "1", ActionMark.DONE)
    with pytest.raises(ExerciseError, match="«4»"):
        running.tick_action("i1", "4", ActionMark.DONE)
    with pytest.raises(ExerciseError, match="finnes ikke"):
        running.tick_action("i99", "1", ActionMark.DONE)


def test_an_observed_action_belongs_to_the_inject_under_discussion(
    running: Exercise, sink: ListSink
) -> None:
    change = running.observe_action("  Ringte Statnett på eget initiativ ")
    assert change.created == "H1"
    observed = running.actions("i1")[-1]
    assert (observed.action_id, observed.text, observed.observed) == (
        "H1",
        "Ringte Statnett på eget initiativ",
        True,
    )
    assert observed.mark is ActionMark.DONE
    running.edit_observed_action("i1", "H1", "Ringte Statnett")
    running.tick_action("i1", "H1", ActionMark.PARTLY, "Fikk ikke svar")
    observed = running.actions("i1")[-1]
    assert (observed.text, observed.mark, observed.note) == (
        "Ringte Statnett",
        ActionMark.PARTLY,
        "Fikk ikke svar",
    )
    types = [type(r.event) for r in sink.records[-3:]]
    assert types == [ActionObserved, ObservedActionEdited, ActionTicked]
    with pytest.raises(ExerciseError, match="Skriv"):
        running.observe_action("   ")


def test_observing_before_any_inject_is_refused(exercise: Exercise) -> None:
    exercise.start()
    with pytest.raises(ExerciseError, match="Gi et innspill"):
        exercise.observe_action("Noe skjedde")


def test_ticks_can_be_given_after_the_run_has_ended(running: Exercise) -> None:
    running.end()
    running.tick_action("i1", "3", ActionMark.DONE)
    assert running.actions("i1")[2].mark is ActionMark.DONE


def test_replay_rebuilds_the_ticks(running: Exercise, clock: FakeClock, sink: ListSink) -> None:
    running.tick_action("i1", "1", ActionMark.DONE, "På SMS")
    running.tick_action("i1", "2", ActionMark.PARTLY)
    running.tick_action("i1", "2", None)
    running.observe_action("Frivillige kontaktet")
    running.edit_observed_action("i1", "H1", "Frivillige i Vestertana kontaktet")
    replayed = Exercise(running.pack, clock)
    replayed.replay(sink.records)
    assert replayed.actions("i1") == running.actions("i1")
    assert replayed.checklist.history("i1", "2") == running.checklist.history("i1", "2")
    assert replayed.checklist.new_observed_id() == "H2"


def test_a_stored_tick_for_an_inject_not_given_is_refused_on_replay(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    exercise.start()
    first = sink.records[0]
    bad = EventRecord(2, first.wall, 0, ActionTicked("i1", "1", ActionMark.DONE))
    with pytest.raises(ExerciseError, match="ikke gitt"):
        Exercise(exercise.pack, clock).replay([first, bad])
