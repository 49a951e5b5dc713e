"""«Deltakernes egen vurdering»: the hot wash in the report, in PDF and Word, full and public."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from ovelse.app.outputs import write_output
from ovelse.exercise.clock import FakeClock
from ovelse.exercise.events import Links
from ovelse.exercise.kinds import ExemptKind, HotWashPrompt, MarkingKind, NoteSection
from ovelse.report import texts
from ovelse.report.compose import build_document
from ovelse.report.content import Heading
from ovelse.scenario.loader import load_pack
from ovelse.store import Session
from tests.conftest import FULL_PACK
from tests.report.conftest import squash
from tests.report.samples import realistic_report

WORKED = "Kriseledelsen var samlet på tjue minutter, Unjárga-ŋ-ŧ"
BETTER = "Vi visste ikke hvem som hadde nøkkelen til aggregatet"
CHANGE = "Legge nøkkellista for aggregatet inn i planverket"
EXEMPT = "Adressen til respiratorbrukeren ble lest høyt"


@pytest.fixture(scope="module")
def session_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    loaded = load_pack(FULL_PACK)
    values = loaded.values(loaded.profile("samisk"))
    clock = FakeClock(datetime(2026, 3, 12, 8, 0, tzinfo=UTC))
    path = tmp_path_factory.mktemp("hot_wash") / "ovelse.ovelse"
    session = Session.create(
        path, loaded.render(values), profile_id="samisk", variables=values, clock=clock
    )
    with session:
        ex = session.exercise
        ex.start()
        clock.advance(minutes=30)
        ex.end()
        ex.add_hot_wash_answer("ordforer", HotWashPrompt.WORKED, WORKED)
        ex.add_hot_wash_answer("ordforer", HotWashPrompt.BETTER, BETTER)
        ex.add_hot_wash_answer("ordforer", HotWashPrompt.CHANGE, CHANGE)
        ex.add_hot_wash_answer("ordforer", HotWashPrompt.BETTER, EXEMPT)
        ex.add_note(NoteSection.IMPROVEMENTS, BETTER, Links(hot_wash=("U2",)))
        # A finding taken from the exempt answer carries its words: it goes too.
        ex.add_note(NoteSection.IMPROVEMENTS, EXEMPT, Links(hot_wash=("U4",)))
        ex.add_action(CHANGE, links=Links(hot_wash=("U3",)))
        ex.set_marking(MarkingKind.OFFL_24)
        ex.set_exempt(ExemptKind.ITEM, "U4")
    return path


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def written(session_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("out")
    found: dict[str, str] = {}
    with Session.open(session_path, read_only=True) as session:
        for kind in ("pdf", "public_pdf", "docx", "public_docx"):
            path = folder / f"{kind}.{kind.rsplit('_', 1)[-1]}"
            write_output(session, kind, path)
            found[kind] = _pdf_text(path.read_bytes()) if kind.endswith("pdf") else _docx_text(path)
    return found


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_chapter_shows_every_answer_with_its_role(written: dict[str, str], kind: str) -> None:
    text = written[kind]
    assert texts.CH_HOT_WASH in text
    squashed = squash(text)
    for answer in (WORKED, BETTER, CHANGE, EXEMPT):
        assert squash(answer) in squashed
    for prompt in ("Hva fungerte?", "Hva kan bli bedre?", "Én ting vi endrer i planen"):
        assert prompt in text
    assert "Ordfører" in text
    # Findings and measures taken from an answer name it.
    assert squash("umiddelbar evaluering U2") in squashed
    assert squash("umiddelbar evaluering U3") in squashed


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_an_answer_says_where_it_was_taken_in(written: dict[str, str], kind: str) -> None:
    text = squash(written[kind])
    assert squash(BETTER + "Tatt inn i evalueringen som F1") in text
    assert squash(CHANGE + "Tatt inn i evalueringen som T1") in text
    assert squash(WORKED + "Tatt inn") not in text


def test_the_public_version_names_no_item_it_left_out(written: dict[str, str]) -> None:
    # F2 came from the exempt answer and is left out; nothing points to it.
    assert "F2" not in written["public_pdf"]


def test_the_chapter_counts_the_answers_to_each_prompt(written: dict[str, str]) -> None:
    text = squash(written["pdf"])
    assert squash("Hva kan bli bedre?2 svar") in text
    assert squash("Hva fungerte?1 svar") in text


@pytest.mark.parametrize("kind", ["public_pdf", "public_docx"])
def test_an_exempt_answer_is_left_out_of_the_public_version(
    written: dict[str, str], kind: str
) -> None:
    text = squash(written[kind])
    assert squash(EXEMPT) not in text
    for answer in (WORKED, BETTER, CHANGE):
        assert squash(answer) in text
    assert "U4" not in written[kind]


def test_a_report_without_a_hot_wash_has_no_such_chapter() -> None:
    headings = [
        block.text
        for block in build_document(realistic_report()).blocks
        if isinstance(block, Heading) and block.level == 0
    ]
    assert texts.CH_HOT_WASH not in headings
    assert headings[-1] == texts.CH_WAY_FORWARD or texts.CH_WAY_FORWARD in headings


def test_the_role_column_in_word_is_wide_enough_for_a_role_title(
    session_path: Path, tmp_path: Path
) -> None:
    """Word or LibreOffice may set the cells in a wider font than the PDF's: a column
    measured to «Ordfører» in the PDF's font broke it as «Ordføre r»."""
    path = tmp_path / "rapport.docx"
    with Session.open(session_path, read_only=True) as session:
        write_output(session, "docx", path)
    tables = [
        t
        for t in docx.Document(str(path)).tables
        if [c.text for c in t.rows[0].cells] == ["Nr.", "Rolle", "Svar"]
    ]
    assert len(tables) == 3
    for table in tables:
        assert table.columns[1].width.mm >= 35  # «Kommunikasjonsrådgiver» on one line
