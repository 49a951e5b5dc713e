"""The report's blocks as ReportLab flowables: the PDF renderer of :mod:`ovelse.report.content`.

Nothing here decides what the report says (that is :mod:`ovelse.report.compose`); this
module decides how a heading, a paragraph or a table looks on an A4 page: styles, column
widths measured in the report's font, page breaks, tables that repeat their header.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
)
from reportlab.platypus import Table as RLTable

from ovelse.report import blocks, markup
from ovelse.report.content import (
    Block,
    Cell,
    Column,
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
from ovelse.report.paragraph import Para
from ovelse.report.styles import ACCENT, MARKING, STATUS_COLOURS, TableCommand, boxed, styles
from ovelse.report.timeline import timeline
from ovelse.report.toc import ContentsHeading, ContentsList

CHAPTER_MIN_SPACE = 80 * mm  # less room than this left on a page: start the chapter anew
RATING_WIDTH = 34 * mm  # fits «Delvis ivaretatt» in bold on one line
# A tall picture is scaled down to this height, leaving room on the page for its caption
# and the heading above it.
PICTURE_HEIGHT = 170 * mm


def report_flowables(
    report: ReportInput | None, document: Document, width: float
) -> list[Flowable]:
    """The document's blocks as flowables; ``report`` draws the timeline, and a document
    that is not one session's report (the regional roll-up) has no timeline to draw."""
    story: list[Flowable] = []
    for block in document.blocks:
        if isinstance(block, Contents):
            story += contents(block, document)
        else:
            story += render(block, report, width)
    return story


def contents(block: Contents, document: Document) -> list[Flowable]:
    """The contents page: a bookmark of its own, a line per chapter and appendix."""
    titles = [h.full for h in document.headings() if h.level == 0]
    heading = ContentsHeading(markup.line(block.title), styles().h1, outline=block.title, level=0)
    return [PageBreak(), heading, ContentsList(titles)]


def runs_markup(runs: tuple[Run, ...]) -> str:
    """Runs as paragraph markup; every text goes through :mod:`markup` exactly once."""
    parts = []
    for run in runs:
        text = markup.text(run.text)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.status is not None:
            colour = blocks.hex_colour(STATUS_COLOURS[run.status])
            text = f'<font color="{colour}">{text}</font>'
        if run.muted:
            text = blocks.muted(text, size=7.5 if run.small else None)
        parts.append(text)
    return "".join(parts)


def _style(name: str) -> ParagraphStyle:
    style: ParagraphStyle = getattr(styles(), name)
    return style


def render(block: Block, report: ReportInput | None, width: float) -> list[Flowable]:
    if isinstance(block, Heading):
        return _heading(block)
    if isinstance(block, Paragraph):
        return [Para(runs_markup(block.runs), _style(block.style), bulletText=block.bullet or None)]
    if isinstance(block, Table):
        return [_table(block, width)]
    if isinstance(block, Facts):
        return [blocks.fact_table(block.rows, width * block.width)]
    if isinstance(block, RatingTag):
        return [blocks.rating_label(block.rating, RATING_WIDTH, block.text)]
    if isinstance(block, Gap):
        return [Spacer(1, block.mm * mm)]
    if isinstance(block, Figure):
        if report is None:
            raise ValueError("a timeline is drawn from a session's report")
        return [
            KeepTogether(
                [timeline(report, width), Para(markup.line(block.caption), styles().caption)]
            )
        ]
    if isinstance(block, Picture):
        return [_picture(block, width)]
    if isinstance(block, Contents):
        return []  # laid out by report_flowables, which knows the whole document
    if isinstance(block, Together):
        inner: list[Flowable] = []
        for part in block.blocks:
            inner += render(part, report, width)
        if block.shrink:  # the frame's width and what is left of the page's height
            return [KeepInFrame(0, 0, inner, mode="shrink")]
        return [KeepTogether(inner)]
    return cover(block, width)


def _picture(block: Picture, width: float) -> Flowable:
    """The picture the width of the text (or lower, if tall), its shape kept, captioned."""
    scale = min(width / block.width, PICTURE_HEIGHT / block.height)
    image = Image(io.BytesIO(block.data), width=block.width * scale, height=block.height * scale)
    image.hAlign = "LEFT"
    parts: list[Flowable] = [image]
    if block.caption:
        parts.append(Para(markup.line(block.caption), styles().caption))
    return KeepTogether(parts)


