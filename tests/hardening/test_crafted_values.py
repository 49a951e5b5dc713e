"""Values at the door: what the engine refuses to write, and what a file may not bring in.

A session file is mailed between municipalities, so every value in it is input. Each value
the live commands could never write (a half surrogate pair, an unknown role, a time going
backwards, a field the program does not have, a year-9999 wall time, an exercise time of
2^62 ms, variables that are not an object of texts) is refused when the file opens, with
the damaged-file message naming the event, and never reaches the CSV, the JSON export or
the report as a traceback or a report that runs for ever.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ovelse.cli import main
from ovelse.exercise import (
    EntryKind,
    EvaluationField,
    Exercise,
    ExerciseError,
    FakeClock,
    Links,
    MarkingKind,
    NoteSection,
    Rating,
)
from ovelse.exercise.bounds import LATEST_WALL, MAX_EXERCISE_MS
from ovelse.exercise.events import EntryAdded, EntryFields, EventRecord
from ovelse.export import log_csv, session_to_plain
from ovelse.scenario.model import Question
from ovelse.store import Session, SessionError
from tests.exercise.packs import build_pack
from tests.hardening.crafted import (
    append_event,
    healthy,
    last_row,
    rewrite_event,
    seq_of,
    set_meta,
)

BAD = "Evakuer \ud800skolen"  # half of a surrogate pair: a Python string, not UTF-8
FIELDS: dict[str, object] = {"kind": "beslutning", "text": "Ny", "roles": ["ordforer"]}
ENTRY: dict[str, object] = {"entry_id": "L9", "fields": FIELDS}


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    return healthy(tmp_path / "økt.ovelse")


def _refused(path: Path, *details: str) -> str:
    """Open the file both ways; each is refused, names the file and leaves it as it was."""
    before = path.read_bytes()
    messages = []
    for read_only in (True, False):
        with pytest.raises(SessionError) as refused:
            Session.open(path, clock=FakeClock(), read_only=read_only)
        message = str(refused.value)
        assert f"«{path.name}»" in message
        for detail in details:
            assert detail in message
        assert path.read_bytes() == before
        messages.append(message)
    return messages[0]


def _cli_refuses(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``ovelse export`` (both formats) and ``ovelse report`` say one line, no traceback."""
    commands = [
        ["export", str(path), "--format", "csv", "-o", str(tmp_path / "logg.csv")],
        ["export", str(path), "--format", "json", "-o", str(tmp_path / "okt.json")],
        ["report", str(path), "-o", str(tmp_path / "rapport.pdf")],
    ]
    for command in commands:
        assert main(command) == 1, command
        err = capsys.readouterr().err
        assert err.startswith("ovelse: ") and path.name in err and "Traceback" not in err
    assert not any((tmp_path / name).exists() for name in ("logg.csv", "okt.json", "rapport.pdf"))


# --- 24.3: one bad character must not poison the session -------------------------------


def test_a_lone_surrogate_is_refused_and_the_next_entry_is_saved(
    session_path: Path, tmp_path: Path
) -> None:
    with Session.open(session_path, clock=FakeClock()) as session:
        before = len(session.records())
        with pytest.raises(ExerciseError) as refused:
            session.exercise.add_entry(EntryKind.DECISION, BAD, ["ordforer"])
        message = str(refused.value)
        assert "Evakuer \ufffdskolen" in message and "tegn nr. 9" in message
        assert len(session.records()) == before, "nothing written"
        session.exercise.add_entry(EntryKind.DECISION, "Evakuer skolen nå", ["ordforer"])
    with Session.open(session_path, clock=FakeClock(), read_only=True) as session:
        assert [e.text for e in session.exercise.log.entries()][-1] == "Evakuer skolen nå"
        session_to_plain(session)
        assert "Evakuer skolen nå" in log_csv(session.exercise).decode("utf-8-sig")
    assert main(["export", str(session_path), "--format", "json", "-o", str(tmp_path / "o")]) == 0


