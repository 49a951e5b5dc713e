"""Participants, often logged by role only."""

from __future__ import annotations

import pytest

from ovelse.exercise import Exercise, ExerciseError


def test_participants_by_name_or_by_role(exercise: Exercise) -> None:
    assert exercise.add_participant(roles=["ordforer"]).created == "P1"
    exercise.add_participant("Áile Somby", "Unjárga gielda", ["kommuneoverlege"], present=False)
    assert [p.name for p in exercise.participants.all()] == ["", "Áile Somby"]
    assert not exercise.participants.get("P2").present
    change = exercise.set_present("P2", True)
    assert change.participants == {"P2"} and exercise.participants.get("P2").present
    assert exercise.set_present("P2", True).empty
    exercise.edit_participant("P1", name="Ola")
    assert exercise.participants.get("P1").roles == ("ordforer",)
    exercise.remove_participant("P1")
    assert exercise.add_participant("Ny").created == "P3"


def test_a_participant_needs_something_to_go_by(exercise: Exercise) -> None:
    with pytest.raises(ExerciseError, match="navn, organisasjon eller minst én rolle"):
        exercise.add_participant(" ", "")
    with pytest.raises(ExerciseError, match="Ukjent rolle"):
        exercise.add_participant("Per", roles=["brannsjef"])
    with pytest.raises(ExerciseError, match="finnes ikke"):
        exercise.remove_participant("P7")