def _heading(heading: Heading) -> list[Flowable]:
    if heading.level == 0:
        start: Flowable = (
            PageBreak() if heading.start == "page" else CondPageBreak(CHAPTER_MIN_SPACE)
        )
        return [start, blocks.chapter(heading.number, heading.text)]
    if heading.level == 1:
        return [blocks.section(heading.text, outline=heading.outline)]
    return [blocks.subsection(heading.text)]


def _cell(cell: Cell, width: float, plain: bool) -> blocks.Cell:
    s = styles()
    if cell.rated:
        return Para(runs_markup(cell.runs), s.label)
    style = {"cell": s.cell, "right": s.cell_right, "muted": s.cell_muted}[cell.style]
    if plain and cell.style == "cell" and len(cell.runs) == 1 and cell.runs[0] == Run(cell.text):
        return blocks.plain_cell(cell.text, width)
    return Para(runs_markup(cell.runs), style)


def _fit(
    column: Column, index: int, table: Table, width: float, size: float | None, pad: float
) -> blocks.Fit | None:
    if column.fit == "free":
        return None
    if column.fit == "fixed":
        fixed = column.share * width + column.mm * mm
        return blocks.Fit(fixed, fixed)
    values = column.measure
    if values is None:
        values = tuple(row[index].text for row in table.rows)
    return blocks.fit_column(
        values,
        column.title,
        cap=column.cap * width,
        whole=column.fit == "whole",
        size=size,
        pad=pad,
    )


def table_widths(
    table: Table, width: float, *, size: float | None = None, pad: float = blocks.CELL_PADDING + 1
) -> list[float]:
    """Column widths in points from the columns' hints, measured in the report's font.

    The Word renderer asks for the same widths with its own cell font size and padding,
    so both documents give a column the room its longest word needs.
    """
    fits = [_fit(column, i, table, width, size, pad) for i, column in enumerate(table.columns)]
    return blocks.column_widths(width, fits, min_free=table.min_free * width)


def _table(table: Table, width: float) -> Flowable:
    widths = table_widths(table, width)
    rows: list[list[blocks.Cell]] = [
        [_cell(cell, w, table.long_list) for cell, w in zip(row, widths, strict=True)]
        for row in table.rows
    ]
    extra: list[TableCommand] = []
    for column in range(len(table.columns)):
        cells = [row[column] for row in table.rows]
        if cells and all(c.rated for c in cells):
            extra += blocks.rating_style([c.rating for c in cells], column=column)
        kinds = [c.kind for c in cells]
        if cells and all(kind is not None for kind in kinds):
            extra += blocks.kind_bars([k for k in kinds if k is not None], column=column)
            extra.append(("LEFTPADDING", (column, 0), (column, -1), 6))
    return blocks.data_table([c.title for c in table.columns], rows, widths, extra=extra)


def cover(block: Cover, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        NextPageTemplate("body"),
        Para(markup.line(block.kind), s.cover_kind),
        Para(markup.line(block.title), s.cover_title),
    ]
    if block.subtitle:
        story.append(Para(markup.line(block.subtitle), s.cover_subtitle))
    story += [
        Spacer(1, 14 * mm),
        blocks.fact_table(block.facts.rows, width * block.facts.width),
        Spacer(1, 12 * mm),
    ]
    if block.marking:
        story.append(_box(Para(markup.text(block.marking), s.cover_marking), MARKING, width, 7))
    if block.notice:
        story.append(_box(Para(markup.text(block.notice), s.body), ACCENT, width, 2))
    return story


def _box(text: Para, colour: Color, width: float, bottom: float) -> Flowable:
    """A framed note on the cover (the marking, the public version's notice)."""
    box = RLTable([[text]], colWidths=[width * 0.8], splitInRow=1)
    box.setStyle(
        boxed(
            ("BOX", (0, 0), (-1, -1), 1.0, colour),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        )
    )
    box.hAlign = "LEFT"
    return box
