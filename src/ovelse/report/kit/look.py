"""The kit's own type sizes on top of the report's styles: large cards, boxes to tick.

Inject cards are read across a table by people who have no projector, so their text is
set at twice the report's size. A second language is set apart below the first in italic
at the same size (never smaller than 80 % of it, as on the shared screen).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table

from ovelse.report import fonts, markup
from ovelse.report.blocks import paragraphs
from ovelse.report.heading import Heading
from ovelse.report.kit.model import Bilingual
from ovelse.report.paragraph import Para
from ovelse.report.styles import ACCENT, MUTED, RULE, boxed, styles

BOX = "☐"  # a ballot box the DejaVu faces draw, to tick with a pen


@dataclass(frozen=True)
class KitStyles:
    card_meta: ParagraphStyle
    card_title: ParagraphStyle
    card_text: ParagraphStyle
    card_question: ParagraphStyle
    card_roles: ParagraphStyle
    card_label: ParagraphStyle  # «Problemstillinger», «Situasjonsbilde»: kept with what follows
    card_asked: ParagraphStyle  # a question, kept with its translation and its roles
    card_second_asked: ParagraphStyle
    second: ParagraphStyle  # the second language under body text
    card_second: ParagraphStyle
    title_second: ParagraphStyle
    label: ParagraphStyle
    tick: ParagraphStyle
    language: ParagraphStyle  # the second language's name above its text
    bookmark: ParagraphStyle  # an empty heading that only marks a place in the outline


@cache
def kit_styles() -> KitStyles:
    s = styles()
    card_text = ParagraphStyle("card_text", parent=s.body, fontSize=15, leading=21, spaceAfter=10)
    card_title = ParagraphStyle(
        "card_title", parent=s.h1, fontSize=24, leading=29, spaceBefore=4, spaceAfter=12
    )
    return KitStyles(
        card_meta=ParagraphStyle(
            "card_meta", parent=s.meta, fontSize=12, leading=16, spaceAfter=8, keepWithNext=0
        ),
        card_title=card_title,
        card_text=card_text,
        card_question=ParagraphStyle(
            "card_question", parent=card_text, fontSize=14, leading=19, spaceAfter=2
        ),
        card_roles=ParagraphStyle(
            "card_roles", parent=s.meta, fontSize=11, leading=14, spaceAfter=10, keepWithNext=0
        ),
        card_label=ParagraphStyle(
            "card_label", parent=s.meta, fontSize=12, leading=16, spaceAfter=8, keepWithNext=1
        ),
        card_asked=ParagraphStyle(
            "card_asked", parent=card_text, fontSize=14, leading=19, spaceAfter=2, keepWithNext=1
        ),
        card_second_asked=ParagraphStyle(
            "card_second_asked",
            parent=card_text,
            fontName=fonts.ITALIC,
            textColor=ACCENT,
            leftIndent=12,
            keepWithNext=1,
        ),
        second=ParagraphStyle(
            "second", parent=s.body, fontName=fonts.ITALIC, textColor=ACCENT, leftIndent=8
        ),
        card_second=ParagraphStyle(
            "card_second", parent=card_text, fontName=fonts.ITALIC, textColor=ACCENT, leftIndent=12
        ),
        title_second=ParagraphStyle(
            "title_second", parent=card_title, fontName=fonts.BOLD_ITALIC, fontSize=20, leading=25
        ),
        label=ParagraphStyle(
            "kit_label",
            parent=s.body,
            fontName=fonts.BOLD,
            textColor=ACCENT,
            spaceAfter=2,
            keepWithNext=1,  # a label never ends a page with what it heads overleaf
        ),
        tick=ParagraphStyle("tick", parent=s.body, fontSize=10, leading=13, spaceAfter=0),
        bookmark=ParagraphStyle(
            "bookmark", parent=s.body, fontSize=1, leading=0, spaceBefore=0, spaceAfter=0
        ),
        language=ParagraphStyle(
            "language",
            parent=s.meta,
            fontName=fonts.BOLD,
            textColor=ACCENT,
            leftIndent=8,
            spaceBefore=4,
            spaceAfter=2,
        ),
    )


def bilingual(
    value: Bilingual,
    style: ParagraphStyle,
    second: ParagraphStyle,
    *,
    line: bool = False,
    language: str = "",
) -> list[Flowable]:
    """The text, and under it its translation when the kit carries one, headed by the
    language's own name («Davvisámegiella») where ``language`` is given."""
    if line:
        story: list[Flowable] = [Para(markup.line(value.text), style)]
        if value.second:
            story.append(Para(markup.line(value.second), second))
        return story
    story = paragraphs(value.text, style, placeholder="")
    if value.second:
        if language:
            story.append(Para(markup.line(language), kit_styles().language))
        story += paragraphs(value.second, second, placeholder="")
    return story


# A card is set smaller to keep it on its page down to this share of its size; a longer one
# runs on to the next page rather than shrink below what a table can read.
SMALLEST_SHRINK = 0.75


def one_page(story: list[Flowable], width: float, height: float) -> list[Flowable]:
    """The flowables kept on one page, set smaller if they must be and can be."""
    needed = 0.0
    for flowable in story:
        needed += flowable.wrap(width, height)[1]
        needed += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    if needed <= height or height / needed < SMALLEST_SHRINK:
        return story
    return [KeepInFrame(width, height, story, mode="shrink")]


def chapter(title: str) -> Heading:
    """A section title at the top level of the PDF's outline (the report's own sections
    are one level down, under its chapters)."""
    return Heading(markup.line(title), styles().h2, outline=markup.stripped(title), level=0)


def title_block(kind: str, title: str, municipality: str, audience: str) -> list[Flowable]:
    """The top of a document's first page: what it is, for which exercise, for whom."""
    s = styles()
    story: list[Flowable] = [
        Para(markup.line(kind), s.cover_kind),
        Para(
            markup.line(title),
            ParagraphStyle("kit_title", parent=s.cover_title, fontSize=20, leading=25),
        ),
    ]
    if municipality:
        story.append(Para(markup.line(municipality), s.cover_subtitle))
    story.append(Para(markup.line(audience), s.meta))
    story.append(Spacer(1, 4 * mm))
    return story


def writing_space(width: float, height: float, label: str = "") -> Table:
    """A framed empty box to write in by hand, with an optional label in its corner."""
    content: Flowable | str = Para(markup.line(label), kit_styles().label) if label else ""
    table = Table([[content]], colWidths=[width], rowHeights=[height])
    table.setStyle(
        boxed(
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return table


def tick_row(choices: tuple[str, ...], width: float) -> Table:
    """A row of boxes to tick, one per choice (the rating scale)."""
    style = kit_styles().tick
    cells = [Para(f"{BOX} {markup.line(choice)}", style) for choice in choices]
    table = Table([cells], colWidths=[width / len(choices)] * len(choices))
    table.setStyle(
        boxed(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
        )
    )
    table.hAlign = "LEFT"
    return table
