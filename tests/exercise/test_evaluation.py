"""The evaluation: ratings per goal, findings, learning points and the action plan."""

from __future__ import annotations

from datetime import date

import pytest

from ovelse.exercise import (
    ActionStatus,
    EntryKind,
    EvaluationField,
    EvaluationSection,
    Exercise,
    ExerciseError,
    Links,
    MarkingKind,
    NoteSection,
    Rating,
    labels,
)
from ovelse.exercise.kinds import ExemptKind


def test_every_goal_and_sub_goal_can_be_rated(exercise: Exercise) -> None:
    assert [a.target_id for a in exercise.evaluation.assessments()] == ["m1", "m1.1", "m1.2", "m2"]
    assert {a.label for a in exercise.evaluation.assessments()} == {"Ikke vurdert"}
    change = exercise.rate("m1.2", Rating.PARTLY, " Tavla kom sent opp ")
    assert change.ratings == {"m1.2"}
    assessment = exercise.evaluation.assessment("m1.2")
    assert assessment.label == "Delvis ivaretatt" and assessment.comment == "Tavla kom sent opp"
    exercise.rate("m1.2", None, "Ikke vurdert likevel")
    assert exercise.evaluation.assessment("m1.2").rating is None
    with pytest.raises(ExerciseError, match="m9"):
        exercise.rate("m9", Rating.WELL)
    assert [labels.RATINGS[r] for r in Rating] == [
        "Godt ivaretatt",
        "Delvis ivaretatt",
        "Ikke ivaretatt",
        "Ikke øvd",
    ]


def test_notes_link_to_goals_injects_and_log_entries(exercise: Exercise) -> None:
    exercise.add_entry(EntryKind.DECISION, "Beslutning", ["ordforer"])
    change = exercise.add_note(
        NoteSection.STRENGTHS, "God rolleforståelse", Links(("m1",), ("i1",), ("L1",))
    )
    assert change.created == "S1" and change.evaluation == {EvaluationSection.STRENGTHS}
    exercise.add_note(NoteSection.LEARNING_POINTS, "Læring")
    assert exercise.evaluation.learning_points[0].id == "LP1"
    with pytest.raises(ExerciseError, match="L9"):
        exercise.add_note(NoteSection.IMPROVEMENTS, "x", Links(entries=("L9",)))
    with pytest.raises(ExerciseError, match="i99"):
        exercise.add_note(NoteSection.IMPROVEMENTS, "x", Links(injects=("i99",)))
    with pytest.raises(ExerciseError, match="m7"):
        exercise.add_note(NoteSection.IMPROVEMENTS, "x", Links(objectives=("m7",)))
    with pytest.raises(ExerciseError, match="teksten"):
        exercise.add_note(NoteSection.IMPROVEMENTS, "  ")
    exercise.delete_entry("L1")
    with pytest.raises(ExerciseError, match="L1"):  # a deleted entry is no evidence
        exercise.add_note(NoteSection.IMPROVEMENTS, "x", Links(entries=("L1",)))
    exercise.edit_note(NoteSection.STRENGTHS, "S1", links=Links())
    assert exercise.evaluation.strengths[0].links == Links()


def test_items_are_ordered_moved_and_deleted(exercise: Exercise) -> None:
    for text in ("a", "b", "c"):
        exercise.add_note(NoteSection.IMPROVEMENTS, text)
    exercise.move_evaluation_item(EvaluationSection.IMPROVEMENTS, "F3", 0)
    assert [n.text for n in exercise.evaluation.improvements] == ["c", "a", "b"]
    assert exercise.move_evaluation_item(EvaluationSection.IMPROVEMENTS, "F3", 0).empty
    with pytest.raises(ExerciseError, match="flyttes"):
        exercise.move_evaluation_item(EvaluationSection.IMPROVEMENTS, "F3", 3)
    exercise.delete_evaluation_item(EvaluationSection.IMPROVEMENTS, "F1")
    assert [n.id for n in exercise.evaluation.improvements] == ["F3", "F2"]
    assert exercise.add_note(NoteSection.IMPROVEMENTS, "d").created == "F4"
    with pytest.raises(ExerciseError, match="Forbedringspunkter"):
        exercise.delete_evaluation_item(EvaluationSection.IMPROVEMENTS, "F1")


