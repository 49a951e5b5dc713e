"""The engine's refusals and the session store's errors speak the installed language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ovelse import i18n
from ovelse.exercise import EntryKind, ExerciseError, FakeClock
from ovelse.store import CorruptSessionError, NotASessionError, Session
from tests.exercise.packs import build_pack


def test_refusals_and_session_errors_follow_the_language(tmp_path: Path) -> None:
    notes = tmp_path / "notater.txt"
    notes.write_text("Ikke en økt.\n", encoding="utf-8")
    i18n.install("en")
    try:
        with Session.create(tmp_path / "øving.ovelse", build_pack(), clock=FakeClock()) as session:
            exercise = session.exercise
            with pytest.raises(ExerciseError) as not_started:
                exercise.release("i1")
            assert str(not_started.value) == "Start the exercise before releasing injects."
            exercise.start()
            with pytest.raises(ExerciseError) as started:
                exercise.start()
            assert str(started.value) == "The exercise has already started."
            exercise.release("i1")
            title = exercise.schedule.inject("i1").title
            with pytest.raises(ExerciseError) as twice:
                exercise.release("i1")
            assert str(twice.value) == f"“{title}” has already been released."
            entry_id = exercise.add_entry(EntryKind.DECISION, "Stenge veien.", ["ordforer"]).created
            assert entry_id is not None
            exercise.delete_entry(entry_id)
            with pytest.raises(ExerciseError) as deleted:
                exercise.edit_entry(entry_id, text="Åpne veien.")
            assert str(deleted.value) == f"The log entry “{entry_id}” has been deleted."
        with pytest.raises(NotASessionError) as foreign:
            Session.open(notes)
        assert str(foreign.value) == "“notater.txt” is not an Øvelse session file."
    finally:
        i18n.install("nb")
    with pytest.raises(NotASessionError, match=r"«notater\.txt» er ikke en øktfil fra Øvelse"):
        Session.open(notes)


def test_the_detail_of_a_damaged_event_follows_the_language(tmp_path: Path) -> None:
    """The part of a «damaged file» message that says what is wrong inside the file."""
    path = tmp_path / "skadet.ovelse"
    with Session.create(path, build_pack(), clock=FakeClock()) as session:
        session.exercise.start()
    connection = sqlite3.connect(path)
    with connection:
        (trigger,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'events_append_only_update'"
        ).fetchone()
        connection.execute("DROP TRIGGER events_append_only_update")
        connection.execute("UPDATE events SET payload = '{}' WHERE type = 'session_opened'")
        connection.execute(trigger)  # the schema as Øvelse writes it; only the event is bad
    connection.close()
    i18n.install("en")
    try:
        with pytest.raises(CorruptSessionError) as english:
            Session.open(path, clock=FakeClock())
        assert "the field “app_version” is missing" in str(english.value)
        i18n.install("nn")
        with pytest.raises(CorruptSessionError) as nynorsk:
            Session.open(path, clock=FakeClock())
        assert "feltet «app_version» manglar" in str(nynorsk.value)
    finally:
        i18n.install("nb")
    with pytest.raises(CorruptSessionError, match="feltet «app_version» mangler"):
        Session.open(path, clock=FakeClock())
