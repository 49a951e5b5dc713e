"""The report as renderer-neutral blocks: what it says, in what order, with what emphasis.

:mod:`ovelse.report.compose` decides the content once from a :class:`ReportInput`; the PDF
renderer (:mod:`ovelse.report.sections`) and the Word renderer (:mod:`ovelse.report.docx`)
only lay these blocks out. So a chapter, a column or a placeholder added in one place
appears in both files, and neither file format can grow a report of its own.

Texts are plain user text (never markup): each renderer escapes them its own way. Hints
that only one renderer can use (column fits, vertical gaps, keeping blocks together)
are kept as hints, and a renderer that has no use for them ignores them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ovelse.exercise.kinds import ActionStatus, EntryKind, Rating


def one_line(value: str) -> str:
    """User text for a one-line place (a title, a label): line breaks become spaces."""
    return " ".join(value.split())


def split_blocks(value: str) -> list[str]:
    """User text split at blank lines; single line breaks stay inside a block."""
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    parts: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            parts[-1].append(line)
        elif parts[-1]:
            parts.append([])
    return ["\n".join(part) for part in parts if part]


@dataclass(frozen=True)
class Run:
    """A piece of a paragraph with one emphasis; ``\\n`` in the text is a line break."""

    text: str
    bold: bool = False
    muted: bool = False
    small: bool = False
    status: ActionStatus | None = None  # drawn in the action status's colour


ParagraphStyle = Literal["body", "lead", "muted", "meta", "caption", "inject_text", "bullet"]


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: ParagraphStyle = "body"
    bullet: str = ""  # «•», or a number «1.» for a numbered list item

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


Start = Literal["flow", "room", "page"]  # follow on; a new page if little room; a new page


@dataclass(frozen=True)
class Heading:
    """A chapter (level 0), section (1) or subsection (2) title.

    ``number`` is the chapter's «3» or «Vedlegg A»; ``outline`` whether the title belongs
    in the PDF's bookmarks and the table of contents.
    """

    text: str
    level: int
    number: str = ""
    outline: bool = True
    start: Start = "flow"

    @property
    def full(self) -> str:
        return f"{self.number} {self.text}" if self.number else self.text


CellStyle = Literal["cell", "right", "muted"]


@dataclass(frozen=True)
class Cell:
    runs: tuple[Run, ...]
    style: CellStyle = "cell"
    rated: bool = False  # a verdict cell, coloured by ``rating`` (None: not rated yet)
    rating: Rating | None = None
    kind: EntryKind | None = None  # a log entry's kind, marked by the kind's colour
    # The number the text says («8 (20 %)»: 8), for a renderer that keeps numbers (a
    # workbook's cell) where the PDF prints the text.
    number: int | None = None

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


Fit = Literal["free", "text", "whole", "fixed"]


@dataclass(frozen=True)
class Column:
    """A column title and how wide the column wants to be.

    ``free`` columns share what is left; ``text`` and ``whole`` are measured from the
    column's cells (or from ``measure`` when set, so tables in one appendix line up)
    up to ``cap`` of the text width, ``whole`` keeping each line unbroken; ``fixed`` is
    ``share`` of the width plus ``mm`` millimetres.
    """

    title: str
    fit: Fit = "free"
    cap: float = 1.0
    measure: tuple[str, ...] | None = None
    share: float = 0.0
    mm: float = 0.0


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    min_free: float = 0.0  # share of the width the free columns keep together
    long_list: bool = False  # many simple rows: a renderer may take a faster path
    name: str = ""  # what a renderer that names its tables (a workbook's sheet) calls it


@dataclass(frozen=True)
class Facts:
    """Key–value lines (the cover's facts, the exercise's figures)."""

    rows: tuple[tuple[str, str], ...]
    width: float = 1.0  # share of the text width


@dataclass(frozen=True)
class RatingTag:
    rating: Rating | None
    text: str  # the verdict's label, or that it was left out of the public version


@dataclass(frozen=True)
class Figure:
    """A chart drawn from the report's data; ``alt`` says in words what it shows."""

    chart: Literal["timeline"]
    alt: str
    caption: str


@dataclass(frozen=True)
class Picture:
    """A picture from the pack (a map, a diagram), as the session file stored it.

    ``data`` is a PNG or JPEG file; ``width`` and ``height`` are its size in pixels, so a
    renderer can scale it to the text width and keep its shape; ``alt`` says in words
    what it shows, for a reader who cannot see it.
    """

    data: bytes
    width: int
    height: int
    alt: str
    caption: str


@dataclass(frozen=True)
class Gap:
    """Vertical space, in millimetres; a layout hint only."""

    mm: float


@dataclass(frozen=True)
class Together:
    """Blocks kept on one page where the renderer can; ``shrink``: made smaller to fit
    the rest of the page rather than go on to the next (a summary promised as one page)."""

    blocks: tuple[Block, ...]
    shrink: bool = False


@dataclass(frozen=True)
class Contents:
    """The table of contents: the chapters and appendices (the level-0 headings)."""

    title: str


@dataclass(frozen=True)
class Cover:
    organisation: str  # «Unjárga/Nesseby · Finnmark – Finnmárku»
    kind: str
    title: str
    subtitle: str
    facts: Facts
    marking: str
    notice: str = ""  # the public version's note on what was left out and why


Block = (
    Paragraph
    | Heading
    | Table
    | Facts
    | RatingTag
    | Figure
    | Picture
    | Gap
    | Together
    | Cover
    | Contents
)


@dataclass(frozen=True)
class Document:
    """The whole report, with what a file's properties and page furniture say."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    marking: str  # empty: no marking
    running: str  # the running title at the top right of body pages
    dates: str  # the date line in the footer
    blocks: tuple[Block, ...]

    def headings(self) -> list[Heading]:
        found: list[Heading] = []

        def walk(blocks: tuple[Block, ...]) -> None:
            for block in blocks:
                if isinstance(block, Heading):
                    found.append(block)
                elif isinstance(block, Together):
                    walk(block.blocks)

        walk(self.blocks)
        return found
