"""The hot wash (umiddelbar evaluering): answers stored with their role, corrected, deleted,
replayed, taken into the evaluation with a link back, and exported."""

from __future__ import annotations

import pytest

from ovelse.exercise import Exercise, ExerciseError, FakeClock, Links, NoteSection, labels
from ovelse.exercise.events import HotWashAnswerAdded, HotWashAnswerDeleted, HotWashAnswerEdited
from ovelse.exercise.hot_wash import SUGGESTED_SECTION, taken
from ovelse.exercise.kinds import EvaluationSection, ExemptKind, HotWashPrompt
from ovelse.exercise.plain import event_from_plain, event_to_plain
from tests.exercise.sinks import ListSink
from tests.exercise.story import snapshot


def round_of_three(exercise: Exercise) -> None:
    exercise.start()
    exercise.end()
    exercise.add_hot_wash_answer("ordforer", HotWashPrompt.WORKED, " Rask innkalling ")
    exercise.add_hot_wash_answer("ordforer", HotWashPrompt.BETTER, "Varslingslista")
    exercise.add_hot_wash_answer("kommunedirektor", HotWashPrompt.CHANGE, "Ny liste hvert år")


def test_answers_are_stored_with_role_and_prompt(exercise: Exercise, sink: ListSink) -> None:
    round_of_three(exercise)
    hot_wash = exercise.evaluation.hot_wash
    first = hot_wash.get("U1")
    assert (first.role_id, first.prompt, first.text) == (
        "ordforer",
        HotWashPrompt.WORKED,
        "Rask innkalling",
    )
    assert [a.id for a in hot_wash.for_role("ordforer")] == ["U1", "U2"]
    assert hot_wash.counts() == {
        HotWashPrompt.WORKED: 1,
        HotWashPrompt.BETTER: 1,
        HotWashPrompt.CHANGE: 1,
    }
    assert isinstance(sink.records[-1].event, HotWashAnswerAdded)
    assert labels.HOT_WASH_PROMPTS[HotWashPrompt.CHANGE] == "Én ting vi endrer i planen"


def test_an_answer_needs_text_and_a_known_role(exercise: Exercise, sink: ListSink) -> None:
    with pytest.raises(ExerciseError, match="Skriv svaret"):
        exercise.add_hot_wash_answer("ordforer", HotWashPrompt.WORKED, "   ")
    with pytest.raises(ExerciseError, match="brannsjef"):
        exercise.add_hot_wash_answer("brannsjef", HotWashPrompt.WORKED, "Tekst")
    with pytest.raises(ExerciseError, match="rollen"):
        exercise.add_hot_wash_answer("", HotWashPrompt.WORKED, "Tekst")
    assert sink.records == []  # nothing refused reaches the file


def test_edit_and_delete_are_events_and_keep_the_history(
    exercise: Exercise, sink: ListSink
) -> None:
    round_of_three(exercise)
    change = exercise.edit_hot_wash_answer("U2", text="Varslingslista var gammel")
    assert change.hot_wash == {"U2"}
    assert isinstance(sink.records[-1].event, HotWashAnswerEdited)
    assert exercise.evaluation.hot_wash.get("U2").version == 2
    assert exercise.edit_hot_wash_answer("U2", text="Varslingslista var gammel").empty
    exercise.edit_hot_wash_answer("U2", prompt=HotWashPrompt.CHANGE)
    assert exercise.evaluation.hot_wash.counts()[HotWashPrompt.CHANGE] == 2
    exercise.delete_hot_wash_answer("U1")
    assert isinstance(sink.records[-1].event, HotWashAnswerDeleted)
    assert [a.id for a in exercise.evaluation.hot_wash.answers()] == ["U2", "U3"]
    assert exercise.evaluation.hot_wash.get("U1").deleted
    with pytest.raises(ExerciseError, match="U1"):
        exercise.edit_hot_wash_answer("U1", text="igjen")
    with pytest.raises(ExerciseError, match="U1"):
        exercise.delete_hot_wash_answer("U1")
    # A new answer never reuses a deleted one's id.
    assert exercise.add_hot_wash_answer("ordforer", HotWashPrompt.WORKED, "Mer").created == "U4"


def test_replay_rebuilds_the_hot_wash(exercise: Exercise, clock: FakeClock, sink: ListSink) -> None:
    round_of_three(exercise)
    exercise.edit_hot_wash_answer("U1", text="Rask innkalling av kriseledelsen")
    exercise.delete_hot_wash_answer("U3")
    exercise.add_note(NoteSection.IMPROVEMENTS, "Varslingslista", Links(hot_wash=("U2",)))
    exercise.set_exempt(ExemptKind.ITEM, "U1")
    stored = [
        type(r)(
            r.seq, r.wall, r.exercise_ms, event_from_plain(r.event.TYPE, event_to_plain(r.event))
        )
        for r in sink.records
    ]
    replayed = Exercise(exercise.pack, clock)
    replayed.replay(stored)
    assert replayed.evaluation.hot_wash.all_answers() == exercise.evaluation.hot_wash.all_answers()
    assert snapshot(replayed) == snapshot(exercise)
    assert replayed.evaluation.is_exempt(ExemptKind.ITEM, "U1")


def test_a_file_with_an_answer_for_an_unknown_role_is_refused(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    round_of_three(exercise)
    record = sink.records[-1]
    event = record.event
    assert isinstance(event, HotWashAnswerAdded)
    crafted = HotWashAnswerAdded("U3", type(event.fields)("ukjent", event.fields.prompt, "x"))
    fresh = Exercise(exercise.pack, clock)
    fresh.replay(sink.records[:-1])
    with pytest.raises(ExerciseError, match="ukjent"):
        fresh.apply(type(record)(record.seq, record.wall, record.exercise_ms, crafted))


def test_an_item_taken_from_an_answer_links_back_to_it(exercise: Exercise) -> None:
    round_of_three(exercise)
    assert SUGGESTED_SECTION[HotWashPrompt.BETTER] is EvaluationSection.IMPROVEMENTS
    change = exercise.add_note(NoteSection.IMPROVEMENTS, "Varslingslista", Links(hot_wash=("U2",)))
    assert change.created == "F1"
    exercise.add_action("Ny liste hvert år", links=Links(hot_wash=("U3",)))
    evaluation = exercise.evaluation
    links = [n.links for n in evaluation.improvements] + [
        a.fields.links for a in evaluation.action_plan
    ]
    assert taken(links) == {"U2", "U3"}
    with pytest.raises(ExerciseError, match="U9"):
        exercise.add_note(NoteSection.STRENGTHS, "x", Links(hot_wash=("U9",)))
    # The item keeps its own text when the answer is deleted afterwards, and can be edited.
    exercise.delete_hot_wash_answer("U2")
    exercise.edit_note(NoteSection.IMPROVEMENTS, "F1", text="Varslingslista var gammel")
    assert evaluation.improvements[0].links.hot_wash == ("U2",)


def test_an_answer_can_be_exempt_like_other_items(exercise: Exercise) -> None:
    round_of_three(exercise)
    assert exercise.set_exempt(ExemptKind.ITEM, "U2").exempt
    assert exercise.evaluation.is_exempt(ExemptKind.ITEM, "U2")
    with pytest.raises(ExerciseError, match="U7"):
        exercise.set_exempt(ExemptKind.ITEM, "U7")