TEXT_COMMANDS: dict[str, Callable[[Exercise], object]] = {
    "entry": lambda run: run.add_entry(EntryKind.DECISION, BAD, ["ordforer"]),
    "entry owner": lambda run: run.add_entry(EntryKind.ACTION, "Tiltak", ["ordforer"], owner=BAD),
    "entry deadline": lambda run: run.add_entry(
        EntryKind.ACTION, "Tiltak", ["ordforer"], deadline=BAD
    ),
    "entry edit": lambda run: run.edit_entry("L1", text=BAD),
    "participant": lambda run: run.add_participant(BAD),
    "participant edit": lambda run: run.edit_participant("P1", organisation=BAD),
    "role": lambda run: run.add_role(BAD),
    "ad-hoc title": lambda run: run.add_adhoc(BAD, "Tekst"),
    "ad-hoc notes": lambda run: run.add_adhoc("Tittel", "Tekst", notes=BAD),
    "ad-hoc question": lambda run: run.add_adhoc(
        "Tittel", "Tekst", questions=[Question(BAD, ("ordforer",))]
    ),
    "board status": lambda run: run.override_board("strom", BAD, "kritisk"),
    "rating comment": lambda run: run.rate("m1", Rating.PARTLY, BAD),
    "note": lambda run: run.add_note(NoteSection.STRENGTHS, BAD),
    "action plan": lambda run: run.add_action("Tiltak", plan_section=BAD),
    "evaluation text": lambda run: run.set_evaluation_text(EvaluationField.SUMMARY, BAD),
    "marking": lambda run: run.set_marking(MarkingKind.CUSTOM, BAD),
}


@pytest.mark.parametrize("command", TEXT_COMMANDS)
def test_every_command_that_takes_text_refuses_it_before_writing(
    session_path: Path, command: str
) -> None:
    with Session.open(session_path, clock=FakeClock()) as session:
        before = session_path.read_bytes(), len(session.records())
        with pytest.raises(ExerciseError, match="ikke kan lagres"):
            TEXT_COMMANDS[command](session.exercise)
        assert (session_path.read_bytes(), len(session.records())) == before
        session.exercise.add_entry(EntryKind.OBSERVATION, "Etterpå", ["ordforer"])
    with Session.open(session_path, clock=FakeClock(), read_only=True) as session:
        assert session.exercise.log.entries()[-1].text == "Etterpå"


def test_a_failed_append_is_rolled_back_whatever_failed(session_path: Path) -> None:
    """Past the engine's door too: a value SQLite cannot bind leaves no transaction open."""
    with Session.open(session_path, clock=FakeClock()) as session:
        run = session.exercise
        record = EventRecord(
            run.last_seq + 1,
            run.now_wall(),
            run.now_ms(),
            EntryAdded("L99", EntryFields(EntryKind.DECISION, BAD, ("ordforer",))),
        )
        with pytest.raises(UnicodeEncodeError):
            session.append([record])
        run.add_entry(EntryKind.DECISION, "Lagret likevel", ["ordforer"])
    with Session.open(session_path, clock=FakeClock(), read_only=True) as session:
        assert [e.text for e in session.exercise.log.entries()][-1] == "Lagret likevel"


@pytest.mark.parametrize("where", ["variable", "scenario"])
def test_a_new_session_with_a_lone_surrogate_is_refused_before_a_file_is_made(
    tmp_path: Path, where: str
) -> None:
    """A variable pasted into the tailoring form goes into the file's meta as it is."""
    pack = build_pack()
    variables = {"kommune": "Vadsø"}
    if where == "variable":
        variables["kommune"] = BAD
    else:
        pack = replace(pack, title=BAD)
    path = tmp_path / "ny.ovelse"
    with pytest.raises(
        SessionError, match=r"Kunne ikke opprette «ny\.ovelse»: en tekst har et tegn"
    ):
        Session.create(path, pack, variables=variables, clock=FakeClock())
    assert list(tmp_path.iterdir()) == []


