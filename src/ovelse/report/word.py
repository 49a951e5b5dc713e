"""The report's blocks as a Word document (.docx): the editable, accessible renderer.

A municipality edits the evaluation report in Word with the crisis team before it goes
to the kommunestyre, and publishes it where the rules on universal design apply. So the
file uses Word's own structure rather than looks: real Heading styles (the navigation
pane and a table of contents follow them), table header rows that repeat on every page
and are marked as headers for a screen reader, the document language, title and author
in the properties, the marking in the header and footer of every page.

The timeline chart is the PDF's own drawing, painted as a PNG picture
(:mod:`ovelse.report.raster`), with its text alternative in the picture's description.
"""

from __future__ import annotations

import io
import os
import re
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from docx import Document as new_docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ovelse.exercise.kinds import ActionStatus
from ovelse.export.atomic import write_atomically
from ovelse.report import document as page
from ovelse.report import fonts, sections, texts
from ovelse.report.compose import build_document, creator
from ovelse.report.content import (
    Block,
    Cell,
    Contents,
    Cover,
    Document,
    Facts,
    Figure,
    Gap,
    Heading,
    Paragraph,
    Picture,
    RatingTag,
    Run,
    Table,
    Together,
)
from ovelse.report.model import ReportInput
from ovelse.report.raster import drawing_png
from ovelse.report.timeline import timeline

PathOrStream = str | os.PathLike[str] | IO[bytes]

MUTED = RGBColor(0x5B, 0x64, 0x72)
MARKING = RGBColor(0x9B, 0x2C, 0x2C)
STATUS = {
    ActionStatus.NOT_STARTED: MUTED,
    ActionStatus.IN_PROGRESS: RGBColor(0xB7, 0x79, 0x1F),
    ActionStatus.DONE: RGBColor(0x2F, 0x7A, 0x4F),
}
SMALL = Pt(8)
CELL_SIZE = Pt(9)  # a table's text is smaller than the body's, as in the PDF
CELL_PADDING_PT = 12.0  # Word's default cell margins (1.9 mm either side) and a point
# XML 1.0 has no place for these (python-docx refuses them); a pasted form feed or NUL
# from another program must not stop the report. Lone surrogates cannot be encoded.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


# Style ids by name. Looking a style up by name scans every style of the document, which
# for a long log cost more than writing it; every report starts from python-docx's own
# template, so the ids are the same in every document and are looked up once.
_STYLE_IDS: dict[str, str] = {}


def _style_id(word: Any, name: str) -> str:
    if name not in _STYLE_IDS:
        _STYLE_IDS[name] = str(word.styles[name].style_id)
    return _STYLE_IDS[name]


def _add(word: Any, style: str = "", text: str = "") -> Any:
    """A new paragraph at the end, in a style given by name."""
    paragraph = word.add_paragraph(text)
    if style:
        paragraph._p.get_or_add_pPr().style = _style_id(word, style)
    return paragraph


