"""The report as a document template: cover and body pages, page furniture, outline.

The body of the report (``sections``) is a plain list of flowables; this module decides
what every page carries around it. The access marking is printed in the header *and* the
footer of every page, cover included, because a page that is copied or printed on its own
must still say that it is exempt. «Side x av y» needs the page count before the first page
is finished, so pages are held back by :class:`NumberedCanvas` and stamped at the end,
which costs one layout pass instead of the two a table-of-contents build would need.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ovelse.export.atomic import write_atomically
from ovelse.report import fonts, markup, texts
from ovelse.report.compose import build_document, creator
from ovelse.report.content import Document
from ovelse.report.heading import Heading
from ovelse.report.model import ReportInput
from ovelse.report.sections import report_flowables
from ovelse.report.styles import ACCENT, MARKING, MUTED, RULE, WHITE
from ovelse.report.toc import ContentsHeading, ContentsList

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 24 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
HEADER_Y = PAGE_HEIGHT - 13 * mm
FOOTER_Y = 11 * mm
COVER_BAND_TOP = PAGE_HEIGHT - 20 * mm
COVER_BAND_HEIGHT = 34 * mm
FURNITURE_SIZE = 7.5
# The marking may shrink to this size before it takes a second line (and a third, for a
# custom text of several hundred characters): it is never cut, since a marking without
# its legal basis is no marking.
MARKING_MIN_SIZE = 5.5
MARKING_SIZE_STEP = 0.5
MARKING_WIDTH = FRAME_WIDTH * 0.6  # the right side holds the running title, the page number

PathOrStream = str | os.PathLike[str] | IO[bytes]


@dataclass(frozen=True)
class ReportStats:
    """What was written, for the command line and the UI's «report saved» message."""

    pages: int
    bytes: int
    chapters: tuple[str, ...]
    entries: int
    injects: int
    actions: int


