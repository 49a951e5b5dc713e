"""A report made from a session file: what was logged and evaluated, as the CLI would print it."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from ovelse.exercise import labels
from ovelse.exercise.clock import FakeClock
from ovelse.exercise.events import Links
from ovelse.exercise.kinds import (
    ActionStatus,
    EntryKind,
    EvaluationField,
    MarkingKind,
    NoteSection,
    Rating,
)
from ovelse.report.from_session import from_session, write_report, write_report_for_session
from ovelse.scenario.loader import load_pack
from ovelse.store import Session
from tests.conftest import FULL_PACK
from tests.report.conftest import squash

MINUTE = 60


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    """A short exercise in Unjárga/Nesseby, run on a fake clock, evaluated and closed."""
    loaded = load_pack(FULL_PACK)
    values = loaded.values(loaded.profile("samisk"))
    clock = FakeClock(datetime(2026, 3, 12, 8, 0, tzinfo=UTC))
    path = tmp_path / "ovelse.ovelse"
    session = Session.create(
        path, loaded.render(values), profile_id="samisk", variables=values, clock=clock
    )
    with session:
        ex = session.exercise
        ex.add_participant(name="Máret Ŋuolas", organisation="Nesseby kommune", roles=["ordforer"])
        ex.start()
        ex.release("i1")
        clock.advance(minutes=4)
        ex.add_entry(
            EntryKind.DECISION,
            "Kriseledelsen settes på rådhuset.",
            ["ordforer"],
            owner="Ordfører",
            deadline="kl. 09",
        )
        clock.advance(minutes=3)
        ex.add_entry(EntryKind.QUESTION, 'Hvem har <b>nøkkel</b> & "plan"?', ["kommunedirektor"])
        ex.add_entry(EntryKind.OBSERVATION, "Feil tekst", ["ordforer"])
        ex.edit_entry("L3", text="Rettet: aggregatet står i Čáhcesuolu.")
        ex.add_entry(EntryKind.ACTION, "Denne ble slettet", ["ordforer"])
        ex.delete_entry("L4")
        clock.advance(minutes=70)
        ex.skip("i2")
        clock.advance(minutes=30)
        ex.release("i3")
        ex.add_entry(EntryKind.LEARNING_POINT, "Nødvann må planlegges før krisen.", ["nettselskap"])
        clock.advance(minutes=10)
        ex.end()
        ex.rate("m1", Rating.PARTLY, "Tok tid å samle alle.")
        ex.rate("m1.1", Rating.WELL)
        ex.add_note(
            NoteSection.IMPROVEMENTS,
            "Varslingslisten er gammel.",
            Links(objectives=("m1",), entries=("L1",)),
        )
        ex.add_action(
            "Oppdatere varslingslisten.",
            owner="Beredskapskoordinator",
            deadline=date(2026, 5, 1),
            status=ActionStatus.IN_PROGRESS,
            plan_section="Beredskapsplan kap. 2",
        )
        ex.set_evaluation_text(EvaluationField.SUMMARY, "Øvelsen gikk bra.")
        ex.set_evaluation_text(EvaluationField.EVALUATOR, "Ánde Evaluator")
        ex.set_evaluation_text(EvaluationField.PLACE, "Rådhuset")
        ex.set_marking(MarkingKind.OFFL_21)
    return path


def test_report_from_session_file(session_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    stats = write_report_for_session(session_file, target)
    reader = PdfReader(target)
    pages = [page.extract_text() for page in reader.pages]
    text = " ".join(" ".join(pages).split())
    assert stats.pages == len(pages)
    assert all("Unntatt offentlighet, jf. offl. § 21" in page for page in pages)
    assert "Unjárga/Nesseby" in pages[0]
    assert "Ánde Evaluator" in pages[0]
    assert "12. mars 2026" in pages[0]  # the day the run started, on the Oslo clock
    for logged in (
        "Kriseledelsen settes på rådhuset.",
        'Hvem har <b>nøkkel</b> & "plan"?',
        "Rettet: aggregatet står i Čáhcesuolu.",
        "Nødvann må planlegges før krisen.",
    ):
        assert squash(logged) in squash(text)
    assert "Denne ble slettet" not in text
    assert "Feil tekst" not in text
    assert labels.ENTRY_EDITED in text  # the word the console shows for a corrected entry
    assert "Máret Ŋuolas" in text
    assert "Oppdatere varslingslisten." in text
    assert "Delvis ivaretatt" in text
    assert "Knyttet til: mål 1 · logg L1" in text


def test_report_input_follows_the_session(session_file: Path) -> None:
    with Session.open(session_file, read_only=True) as session:
        report = from_session(session)
    assert report.municipality.display == "Unjárga/Nesseby"
    assert report.dates == (date(2026, 3, 12),)
    assert report.marking == "Unntatt offentlighet, jf. offl. § 21"
    assert [e.id for e in report.entries] == ["L1", "L2", "L3", "L5"]
    first = report.entries[0]
    assert first.exercise_ms == 4 * MINUTE * 1000
    assert first.wall == datetime(2026, 3, 12, 9, 4)  # 08:04 UTC is 09:04 in Norway
    given = {i.id: (i.released_ms, i.skipped) for i in report.injects}
    assert given["i1"] == (0, False)
    assert given["i2"] == (None, True)
    assert given["i3"] == (107 * MINUTE * 1000, False)
    assert report.actual_duration_ms == 117 * MINUTE * 1000
    assert report.goals[0].rating is Rating.PARTLY
    assert report.goals[0].subgoals[0].rating is Rating.WELL


def test_making_a_report_leaves_the_session_file_untouched(session_file: Path) -> None:
    before = session_file.read_bytes()
    first, second = io.BytesIO(), io.BytesIO()
    write_report_for_session(session_file, first)
    write_report_for_session(session_file, second)
    assert session_file.read_bytes() == before
    assert first.getvalue() == second.getvalue()


def test_report_from_the_open_session_of_the_app(session_file: Path) -> None:
    with Session.open(session_file) as session:
        recorded = len(session.records())
        stats = write_report(session, io.BytesIO())
        assert len(session.records()) == recorded  # writing a report records nothing
    assert stats.entries == 4
    assert stats.actions == 1


def test_the_command_line_adds_the_log_by_role_when_asked(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ovelse.cli import main
    from ovelse.report import texts

    def appendix_titles(path: Path) -> str:
        return " ".join(page.extract_text() for page in PdfReader(path).pages)

    assert main(["report", str(session_file), "-o", str(tmp_path / "kort.pdf")]) == 0
    assert texts.AP_LOG_BY_ROLE not in appendix_titles(tmp_path / "kort.pdf")
    out = tmp_path / "full.pdf"
    assert main(["report", str(session_file), "-o", str(out), "--by-role"]) == 0
    assert texts.AP_LOG_BY_ROLE in appendix_titles(out)
    assert "full.pdf" in capsys.readouterr().out


def test_background_is_the_exercises_own_and_the_scenario_is_fiction(tmp_path: Path) -> None:
    """«Bakgrunn» says why the exercise was held; the pack's back-story is the scenario's,
    and the pack's advice to the facilitator (how to mark the report) stays out of it."""
    from ovelse.report import texts

    pack_dir = Path(__file__).parents[2] / "scenarios" / "evakuering-ost-finnmark"
    loaded = load_pack(pack_dir)
    values = loaded.values(loaded.profile("nesseby"))
    pack = loaded.render(values)
    clock = FakeClock(datetime(2026, 3, 12, 8, 0, tzinfo=UTC))
    path = tmp_path / "krig.ovelse"
    with Session.create(path, pack, variables=values, clock=clock) as session:
        session.exercise.set_marking(MarkingKind.OFFL_24)
        default = from_session(session)
        write_report(session, tmp_path / "standard.pdf")
        own = "Kommunestyret ba i sak 12/26 om en øvelse i evakuering etter ROS-analysen."
        session.exercise.set_evaluation_text(EvaluationField.BACKGROUND, own)
        session.exercise.set_evaluation_text(EvaluationField.ASSUMPTIONS, "Tallene er øvingstall.")
        written = from_session(session)
        write_report(session, tmp_path / "egen.pdf")
    assert default.background == pack.purpose  # the pack's purpose until the user writes one
    assert written.background == own
    assert written.assumptions == "Tallene er øvingstall."
    assert default.assumptions == texts.DEFAULT_ASSUMPTIONS

    def between(pdf: Path, start: str, end: str) -> str:
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
        chapter = text.split(start, 1)[1]
        return chapter.split(end, 1)[0]

    backstory = "For tre uker siden ble en fiberkabel"
    for pdf in (tmp_path / "standard.pdf", tmp_path / "egen.pdf"):
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
        assert "Rapporten bør derfor merkes" not in text
        assert "offl. § 21" not in text  # the page marking is § 24; nothing contradicts it
        background = between(pdf, f"2 {texts.CH_BACKGROUND}", texts.SEC_GOALS)
        assert backstory not in background
        scenario = between(pdf, f"3 {texts.CH_ABOUT}", texts.SEC_PHASES)
        assert texts.SEC_BACKSTORY in scenario and backstory in scenario
        assert texts.SEC_ASSUMPTIONS in scenario
        assert texts.SEC_METHOD in text
    assert own in between(tmp_path / "egen.pdf", f"2 {texts.CH_BACKGROUND}", texts.SEC_GOALS)


def test_an_action_items_priority_is_stored_and_printed(session_file: Path, tmp_path: Path) -> None:
    from ovelse.exercise.kinds import Priority
    from ovelse.report import texts

    with Session.open(session_file) as session:
        (item,) = session.exercise.evaluation.action_plan
        assert item.fields.priority is None  # set before priorities were asked
        session.exercise.edit_action(item.id, priority=Priority.HIGH)
        session.exercise.add_action("Kjøpe nødaggregat.", priority=Priority.LOW)
    with Session.open(session_file, read_only=True) as session:
        priorities = [a.fields.priority for a in session.exercise.evaluation.action_plan]
        assert priorities == [Priority.HIGH, Priority.LOW]
        assert [a.priority for a in from_session(session).actions] == priorities
    write_report_for_session(session_file, tmp_path / "r.pdf")
    pages = [page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages]
    plan = next(page for page in pages if texts.COL_PRIORITY in page)
    assert "Høy" in plan and "Lav" in plan