def clean(value: str) -> str:
    """User text as XML can hold it: line breaks kept, tabs as spaces, controls dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _NOT_XML.sub("", value)


def write_docx(report: ReportInput, target: PathOrStream) -> int:
    """Write the report as .docx to a path (atomically) or a stream; returns its size."""
    data = render(build_document(report), report)
    if isinstance(target, str | os.PathLike):
        write_atomically(Path(target), data)
    else:
        target.write(data)
    return len(data)


def render(document: Document, report: ReportInput) -> bytes:
    word: Any = new_docx()
    _properties(word, document, report)
    _language(word, texts.PDF_LANGUAGE)
    _furniture(word, document)
    first = True
    for block in document.blocks:
        _block(word, block, report, first_chapter=first)
        if isinstance(block, Heading) and block.level == 0:
            first = False
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _properties(word: Any, document: Document, report: ReportInput) -> None:
    core = word.core_properties
    core.title = clean(document.title)
    core.author = clean(document.author)
    core.last_modified_by = clean(document.author)
    core.subject = clean(document.subject)
    core.keywords = ", ".join(clean(k) for k in document.keywords)
    core.language = texts.PDF_LANGUAGE
    core.comments = creator(report)
    core.category = texts.REPORT_KIND
    core.revision = 1
    # The exercise's date, not the wall clock's, as in the PDF.
    stamp = datetime(*min(report.dates).timetuple()[:3]) if report.dates else datetime(2000, 1, 1)
    core.created = stamp
    core.modified = stamp


def _language(word: Any, language: str) -> None:
    """The language every run is in unless it says otherwise, for spelling and voices."""
    defaults = word.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:bidi"), "ar-SA")


def _field(paragraph: Any, code: str) -> None:
    """A field Word fills in (PAGE, NUMPAGES); shows «1» until the viewer updates it."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _furniture(word: Any, document: Document) -> None:
    """A4 pages; marking (or the title) in the header, marking and «Side x av y» in the footer."""
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Pt(page.MARGIN_LEFT), Pt(page.MARGIN_RIGHT)
    section.top_margin, section.bottom_margin = Pt(page.MARGIN_TOP), Pt(page.MARGIN_BOTTOM)
    header = section.header.paragraphs[0]
    left = header.add_run(clean(document.marking or document.title))
    left.font.size = SMALL
    if document.marking:
        left.bold = True
        left.font.color.rgb = MARKING
    else:
        left.font.color.rgb = MUTED
    footer = section.footer.paragraphs[0]
    if document.marking:
        mark = footer.add_run(clean(document.marking) + "\n")
        mark.bold = True
        mark.font.size = SMALL
        mark.font.color.rgb = MARKING
    before, _, rest = texts.PAGE_OF.partition("{page}")
    middle, _, after = rest.partition("{total}")
    footer.add_run(before).font.size = SMALL
    _field(footer, "PAGE")
    footer.add_run(middle).font.size = SMALL
    _field(footer, "NUMPAGES")
    footer.add_run(after).font.size = SMALL


def _runs(paragraph: Any, runs: tuple[Run, ...]) -> None:
    for run in runs:
        lines = clean(run.text).split("\n")
        for number, line in enumerate(lines):
            piece = paragraph.add_run(line)
            if number < len(lines) - 1:
                piece.add_break(WD_BREAK.LINE)
            piece.bold = run.bold or None
            if run.muted:
                piece.font.color.rgb = MUTED
            if run.small:
                piece.font.size = SMALL
            if run.status is not None:
                piece.font.color.rgb = STATUS[run.status]


def _block(word: Any, block: Block, report: ReportInput, *, first_chapter: bool) -> None:
    if isinstance(block, Heading):
        level = min(block.level + 1, 3)
        paragraph = _add(word, f"Heading {level}", clean(block.full))
        if block.level == 0 and (block.start == "page" or first_chapter):
            paragraph.paragraph_format.page_break_before = True
    elif isinstance(block, Paragraph):
        name = "Normal"
        if block.bullet:
            name = "List Number" if block.bullet[:1].isdigit() else "List Bullet"
        paragraph = _add(word, name if name != "Normal" else "")
        if block.style == "bullet" and not block.bullet:
            paragraph.paragraph_format.left_indent = Pt(18)
        if block.style == "lead":
            paragraph.paragraph_format.space_after = Pt(8)
        _runs(paragraph, block.runs)
        if block.style in ("muted", "meta", "caption"):
            for run in paragraph.runs:
                run.font.color.rgb = MUTED
                if block.style == "caption":
                    run.italic = True
    elif isinstance(block, Table):
        _table(word, block)
    elif isinstance(block, Facts):
        _facts(word, block)
    elif isinstance(block, RatingTag):
        word.add_paragraph().add_run(clean(block.text)).bold = True
    elif isinstance(block, Figure):
        _figure(word, block, report)
    elif isinstance(block, Picture):
        _picture(word, block)
    elif isinstance(block, Together):
        for part in block.blocks:
            _block(word, part, report, first_chapter=first_chapter)
    elif isinstance(block, Cover):
        _cover(word, block)
    elif isinstance(block, Contents):
        _contents(word, block)
    else:
        assert isinstance(block, Gap)  # vertical space: Word's paragraph spacing does it


def _figure(word: Any, block: Figure, report: ReportInput) -> None:
    """The chart as a picture the width of the text, described for a screen reader."""
    fonts.register()  # the chart measures its labels in the report's font
    drawing = timeline(report, page.FRAME_WIDTH)
    picture = io.BytesIO(drawing_png(drawing))
    shape = _add(word).add_run().add_picture(picture, width=Pt(page.FRAME_WIDTH))
    properties = shape._inline.docPr
    properties.set("descr", clean(block.alt))
    properties.set("title", clean(block.caption))
    _runs(_add(word, "Caption"), (Run(block.caption),))


