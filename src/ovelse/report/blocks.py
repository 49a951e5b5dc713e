"""Small building blocks the chapters are made of: headings, text, labels, tables.

Each block takes plain user text and escapes it through :mod:`ovelse.report.markup`, so
chapter code never builds paragraph markup from raw strings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Table

from ovelse import presentation
from ovelse.exercise import labels
from ovelse.exercise.kinds import ActionStatus, EntryKind, Rating
from ovelse.report import fonts, markup, texts
from ovelse.report.heading import Heading
from ovelse.report.paragraph import Para
from ovelse.report.styles import (
    ACCENT,
    CHAPTER_NUMBER,
    KIND_COLOURS,
    MUTED,
    RATING_COLOURS,
    RULE,
    STATUS_COLOURS,
    Styles,
    TableCommand,
    boxed,
    styles,
    table_style,
)

Cell = Flowable | str
CELL_PADDING = 8.0  # left and right padding of table cells together (see table_style)
MIN_COLUMN = 30.0  # no column is squeezed below this, whatever its neighbours hold
LONG_HEADING = 300  # characters; a longer title is not kept with the text after it
OUTLINE_LENGTH = 120  # characters of a title shown in the PDF's bookmarks
LONG_ROW = 72.0  # points (about six lines of a cell): a taller row may break across pages
MIN_ROW_PIECE = 30  # points: no piece of a broken row is smaller than about two lines
HALF_PAGE = 340.0  # points: room enough to start a table with part of a long first row


def hex_colour(colour: Color) -> str:
    return "#" + colour.hexval()[2:]


def muted(safe_markup: str, size: float | None = None) -> str:
    """Wrap markup that is already escaped in the muted colour, for secondary details."""
    sized = f' size="{size}"' if size else ""
    return f'<font color="{hex_colour(MUTED)}"{sized}>{safe_markup}</font>'


def chapter(number: str, title: str) -> Heading:
    """A numbered chapter title; the outline shows it with its number."""
    s = styles()
    prefix = f'<font color="{hex_colour(CHAPTER_NUMBER)}">{number}</font>'
    return Heading(
        f"{prefix}&nbsp;&nbsp;{markup.line(title)}", s.h1, outline=f"{number} {title}", level=0
    )


def _outline(title: str) -> str:
    """A title as one clean line for the PDF outline, which shows no markup."""
    line = " ".join(markup.stripped(title).split())
    return line if len(line) <= OUTLINE_LENGTH else line[: OUTLINE_LENGTH - 1].rstrip() + "…"


def _heading_style(title: str, style: ParagraphStyle) -> ParagraphStyle:
    """The style as it is, unless the title is too long to be kept with what follows.

    ReportLab keeps a heading on the page of the next flowable; a heading taller than a
    page (a pasted text as an inject title) can then never be placed, and the build loops.
    """
    if len(title) <= LONG_HEADING:
        return style
    return ParagraphStyle(f"{style.name}-long", parent=style, keepWithNext=0)


def section(title: str, *, outline: bool = True) -> Para:
    style = _heading_style(title, styles().h2)
    if outline:
        return Heading(markup.line(title), style, outline=_outline(title), level=1)
    return Para(markup.line(title), style)


def subsection(title: str) -> Para:
    return Para(markup.line(title), _heading_style(title, styles().h3))


def paragraphs(
    value: str, style: ParagraphStyle | None = None, *, placeholder: str | None = None
) -> list[Flowable]:
    """User text as paragraphs: blank lines separate them, single line breaks stay.

    Empty text gives a muted placeholder, so a reader sees that a part was left out on
    purpose rather than lost.
    """
    s = styles()
    chunks = [chunk for chunk in _split_blocks(value) if chunk.strip()]
    if not chunks:
        if placeholder is None:
            placeholder = texts.NOT_FILLED_IN
        return [Para(markup.line(placeholder), s.muted)] if placeholder else []
    return [Para(markup.text(chunk.strip("\n")), style or s.body) for chunk in chunks]


def _split_blocks(value: str) -> list[str]:
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return ["\n".join(block) for block in blocks if block]


def cell(value: str, style: ParagraphStyle | None = None) -> Para:
    return Para(markup.text(value), style or styles().cell)


def plain_cell(value: str, width: float) -> Cell:
    """A plain string where the text fits its column, a wrapping paragraph where it does not.

    A plain cell skips ReportLab's markup parser and line breaker, which is most of the
    time a long log takes; it needs no escaping because nothing parses it.
    """
    value = markup.clean(value)
    room = width - CELL_PADDING - 1
    size = styles().cell.fontSize
    if all(stringWidth(line, fonts.REGULAR, size) <= room for line in value.split("\n")):
        return value
    return cell(value)


def _head_cell(value: str, width: float) -> Cell:
    """A column title: plain (drawn bold by the table style) unless it must wrap."""
    if stringWidth(value, fonts.BOLD, styles().cell.fontSize) <= width - CELL_PADDING - 1:
        return value
    return Para(markup.line(value), styles().cell_head)


def rating_text(rating: Rating | None) -> str:
    return presentation.rating(rating)


def rating_label(rating: Rating | None, width: float, text: str = "") -> Table:
    """The verdict on a goal as a coloured tag that survives a black-and-white print."""
    label = Para(markup.line(text or rating_text(rating)), styles().label)
    table = Table([[label]], colWidths=[width])
    table.setStyle(
        boxed(
            ("BACKGROUND", (0, 0), (-1, -1), RATING_COLOURS[rating]),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        )
    )
    table.hAlign = "LEFT"
    return table


def rating_style(
    rows: Sequence[Rating | None], column: int, first_row: int = 1
) -> list[TableCommand]:
    """Table commands that colour a rating column cell by cell."""
    return [
        ("BACKGROUND", (column, row), (column, row), RATING_COLOURS[rating])
        for row, rating in enumerate(rows, start=first_row)
    ]


def kind_bars(kinds: Sequence[EntryKind], column: int, first_row: int = 1) -> list[TableCommand]:
    """A bar in the entry kind's colour at the left of each row's kind cell (as in the chart)."""
    return [
        ("LINEBEFORE", (column, row), (column, row), 2.5, KIND_COLOURS[kind])
        for row, kind in enumerate(kinds, start=first_row)
    ]


def status_markup(status: ActionStatus) -> str:
    colour = hex_colour(STATUS_COLOURS[status])
    return f'<font color="{colour}">●</font> {markup.line(labels.ACTION_STATUSES[status])}'


def fact_table(rows: Sequence[tuple[str, str]], width: float, *, key_width: float = 0.3) -> Table:
    """Key–value lines with light rules, for the cover and the exercise facts."""
    s: Styles = styles()
    data = [
        [Para(markup.line(key), s.fact_key), Para(markup.text(value), s.fact_value)]
        for key, value in rows
    ]
    table = Table(data, colWidths=[width * key_width, width * (1 - key_width)], splitInRow=1)
    table.setStyle(
        boxed(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        )
    )
    table.hAlign = "LEFT"
    return table


@dataclass(frozen=True)
class Fit:
    """How wide a column should be: ``need`` keeps words whole, ``wish`` keeps lines whole."""

    need: float
    wish: float


def fit_column(
    values: Iterable[str],
    header: str,
    *,
    cap: float,
    whole: bool = False,
    size: float | None = None,
    pad: float = CELL_PADDING + 1,
) -> Fit:
    """Measure a column so Norwegian compounds («Beredskapskoordinator») are not split.

    ``whole`` treats each line as one word (dates, labels); ``cap`` limits how wide the
    column may grow to keep a longer text on one line, and half as much again to keep a
    long word whole. A token longer than that (a pasted address) is broken wherever the
    column ends, so it asks for no width: giving it some would squeeze the neighbouring
    columns until their ordinary words broke instead. ``size`` and ``pad`` are the cell
    font size and padding in points (the PDF's unless a renderer with larger cells asks).
    """
    if size is None:
        size = styles().cell.fontSize
    need = stringWidth(header, fonts.BOLD, size) if header else 0.0
    lines = 0.0
    for value in values:
        for line in value.splitlines():
            width = stringWidth(line, fonts.REGULAR, size)
            lines = max(lines, width)
            if whole:
                need = max(need, min(width, 1.5 * cap))
                continue
            for word in line.split():
                word_width = stringWidth(word, fonts.REGULAR, size)
                if word_width <= 1.5 * cap:
                    need = max(need, word_width)
    return Fit(need + pad, max(need, min(lines, cap)) + pad)


def column_widths(width: float, fits: Sequence[Fit | None], *, min_free: float) -> list[float]:
    """Widths for measured columns; the columns marked None share what is left.

    The free columns hold the running text, so they keep at least ``min_free`` together:
    measured columns give up their one-line wish first, and break words only as a last
    resort.
    """
    fixed = [fit for fit in fits if fit is not None]
    room = max(width - min_free, 0.0)
    need = sum(fit.need for fit in fixed)
    wish = sum(fit.wish for fit in fixed)
    if wish <= room:
        sizes = [fit.wish for fit in fixed]
    elif need <= room:
        share = (room - need) / (wish - need)
        sizes = [fit.need + (fit.wish - fit.need) * share for fit in fixed]
    else:
        sizes = [max(fit.need * room / need, min(fit.need, MIN_COLUMN)) for fit in fixed]
    free = max(fits.count(None), 1)
    rest = max((width - sum(sizes)) / free, MIN_COLUMN)
    measured = iter(sizes)
    return [rest if fit is None else next(measured) for fit in fits]


class DataTable(LongTable):
    """A table that breaks like a printed list: the header only at the top of a page.

    ReportLab first tries to break a table between rows; when the row at the break is a
    long text, the rest of the table (header and that row) is offered what is left of the
    page and split inside the row there, so the header repeats mid-page above a fragment
    and the page below stays half empty. Here a long row at the break is split in itself,
    filling the page, and a break between rows leaves at least two rows on either side,
    so no page starts with a header over a single row. ReportLab builds the parts of a
    split with ``self.__class__``, so the parts break the same way.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table: Any = self  # the layout state and the row splitter are not in the stubs
        table._calc(availWidth, availHeight)
        heights: list[float] = list(table._rowHeights)
        head = self.repeatRows if isinstance(self.repeatRows, int) else 0
        used, fits = 0.0, 0
        for height in heights:
            if used + height > availHeight:
                break
            used += height
            fits += 1
        if fits == len(heights):
            return [self]
        left = availHeight - used
        long_row = heights[fits] > LONG_ROW
        whole_rows = fits - head
        # A long row is split to fill the page, unless the table would start here with
        # its header over a sliver of the row (better on the next page).
        if long_row and left >= MIN_ROW_PIECE and (whole_rows >= 1 or left >= HALF_PAGE):
            parts: list[Flowable] = table._splitRows(availHeight, doInRowSplit=1)
            if parts:
                return parts
        if whole_rows < 2 and (not long_row or availHeight < HALF_PAGE):
            return []  # the header alone, or over one row, at the foot of a page: start anew
        rest = len(heights) - fits
        if rest < 2 and whole_rows > 2:
            fits -= 1  # never a lone row under a repeated header on the next page
        if fits <= head:
            return list(super().split(availWidth, availHeight))
        parts = table._splitRows(sum(heights[:fits]) + 0.01, doInRowSplit=0)
        return parts or list(super().split(availWidth, availHeight))


def data_table(
    header: Sequence[str],
    rows: list[list[Cell]],
    widths: Sequence[float],
    extra: Sequence[TableCommand] = (),
) -> LongTable:
    """A long list that may run over many pages: header repeated, long rows split."""
    table = DataTable(
        [[_head_cell(title, width) for title, width in zip(header, widths, strict=True)], *rows],
        colWidths=list(widths),
        repeatRows=1,
        splitInRow=MIN_ROW_PIECE,
    )
    table.setStyle(table_style(extra=extra))
    table.hAlign = "LEFT"
    return table
