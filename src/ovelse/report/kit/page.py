"""The kit's pages: the report's A4 layout, fonts and furniture around each document.

Every page carries the marking in its header and footer when there is one (a card or a
form handed round on its own must still say it is exempt), the document and scenario in
the header otherwise, who the document is for in the footer, and «Side x av y», stamped
at the end by the report's :class:`~ovelse.report.document.NumberedCanvas`.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ovelse import __version__
from ovelse.export.atomic import write_atomically
from ovelse.report import fonts, texts
from ovelse.report.document import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MARKING_WIDTH,
    PAGE_HEIGHT,
    NumberedCanvas,
    PathOrStream,
    draw_body_furniture,
    draw_page_number,
    fit_line,
    fit_marking,
)
from ovelse.report.heading import Heading
from ovelse.report.kit import texts as kit_texts
from ovelse.report.kit.model import KitHead
from ovelse.report.styles import MUTED

FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
CONTINUED_SIZE = 9


@dataclass(frozen=True)
class KitStats:
    """What was written, for the command line and the window's message."""

    pages: int
    bytes: int


class KitDocument(BaseDocTemplate):
    """One document of the kit on A4, with the report's page furniture."""

    def __init__(
        self, stream: IO[bytes], head: KitHead, name: str, audience: str, *, cards: bool = False
    ) -> None:
        family = fonts.register()
        self.head = head
        self.name = name
        self.audience = audience
        # Cards are handed round one by one: a card's second sheet names its card.
        self.cards = cards
        self._card = ""
        self._card_page = 0
        self.page_count = 0
        self._bookmarks = 0
        self._level = -1
        self._marking = fit_marking(head.marking, fonts.BOLD, MARKING_WIDTH)
        super().__init__(
            stream,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=kit_texts.SUBJECT.format(document=name, title=head.title),
            author=head.municipality,
            subject=kit_texts.SUBJECT.format(document=name, title=head.title),
            creator=texts.CREATOR.format(version=__version__),
            lang=texts.PDF_LANGUAGE,
            invariant=1,
            initialFontName=family,
            displayDocTitle=1,
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            FRAME_HEIGHT,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [PageTemplate("body", [frame], onPage=self._furniture, onPageEnd=self._continued)]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.outline:
            if flowable.level == 0:
                self._card, self._card_page = flowable.outline, self.page
            self._bookmarks += 1
            key = f"k{self._bookmarks}"
            self.canv.bookmarkPage(key)
            # The report's sections sit at level 1 under its chapters; a kit document has
            # no chapters, so a level is never deeper than one below the last.
            level = min(flowable.level, self._level + 1)
            self._level = level
            self.canv.addOutlineEntry(flowable.outline, key, level=level, closed=True)

    def _furniture(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.showOutline()
        draw_body_furniture(
            canvas,
            self._marking if self.head.marking else None,
            title=self.name,
            running=" · ".join(part for part in (self.head.title, self.head.municipality) if part),
            foot=self.audience,
        )

    def _continued(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """On a sheet a card runs on to, which card it is, above the body's first line."""
        if not self.cards or not self._card or self._card_page == self.page:
            return
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, CONTINUED_SIZE)
        canvas.setFillColor(MUTED)
        line = kit_texts.CONTINUED.format(card=self._card)
        canvas.drawString(
            MARGIN_LEFT,
            PAGE_HEIGHT - MARGIN_TOP + 2 * mm,
            fit_line(line, fonts.REGULAR, CONTINUED_SIZE, FRAME_WIDTH),
        )
        canvas.restoreState()

    def _stamp(self, canvas: Canvas, number: int, total: int) -> None:
        self.page_count = total
        draw_page_number(canvas, number, total)

    def build_kit(self, flowables: list[Flowable]) -> None:
        self.build(flowables, canvasmaker=partial(NumberedCanvas, stamp=self._stamp))


def write_document(
    head: KitHead,
    name: str,
    audience: str,
    flowables: list[Flowable],
    target: PathOrStream,
    *,
    cards: bool = False,
) -> KitStats:
    """Lay the flowables out and write the PDF to a path (atomically) or a stream;
    ``cards``: each top-level heading starts a card, named again on any sheet it runs on to."""
    buffer = io.BytesIO()
    document = KitDocument(buffer, head, name, audience, cards=cards)
    document.build_kit(flowables)
    data = buffer.getvalue()
    if isinstance(target, str | os.PathLike):
        write_atomically(Path(target), data)
    else:
        target.write(data)
    return KitStats(pages=document.page_count, bytes=len(data))
