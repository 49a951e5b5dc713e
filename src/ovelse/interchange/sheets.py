"""Reading a workbook (or a CSV of the inject sheet) into rows of located cell values.

Everything a planner's spreadsheet can hold that would change what is imported without
being seen is reported here, at its cell: a formula (never evaluated; the value the
spreadsheet program last saved is used, and said), an error value, merged cells, hidden
rows, columns and sheets, a text over the format's length limit. Empty rows are skipped
and said. What comes out is plain values: text, numbers, booleans, dates and times.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from ovelse.interchange import layout, messages
from ovelse.interchange.errors import InterchangeError, SheetProblem
from ovelse.interchange.mapping import ColumnMapping
from ovelse.interchange.safety import check_workbook, decode_csv, read_bytes
from ovelse.interchange.sheetxml import SheetFacts, read_facts
from ovelse.scenario.budget import spaced
from ovelse.scenario.yamlsafe import MAX_SCALAR_CHARS

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_ROWS = 5000  # data rows a sheet may have; a long dreiebok has a few hundred
MAX_COLUMNS = 200
CSV_FORMULA_START = ("=", "+", "-", "@")
EXCEL_CELL_CHARS = 32_767  # the most a cell holds in Excel, and what openpyxl reads


@dataclass(frozen=True)
class Cell:
    value: Any  # str, int, float, bool, datetime, date, time or timedelta; never None
    place: str  # «Innspill!D14»
    field: str  # the column's header in lower case


@dataclass
class Row:
    number: int
    place: str  # «Innspill!rad 14»
    cells: dict[str, Cell]
    refused: set[str] = field(default_factory=set)  # keys whose cell gave a problem


@dataclass
class Table:
    title: str  # the sheet's name in the file
    rows: list[Row] = field(default_factory=list)


@dataclass
class Sheets:
    """The input as tables keyed by the dreiebok's sheet names, with what was found."""

    source: str
    tables: dict[str, Table] = field(default_factory=dict)
    problems: list[SheetProblem] = field(default_factory=list)
    notes: list[SheetProblem] = field(default_factory=list)


def read_input(path: Path, mapping: ColumnMapping | None = None) -> Sheets:
    """A workbook or CSV file as tables; raises ``InterchangeError`` for a refused file."""
    if path.suffix.lower() in (".csv", ".txt"):
        return read_csv(path, mapping or ColumnMapping())
    return read_workbook(path, mapping or ColumnMapping())