def test_action_plan(exercise: Exercise) -> None:
    change = exercise.add_action(
        " Revidere plan for krisekommunikasjon ",
        owner="Kommunikasjonsrådgiver",
        deadline=date(2026, 9, 1),
        plan_section="ROS-analysen, hendelse 12",
    )
    assert change.created == "T1" and change.evaluation == {EvaluationSection.ACTION_PLAN}
    item = exercise.evaluation.action_plan[0]
    assert item.measure == "Revidere plan for krisekommunikasjon"
    assert item.fields.status is ActionStatus.NOT_STARTED
    exercise.edit_action("T1", status=ActionStatus.DONE, deadline=None)
    item = exercise.evaluation.action_plan[0]
    assert item.fields.status is ActionStatus.DONE and item.deadline is None
    assert labels.ACTION_STATUSES[item.fields.status] == "Fullført"
    with pytest.raises(ExerciseError, match="Beskriv"):
        exercise.add_action(" ")
    exercise.add_action("To")
    exercise.move_evaluation_item(EvaluationSection.ACTION_PLAN, "T2", 0)
    assert [a.id for a in exercise.evaluation.action_plan] == ["T2", "T1"]


def test_texts_and_marking(exercise: Exercise) -> None:
    exercise.set_evaluation_text(EvaluationField.WAY_FORWARD, " Ny øvelse i 2027 ")
    assert exercise.evaluation.text(EvaluationField.WAY_FORWARD) == "Ny øvelse i 2027"
    with pytest.raises(ExerciseError, match="dato"):
        exercise.set_evaluation_text(EvaluationField.DATE, "12.03.2026")
    assert exercise.evaluation.marking.text == ""
    exercise.set_marking(MarkingKind.OFFL_24)
    assert exercise.evaluation.marking.text == "Unntatt offentlighet, jf. offl. § 24 tredje ledd"
    exercise.set_marking(MarkingKind.OFFL_21)
    assert exercise.evaluation.marking.text == "Unntatt offentlighet, jf. offl. § 21"
    with pytest.raises(ExerciseError, match="merkefeltet"):
        exercise.set_marking(MarkingKind.CUSTOM, " ")
    change = exercise.set_marking(MarkingKind.CUSTOM, "Fortrolig – kun for kriseledelsen")
    assert change.marking
    assert exercise.evaluation.marking.text == "Fortrolig – kun for kriseledelsen"
    assert exercise.set_marking(MarkingKind.CUSTOM, "Fortrolig – kun for kriseledelsen").empty


def test_parts_of_the_evaluation_can_be_exempt_and_back(exercise: Exercise) -> None:
    exercise.start()
    exercise.add_entry(EntryKind.DECISION, "Evakuer skolen", ["ordforer"])
    exercise.add_note(NoteSection.IMPROVEMENTS, "Navn på sårbare innbyggere lå åpent")
    change = exercise.set_exempt(ExemptKind.ITEM, "F1")
    assert change.exempt
    assert exercise.evaluation.is_exempt(ExemptKind.ITEM, "F1")
    assert exercise.set_exempt(ExemptKind.ITEM, "F1").empty, "marking twice changes nothing"
    exercise.set_exempt(ExemptKind.ENTRY, "L1")
    exercise.set_exempt(ExemptKind.TEXT, EvaluationField.SUMMARY.value)
    exercise.set_exempt(ExemptKind.ASSESSMENT, "m1.2")
    exercise.set_exempt(ExemptKind.APPENDIX, "deltakere")
    assert exercise.evaluation.exempt_ids(ExemptKind.ENTRY) == {"L1"}
    exercise.set_exempt(ExemptKind.ITEM, "F1", False)
    assert not exercise.evaluation.is_exempt(ExemptKind.ITEM, "F1")
    exercise.delete_entry("L1")
    assert exercise.evaluation.is_exempt(ExemptKind.ENTRY, "L1"), "a restore stays exempt"


@pytest.mark.parametrize(
    ("kind", "target", "message"),
    [
        (ExemptKind.ITEM, "F9", "«F9» finnes ikke"),
        (ExemptKind.ENTRY, "L9", "«L9» finnes ikke"),
        (ExemptKind.TEXT, "dagbok", "ingen del «dagbok»"),
        (ExemptKind.ASSESSMENT, "m9", "«m9» finnes ikke"),
        (ExemptKind.APPENDIX, "alt", "ingen del «alt»"),
    ],
)
def test_only_what_exists_can_be_exempt(
    exercise: Exercise, kind: ExemptKind, target: str, message: str
) -> None:
    with pytest.raises(ExerciseError, match=message):
        exercise.set_exempt(kind, target)
    assert not exercise.evaluation.exempt_ids(kind)
