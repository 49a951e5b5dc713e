"""A pack as a dreiebok workbook (.xlsx) or as a CSV of its inject sheet.

The workbook is made for a planning group to work in: headers frozen, widths and
wrapping set, dropdowns (data validation) for phases, roles, goals, statuses and yes/no,
each reading its choices from the sheet that defines them, so a role added in «Roller»
is offered at once. Text is always written as text: a title that begins with «=» is not
a formula in Excel (or LibreOffice), whatever the planner does next.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ovelse.interchange import cells, layout, messages
from ovelse.interchange.errors import InterchangeError
from ovelse.scenario.model import Inject, ScenarioPack

CHOICE_ROWS = 500  # rows a dropdown's list and its validated cells reach, for rows added later
FORMULA_START = ("=", "+", "-", "@")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")


def question_pairs(pack: ScenarioPack) -> int:
    most = max((len(inject.questions) for inject in pack.injects()), default=0)
    return max(layout.MIN_QUESTION_PAIRS, most)


def inject_rows(pack: ScenarioPack) -> tuple[tuple[layout.Column, ...], list[list[str]]]:
    """The inject sheet as columns and rows of text, shared by the workbook and the CSV."""
    pairs = question_pairs(pack)
    columns = layout.inject_columns(pairs)
    rows = []
    for phase in pack.phases:
        for inject in phase.injects:
            values = _inject_values(phase.id, inject, pairs)
            rows.append([values.get(column.key, "") for column in columns])
    return columns, rows


def _inject_values(phase: str, inject: Inject, pairs: int) -> dict[str, str]:
    values = {
        "phase": phase,
        "id": inject.id,
        "at": str(inject.at),
        "scenario_time": "" if inject.scenario_time is None else str(inject.scenario_time),
        "title": inject.title,
        "source": inject.source,
        "text": inject.text,
        "notes": inject.notes,
        "expected_actions": cells.write_lines(inject.expected_actions),
        "stall_prompts": cells.write_lines(inject.stall_prompts),
        "board": cells.write_board(inject.board),
        "responses": cells.write_ids(inject.responses),
        "objectives": cells.write_ids(inject.objectives),
        "media": cells.write_media(inject.media),
        "auto_release": cells.write_yes_no(inject.auto_release),
        "optional": cells.write_yes_no(True) if inject.optional else "",
        "short_at": "" if inject.short_at is None else str(inject.short_at),
    }
    for name in layout.extras(Inject):
        values[layout.EXTRA + name] = cells.write_extra(inject, name)
    for number, question in enumerate(inject.questions, start=1):
        values[f"question.{number}"], values[f"roles.{number}"] = cells.write_question(question)
    return values


def exercise_rows(pack: ScenarioPack) -> list[list[str]]:
    rows = []
    for key, label in layout.exercise_fields():
        if key.startswith(layout.EXTRA):
            rows.append([label, cells.write_extra(pack, label)])
            continue
        value: Any = getattr(pack, key)
        if key == "tags":
            text = cells.write_lines(value)
        elif key == "duration":
            text = str(value).lstrip("+")
        elif value is None:
            text = ""
        else:
            text = str(value).lstrip("+") if key == "short_duration" else str(value)
        rows.append([label, text])
    return rows


def _row(title: str, obj: object, values: dict[str, str]) -> list[str]:
    """One row of a sheet, in its columns' order; a field without a column of its own is
    written in the column named for it (``layout.extras``)."""
    own = {item.name for item in dataclasses.fields(obj)}  # type: ignore[arg-type]
    row = []
    for column in layout.sheet_columns(title):
        name = column.key.removeprefix(layout.EXTRA)
        if column.key.startswith(layout.EXTRA):
            row.append(cells.write_extra(obj, name) if name in own else "")
        else:
            row.append(values.get(column.key, ""))
    return row


def sheet_rows(pack: ScenarioPack) -> dict[str, list[list[str]]]:
    goals: list[list[str]] = []
    for goal in pack.objectives:
        goals.append(
            _row(
                layout.GOALS,
                goal,
                {"id": goal.id, "title": goal.title, "description": goal.description},
            )
        )
        for sub in goal.subgoals:
            values = {
                "id": sub.id,
                "parent": goal.id,
                "title": sub.title,
                "description": sub.description,
                "indicator": sub.indicator,
            }
            goals.append(_row(layout.GOALS, sub, values))
    return {
        layout.EXERCISE: exercise_rows(pack),
        layout.PHASES: [
            _row(layout.PHASES, p, {"id": p.id, "title": p.title, "description": p.description})
            for p in pack.phases
        ],
        layout.ROLES: [
            _row(
                layout.ROLES,
                r,
                {
                    "id": r.id,
                    "title": r.title,
                    "description": r.description,
                    "essential": cells.write_yes_no(True) if r.essential else "",
                },
            )
            for r in pack.roles
        ],
        layout.GOALS: goals,
        layout.BOARD: [
            _row(
                layout.BOARD,
                b,
                {"id": b.id, "label": b.label, "value": b.value, "status": b.status},
            )
            for b in pack.board
        ],
        layout.RESPONSES: [
            _row(
                layout.RESPONSES,
                c,
                {"id": c.id, "actor": c.actor, "text": c.text, "channel": c.channel},
            )
            for c in pack.response_cells
        ],
        layout.VARIABLES: [
            _row(
                layout.VARIABLES,
                v,
                {"name": n, "label": v.label, "default": v.default, "help": v.help},
            )
            for n, v in pack.variables.items()
        ],
    }


def workbook_bytes(pack: ScenarioPack) -> bytes:
    """The whole dreiebok as .xlsx bytes; raises ``InterchangeError`` for a text a
    workbook cannot hold (a control character Excel refuses)."""
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    columns, rows = inject_rows(pack)
    injects = book.create_sheet(layout.INJECTS)
    _fill(injects, columns, rows)
    other = sheet_rows(pack)
    sheets = {layout.INJECTS: injects}
    for title in layout.SHEETS[1:]:
        sheet = book.create_sheet(title)
        _fill(sheet, layout.sheet_columns(title), other[title])
        sheets[title] = sheet
    _dropdowns(sheets, columns)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fill(sheet: Worksheet, columns: Sequence[layout.Column], rows: list[list[str]]) -> None:
    for index, column in enumerate(columns, start=1):
        header = sheet.cell(row=1, column=index, value=column.header)
        header.font = _HEADER_FONT
        header.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for number, values in enumerate(rows, start=2):
        for index, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
            if not value:
                continue
            if ILLEGAL_CHARACTERS_RE.search(value):
                raise InterchangeError.single(
                    f"{sheet.title}!{get_column_letter(index)}{number}",
                    messages.CONTROL_CHARACTER,
                )
            cell = sheet.cell(row=number, column=index)
            put_text(cell, value)
            cell.alignment = _WRAP if column.wrap else _TOP
    sheet.freeze_panes = "A2"


def put_text(cell: Cell | MergedCell, value: str) -> None:
    """A text into a cell that stays text, whatever it starts with.

    openpyxl takes a text that starts with «=» for a formula; these stay text, and the
    quote prefix keeps Excel from making one when the cell is edited.
    """
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_START):
        cell.quotePrefix = True


def _dropdowns(sheets: dict[str, Worksheet], columns: Sequence[layout.Column]) -> None:
    def choices(title: str) -> str:
        # A formula in the file has no leading «=» (Excel adds it on screen).
        return f"{quote_sheetname(title)}!$A$2:$A${CHOICE_ROWS}"

    def letters(sheet_columns: Sequence[layout.Column], *keys: str) -> list[str]:
        return [
            get_column_letter(index)
            for index, column in enumerate(sheet_columns, start=1)
            if column.key in keys or column.key.split(".")[0] in keys
        ]

    def add(sheet: Worksheet, formula: str, targets: list[str], *, strict: bool) -> None:
        if not targets:
            return
        # A cell may hold several ids («ordforer, kommunedirektor»): the dropdown offers
        # one, and typing a list only warns. A phase or a status is one value: it stops.
        validation = DataValidation(
            type="list",
            formula1=formula,
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="stop" if strict else "warning",
            error=messages.DROPDOWN_ERROR,
            errorTitle=messages.DROPDOWN_TITLE,
        )
        sheet.add_data_validation(validation)
        for letter in targets:
            validation.add(f"{letter}2:{letter}{CHOICE_ROWS}")

    injects = sheets[layout.INJECTS]
    add(injects, choices(layout.PHASES), letters(columns, "phase"), strict=True)
    add(injects, choices(layout.ROLES), letters(columns, "roles"), strict=False)
    add(injects, choices(layout.GOALS), letters(columns, "objectives"), strict=False)
    add(injects, choices(layout.RESPONSES), letters(columns, "responses"), strict=False)
    yes_no = f'"{layout.YES},{layout.NO}"'
    add(injects, yes_no, letters(columns, "auto_release", "optional"), strict=True)
    add(
        sheets[layout.BOARD],
        '"' + ",".join(layout.STATUSES) + '"',
        letters(layout.BOARD_COLUMNS, "status"),
        strict=True,
    )
    add(sheets[layout.ROLES], yes_no, letters(layout.ROLE_COLUMNS, "essential"), strict=True)
    add(
        sheets[layout.GOALS],
        choices(layout.GOALS),
        letters(layout.GOAL_COLUMNS, "parent"),
        strict=True,
    )


def csv_bytes(pack: ScenarioPack) -> bytes:
    """The inject sheet as CSV for Excel in Norway: UTF-8 with BOM, «;» between cells.

    CSV has no «text» type, so a cell that begins with = + - @ gets a «'» in front, as
    Excel shows it and as the importer takes it away again; never a formula on opening.
    """
    columns, rows = inject_rows(pack)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([column.header for column in columns])
    for row in rows:
        writer.writerow(["'" + v if v.startswith(FORMULA_START) else v for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
