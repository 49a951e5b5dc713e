"""Flagging evaluation items «trenger oppfølging fra region/stat»: recorded as an event,
remembered when the session is opened again, refused for an item that is not there."""

from __future__ import annotations

from pathlib import Path

import pytest

from ovelse.exercise import EvaluationSection, Exercise, FakeClock, NoteSection
from ovelse.exercise.errors import ExerciseError
from ovelse.store import Session
from tests.exercise.packs import build_pack


def _evaluated(exercise: Exercise) -> None:
    exercise.start()
    exercise.end()
    exercise.add_note(NoteSection.IMPROVEMENTS, "Varslingslista var utdatert")
    exercise.add_action("Avtale om reservedrivstoff med staten")


def test_a_flag_is_kept_in_the_session_file_and_can_be_taken_back(tmp_path: Path) -> None:
    path = tmp_path / "økt.ovelse"
    session = Session.create(path, build_pack(), clock=FakeClock())
    try:
        _evaluated(session.exercise)
        change = session.exercise.set_follow_up("T1")
        assert change.evaluation == {EvaluationSection.ACTION_PLAN}
        session.exercise.set_follow_up("F1")
        session.exercise.set_follow_up("F1", False)
    finally:
        session.close()
    with Session.open(path, read_only=True) as reopened:
        assert reopened.exercise.evaluation.follow_up_ids() == {"T1"}


def test_flagging_twice_writes_nothing(exercise: Exercise) -> None:
    _evaluated(exercise)
    exercise.set_follow_up("T1")
    seq = exercise.last_seq
    assert exercise.set_follow_up("T1").empty
    assert exercise.last_seq == seq


def test_an_item_that_is_not_there_cannot_be_flagged(exercise: Exercise) -> None:
    _evaluated(exercise)
    with pytest.raises(ExerciseError) as refused:
        exercise.set_follow_up("T9")
    assert str(refused.value) == (
        "Punktet «T9» finnes ikke i evalueringen og kan ikke merkes for oppfølging."
    )
