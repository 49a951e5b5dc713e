"""The report's look: one accent colour, a type scale, and the table rules.

Kept apart from the layout code so the look can be tuned (or a municipality's colour put
in) without touching how chapters are assembled. Every style names the DejaVu family;
nothing falls back to ReportLab's Helvetica.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from ovelse.exercise.kinds import ActionStatus, EntryKind, Rating
from ovelse.report import fonts

TableCommand = tuple[Any, ...]  # ReportLab's («OP», start, stop, *args) table commands

ACCENT = colors.HexColor("#1F3A5F")
CHAPTER_NUMBER = colors.HexColor("#8DA0B8")
ACCENT_LIGHT = colors.HexColor("#E6ECF3")
TEXT = colors.HexColor("#1C1F24")
MUTED = colors.HexColor("#5B6472")
RULE = colors.HexColor("#C8CED6")
ZEBRA = colors.HexColor("#F4F6F9")
WHITE = colors.white
MARKING = colors.HexColor("#9B2C2C")

RATING_COLOURS: dict[Rating | None, colors.Color] = {
    Rating.WELL: colors.HexColor("#2F7A4F"),
    Rating.PARTLY: colors.HexColor("#975A16"),
    Rating.NOT: colors.HexColor("#A93A32"),
    Rating.NOT_EXERCISED: colors.HexColor("#6B7280"),
    None: colors.HexColor("#5E6B7A"),
}

KIND_COLOURS: dict[EntryKind, colors.Color] = {
    EntryKind.DECISION: ACCENT,
    EntryKind.ACTION: colors.HexColor("#4A78AD"),
    EntryKind.QUESTION: colors.HexColor("#98B6D6"),
    EntryKind.OBSERVATION: colors.HexColor("#C5CDD8"),
    EntryKind.LEARNING_POINT: colors.HexColor("#C99A3B"),
}

ADHOC = colors.HexColor("#C99A3B")  # an inject the facilitator wrote during the run

STATUS_COLOURS: dict[ActionStatus, colors.Color] = {
    ActionStatus.NOT_STARTED: MUTED,
    ActionStatus.IN_PROGRESS: colors.HexColor("#975A16"),
    ActionStatus.DONE: colors.HexColor("#2F7A4F"),
}


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    bullet: ParagraphStyle
    muted: ParagraphStyle
    caption: ParagraphStyle
    meta: ParagraphStyle
    cell: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    label: ParagraphStyle
    fact_key: ParagraphStyle
    fact_value: ParagraphStyle
    cover_kind: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_municipality: ParagraphStyle
    cover_marking: ParagraphStyle
    inject_text: ParagraphStyle


@cache
def styles() -> Styles:
    """The paragraph styles, built once the fonts are registered."""
    family = fonts.register()
    body = ParagraphStyle(
        "body",
        fontName=family,
        bulletFontName=family,
        fontSize=9.5,
        leading=14,
        textColor=TEXT,
        spaceAfter=6,
        alignment=TA_LEFT,
    )
    heading = ParagraphStyle(
        "heading", parent=body, fontName=fonts.BOLD, textColor=ACCENT, keepWithNext=1
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10.5, spaceAfter=0)
    return Styles(
        body=body,
        lead=ParagraphStyle("lead", parent=body, fontSize=10.5, leading=15.5, spaceAfter=8),
        h1=ParagraphStyle(
            "h1", parent=heading, fontSize=17, leading=21, spaceBefore=26, spaceAfter=12
        ),
        h2=ParagraphStyle(
            "h2", parent=heading, fontSize=12, leading=15, spaceBefore=12, spaceAfter=6
        ),
        h3=ParagraphStyle(
            "h3",
            parent=heading,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=4,
            textColor=TEXT,
        ),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=4),
        muted=ParagraphStyle("muted", parent=body, textColor=MUTED, fontName=fonts.ITALIC),
        caption=ParagraphStyle(
            "caption", parent=body, fontSize=8, leading=10.5, textColor=MUTED, spaceBefore=4
        ),
        meta=ParagraphStyle(
            "meta",
            parent=body,
            fontSize=8,
            leading=10.5,
            textColor=MUTED,
            spaceAfter=5,
            keepWithNext=1,
        ),
        cell=cell,
        cell_muted=ParagraphStyle("cell_muted", parent=cell, textColor=MUTED),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=fonts.BOLD, textColor=ACCENT),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        label=ParagraphStyle(
            "label", parent=cell, fontName=fonts.BOLD, fontSize=8, leading=10, textColor=WHITE
        ),
        fact_key=ParagraphStyle(
            "fact_key", parent=body, fontSize=9, leading=13, textColor=MUTED, spaceAfter=0
        ),
        fact_value=ParagraphStyle(
            "fact_value", parent=body, fontSize=9.5, leading=13, spaceAfter=0
        ),
        cover_kind=ParagraphStyle(
            "cover_kind",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=10,
            leading=14,
            textColor=MUTED,
            spaceAfter=10,
        ),
        cover_title=ParagraphStyle(
            "cover_title", parent=heading, fontSize=26, leading=32, spaceAfter=14
        ),
        cover_subtitle=ParagraphStyle(
            "cover_subtitle", parent=body, fontSize=12, leading=17, textColor=MUTED, spaceAfter=4
        ),
        cover_municipality=ParagraphStyle(
            "cover_municipality", parent=heading, fontSize=13, leading=17, textColor=WHITE
        ),
        cover_marking=ParagraphStyle(
            "cover_marking",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=10,
            leading=13,
            textColor=MARKING,
        ),
        inject_text=ParagraphStyle(
            "inject_text", parent=body, fontSize=9, leading=13, leftIndent=10
        ),
    )


def boxed(*commands: TableCommand) -> TableStyle:
    """A table style that starts from DejaVu: ReportLab sets each cell's font even when the
    cell holds a paragraph, and its default would put Helvetica into the PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.register()), *commands])


def table_style(
    *, header_rows: int = 1, zebra: bool = True, extra: Sequence[TableCommand] = ()
) -> TableStyle:
    """Light rules, a tinted header, and zebra rows for long lists."""
    cell = styles().cell
    commands: list[TableCommand] = [
        # For cells that hold a plain string rather than a paragraph.
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT_LIGHT),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), fonts.BOLD),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), ACCENT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [WHITE, ZEBRA]))
    return boxed(*commands, *extra)
