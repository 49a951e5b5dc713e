"""The table of contents page of the PDF, filled in without a second layout pass.

A chapter's page is known only once the chapter is laid out, after the contents page is
already placed. ReportLab's own TableOfContents builds the whole report twice for that.
Here the contents page draws the chapter titles when it is placed and remembers where;
the page numbers are drawn when the held pages are written at the end
(:class:`ovelse.report.document.NumberedCanvas`), like «Side x av y».
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ovelse.report import fonts, markup
from ovelse.report.heading import Heading
from ovelse.report.styles import MUTED, RULE, TEXT

SIZE = 10.5
LEADING = 21.0
NUMBER_WIDTH = 30.0


class ContentsHeading(Heading):
    """The contents page's own title: a bookmark, but not a chapter of the report."""


@dataclass
class Placed:
    page: int
    x: float
    top: float
    width: float


class ContentsList(Flowable):
    """One line per chapter and appendix; page numbers are stamped at the end."""

    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self.titles = titles
        self.placed: Placed | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = LEADING * len(self.titles)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a dozen lines: never split, the page break before it gives the room

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self.placed = Placed(canvas.getPageNumber(), x, y + self.height, self.width)
        base: Any = super()
        base.drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas: Any = self.canv
        room = self.width - NUMBER_WIDTH - 6
        for row, title in enumerate(self.titles):
            baseline = self.height - (row + 1) * LEADING + 6
            canvas.setFont(fonts.REGULAR, SIZE)
            canvas.setFillColor(TEXT)
            canvas.drawString(0, baseline, _fit(title, room))
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.3)
            canvas.line(0, baseline - 5, self.width, baseline - 5)

    def stamp(self, canvas: Canvas, page: int, pages: list[int], keys: list[str]) -> None:
        """Draw the chapters' page numbers, on the page the list was placed on, and make
        each line a link to its chapter's bookmark."""
        placed = self.placed
        if placed is None or placed.page != page:
            return
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, SIZE)
        canvas.setFillColor(MUTED)
        for row, number in enumerate(pages[: len(self.titles)]):
            baseline = placed.top - (row + 1) * LEADING + 6
            canvas.drawRightString(placed.x + placed.width, baseline, str(number))
            if row < len(keys):
                box = (placed.x, baseline - 5, placed.x + placed.width, baseline + LEADING - 5)
                canvas.linkAbsolute("", keys[row], box)
        canvas.restoreState()


def _fit(text: str, width: float) -> str:
    text = " ".join(markup.clean(text).split())
    while text and stringWidth(text, fonts.REGULAR, SIZE) > width:
        text = text[:-2] + "…"
    return text