class NumberedCanvas(Canvas):
    """A canvas that keeps every page until the end, then stamps «Side x av y» on each.

    Bookmarks are replayed with their page for the same reason: a bookmark names the page
    being written, and pages here are written only in :meth:`save`.
    """

    def __init__(
        self, *args: Any, stamp: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._stamp = stamp
        self._held: list[dict[str, Any]] = []
        self._page_bookmarks: list[tuple[str, dict[str, Any]]] = []

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # type: ignore[override]
        self._page_bookmarks.append((key, kwargs))

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._page_bookmarks = []
        self._startPage()  # type: ignore[attr-defined]  # what Canvas.showPage ends with

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            for key, kwargs in self._page_bookmarks:
                super().bookmarkPage(key, **kwargs)
            self._stamp(self, number, total)
            super().showPage()
        super().save()


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """User text as one line shortened to the width with an ellipsis, for page furniture.

    Searches the cut by halving, since a pasted title may be thousands of characters long
    and this runs on every page.
    """
    text = " ".join(markup.clean(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


@dataclass(frozen=True)
class FittedLines:
    """Page furniture text broken into lines at one font size."""

    lines: tuple[str, ...]
    size: float

    @property
    def leading(self) -> float:
        return self.size * 1.15


def fit_marking(text: str, font: str, width: float) -> FittedLines:
    """The marking as it fits the width: one line at the largest size that holds it, else
    two lines, else as many lines as it needs at the smallest size. Never shortened."""
    text = " ".join(markup.clean(text).split())
    sizes = []
    size = FURNITURE_SIZE
    while size >= MARKING_MIN_SIZE:
        sizes.append(size)
        size -= MARKING_SIZE_STEP
    for most in (1, 2):
        for size in sizes:
            lines = simpleSplit(text, font, size, width)
            if len(lines) <= most:
                return FittedLines(tuple(lines), size)
    return FittedLines(tuple(simpleSplit(text, font, MARKING_MIN_SIZE, width)), MARKING_MIN_SIZE)


def draw_left(
    canvas: Canvas, marking: FittedLines | None, y: float, fallback: str, *, header: bool
) -> None:
    """The marking where there is one, otherwise a quiet line of context.

    A marking that needs more than one line grows away from the body: upwards in the
    header, downwards in the footer, so it never runs into the text or the rules.
    """
    if marking is None:
        canvas.setFont(fonts.REGULAR, FURNITURE_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            MARGIN_LEFT, y, fit_line(fallback, fonts.REGULAR, FURNITURE_SIZE, MARKING_WIDTH)
        )
        return
    canvas.setFont(fonts.BOLD, marking.size)
    canvas.setFillColor(MARKING)
    count = len(marking.lines)
    for number, line in enumerate(marking.lines):
        rows_from_base = count - 1 - number if header else -number
        canvas.drawString(MARGIN_LEFT, y + rows_from_base * marking.leading, line)


def draw_body_furniture(
    canvas: Canvas, marking: FittedLines | None, *, title: str, running: str, foot: str
) -> None:
    """A body page's header and footer: the marking (else ``title`` above and ``foot``
    below), the running title on the right, and the rules. Every document on the
    report's pages draws them here, so the evaluation report and the paper kit match."""
    canvas.saveState()
    draw_left(canvas, marking, HEADER_Y, title, header=True)
    canvas.setFont(fonts.REGULAR, FURNITURE_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_RIGHT,
        HEADER_Y,
        fit_line(running, fonts.REGULAR, FURNITURE_SIZE, FRAME_WIDTH * 0.38),
    )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    rule_y = HEADER_Y - 2.5 * mm
    canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)
    rule_y = FOOTER_Y + 4 * mm
    canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)
    draw_left(canvas, marking, FOOTER_Y, foot, header=False)
    canvas.restoreState()


def draw_page_number(canvas: Canvas, number: int, total: int) -> None:
    """«Side x av y» at the foot of the page, stamped once the count is known."""
    canvas.saveState()
    canvas.setFont(fonts.REGULAR, FURNITURE_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_RIGHT, FOOTER_Y, texts.PAGE_OF.format(page=number, total=total)
    )
    canvas.restoreState()


@dataclass(frozen=True)
class Masthead:
    """What the cover's band says and what the file's properties name.

    The evaluation report takes it from its session (:func:`masthead`); another document
    on the same pages (the regional roll-up) gives its own.
    """

    name: str  # the band's large line: the municipality, or the region
    line: str  # the smaller line under it, or nothing
    creator: str
    created: date | None  # the PDF's creation date; None leaves invariant mode's own


def masthead(report: ReportInput) -> Masthead:
    municipality = report.municipality
    first = min(report.dates) if report.dates else None
    return Masthead(municipality.display, municipality.county, creator(report), first)


class ReportDocument(BaseDocTemplate):
    """A4 report with a cover template and a body template."""

    def __init__(self, stream: IO[bytes], head: Masthead, document: Document) -> None:
        family = fonts.register()
        self.head = head
        self.document = document
        self.page_count = 0
        self.chapters: list[str] = []
        self.chapter_pages: list[int] = []
        self.chapter_keys: list[str] = []
        self.contents: ContentsList | None = None
        self._bookmarks = 0
        self._marking_lines = fit_marking(document.marking, fonts.BOLD, MARKING_WIDTH)
        super().__init__(
            stream,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=document.title,
            author=document.author,
            subject=document.subject,
            keywords=list(document.keywords),
            creator=head.creator,
            lang=texts.PDF_LANGUAGE,
            invariant=1,
            initialFontName=family,
            displayDocTitle=1,
        )
        body = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover_top = COVER_BAND_TOP - COVER_BAND_HEIGHT - 22 * mm
        cover = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM + 6 * mm,
            FRAME_WIDTH,
            cover_top - MARGIN_BOTTOM - 6 * mm,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover], onPage=self._draw_cover),
                PageTemplate("body", [body], onPage=self._draw_body),
            ]
        )

    # --- outline ----------------------------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, ContentsList):
            self.contents = flowable
        if isinstance(flowable, Heading) and flowable.outline:
            self._bookmarks += 1
            key = f"k{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline, key, level=flowable.level, closed=True)
            if flowable.level == 0 and not isinstance(flowable, ContentsHeading):
                self.chapters.append(flowable.outline)
                self.chapter_pages.append(self.page)
                self.chapter_keys.append(key)

    # --- page furniture ---------------------------------------------------------------

    def _draw_left(self, canvas: Canvas, y: float, fallback: str, *, header: bool) -> None:
        marking = self._marking_lines if self.document.marking else None
        draw_left(canvas, marking, y, fallback, header=header)

    def _draw_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.showOutline()
        if self.document.marking:
            self._draw_left(canvas, HEADER_Y, "", header=True)
        band_bottom = COVER_BAND_TOP - COVER_BAND_HEIGHT
        canvas.setFillColor(ACCENT)
        canvas.rect(0, band_bottom, PAGE_WIDTH, COVER_BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(WHITE)
        canvas.setFont(fonts.BOLD, 17)
        canvas.drawString(
            MARGIN_LEFT,
            band_bottom + 17 * mm,
            fit_line(self.head.name, fonts.BOLD, 17, FRAME_WIDTH),
        )
        if self.head.line:
            canvas.setFont(fonts.REGULAR, 10)
            canvas.drawString(
                MARGIN_LEFT,
                band_bottom + 10 * mm,
                fit_line(self.head.line, fonts.REGULAR, 10, FRAME_WIDTH),
            )
        canvas.setFillColor(ACCENT)
        canvas.rect(MARGIN_LEFT, FOOTER_Y + 5 * mm, FRAME_WIDTH, 0.8 * mm, stroke=0, fill=1)
        self._draw_left(canvas, FOOTER_Y, "", header=False)
        canvas.restoreState()

    def _draw_body(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_body_furniture(
            canvas,
            self._marking_lines if self.document.marking else None,
            title=self.document.title,
            running=self.document.running,
            foot=self.document.dates,
        )

    def stamp_page_number(self, canvas: Canvas, number: int, total: int) -> None:
        self.page_count = total
        if self.contents is not None:
            self.contents.stamp(canvas, number, self.chapter_pages, self.chapter_keys)
        draw_page_number(canvas, number, total)

    def beforeDocument(self) -> None:
        # The PDF's creation date is the exercise's, never the wall clock's, so the same
        # session gives the same bytes on any day (invariant mode alone would say 2000).
        first = self.head.created
        if first is not None:
            stamp = f"D:{first.year:04d}{first.month:02d}{first.day:02d}000000+00'00'"
            self.canv.setDateFormatter(lambda *_: stamp)

    def build_report(self, flowables: list[Flowable]) -> None:
        self.build(flowables, canvasmaker=partial(NumberedCanvas, stamp=self.stamp_page_number))


def build_report(report: ReportInput, target: PathOrStream) -> ReportStats:
    """Write the evaluation report as PDF to a path or a binary stream.

    A path is written through a temporary file in the same folder and moved into place,
    so a failed build never leaves half a report where the last good one was.
    """
    buffer = io.BytesIO()
    content = build_document(report)
    document = ReportDocument(buffer, masthead(report), content)
    document.build_report(report_flowables(report, content, FRAME_WIDTH))
    data = buffer.getvalue()
    if isinstance(target, str | os.PathLike):
        write_atomically(Path(target), data)
    else:
        target.write(data)
    return ReportStats(
        pages=document.page_count,
        bytes=len(data),
        chapters=tuple(document.chapters),
        entries=len(report.entries),
        injects=len(report.injects),
        actions=len(report.actions),
    )
