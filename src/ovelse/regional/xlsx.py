"""The roll-up as a workbook (.xlsx) for further work: the PDF's tables as sheets.

It lays out the same blocks as the PDF (:func:`ovelse.regional.compose.build_document`):
the cover's facts on the first sheet, then a sheet per table (named by the table, or else
by its chapter), its header frozen.
Tables of one chapter with the same columns (the learning points under each goal) go on
one sheet with the goal in a first column, so the sheet can be sorted and filtered. Every
text stays text: a kommune's point that starts with «=» is not a formula.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ovelse.export.atomic import write_atomically
from ovelse.interchange.workbook import put_text
from ovelse.regional import texts
from ovelse.regional.compose import build_document
from ovelse.regional.model import Rollup
from ovelse.report.content import Block, Cell, Cover, Heading, Table, Together
from ovelse.report.styles import RATING_COLOURS

SHEET_NAME = 31  # characters Excel allows in a sheet's name
_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_RATED_FONT = Font(bold=True, color="FFFFFF")
_TOP = Alignment(vertical="top", wrap_text=True)
MAX_WIDTH = 70  # characters a column is made wide before it wraps


@dataclass
class _Sheet:
    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell | str, ...]] = field(default_factory=list)


def _clean(value: str) -> str:
    """Text a workbook can hold: a control character becomes «�», as the PDF shows it."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)


def _sheets(blocks: tuple[Block, ...]) -> list[_Sheet]:
    sheets: list[_Sheet] = []
    by_key: dict[tuple[str, tuple[str, ...]], _Sheet] = {}
    names: set[str] = set()
    chapter = ""
    section = ""

    def walk(found: tuple[Block, ...]) -> None:
        nonlocal chapter, section
        for block in found:
            if isinstance(block, Together):
                walk(block.blocks)
            elif isinstance(block, Cover):
                facts = _Sheet(_name(texts.SUMMARY, names), ("", ""))
                facts.rows += [(key, value) for key, value in block.facts.rows]
                sheets.append(facts)
            elif isinstance(block, Heading):
                if block.level == 0:
                    chapter, section = block.text, ""
                elif block.level == 1:
                    section = block.text
            elif isinstance(block, Table):
                columns = tuple(column.title for column in block.columns)
                if section:
                    columns = (texts.COLUMN_GOAL, *columns)
                key = (block.name or chapter, columns)
                sheet = by_key.get(key)
                if sheet is None:
                    sheet = _Sheet(_name(block.name or chapter, names), columns)
                    by_key[key] = sheet
                    sheets.append(sheet)
                for row in block.rows:
                    sheet.rows.append((section, *row) if section else row)

    walk(blocks)
    return sheets


def _name(title: str, taken: set[str]) -> str:
    """A sheet name Excel accepts, unique in the workbook."""
    base = " ".join(title.translate(_FORBIDDEN).split())[:SHEET_NAME] or "Ark"
    name, number = base, 2
    while name.casefold() in taken:
        suffix = f" {number}"
        name = base[: SHEET_NAME - len(suffix)] + suffix
        number += 1
    taken.add(name.casefold())
    return name


def _put(sheet: Worksheet, row: int, column: int, value: Cell | str) -> int:
    """Write one cell; returns its text's length, for the column's width."""
    text = _clean(value.text if isinstance(value, Cell) else value)
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, Cell) and value.number is not None:
        cell.value = value.number
    elif text.isdigit() and len(text) < 10:
        cell.value = int(text)
    elif text:
        put_text(cell, text)
    cell.alignment = _TOP
    if isinstance(value, Cell) and value.rated:
        colour = RATING_COLOURS[value.rating].hexval()[2:].upper()
        cell.fill = PatternFill("solid", fgColor=colour)
        cell.font = _RATED_FONT
    return len(text)


def workbook_bytes(rollup: Rollup) -> bytes:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for found in _sheets(build_document(rollup).blocks):
        sheet = book.create_sheet(found.name)
        widths = [len(title) for title in found.columns]
        headed = any(found.columns)  # the cover's facts are pairs without a header
        for index, title in enumerate(found.columns if headed else (), start=1):
            header = sheet.cell(row=1, column=index)
            put_text(header, _clean(title))
            header.font = _HEADER_FONT
            header.fill = _HEADER_FILL
        for number, values in enumerate(found.rows, start=2 if headed else 1):
            for index, value in enumerate(values, start=1):
                size = _put(sheet, number, index, value)
                widths[index - 1] = max(widths[index - 1], size)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, MAX_WIDTH)
        if headed:
            sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_xlsx(rollup: Rollup, target: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write the workbook to a path (atomically) or a stream; returns its size in bytes."""
    data = workbook_bytes(rollup)
    if isinstance(target, str | os.PathLike):
        write_atomically(Path(target), data)
    else:
        target.write(data)
    return len(data)