def read_workbook(path: Path, mapping: ColumnMapping) -> Sheets:
    name = path.name
    data = read_bytes(path)
    check_workbook(data, name)
    # Values stream from openpyxl's read-only mode; merged cells, hidden rows and
    # columns come from one cheap pass over each chosen sheet's XML (``sheetxml``).
    book = _open(data, name, data_only=False, read_only=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _read_book(book, archive, data, name, mapping)
    except InterchangeError:
        raise
    except Exception:  # read-only mode parses a sheet while it is read: as in ``_open``
        raise InterchangeError.single(name, messages.UNREADABLE) from None
    finally:
        book.close()


def _read_book(
    book: Workbook, archive: zipfile.ZipFile, data: bytes, name: str, mapping: ColumnMapping
) -> Sheets:
    sheets = Sheets(name)
    worksheets: list[ReadOnlyWorksheet] = [
        s for s in book.worksheets if isinstance(s, ReadOnlyWorksheet)
    ]
    by_name: dict[str, ReadOnlyWorksheet] = {sheet.title.casefold(): sheet for sheet in worksheets}
    inject_sheet = _inject_sheet(worksheets, by_name, mapping, sheets)
    chosen: dict[str, ReadOnlyWorksheet] = {layout.INJECTS: inject_sheet}
    for title in layout.SHEETS[1:]:
        found = by_name.get(title.casefold())
        if found is not None and found is not inject_sheet:
            chosen[title] = found
    for sheet in worksheets:
        if sheet not in chosen.values() and sheet.sheet_state != "visible":
            sheets.notes.append(SheetProblem(sheet.title, "", messages.HIDDEN_SHEET_IGNORED))
        elif sheet not in chosen.values():
            sheets.notes.append(SheetProblem(sheet.title, "", messages.SHEET_IGNORED))
    formulas: list[tuple[str, str, str]] = []
    for title, sheet in chosen.items():
        if sheet.sheet_state != "visible":
            sheets.problems.append(SheetProblem(sheet.title, "", messages.HIDDEN_SHEET))
            continue
        header_row = mapping.header_row if title == layout.INJECTS else 1
        keys = mapping.key_of if title == layout.INJECTS else _sheet_keys(title)
        # openpyxl keeps where in the zip each sheet is; its read-only sheet has no
        # public name for it.
        member: str = sheet._worksheet_path  # type: ignore[attr-defined]
        facts = read_facts(archive, member, sheets.source)
        sheets.tables[title] = _read_sheet(sheet, facts, header_row, keys, sheets, formulas)
    if formulas:
        _use_cached_values(data, sheets.source, formulas, sheets)
    return sheets


def _open(data: bytes, name: str, *, data_only: bool, read_only: bool = False) -> Workbook:
    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it does not read (extensions, slicers, default
            # styles); none of them changes a cell's value.
            warnings.simplefilter("ignore")
            return load_workbook(
                io.BytesIO(data), read_only=read_only, data_only=data_only, keep_links=False
            )
    except Exception:  # openpyxl raises many kinds for a broken file; none may leak
        # The parser's own words (and its class, lxml's or the standard library's) are
        # English and say nothing a planner can act on.
        raise InterchangeError.single(name, messages.UNREADABLE) from None


def _inject_sheet(
    worksheets: list[ReadOnlyWorksheet],
    by_name: dict[str, ReadOnlyWorksheet],
    mapping: ColumnMapping,
    sheets: Sheets,
) -> ReadOnlyWorksheet:
    if mapping.sheet is not None:
        found = by_name.get(mapping.sheet.casefold())
        if found is None:
            raise InterchangeError.single(
                sheets.source,
                messages.NO_SUCH_SHEET.format(
                    sheet=mapping.sheet, sheets=", ".join(f"«{s.title}»" for s in worksheets)
                ),
            )
        return found
    found = by_name.get(layout.INJECTS.casefold())
    if found is not None:
        return found
    visible = [sheet for sheet in worksheets if sheet.sheet_state == "visible"]
    if not visible:
        raise InterchangeError.single(sheets.source, messages.NO_VISIBLE_SHEET)
    if len(worksheets) > 1:
        sheets.notes.append(
            SheetProblem(
                visible[0].title, "", messages.FIRST_SHEET_USED.format(sheet=layout.INJECTS)
            )
        )
    return visible[0]


def _sheet_keys(title: str) -> Any:
    known = {
        layout.normal_header(column.header): column.key for column in layout.sheet_columns(title)
    }

    def key_of(header: str) -> str | None:
        return known.get(layout.normal_header(header))

    return key_of


def _read_sheet(
    sheet: ReadOnlyWorksheet,
    facts: SheetFacts,
    header_row: int,
    key_of: Any,
    sheets: Sheets,
    formulas: list[tuple[str, str, str]],
) -> Table:
    title = sheet.title
    table = Table(title)
    for merged in facts.merged:
        sheets.problems.append(SheetProblem(f"{title}!{merged}", "", messages.MERGED))
    hidden_columns = _hidden_columns(facts)
    if facts.max_column > MAX_COLUMNS:
        sheets.problems.append(
            SheetProblem(title, "", messages.TOO_MANY_COLUMNS.format(limit=MAX_COLUMNS))
        )
        return table
    last_row = min(facts.max_row, header_row + MAX_ROWS)
    if facts.max_row > header_row + MAX_ROWS:
        sheets.problems.append(
            SheetProblem(title, "", messages.TOO_MANY_ROWS.format(limit=spaced(MAX_ROWS)))
        )
    if last_row < header_row:
        sheets.problems.append(SheetProblem(f"{title}!rad {header_row}", "", messages.NO_HEADERS))
        return table
    rows = _iter_rows(sheet, min_row=header_row, max_row=last_row, max_col=facts.max_column)
    header_cells = next(rows, ())
    columns: dict[int, tuple[str, str]] = {}  # column index → (key, field)
    seen: dict[str, str] = {}
    for index, cell in enumerate(header_cells, start=1):
        header = "" if cell.value is None else str(cell.value).strip()
        letter = get_column_letter(index)
        if not header:
            continue
        key = key_of(header)
        if key is None:
            sheets.notes.append(
                SheetProblem(
                    f"{title}!{letter}{header_row}",
                    "",
                    messages.UNKNOWN_COLUMN.format(header=header),
                )
            )
            continue
        if not key:
            continue
        if key in seen:
            sheets.problems.append(
                SheetProblem(
                    f"{title}!{letter}{header_row}",
                    "",
                    messages.DUPLICATE_COLUMN.format(header=header, other=seen[key]),
                )
            )
            continue
        if letter in hidden_columns:
            sheets.problems.append(
                SheetProblem(
                    f"{title}!{letter}{header_row}",
                    "",
                    messages.HIDDEN_COLUMN.format(header=header),
                )
            )
        seen[key] = letter
        columns[index] = (key, header.casefold())
    if not columns:
        sheets.problems.append(SheetProblem(f"{title}!rad {header_row}", "", messages.NO_HEADERS))
        return table
    blank: list[int] = []
    for number, cells in enumerate(rows, start=header_row + 1):
        row = Row(number, f"{title}!rad {number}", {})
        width = len(cells)
        for index, (key, header) in columns.items():  # in the sheet's order
            if index > width:
                break
            cell = cells[index - 1]
            if cell.value is None:
                continue
            if facts.merged and facts.under_merge(number, index):
                continue  # full mode (and Excel) shows a merged range's first cell only
            place = f"{title}!{get_column_letter(index)}{number}"
            if cell.data_type == "f":
                formulas.append((title, cell.coordinate, key))
            _put(row, key, place, header, cell.value, cell.data_type, sheets)
        if not row.cells and not row.refused:
            blank.append(number)
            continue
        if blank:
            sheets.notes.append(SheetProblem(_rows(title, blank), "", messages.EMPTY_ROWS))
            blank = []
        if number in facts.hidden_rows:
            sheets.problems.append(SheetProblem(row.place, "", messages.HIDDEN_ROW))
        table.rows.append(row)
    return table


def _iter_rows(sheet: Any, **bounds: int) -> Iterator[tuple[Any, ...]]:
    """A read-only sheet's rows of cells (the type stubs give ``iter_rows`` to full
    worksheets only)."""
    rows: Iterator[tuple[Any, ...]] = sheet.iter_rows(**bounds)
    return rows


def _hidden_columns(facts: SheetFacts) -> set[str]:
    hidden: set[str] = set()
    for first, last in facts.hidden_columns:
        for index in range(first, min(last, MAX_COLUMNS) + 1):
            hidden.add(get_column_letter(index))
    return hidden


def _rows(title: str, numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"{title}!rad {numbers[0]}"
    return f"{title}!rad {numbers[0]}–{numbers[-1]}"


def _put(
    row: Row, key: str, place: str, header: str, raw: Any, data_type: str, sheets: Sheets
) -> None:
    """A cell's value into ``row``; a refused value (a problem noted) marks ``key`` refused,
    so the pack is not built as if the cell were empty."""
    found = len(sheets.problems)
    value = _value(raw, data_type, place, header, sheets)
    if value is not None:
        row.cells[key] = Cell(value, place, header)
    elif len(sheets.problems) > found:
        row.refused.add(key)


def _value(value: Any, data_type: str, place: str, header: str, sheets: Sheets) -> Any:
    if data_type == "f":
        return "="  # replaced by the cached value (or refused) once every sheet is read
    if data_type == "e":
        sheets.problems.append(
            SheetProblem(place, header, messages.ERROR_VALUE.format(value=value))
        )
        return None
    if isinstance(value, str):
        control = _CONTROL.search(value)
        if control:
            code = f"U+{ord(control.group()):04X}"
            sheets.problems.append(
                SheetProblem(place, header, messages.CONTROL_IN_CELL.format(code=code))
            )
            return None
        if len(value) > MAX_SCALAR_CHARS:
            sheets.problems.append(
                SheetProblem(
                    place,
                    header,
                    messages.TEXT_TOO_LONG.format(
                        length=spaced(len(value)), limit=spaced(MAX_SCALAR_CHARS)
                    ),
                )
            )
            return None
        if len(value) >= EXCEL_CELL_CHARS and data_type != "csv":
            # openpyxl cuts a longer text to what Excel holds; it may have been longer.
            sheets.problems.append(
                SheetProblem(
                    place,
                    header,
                    messages.TEXT_AT_CELL_LIMIT.format(limit=spaced(EXCEL_CELL_CHARS)),
                )
            )
            return None
        return value if value.strip() else None
    return value


def _use_cached_values(
    data: bytes, name: str, formulas: list[tuple[str, str, str]], sheets: Sheets
) -> None:
    """Each formula's last saved value, as the spreadsheet program computed it; a formula
    without one (a file written by a program that does not compute) is refused."""
    cached = _open(data, name, data_only=True, read_only=True)
    saved = _saved_values(cached, formulas)
    cached.close()
    by_place: dict[str, tuple[str, str]] = {}
    for title, coordinate, key in formulas:
        value, data_type = saved.get((title, coordinate), (None, "n"))
        place = f"{title}!{coordinate}"
        by_place[place] = (title, key)
        table = next(t for t in sheets.tables.values() if t.title == title)
        for row in table.rows:
            found = row.cells.get(key)
            if found is None or found.place != place:
                continue
            if value is None or data_type == "e":
                sheets.problems.append(SheetProblem(place, found.field, messages.FORMULA_NO_VALUE))
                del row.cells[key]
                row.refused.add(key)
            else:
                sheets.notes.append(SheetProblem(place, found.field, messages.FORMULA_CACHED))
                row.cells[key] = Cell(value, place, found.field)


def _saved_values(
    cached: Workbook, formulas: list[tuple[str, str, str]]
) -> dict[tuple[str, str], tuple[Any, str]]:
    """(value, data type) of each formula's cell, one read-only pass per sheet."""
    wanted: dict[str, set[str]] = {}
    for title, coordinate, _key in formulas:
        wanted.setdefault(title, set()).add(coordinate)
    saved: dict[tuple[str, str], tuple[Any, str]] = {}
    for title, coordinates in wanted.items():
        last = max(coordinate_to_tuple(coordinate)[0] for coordinate in coordinates)
        for cells in _iter_rows(cached[title], max_row=last):
            for cell in cells:
                at = getattr(cell, "coordinate", None)
                if cell.value is not None and at in coordinates:
                    saved[(title, at)] = (cell.value, cell.data_type)
    return saved


def read_csv(path: Path, mapping: ColumnMapping) -> Sheets:
    """The inject sheet as CSV: UTF-8 (with or without BOM), «;», «,» or tab between
    cells; a «'» that the export put before = + - @ is taken away again."""
    name = path.name
    text = decode_csv(read_bytes(path), name)
    sheets = Sheets(name)
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    try:
        records = list(_limited(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)))
    except csv.Error as exc:
        raise InterchangeError.single(name, messages.CSV_BROKEN.format(detail=str(exc))) from None
    if len(records) > MAX_ROWS + mapping.header_row:
        sheets.problems.append(
            SheetProblem(name, "", messages.TOO_MANY_ROWS.format(limit=spaced(MAX_ROWS)))
        )
        records = records[: MAX_ROWS + mapping.header_row]
    table = Table(name)
    sheets.tables[layout.INJECTS] = table
    if len(records) < mapping.header_row:
        sheets.problems.append(SheetProblem(name, "", messages.NO_HEADERS))
        return sheets
    columns: dict[int, tuple[str, str]] = {}
    for index, header in enumerate(records[mapping.header_row - 1], start=1):
        header = header.strip()
        key = mapping.key_of(header) if header else ""
        if key is None:
            sheets.notes.append(
                SheetProblem(
                    f"{name}!{get_column_letter(index)}{mapping.header_row}",
                    "",
                    messages.UNKNOWN_COLUMN.format(header=header),
                )
            )
        elif key and key not in {k for k, _ in columns.values()}:
            columns[index] = (key, header.casefold())
    if not columns:
        sheets.problems.append(
            SheetProblem(f"{name}!rad {mapping.header_row}", "", messages.NO_HEADERS)
        )
        return sheets
    blank: list[int] = []
    for number, record in enumerate(records[mapping.header_row :], start=mapping.header_row + 1):
        row = Row(number, f"{name}!rad {number}", {})
        for index, raw in enumerate(record, start=1):
            if index not in columns or not raw.strip():
                continue
            key, header = columns[index]
            place = f"{name}!{get_column_letter(index)}{number}"
            if raw.startswith("'") and raw[1:2] in CSV_FORMULA_START:
                raw = raw[1:]
            _put(row, key, place, header, raw, "csv", sheets)
        if not row.cells and not row.refused:
            blank.append(number)
            continue
        if blank:
            sheets.notes.append(SheetProblem(_rows(name, blank), "", messages.EMPTY_ROWS))
            blank = []
        table.rows.append(row)
    return sheets


def _limited(records: Iterable[list[str]]) -> Iterable[list[str]]:
    for count, record in enumerate(records):
        if count > MAX_ROWS + 100:
            return
        yield record[:MAX_COLUMNS]


def inject_headers(path: Path, mapping: ColumnMapping | None = None) -> list[str]:
    """The headers of the inject sheet as the planner wrote them, for the mapping dialog;
    the file gets the same checks before it is opened as an import."""
    mapping = mapping or ColumnMapping()
    name = path.name
    data = read_bytes(path)
    if path.suffix.lower() in (".csv", ".txt"):
        text = decode_csv(data, name)
        lines = text.split("\n", mapping.header_row)
        if len(lines) < mapping.header_row:
            return []
        line = lines[mapping.header_row - 1]
        delimiter = max(";,\t", key=line.count)
        record = next(csv.reader([line], delimiter=delimiter), [])
        return [header.strip() for header in record[:MAX_COLUMNS] if header.strip()]
    check_workbook(data, name)
    book = _open(data, name, data_only=True, read_only=True)
    worksheets = list(book.worksheets)
    by_name = {sheet.title.casefold(): sheet for sheet in worksheets}
    wanted = (mapping.sheet or layout.INJECTS).casefold()
    sheet = by_name.get(wanted) or next(
        (s for s in worksheets if getattr(s, "sheet_state", "visible") == "visible"), None
    )
    if sheet is None:
        return []
    try:
        row = next(
            sheet.iter_rows(
                min_row=mapping.header_row,
                max_row=mapping.header_row,
                max_col=MAX_COLUMNS,
                values_only=True,
            ),
            (),
        )
    except Exception:  # read-only mode parses a sheet while it is read: as in ``_open``
        raise InterchangeError.single(name, messages.UNREADABLE) from None
    finally:
        book.close()
    return [str(value).strip() for value in row if value is not None and str(value).strip()]
