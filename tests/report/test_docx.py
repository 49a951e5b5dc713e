"""The Word report, read back with python-docx as Word would present it to an editor."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from ovelse import i18n
from ovelse.exercise.kinds import EntryKind
from ovelse.report import texts
from ovelse.report.model import InjectRecord, LogRecord, Participant
from ovelse.report.word import write_docx
from tests.hardening import hostile_text
from tests.report.conftest import Built, squash
from tests.report.samples import realistic_report


def _style(paragraph: Any) -> str:
    return str(paragraph.style.name)


def _read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _all_text(document: docx.document.Document) -> str:
    """Every paragraph and cell, in order, and the header and footer."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    section = document.sections[0]
    parts += [p.text for p in section.header.paragraphs]
    parts += [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def word() -> docx.document.Document:
    stream = io.BytesIO()
    write_docx(realistic_report(), stream)
    return _read(stream.getvalue())


def test_chapters_are_word_headings_in_the_pdf_order(
    word: docx.document.Document, realistic: Built
) -> None:
    chapters = [p.text for p in word.paragraphs if _style(p) == "Heading 1"]
    assert chapters == list(realistic.stats.chapters)
    sections = [p.text for p in word.paragraphs if _style(p) == "Heading 2"]
    assert texts.SEC_GOALS in sections and texts.SEC_ROLES in sections
    assert _style(word.paragraphs[2]) == "Title"


def test_tables_have_header_rows_that_repeat(word: docx.document.Document) -> None:
    headed = [t for t in word.tables if t.rows[0]._tr.trPr is not None]
    assert len(headed) >= 5
    for table in headed:
        properties: Any = table.rows[0]._tr.trPr
        assert properties.find(qn("w:tblHeader")) is not None
    log_headers = [
        [cell.text for cell in table.rows[0].cells]
        for table in headed
        if table.rows[0].cells[0].text == texts.COL_EXERCISE_TIME
    ]
    assert log_headers[0] == [
        texts.COL_EXERCISE_TIME,
        texts.COL_KIND,
        texts.COL_ROLES,
        texts.COL_TEXT,
    ]


def test_properties_language_and_marking(word: docx.document.Document) -> None:
    report = realistic_report()
    assert word.core_properties.title == report.title
    assert report.evaluator in word.core_properties.author
    assert word.core_properties.language == "nb-NO"
    defaults = word.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == "nb-NO"
    section = word.sections[0]
    assert report.marking in section.header.paragraphs[0].text
    assert report.marking in section.footer.paragraphs[0].text
    assert 'w:instr=" NUMPAGES "' in section.footer.paragraphs[0]._p.xml


def test_every_sami_letter_and_the_whole_log_are_there(word: docx.document.Document) -> None:
    text = _all_text(word)
    report = realistic_report()
    for letter in "áčđŋšŧžÁČĐŊŠŦŽ":
        assert letter in text or letter not in repr(report)
    for entry in report.entries:
        assert squash(entry.text) in squash(text)
    for participant in report.participants:
        assert participant.name in text


def test_the_chart_is_a_picture_with_a_text_alternative(word: docx.document.Document) -> None:
    (picture,) = word.inline_shapes
    description = picture._inline.docPr.get("descr")
    assert description.startswith(texts.TIMELINE_ALT.split("{")[0])
    assert picture._inline.docPr.get("title") == texts.TIMELINE_CAPTION
    assert picture.width > picture.height > 0
    assert texts.TIMELINE_CAPTION in _all_text(word)


def test_hostile_texts_stay_text() -> None:
    report = realistic_report()
    values = list(hostile_text.ALL.values())
    report = replace(
        report,
        summary="\n\n".join(values),
        entries=tuple(
            LogRecord(f"L{n}", n * 60_000, EntryKind.OBSERVATION, value)
            for n, value in enumerate(values, start=1)
        ),
        injects=(InjectRecord("x", hostile_text.MARKUP["para"], hostile_text.SCRIPTS["sami"]),),
        participants=(Participant(hostile_text.SCRIPTS["sami"], hostile_text.MARKUP["qt"]),),
        title=hostile_text.MARKUP["reportlab"],
    )
    stream = io.BytesIO()
    write_docx(report, stream)
    word = _read(stream.getvalue())
    text = squash(_all_text(word))
    for name, value in hostile_text.ALL.items():
        assert squash(value) in text, name
    assert word.core_properties.title == hostile_text.MARKUP["reportlab"]


def test_control_characters_do_not_stop_the_file() -> None:
    report = replace(realistic_report(), summary="før\x00\x0b\x1b[31metter\x0c")
    stream = io.BytesIO()
    write_docx(report, stream)
    assert "før[31metter" in _all_text(_read(stream.getvalue()))


def _convert(office: str, source: Path) -> Path | None:
    """LibreOffice's PDF of a .docx, or None when it could not load the file."""
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(source.parent), str(source)],
        capture_output=True,
        timeout=300,
        check=False,
    )
    pdf = source.with_suffix(".pdf")
    return pdf if pdf.exists() else None


def test_libreoffice_opens_it_without_repair(tmp_path: Path) -> None:
    office = shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice (soffice) is not installed on this machine")
    source = tmp_path / "rapport.docx"
    write_docx(realistic_report(), source)
    pdf = _convert(office, source)
    if pdf is None:
        bare = tmp_path / "bare.docx"
        docx.Document().save(str(bare))
        if _convert(office, bare) is None:
            pytest.skip("this LibreOffice cannot open Word files (Writer is not installed)")
    assert pdf is not None, "LibreOffice could not load the report"
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert len(PdfReader(pdf).pages) > 5
    assert "Unjárga" in text
    assert "Ŋuolas" in text
    # Columns are as wide as their longest word in LibreOffice's font: «Planlagt» is whole
    timeline = [texts.COL_NUMBER, texts.COL_INJECT, texts.COL_PLANNED, texts.COL_RELEASED]
    assert " ".join(timeline) in text


@pytest.mark.parametrize(
    ("language", "code", "summary"), [("nn", "nn-NO", "1 Samandrag"), ("en", "en-GB", "1 Summary")]
)
def test_the_word_file_is_in_the_installed_language(language: str, code: str, summary: str) -> None:
    i18n.install(language)
    stream = io.BytesIO()
    write_docx(realistic_report(), stream)
    word = _read(stream.getvalue())
    assert word.core_properties.language == code
    defaults = word.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == code
    assert summary in [p.text for p in word.paragraphs if _style(p) == "Heading 1"]
    assert texts.PAGE_OF.split("{")[0] in word.sections[0].footer.paragraphs[0].text
