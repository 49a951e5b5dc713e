"""What a worksheet's XML says beside its values: merged ranges, hidden rows and columns,
and how far its cells reach.

openpyxl's read-only mode streams the values quickly but does not show any of this; its
full mode does, by building an object for every cell, row and column, which made an
import three and a half times the work of reading the values. So the values come from
read-only mode and this module reads the rest with one streaming pass of expat over the
same zip member: only start tags are looked at and nothing is kept but the few facts
below. The member has passed ``safety.check_workbook`` (its declared size bounds what is
inflated), and a worksheet never has a DOCTYPE, so one (and with it any entity) is
refused rather than expanded.

The facts are read as openpyxl's full mode reads them, so an import sees what it saw:
a row or cell without «r» follows the one before, a merged range counts as cells as far
as it reaches, and «hidden» is any value but «0», «f», «false» or none.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from xml.parsers import expat

from openpyxl.utils.cell import column_index_from_string, coordinate_to_tuple, range_boundaries
from openpyxl.worksheet.cell_range import CellRange

from ovelse.interchange import messages
from ovelse.interchange.errors import InterchangeError

_FALSE = ("", "0", "f", "false")
_DIGITS = "0123456789"
_VALUE_TAGS = frozenset({"v", "is", "t", "f", "x:v", "x:is", "x:t", "x:f"})
_READ_BYTES = 64 * 1024


@dataclass
class SheetFacts:
    merged: list[str] = field(default_factory=list)  # «B3:C4», in the file's order
    merged_bounds: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)  # (first, last)
    max_row: int = 1
    max_column: int = 1

    def under_merge(self, row: int, column: int) -> bool:
        """True for a cell a merged range covers but does not start: Excel shows only
        the range's first cell, and so does the import."""
        return any(
            low_col <= column <= high_col
            and low_row <= row <= high_row
            and (row, column) != (low_row, low_col)
            for low_col, low_row, high_col, high_row in self.merged_bounds
        )


class _Reader:
    def __init__(self) -> None:
        self.facts = SheetFacts()
        self.row = 0
        self.column = 0
        self.any_cell = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        # Called for every element: a cell («c») and its value («v», «is», «t», «f»)
        # are nearly all of them, so they are decided first and cheaply.
        if tag in _VALUE_TAGS:
            return
        if tag == "c" or tag.endswith(":c"):
            reference = attrs.get("r")
            if reference:
                self.row, self.column = _cell_at(reference)
            else:
                self.column += 1
            facts = self.facts
            if not self.any_cell:
                facts.max_row, facts.max_column = self.row, self.column
                self.any_cell = True
            else:
                if self.row > facts.max_row:
                    facts.max_row = self.row
                if self.column > facts.max_column:
                    facts.max_column = self.column
            return
        name = tag.rpartition(":")[2]
        if name == "row":
            reference = attrs.get("r")
            self.row = int(reference) if reference else self.row + 1
            self.column = 0
            if attrs.get("hidden", "") not in _FALSE:
                self.facts.hidden_rows.add(self.row)
        elif name == "col":
            if attrs.get("hidden", "") not in _FALSE and attrs.get("min") and attrs.get("max"):
                self.facts.hidden_columns.append((int(attrs["min"]), int(attrs["max"])))
        elif name == "mergeCell":
            merged = CellRange(attrs["ref"])
            self.facts.merged.append(merged.coord)
            bounds = range_boundaries(merged.coord)
            low_col, low_row, high_col, high_row = (int(b or 1) for b in bounds)
            self.facts.merged_bounds.append((low_col, low_row, high_col, high_row))
            self._reach(high_row, high_col)

    def _reach(self, row: int, column: int) -> None:
        facts = self.facts
        if not self.any_cell:
            facts.max_row, facts.max_column = row, column
            self.any_cell = True
        else:
            if row > facts.max_row:
                facts.max_row = row
            if column > facts.max_column:
                facts.max_column = column


def _cell_at(reference: str) -> tuple[int, int]:
    """(row, column) of «B12»; the plain form is split by hand, as this runs for every
    cell, and anything else («$B$12», a broken one) goes to openpyxl's own reading."""
    letters = reference.rstrip(_DIGITS)
    digits = reference[len(letters) :]
    if digits and letters.isascii() and letters.isalpha():
        return int(digits), column_index_from_string(letters)
    return coordinate_to_tuple(reference)


def _no_doctype(*_args: object) -> None:
    raise ValueError("DOCTYPE")


def read_facts(archive: zipfile.ZipFile, member: str, name: str) -> SheetFacts:
    """The facts of one worksheet; a refusal (as for any unreadable file) if its XML is
    broken or declares a DOCTYPE."""
    reader = _Reader()
    parser = expat.ParserCreate()
    parser.StartElementHandler = reader.start
    parser.StartDoctypeDeclHandler = _no_doctype
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(_READ_BYTES):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except (expat.ExpatError, ValueError, KeyError, TypeError, zipfile.BadZipFile, OSError):
        raise InterchangeError.single(name, messages.UNREADABLE) from None
    return reader.facts
