"""The public version: nothing marked skjermet reaches the PDF or the Word file handed out."""

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
from ovelse.exercise.kinds import (
    EntryKind,
    EvaluationField,
    ExemptKind,
    MarkingKind,
    NoteSection,
    Rating,
)
from ovelse.report import texts
from ovelse.report.from_session import report_input
from ovelse.report.public import public_version
from ovelse.scenario.loader import load_pack
from ovelse.store import Session
from tests.conftest import FULL_PACK
from tests.report.conftest import squash

MARKING = "Unntatt offentlighet, jf. offl. § 24 tredje ledd"
# Each exempt text is unique and found nowhere else in the session.
EXEMPT = {
    "entry": "Beboer Ŋ. Sárá på Skallelv trenger strøm til respirator",
    "strength": "Rask kontakt med beboer i Nyelv med hjemmerespirator",
    "improvement": "Adresselisten over sårbare lå åpen på bordet",
    "learning": "Legg lista over hjemmeboende med strømavhengig utstyr i et låst rom",
    "measure": "Flytte registeret over sårbare til en sikker server",
    "comment": "Mangler ved sikringen av Varangerbotn trafostasjon",
    "summary": "Trafostasjonen i Varangerbotn har ikke reservekraft",
    "participant": "Elle Ánte Gávppot",
    "from_log": "Respiratorbrukeren på Skallelv ble flyttet til Vadsø",
}
PUBLIC = {
    "entry": "Kriseledelsen møtes på rådhuset",
    "strength": "Kriseledelsen ble satt raskt",
    "measure": "Øve varsling hvert år",
}


@pytest.fixture(scope="module")
def session_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    loaded = load_pack(FULL_PACK)
    values = loaded.values(loaded.profile("samisk"))
    clock = FakeClock(datetime(2026, 3, 12, 8, 0, tzinfo=UTC))
    path = tmp_path_factory.mktemp("public") / "ovelse.ovelse"
    session = Session.create(
        path, loaded.render(values), profile_id="samisk", variables=values, clock=clock
    )
    with session:
        ex = session.exercise
        ex.add_participant(name=EXEMPT["participant"], organisation="Nesseby", roles=["ordforer"])
        ex.start()
        ex.release("i1")
        clock.advance(minutes=4)
        ex.add_entry(EntryKind.DECISION, PUBLIC["entry"], ["ordforer"])
        ex.add_entry(EntryKind.OBSERVATION, EXEMPT["entry"], ["ordforer"])
        ex.add_entry(EntryKind.LEARNING_POINT, EXEMPT["from_log"], ["ordforer"])
        clock.advance(minutes=10)
        ex.end()
        ex.rate("m1", Rating.PARTLY, EXEMPT["comment"])
        ex.rate("m1.1", Rating.WELL, "Godt samarbeid")
        ex.add_note(NoteSection.STRENGTHS, PUBLIC["strength"])
        ex.add_note(NoteSection.STRENGTHS, EXEMPT["strength"])
        ex.add_note(NoteSection.IMPROVEMENTS, EXEMPT["improvement"])
        ex.add_note(NoteSection.LEARNING_POINTS, EXEMPT["learning"])
        # A learning point taken from an exempt log entry: its text is the entry's.
        ex.add_note(NoteSection.LEARNING_POINTS, EXEMPT["from_log"], Links(entries=("L3",)))
        ex.add_action(PUBLIC["measure"])
        ex.add_action(EXEMPT["measure"])
        ex.set_evaluation_text(EvaluationField.SUMMARY, EXEMPT["summary"])
        ex.set_marking(MarkingKind.OFFL_24)
        for kind, target in (
            (ExemptKind.ENTRY, "L2"),
            (ExemptKind.ENTRY, "L3"),
            (ExemptKind.ITEM, "S2"),
            (ExemptKind.ITEM, "F1"),
            (ExemptKind.ITEM, "LP1"),
            (ExemptKind.ITEM, "T2"),
            (ExemptKind.ASSESSMENT, "m1"),
            (ExemptKind.TEXT, EvaluationField.SUMMARY.value),
            (ExemptKind.APPENDIX, "deltakere"),
        ):
            ex.set_exempt(kind, target)
    return path


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
        parts += [p.text for p in section.footer.paragraphs]
    parts.append(str(document.core_properties.title))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def written(session_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("out")
    found: dict[str, str] = {}
    with Session.open(session_path, read_only=True) as session:
        for kind in ("pdf", "public_pdf", "docx", "public_docx"):
            path = folder / f"{kind}.{kind.rsplit('_', 1)[-1]}"
            write_output(session, kind, path)
            data = path.read_bytes()
            found[kind] = _pdf_text(data) if kind.endswith("pdf") else _docx_text(path)
    return found


@pytest.mark.parametrize("kind", ["public_pdf", "public_docx"])
def test_no_exempt_text_reaches_the_public_version(written: dict[str, str], kind: str) -> None:
    text = squash(written[kind])
    for name, value in EXEMPT.items():
        assert squash(value) not in text, f"{name} is in the public version"
    for name, value in PUBLIC.items():
        assert squash(value) in text, f"{name} is missing from the public version"


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_full_version_keeps_everything(written: dict[str, str], kind: str) -> None:
    text = squash(written[kind])
    for name, value in {**EXEMPT, **PUBLIC}.items():
        assert squash(value) in text, f"{name} is missing from the full version"
    assert squash(MARKING) in text


@pytest.mark.parametrize("kind", ["public_pdf", "public_docx"])
def test_the_public_version_says_what_was_left_out_and_why(
    written: dict[str, str], kind: str
) -> None:
    text = squash(written[kind])
    assert squash(MARKING) not in text, "the public version carries no access marking"
    assert squash(texts.BASIS_OFFL_24) in text
    assert squash(texts.PUBLIC_PART_ITEMS.format(count=5)) in text
    assert squash(texts.PUBLIC_PART_ENTRIES.format(count=2)) in text
    assert squash(texts.PUBLIC_PART_APPENDIX.format(title=texts.AP_PARTICIPANTS)) in text
    assert squash(texts.PUBLIC_TEXT_LEFT_OUT) in text
    assert squash(texts.PUBLIC_RATING_LEFT_OUT) in text


def test_the_public_notice_is_on_the_first_page(session_path: Path, tmp_path: Path) -> None:
    with Session.open(session_path, read_only=True) as session:
        write_output(session, "public_pdf", tmp_path / "p.pdf")
    first = PdfReader(tmp_path / "p.pdf").pages[0].extract_text()
    assert squash(texts.REPORT_KIND_PUBLIC.upper()) in squash(first)
    assert squash(texts.BASIS_OFFL_24) in squash(first)


def test_the_public_version_of_a_public_version_leaves_nothing_more_out(
    session_path: Path,
) -> None:
    with Session.open(session_path, read_only=True) as session:
        report = report_input(session, log_by_role=False, public=True)
    assert report.marking is None and not report.exemptions
    again = public_version(report)
    assert again.notice == texts.PUBLIC_NOTHING_LEFT_OUT
    assert again.entries == report.entries and again.goals == report.goals