def test_a_stored_lone_surrogate_is_refused_on_open(
    session_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only a JSON escape can bring one in; the CSV and the report would fail on it."""
    payload = json.dumps({**ENTRY, "fields": {**FIELDS, "text": BAD}})
    assert "\\ud800" in payload
    seq = append_event(session_path, "entry_added", payload)
    _refused(session_path, f"hendelse nr. {seq}", "tegn som ikke kan lagres")
    _cli_refuses(session_path, tmp_path, capsys)


# --- 24.4: deeply nested JSON, variables that are not an object of texts ------------------


@pytest.mark.parametrize("depth", [900, 100_000])
def test_deeply_nested_json_in_an_event_is_refused(session_path: Path, depth: int) -> None:
    payload = '{"entry_id":"L1","fields":' + "[" * depth + "]" * depth + "}"
    seq = append_event(session_path, "entry_added", payload)
    _refused(session_path, f"hendelse nr. {seq}")


@pytest.mark.parametrize("depth", [900, 100_000])
def test_a_deeply_nested_scenario_is_refused(session_path: Path, depth: int) -> None:
    set_meta(session_path, "scenario", '{"id":' + '{"a":' * depth + "1" + "}" * depth + "}")
    _refused(session_path, "er skadet og kan ikke åpnes (scenarioet kan ikke leses: ")


@pytest.mark.parametrize(
    "variables",
    ["kommune=Vadsø", "", '["Vadsø"]', "17", "null", '{"kommune": 17}', '{"kommune": "\\udc00"}'],
)
def test_variables_that_are_not_an_object_of_texts_are_refused(
    session_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], variables: str
) -> None:
    set_meta(session_path, "variables", variables)
    _refused(session_path, "profilvariablene")
    _cli_refuses(session_path, tmp_path, capsys)


def test_variables_stored_as_bytes_are_checked_as_text_is(
    session_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crafted file may store the variables as a blob: read, and refused, like text."""
    set_meta(session_path, "variables", b'{"kommune": "\\udc00"}')
    _refused(session_path, "profilvariablene")
    _cli_refuses(session_path, tmp_path, capsys)


# --- 24.5: replay checks references and order as strictly as the live commands ----------

FOREIGN_EVENTS: dict[str, tuple[str, object, str]] = {
    "entry with an unknown role": (
        "entry_added",
        {**ENTRY, "fields": {**FIELDS, "roles": ["hemmelig"]}},
        "Ukjent rolle: hemmelig",
    ),
    "entry with a padded role": (
        "entry_added",
        {**ENTRY, "fields": {**FIELDS, "roles": [" ordforer"]}},
        "Ukjent rolle",
    ),
    "entry with no role": (
        "entry_added",
        {**ENTRY, "fields": {**FIELDS, "roles": []}},
        "Velg minst én rolle",
    ),
    "entry with blank text": (
        "entry_added",
        {**ENTRY, "fields": {**FIELDS, "text": "  "}},
        "Skriv hva som ble besluttet",
    ),
    "entry for an unknown inject": (
        "entry_added",
        {**ENTRY, "fields": {**FIELDS, "inject_id": "i99"}},
        "Innspillet «i99» finnes ikke",
    ),
    "edit to an unknown role": (
        "entry_edited",
        {**ENTRY, "entry_id": "L1", "fields": {**FIELDS, "roles": ["hemmelig"]}},
        "Ukjent rolle: hemmelig",
    ),
    "misspelt field": (
        "entry_added",
        {**ENTRY, "fields": {**FIELDS, "ownr": "Teknisk"}},
        "ukjent felt «ownr»",
    ),
    "field the event does not have": ("run_paused", {"grunn": "lunsj"}, "ukjent felt «grunn»"),
    "participant with an unknown role": (
        "participant_added",
        {"participant_id": "P9", "fields": {"name": "Ola", "roles": ["hemmelig"]}},
        "Ukjent rolle: hemmelig",
    ),
    "participant with nothing": (
        "participant_added",
        {"participant_id": "P9", "fields": {"name": " "}},
        "En deltaker trenger",
    ),
    "ad-hoc question for an unknown role": (
        "adhoc_inject_added",
        {
            "inject_id": "adhoc-9",
            "title": "Ekstra",
            "text": "",
            "questions": [{"text": "Hva nå?", "roles": ["hemmelig"]}],
        },
        "Ukjent rolle: hemmelig",
    ),
    "ad-hoc inject without a title": (
        "adhoc_inject_added",
        {"inject_id": "adhoc-9", "title": " ", "text": "Tekst"},
        "trenger en overskrift",
    ),
    "role without a title": ("role_added", {"role_id": "r9", "title": ""}, "Skriv navnet"),
    "blank board value": (
        "board_overridden",
        {"item_id": "strom", "value": " ", "status": "kritisk"},
        "Skriv en verdi",
    ),
    "note linked to an unknown entry": (
        "note_added",
        {"section": "styrker", "item_id": "S9", "text": "Bra", "links": {"entries": ["L99"]}},
        "Loggføringen «L99» finnes ikke",
    ),
    "action linked to an unknown goal": (
        "action_item_added",
        {"item_id": "T9", "fields": {"measure": "Øve mer", "links": {"objectives": ["m9"]}}},
        "Målet «m9» finnes ikke",
    ),
    "evaluation date that is no date": (
        "evaluation_text_set",
        {"field": "dato", "value": "i morgen"},
        "«i morgen» er ikke en dato",
    ),
    "custom marking without text": (
        "marking_set",
        {"kind": "egen", "text": ""},
        "Skriv teksten som skal stå",
    ),
    "exemption of an item that is not there": (
        "exemption_set",
        {"kind": "punkt", "target_id": "F99", "exempt": True},
        "«F99» finnes ikke i evalueringen",
    ),
    "follow-up flag on an item that is not there": (
        "follow_up_set",
        {"item_id": "T99", "follow_up": True},
        "«T99» finnes ikke i evalueringen og kan ikke merkes for oppfølging",
    ),
}


@pytest.mark.parametrize("case", FOREIGN_EVENTS)
def test_an_event_the_live_commands_would_refuse_is_refused_on_open(
    session_path: Path, case: str
) -> None:
    kind, payload, detail = FOREIGN_EVENTS[case]
    seq = append_event(session_path, kind, payload)
    _refused(session_path, f"hendelse nr. {seq}", detail)


def test_exercise_time_going_backwards_is_refused(session_path: Path) -> None:
    _, _, _, last_ms = last_row(session_path)
    assert last_ms > 0
    seq = append_event(session_path, "entry_added", ENTRY, exercise_ms=last_ms - 1)
    _refused(session_path, f"hendelse nr. {seq}", "Øvelsestiden går bakover")


def test_a_pause_placed_earlier_by_hand_still_opens(tmp_path: Path) -> None:
    """The one event live commands date back: never past the last entry, and it reopens."""
    clock = FakeClock()
    path = tmp_path / "pause.ovelse"
    with Session.create(path, build_pack(), clock=clock) as session:
        session.exercise.start()
        clock.advance(minutes=10)
        session.exercise.add_entry(EntryKind.DECISION, "Før pausen", ["ordforer"])
    clock.advance(minutes=20)
    with Session.open(path, clock=clock) as session:  # a reopening mark at 00:30
        session.exercise.pause(at_ms=15 * 60_000)
    with Session.open(path, clock=clock, read_only=True) as session:
        assert session.exercise.run.at(0) == 15 * 60_000


# --- 27.5: values that open fine but break the outputs ----------------------------------


@pytest.mark.parametrize(
    ("column", "value", "detail"),
    [
        ("wall_utc", "9999-12-31T23:59:59.000Z", "ligger utenfor 1970-01-02 – 2199-12-31"),
        ("wall_utc", "0001-01-01T00:00:00.000Z", "ligger utenfor"),
        ("wall_utc", "2500-06-01T12:00:00.000+02:00", "ligger utenfor"),
        ("exercise_ms", 2**62, f"øvelsestiden {2**62} ms er lengre enn 60 døgn"),
        ("exercise_ms", MAX_EXERCISE_MS + 1, "er lengre enn 60 døgn"),
    ],
)
def test_a_stored_time_out_of_bounds_is_refused(
    session_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    column: str,
    value: object,
    detail: str,
) -> None:
    seq, *_ = last_row(session_path)
    rewrite_event(session_path, seq, column, value)
    _refused(session_path, f"hendelse nr. {seq}", detail)
    _cli_refuses(session_path, tmp_path, capsys)


def test_times_at_the_bounds_open_and_print(
    session_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last, *_ = last_row(session_path)
    for seq in range(seq_of(session_path, "Ring nettselskapet"), last + 1):
        rewrite_event(session_path, seq, "exercise_ms", MAX_EXERCISE_MS)
        rewrite_event(session_path, seq, "wall_utc", "2199-12-31T23:59:59.999Z")
    for name, command in {
        "logg.csv": ["export", str(session_path), "--format", "csv"],
        "okt.json": ["export", str(session_path), "--format", "json"],
        "rapport.pdf": ["report", str(session_path)],
    }.items():
        assert main([*command, "-o", str(tmp_path / name)]) == 0, capsys.readouterr().err
    assert "Ring nettselskapet" in (tmp_path / "logg.csv").read_text(encoding="utf-8-sig")


def test_the_live_clocks_stay_inside_the_bounds(tmp_path: Path) -> None:
    """A run left going for months stops at the longest exercise; a machine clock set to
    year 9000 is held to the last day the file may hold. The file reopens and exports.
    """
    clock = FakeClock(datetime(9000, 1, 1, tzinfo=UTC))
    path = tmp_path / "klokke.ovelse"
    with Session.create(path, build_pack(), clock=clock) as session:
        session.exercise.start()
        clock.advance(hours=24 * 100)
        assert session.exercise.now_ms() == MAX_EXERCISE_MS
        session.exercise.add_entry(EntryKind.DECISION, "Etter hundre døgn", ["ordforer"])
        entry = session.exercise.log.entries()[-1]
        assert entry.exercise_ms == MAX_EXERCISE_MS and entry.wall == LATEST_WALL
    with Session.open(path, clock=clock, read_only=True) as session:
        assert "Etter hundre døgn" in log_csv(session.exercise).decode("utf-8-sig")
        session_to_plain(session)
    assert main(["report", str(path), "-o", str(tmp_path / "rapport.pdf")]) == 0


def test_a_note_links_checked_on_replay_as_when_written(session_path: Path) -> None:
    """A link the live command accepted (to an entry deleted later) still opens."""
    with Session.open(session_path, clock=FakeClock()) as session:
        run = session.exercise
        run.end()
        run.add_note(NoteSection.IMPROVEMENTS, "Tregt varsel", Links(entries=("L1",)))
        run.delete_entry("L1")
    with Session.open(session_path, clock=FakeClock(), read_only=True) as session:
        assert session.exercise.evaluation.improvements[0].links.entries == ("L1",)