def _picture(word: Any, block: Picture) -> None:
    """A pack's picture the width of the text (lower, if tall), described for a screen reader."""
    width = min(page.FRAME_WIDTH, sections.PICTURE_HEIGHT * block.width / block.height)
    shape = _add(word).add_run().add_picture(io.BytesIO(block.data), width=Pt(width))
    properties = shape._inline.docPr
    properties.set("descr", clean(block.alt))
    properties.set("title", clean(block.caption))
    if block.caption:
        _runs(_add(word, "Caption"), (Run(block.caption),))


def _contents(word: Any, block: Contents) -> None:
    """A Word table of contents field over the Heading 1 titles.

    Word fills it in when the fields are updated (F9, or when printing); until then it
    shows a line that says so. The navigation pane needs no field: it reads the headings.
    """
    title = _add(word, "TOC Heading", clean(block.title))
    title.paragraph_format.page_break_before = True
    paragraph = word.add_paragraph()
    for kind, instruction in (("begin", ""), ("", 'TOC \\o "1-1" \\h \\z \\u'), ("separate", "")):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            text = OxmlElement("w:instrText")
            text.set(qn("xml:space"), "preserve")
            text.text = instruction
            run._r.append(text)
    paragraph.add_run(clean(texts.CONTENTS_UPDATE)).italic = True
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _repeat_header(row: Any) -> None:
    """Mark a row as the table's header: repeated on each page, read as a header."""
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))  # the schema's order: before tblHeader
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _cell(target: Any, cell: Cell) -> None:
    paragraph = target.paragraphs[0]
    _runs(paragraph, cell.runs)
    for run in paragraph.runs:
        if run.font.size is None:
            run.font.size = CELL_SIZE
        if cell.style == "muted":
            run.font.color.rgb = MUTED


def _widths(block: Table) -> list[float]:
    """Column widths in points from the columns' hints, measured as the PDF measures
    them but for Word's larger cells (9 pt text, 1.9 mm margins on either side).

    The report's font is wider than Word's default, so a word that fits here fits there.
    """
    fonts.register()
    return sections.table_widths(block, page.FRAME_WIDTH, size=CELL_SIZE.pt, pad=CELL_PADDING_PT)


def _table(word: Any, block: Table) -> None:
    table = word.add_table(rows=1 + len(block.rows), cols=len(block.columns))
    table._tbl.tblPr.style = _style_id(word, "Table Grid")
    _set_widths(table, [Pt(width) for width in _widths(block)])
    head = table.rows[0]
    _repeat_header(head)
    for target, column in zip(head.cells, block.columns, strict=True):
        title = target.paragraphs[0].add_run(clean(column.title))
        title.bold = True
        title.font.size = CELL_SIZE
    for row, values in zip(table.rows[1:], block.rows, strict=True):
        for target, cell in zip(row.cells, values, strict=True):
            _cell(target, cell)
    word.add_paragraph()


def _set_widths(table: Any, widths: list[Pt]) -> None:
    """Fixed column widths, row by row (a column's cells are found by a search per column,
    which grows with the square of a long log)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _facts(word: Any, block: Facts) -> None:
    table = word.add_table(rows=len(block.rows), cols=2)
    _set_widths(table, [Pt(page.FRAME_WIDTH * block.width * share) for share in (0.3, 0.7)])
    for row, (key, value) in zip(table.rows, block.rows, strict=True):
        row.cells[0].paragraphs[0].add_run(clean(key)).bold = True
        _runs(row.cells[1].paragraphs[0], (Run(value),))
    word.add_paragraph()


def _cover(word: Any, cover: Cover) -> None:
    organisation = word.add_paragraph().add_run(clean(cover.organisation))
    organisation.bold = True
    organisation.font.size = Pt(14)
    kind = word.add_paragraph()
    kind.add_run(clean(cover.kind)).bold = True
    _add(word, "Title", clean(cover.title))
    if cover.subtitle:
        _add(word, "Subtitle", clean(cover.subtitle))
    _facts(word, cover.facts)
    if cover.marking:
        marking = word.add_paragraph().add_run(clean(cover.marking))
        marking.bold = True
        marking.font.color.rgb = MARKING
    if cover.notice:
        _runs(word.add_paragraph(), (Run(cover.notice, bold=True),))
