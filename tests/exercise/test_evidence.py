"""The evidence beside a goal: its injects, their ticks, entries, linked notes, a suggestion."""

from __future__ import annotations

import pytest

from ovelse.exercise import EntryKind, Exercise, FakeClock, Links, NoteSection, Rating
from ovelse.exercise.evidence import gather
from ovelse.exercise.kinds import ActionMark


@pytest.fixture
def running(exercise: Exercise, clock: FakeClock) -> Exercise:
    exercise.start()
    exercise.release_next()  # i1 exercises m1.1, three expected actions
    clock.advance(minutes=3)
    return exercise


def test_a_sub_goal_shows_the_injects_that_name_it(running: Exercise) -> None:
    evidence = gather(running, "m1.1")
    assert [inject.inject_id for inject in evidence.injects] == ["i1"]
    assert evidence.given_injects == 1
    assert evidence.injects[0].actions[0].text == "Varsle ordføreren"


def test_a_goal_gathers_its_own_injects_and_those_of_its_sub_goals(running: Exercise) -> None:
    evidence = gather(running, "m1")
    assert [(i.inject_id, i.given) for i in evidence.injects] == [("i1", True), ("i3", False)]
    assert evidence.tally.expected == 3, "actions of an inject not given are not expected"


def test_log_entries_against_the_injects_filter_by_kind_and_role(
    running: Exercise, clock: FakeClock
) -> None:
    running.add_entry(EntryKind.DECISION, "Kriseledelsen innkalles", ["ordforer"])
    running.add_entry(EntryKind.OBSERVATION, "Lista var gammel", ["beredskapskoordinator"])
    running.add_entry(EntryKind.DECISION, "Uten innspill", ["ordforer"], inject_id=None)
    clock.advance(minutes=20)
    running.release("i3")
    running.add_entry(EntryKind.DECISION, "Sjekk sykehjemmet", ["kommuneoverlege"])

    assert [e.text for e in gather(running, "m1.1").entries] == [
        "Kriseledelsen innkalles",
        "Lista var gammel",
    ]
    assert [e.text for e in gather(running, "m1").entries] == [
        "Kriseledelsen innkalles",
        "Lista var gammel",
        "Sjekk sykehjemmet",
    ]
    decisions = gather(running, "m1", kind=EntryKind.DECISION)
    assert [e.text for e in decisions.entries] == ["Kriseledelsen innkalles", "Sjekk sykehjemmet"]
    assert [i.entry_count for i in decisions.injects] == [1, 1]
    by_role = gather(running, "m1", role="beredskapskoordinator")
    assert [e.text for e in by_role.entries] == ["Lista var gammel"]


def test_notes_linked_to_the_goal_are_shown(running: Exercise) -> None:
    running.add_note(NoteSection.STRENGTHS, "Rask varsling", Links(objectives=("m1.1",)))
    running.add_note(NoteSection.IMPROVEMENTS, "Lista var gammel", Links(objectives=("m1",)))
    running.add_note(NoteSection.IMPROVEMENTS, "Pressen", Links(objectives=("m2",)))
    assert [n.text for n in gather(running, "m1.1").strengths] == ["Rask varsling"]
    assert [n.text for n in gather(running, "m1.1").improvements] == []
    goal = gather(running, "m1")
    assert [n.text for n in goal.strengths] == ["Rask varsling"]
    assert [n.text for n in goal.improvements] == ["Lista var gammel"]


def test_the_suggestion_counts_the_ticks_and_says_the_rule(running: Exercise) -> None:
    assert gather(running, "m1.1").suggestion.rating is None  # nothing ticked yet
    running.tick_action("i1", "1", ActionMark.DONE)
    running.tick_action("i1", "2", ActionMark.DONE)
    evidence = gather(running, "m1.1")
    assert evidence.suggestion.rating is Rating.PARTLY
    assert evidence.suggestion.rule.startswith(
        "2 av 3 forventede handlinger gjort, 1 ikke krysset av."
    )
    assert "minst tre av fire" in evidence.suggestion.rule
    running.tick_action("i1", "3", ActionMark.DONE)
    assert gather(running, "m1.1").suggestion.rating is Rating.WELL
    for action_id in ("1", "2", "3"):
        running.tick_action("i1", action_id, ActionMark.NOT_DONE)
    assert gather(running, "m1.1").suggestion.rating is Rating.NOT


def test_the_suggestion_never_sets_the_rating(running: Exercise) -> None:
    running.tick_action("i1", "1", ActionMark.DONE)
    gather(running, "m1.1")
    assert running.evaluation.assessment("m1.1").rating is None


def test_a_goal_whose_injects_were_not_given_is_suggested_not_exercised(
    exercise: Exercise,
) -> None:
    exercise.start()
    suggestion = gather(exercise, "m1.1").suggestion
    assert suggestion.rating is Rating.NOT_EXERCISED
    assert "ble gitt" in suggestion.rule
    assert gather(exercise, "m2").suggestion.rating is None  # no inject names m2


def test_observed_actions_are_counted_apart_from_the_expected(running: Exercise) -> None:
    running.observe_action("Ringte Statnett")
    evidence = gather(running, "m1.1")
    assert evidence.tally.observed == 1
    assert evidence.tally.expected == 3
    assert evidence.injects[0].actions[-1].text == "Ringte Statnett"
