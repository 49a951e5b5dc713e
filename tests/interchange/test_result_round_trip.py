"""Session → result file → reader, for every built-in pack: the statsforvalter reads what
the kommune's evaluation says, exempt parts and names only when the kommune chose so."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ovelse.app.results import (
    ResultChoices,
    result_of_session,
    suggested_result_name,
    write_result_of_file,
    write_result_of_session,
)
from ovelse.exercise import FakeClock, NoteSection
from ovelse.exercise.kinds import MarkingKind, Rating
from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.results.model import CONTENT_NAME
from ovelse.interchange.results.reader import read_result
from ovelse.scenario.loader import LoadedPack
from ovelse.store import Session
from tests.interchange.evaluated import MARKUP, SECRET, builtin_packs, evaluated_session

CREATED = datetime(2026, 3, 13, 8, 0, tzinfo=UTC)


@pytest.fixture(params=builtin_packs(), ids=lambda loaded: loaded.pack.id)
def session(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Session]:
    loaded: LoadedPack = request.param
    opened = evaluated_session(tmp_path, loaded)
    yield opened
    opened.close()


def _raw(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(CONTENT_NAME).decode("utf-8")


def test_the_file_reads_back_as_the_evaluation_says(session: Session, tmp_path: Path) -> None:
    made = result_of_session(session, created=CREATED)
    path = tmp_path / suggested_result_name(made)
    write_result_of_session(session, path)
    read = read_result(path)
    assert read == result_of_session(session, created=read.created)
    exercise = session.exercise
    assert read.pack.id == exercise.pack.id
    assert read.pack.version == exercise.pack.version
    assert read.kommune.name == session.variables.get("kommune", exercise.pack.region)
    assert path.name == f"{read.kommune.name.replace(' ', '-')}-2026-03-12.ovelseresultat"
    assert read.exercise_date == date(2026, 3, 12)
    assert read.duration_minutes == 5 * len(exercise.pack.injects()) + 7
    assert read.marking.kind is MarkingKind.OFFL_24
    assert read.marking.text == "Unntatt offentlighet, jf. offl. § 24 tredje ledd"
    goals = read.all_goals()
    assert [g.id for g in goals] == list(exercise.evaluation.goals)
    assert goals[0].rating is Rating.WELL and goals[0].comment == f"Kommentar til {goals[0].id}"
    assert goals[-1].withheld and goals[-1].rating is None and goals[-1].comment == ""
    roles = [role.id for role in exercise.roles()]
    counts = {role.role_id: role.count for role in read.participants}
    assert counts[roles[0]] == 2  # the absent third person does not count
    assert counts[roles[1]] == 1
    assert read.participants_total == 2  # Ola, in two roles, is one person
    assert all(role.names == () for role in read.participants)
    assert [f.id for f in read.improvements] == ["F1"]
    assert read.improvements[0].text == MARKUP  # kept as data, markup and all
    assert read.improvements[0].goal_ids == (goals[0].id,)
    assert [m.id for m in read.actions] == ["T1", "T2"]
    assert read.actions[0].deadline == date(2026, 6, 1)
    assert [item.id for item in read.follow_ups()] == ["LP1", "T2"]


def test_exempt_parts_and_names_are_left_out_unless_chosen(
    session: Session, tmp_path: Path
) -> None:
    plain, chosen = tmp_path / "standard.ovelseresultat", tmp_path / "alt.ovelseresultat"
    write_result_of_session(session, plain)
    write_result_of_session(session, chosen, ResultChoices(include_names=True, include_exempt=True))
    last_goal = list(session.exercise.evaluation.goals)[-1]
    withheld_comment = f"Kommentar til {last_goal}"
    raw = _raw(plain)
    for hidden in (SECRET, withheld_comment, "Kari Nordmann", "Ola Nordmann"):
        assert hidden not in raw
    assert '"exempt_included": false' in raw and '"names_included": false' in raw
    raw = _raw(chosen)
    for shown in (SECRET, withheld_comment, "Kari Nordmann", "Ola Nordmann"):
        assert shown in raw
    assert "Per Fraværende" not in raw  # absent: not a participant at all
    read = read_result(chosen)
    assert read.exempt_included and read.names_included
    assert [s.id for s in read.strengths] == ["S1", "S2"]


def test_the_flags_are_remembered_when_the_session_is_opened_again(tmp_path: Path) -> None:
    loaded = builtin_packs()[0]
    session = evaluated_session(tmp_path, loaded)
    path = session.path
    session.exercise.set_follow_up("F1")
    session.close()
    target = tmp_path / "fra-fil.ovelseresultat"
    write_result_of_file(path, target)
    assert [item.id for item in read_result(target).follow_ups()] == ["F1", "LP1", "T2"]


def test_reading_never_changes_the_file(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "r.ovelseresultat"
    write_result_of_session(session, path)
    before = (path.read_bytes(), os.stat(path).st_mtime_ns, os.stat(path).st_mode)
    read_result(path)
    read_result(path)
    assert (path.read_bytes(), os.stat(path).st_mtime_ns, os.stat(path).st_mode) == before
    assert oct(before[2] & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_text_the_reader_would_refuse_is_never_written(tmp_path: Path) -> None:
    session = evaluated_session(tmp_path, builtin_packs()[0], FakeClock())
    try:
        session.exercise.add_note(NoteSection.STRENGTHS, "x" * 100_001)
        target = tmp_path / "for-lang.ovelseresultat"
        with pytest.raises(InterchangeError) as refused:
            write_result_of_session(session, target)
    finally:
        session.close()
    assert str(refused.value) == (
        "for-lang.ovelseresultat: strengths[1].text: teksten er 100 001 tegn; her kan den "
        "være høyst 100 000 tegn"
    )
    assert not target.exists()


def test_a_name_pasted_with_invisible_characters_is_sent_without_them(tmp_path: Path) -> None:
    """A zero-width space pasted with a kommune's name (from a web page) or a direction
    mark must not make the result file one the statsforvalter's Øvelse refuses."""
    loaded = builtin_packs()[0]
    values = {
        **loaded.values(loaded.profiles[0] if loaded.profiles else None),
        "kommune": "Nes\u200bseby\u202e",
        "fylke": "Finn\u2066mark\n",
    }
    session = Session.create(
        tmp_path / "usynlig.ovelse", loaded.render(values), variables=values, clock=FakeClock()
    )
    target = tmp_path / "usynlig.ovelseresultat"
    try:
        write_result_of_session(session, target)
    finally:
        session.close()
    kommune = read_result(target).kommune
    assert (kommune.name, kommune.county) == ("Nesseby", "Finnmark")
