"""What a user types is data: stored, exported and printed exactly as typed.

Every text field a facilitator fills in during a run and the evaluation gets ReportLab
markup, Qt rich text, right-to-left scripts, combining marks, joiners, emoji and 10 000
characters. The session file and the JSON export give each back unchanged, the CSV gives
each back as a spreadsheet should show it, and the PDF prints the markup as letters (the
«<b>» is visible, nothing turns bold and no picture is fetched). DejaVu has no emoji, so
those print as boxes: the promise there is that the report is made, not how it looks.
(The Qt side is in ``ui/test_user_text_qt.py``.)
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ovelse.exercise import (
    EntryKind,
    EvaluationField,
    FakeClock,
    MarkingKind,
    NoteSection,
    Rating,
)
from ovelse.export import log_csv, session_to_plain
from ovelse.export.csv_log import spreadsheet_text
from ovelse.report.from_session import write_report
from ovelse.scenario.model import Question
from ovelse.store import Session
from tests.exercise.packs import MEDIA, build_pack
from tests.hardening.hostile_text import ALL, LONG, MARKUP, SCRIPTS, UNBROKEN, squash
from tests.hardening.tally import count


def _fill(session: Session, texts: dict[str, str]) -> None:
    """Put every text in each kind of field a user fills in.

    Where one form has several fields (owner, organisation, plan section), each text goes
    in one of them in turn, which keeps the report to a readable number of pages.
    """
    exercise = session.exercise
    for number, (name, text) in enumerate(texts.items()):
        exercise.add_participant(text, name if number % 2 else text, ["ordforer"])
    exercise.add_role(texts["reportlab"], "egen-rolle")
    exercise.start()
    exercise.release_next()
    for number, (name, text) in enumerate(texts.items()):
        role = "egen-rolle" if number % 2 else "ordforer"
        owner = text if number % 3 == 0 else name
        exercise.add_entry(EntryKind.DECISION, text, [role], owner=owner, deadline=name)
        exercise.add_adhoc(text, text, notes=text, questions=[Question(text, ("ordforer",))])
    exercise.override_board("strom", texts["image"], "kritisk")
    exercise.end()
    exercise.rate("m1", Rating.PARTLY, texts["link"])
    sections = list(NoteSection)
    for number, (name, text) in enumerate(texts.items()):
        exercise.add_note(sections[number % len(sections)], text)
        other = text if number % 3 == 1 else name
        exercise.add_action(text, owner=other, plan_section=other)
    exercise.set_evaluation_text(EvaluationField.SUMMARY, "\n\n".join(texts.values()))
    exercise.set_evaluation_text(EvaluationField.WAY_FORWARD, texts["para"])
    exercise.set_evaluation_text(EvaluationField.PLACE, texts["qt"])
    exercise.set_evaluation_text(EvaluationField.FACILITATOR, texts["arabic"])
    exercise.set_marking(MarkingKind.CUSTOM, texts["reportlab"])


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    path = tmp_path_factory.mktemp("tekst") / "tekst.ovelse"
    opened = Session.create(path, build_pack(), media=MEDIA, clock=FakeClock())
    _fill(opened, ALL)
    opened.close()
    with Session.open(path, read_only=True, clock=FakeClock()) as reopened:
        yield reopened


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_strings(item) for item in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_strings(item) for item in value)) if value else set()
    return set()


def test_the_session_file_gives_every_text_back_exactly(session: Session) -> None:
    exercise = session.exercise
    assert [entry.text for entry in exercise.log.entries()] == list(ALL.values())
    assert [p.name for p in exercise.participants.all()] == list(ALL.values())
    adhoc = [s.inject for s in exercise.injects() if s.id.startswith("adhoc-")]
    assert [inject.title for inject in adhoc] == list(ALL.values())
    assert [inject.text for inject in adhoc] == list(ALL.values())
    assert [inject.questions[0].text for inject in adhoc] == list(ALL.values())
    notes = [note.text for section in NoteSection for note in exercise.evaluation.notes(section)]
    assert sorted(notes) == sorted(ALL.values())
    assert [a.fields.measure for a in exercise.evaluation.action_plan] == list(ALL.values())
    count("hostile texts stored and read back", len(ALL))


def test_json_export_holds_every_text_exactly(session: Session) -> None:
    exported = json.loads(json.dumps(session_to_plain(session), ensure_ascii=False))
    strings = _strings(exported)
    missing = [name for name, text in ALL.items() if text not in strings]
    assert missing == []


def test_csv_export_holds_every_text_as_a_spreadsheet_shows_it(session: Session) -> None:
    data = log_csv(session.exercise)
    lines = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";")
    rows = [row for row in lines if not row[0].startswith("#")]  # marking, time zone
    header, body = rows[0], rows[1:]
    text_column = header.index("Tekst")
    assert [row[text_column] for row in body] == [spreadsheet_text(t) for t in ALL.values()]
    assert all(len(row) == len(header) for row in body), "a text broke out of its cell"


@pytest.fixture(scope="module")
def pdf_pages(session: Session) -> list[list[str]]:
    stream = io.BytesIO()
    write_report(session, stream)
    reader = PdfReader(io.BytesIO(stream.getvalue()))
    return [page.extract_text().splitlines() for page in reader.pages]


@pytest.fixture(scope="module")
def pdf_text(pdf_pages: list[list[str]]) -> str:
    """The report's text without the lines repeated on every page (header and footer),
    so a text that runs over a page break reads whole."""
    pages = pdf_pages
    seen = Counter(line for page in pages for line in set(page))
    furniture = {line for line, n in seen.items() if n >= len(pages) * 0.8}
    numbers = re.compile(r"Side \d+ av \d+")
    return "\n".join(
        line
        for page in pages
        for line in page
        if line not in furniture and not numbers.fullmatch(line.strip())
    )


def test_the_report_prints_markup_as_letters(pdf_text: str) -> None:
    text = squash(pdf_text)
    missing = [name for name, typed in MARKUP.items() if squash(typed) not in text]
    assert missing == []
    assert "<b>fet</b>" in pdf_text  # the tag itself is on the page


def test_a_marking_typed_by_the_user_is_printed_as_typed_on_every_page(
    pdf_pages: list[list[str]],
) -> None:
    marking = squash(MARKUP["reportlab"])[:30]  # the header shortens a long one with «…»
    assert marking.startswith("<b>fet</b>")
    assert all(marking in squash("".join(page)) for page in pdf_pages)


def test_the_report_keeps_long_texts_and_sami_letters(pdf_text: str) -> None:
    text = squash(pdf_text)
    assert squash(LONG) in text
    assert UNBROKEN in text
    assert squash(SCRIPTS["sami"]) in text


def test_the_report_is_made_with_scripts_its_font_lacks(pdf_text: str) -> None:
    """Arabic, Hebrew, emoji and joiners: no crash; the Latin words around them survive."""
    for word in ("brann", "slutt", "isolert"):
        assert word in pdf_text


@pytest.mark.parametrize("where", ["inject title", "role title"])
def test_a_ten_thousand_character_title_gets_a_report(tmp_path: Path, where: str) -> None:
    """A title becomes a heading in the report, and a heading taller than a page must
    still be placed (ReportLab keeps headings with what follows)."""
    with Session.create(tmp_path / "lang.ovelse", build_pack(), clock=FakeClock()) as session:
        exercise = session.exercise
        exercise.start()
        role = "ordforer"
        if where == "inject title":
            exercise.add_adhoc(LONG, "Tekst")
        else:
            role = exercise.add_role(LONG).created or ""
        exercise.add_entry(EntryKind.DECISION, "Loggført", [role])
        write_report(session, io.BytesIO())
