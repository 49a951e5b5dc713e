"""The decision log: quick to write, hard to lose, and honest about corrections."""

from __future__ import annotations

import pytest

from ovelse.exercise import KEEP, EntryKind, Exercise, ExerciseError, FakeClock
from ovelse.exercise.log import EntryAction


def test_entry_needs_text_and_a_known_role(exercise: Exercise) -> None:
    with pytest.raises(ExerciseError, match="Skriv"):
        exercise.add_entry(EntryKind.DECISION, "   ", ["ordforer"])
    with pytest.raises(ExerciseError, match="minst én rolle"):
        exercise.add_entry(EntryKind.DECISION, "Tekst", [])
    with pytest.raises(ExerciseError, match="Ukjent rolle: brannsjef"):
        exercise.add_entry(EntryKind.DECISION, "Tekst", ["brannsjef"])
    with pytest.raises(ExerciseError, match="finnes ikke"):
        exercise.add_entry(EntryKind.DECISION, "Tekst", ["ordforer"], inject_id="i99")
    assert exercise.log.entries() == ()
    assert exercise.last_seq == 0  # nothing was written


def test_entry_is_trimmed_deduplicated_and_linked_to_the_inject_under_discussion(
    exercise: Exercise, clock: FakeClock
) -> None:
    assert exercise.add_entry(EntryKind.OBSERVATION, " før start ", ["ordforer"]).created == "L1"
    assert exercise.log.get("L1").inject_id is None and exercise.log.get("L1").text == "før start"
    exercise.start()
    exercise.release("i1")
    exercise.release("i2")
    exercise.add_entry(EntryKind.ACTION, "Tiltak", ["ordforer", "ordforer", "kommunedirektor"])
    entry = exercise.log.get("L2")
    assert entry.roles == ("ordforer", "kommunedirektor") and entry.inject_id == "i2"
    exercise.add_entry(EntryKind.ACTION, "Uten innspill", ["ordforer"], inject_id=None)
    assert exercise.log.get("L3").inject_id is None
    change = exercise.edit_entry("L3", inject_id="i1")  # the inject is changeable afterwards
    assert change.entries == {"L3"} and exercise.log.get("L3").inject_id == "i1"


def test_edit_delete_restore_keep_history(exercise: Exercise, clock: FakeClock) -> None:
    exercise.add_entry(EntryKind.QUESTION, "Hvem ringer NVE?", ["beredskapskoordinator"])
    clock.advance(minutes=1)
    assert exercise.edit_entry("L1", text="Hvem ringer NVE?").empty  # no change, no event
    seq = exercise.last_seq
    exercise.edit_entry("L1", kind=EntryKind.DECISION, owner="Beredskapskoordinator")
    assert exercise.last_seq == seq + 1
    exercise.delete_entry("L1")
    assert exercise.log.entries() == () and exercise.log.get("L1").deleted
    with pytest.raises(ExerciseError, match="slettet"):
        exercise.delete_entry("L1")
    exercise.restore_entry("L1")
    with pytest.raises(ExerciseError, match="ikke slettet"):
        exercise.restore_entry("L1")
    history = exercise.log.history("L1")
    assert [v.action for v in history] == [
        EntryAction.ADDED,
        EntryAction.EDITED,
        EntryAction.DELETED,
        EntryAction.RESTORED,
    ]
    assert history[0].fields.kind is EntryKind.QUESTION
    assert exercise.log.get("L1").kind is EntryKind.DECISION
    assert exercise.log.get("L1").edited
    with pytest.raises(ExerciseError, match="finnes ikke"):
        exercise.edit_entry("L9", text="x", roles=KEEP)


def test_ids_are_never_reused_after_a_delete(exercise: Exercise) -> None:
    exercise.add_entry(EntryKind.DECISION, "a", ["ordforer"])
    exercise.add_entry(EntryKind.DECISION, "b", ["ordforer"])
    exercise.delete_entry("L2")
    assert exercise.add_entry(EntryKind.DECISION, "c", ["ordforer"]).created == "L3"


def test_roles_added_during_the_run_can_be_logged_against(exercise: Exercise) -> None:
    change = exercise.add_role("Sivilforsvaret")
    assert change.roles and change.created == "rolle-1"
    exercise.add_entry(EntryKind.DECISION, "Sivilforsvaret bistår", ["rolle-1"])
    assert exercise.role_title("rolle-1") == "Sivilforsvaret"
    assert exercise.role_title("ordforer") == "Ordfører"
    with pytest.raises(ExerciseError, match="finnes allerede"):
        exercise.add_role("Ordfører igjen", "ordforer")
    with pytest.raises(ExerciseError, match="navnet"):
        exercise.add_role("  ")
