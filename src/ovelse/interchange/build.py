"""From located rows to the pack's plain data, remembering which cell each field came from.

The result is the data a ``scenario.yaml`` holds (strings, lists, tables), so the pack
is checked by the loader itself; ``cells`` turns the loader's field paths
(``phases[0].injects[3].questions[1].roles[0]``) back into «Innspill!J5». What only the
sheet knows is checked here: times in their several spreadsheet forms, roles named by
title, phases that are split apart, rows that say too little.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from ovelse.interchange import cells as cellforms
from ovelse.interchange import layout, messages
from ovelse.interchange.errors import SheetProblem
from ovelse.interchange.sheets import Cell, Row, Sheets
from ovelse.scenario.binding import nearest
from ovelse.scenario.catalogue import STANDARD_ROLES, standard_role
from ovelse.scenario.model import (
    FORMAT_VERSION,
    BoardItem,
    Inject,
    Objective,
    Phase,
    ResponseCell,
    Role,
    ScenarioPack,
    SubGoal,
    Variable,
)
from ovelse.scenario.names import is_id
from ovelse.scenario.timing import Duration, ScenarioTime, TimingError, format_offset

T = TypeVar("T")

_MINUTES = re.compile(r"^\s*\+?([0-9]{1,4})\s*$")
MAX_OFFSET = 999 * 3600  # the format writes hours with at most three digits
DURATION_MARGIN = 30 * 60  # after the last inject, when the workbook gives no duration


@dataclass
class Built:
    """The pack's plain data, where each field came from, and what was wrong or worth saying."""

    plain: dict[str, Any]
    cells: dict[str, tuple[str, str]] = field(default_factory=dict)  # path → (place, field)
    problems: list[SheetProblem] = field(default_factory=list)
    notes: list[SheetProblem] = field(default_factory=list)

    def place_of(self, path: str, fallback: str) -> tuple[str, str]:
        while path:
            if path in self.cells:
                return self.cells[path]
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return self.cells.get("", (fallback, ""))


class _Builder:
    def __init__(self, sheets: Sheets, pack_id: str | None, start: time | None) -> None:
        self.sheets = sheets
        self.built = Built({})
        self.pack_id = pack_id
        self.start = start
        self.clock_start: datetime | None = None
        self.previous_at = 0
        self.time_kinds: set[str] = set()  # «clock», «offset»: one column uses one

    # --- helpers ----------------------------------------------------------------------
    def fail(self, cell: Cell | Row | str, message: str) -> None:
        if isinstance(cell, Cell):
            self.built.problems.append(SheetProblem(cell.place, cell.field, message))
        elif isinstance(cell, Row):
            self.built.problems.append(SheetProblem(cell.place, "", message))
        else:
            self.built.problems.append(SheetProblem(cell, "", message))

    def note(self, place: str, message: str) -> None:
        self.built.notes.append(SheetProblem(place, "", message))

    def mark(self, path: str, cell: Cell | Row) -> None:
        if not path:
            return  # "" is the file as a whole (set once, in ``build``)
        if isinstance(cell, Cell):
            self.built.cells[path] = (cell.place, cell.field)
        else:
            self.built.cells[path] = (cell.place, "")

    def text(self, row: Row, key: str, path: str) -> str | None:
        cell = row.cells.get(key)
        if cell is None:
            return None
        self.mark(path, cell)
        return _as_text(cell.value)

    def parsed(self, row: Row, key: str, path: str, read: Callable[[str], T]) -> T | None:
        """A cell's text as ``read`` makes it out; one it cannot read is that cell's problem."""
        cell = row.cells.get(key)
        if cell is None:
            return None
        self.mark(path, cell)
        try:
            return read(_as_text(cell.value))
        except cellforms.CellProblem as exc:
            self.fail(cell, str(exc))
            return None

    def ident(self, row: Row, key: str, path: str) -> str | None:
        value = self.text(row, key, path)
        return None if value is None else value.strip()

    def rows(self, sheet: str) -> list[Row] | None:
        table = self.sheets.tables.get(sheet)
        return None if table is None else table.rows

    # --- the whole pack ---------------------------------------------------------------
    def build(self) -> Built:
        plain = self.built.plain
        self.built.cells[""] = (self.sheets.source, "")
        plain["format"] = FORMAT_VERSION
        self.exercise(plain)
        self.simple_sheets(plain)
        phases = self.phases()
        self.injects(plain, phases)
        if "duration" not in plain:
            last = max(
                (Duration.parse(i["at"]).seconds for p in plain["phases"] for i in p["injects"]),
                default=0,
            )
            minutes = min(-(-(last + DURATION_MARGIN) // 300) * 5, MAX_OFFSET // 60)
            plain["duration"] = format_offset(minutes * 60, sign=False)
            self.note(
                self.sheets.source, messages.DURATION_GUESSED.format(duration=plain["duration"])
            )
        return self.built

    def exercise(self, plain: dict[str, Any]) -> None:
        rows = self.rows(layout.EXERCISE)
        fields = layout.exercise_fields()
        labels = {layout.normal_header(label): key for key, label in fields}
        labels.update({key: key for key, _ in fields if not key.startswith(layout.EXTRA)})
        for row in rows or []:
            label_cell = row.cells.get("field")
            if label_cell is None:
                if "value" in row.cells:
                    self.fail(row.cells["value"], messages.EXERCISE_NO_FIELD)
                continue
            key = labels.get(layout.normal_header(_as_text(label_cell.value)))
            if key is None:
                hint = nearest(_as_text(label_cell.value), [label for _, label in fields])
                self.fail(
                    label_cell,
                    messages.EXERCISE_UNKNOWN_FIELD.format(field=_as_text(label_cell.value))
                    + (messages.HINT.format(hint=hint) if hint else ""),
                )
                continue
            value = row.cells.get("value")
            if value is None:
                continue
            if key.startswith(layout.EXTRA):
                name = key.removeprefix(layout.EXTRA)
                self.mark(name, value)
                plain[name] = cellforms.read_extra(ScenarioPack, name, _as_text(value.value))
                continue
            self.mark(key, value)
            if key == "tags":
                plain[key] = cellforms.lines(_as_text(value.value))
            elif key in ("duration", "short_duration"):
                seconds = self.offset(value, clock=False)
                if seconds is not None:
                    plain[key] = format_offset(seconds, sign=False)
            else:
                plain[key] = (
                    _as_text(value.value).strip()
                    if key in ("id", "language", "version", "marking")
                    else _as_text(value.value)
                )
        stem = self.sheets.source.rsplit(".", 1)[0]
        if "id" not in plain:
            plain["id"] = self.pack_id or slug(stem) or "dreiebok"
            self.note(
                self.sheets.source,
                messages.ID_GUESSED.format(sheet=layout.EXERCISE, id=plain["id"]),
            )
        elif self.pack_id:
            plain["id"] = self.pack_id
        if "title" not in plain:
            plain["title"] = stem
            self.note(self.sheets.source, messages.TITLE_GUESSED.format(title=stem))
        for key in ("summary", "hazard", "region"):
            plain.setdefault(key, "")

    def simple_sheets(self, plain: dict[str, Any]) -> None:
        language = str(plain.get("language", "nb"))
        roles = self.rows(layout.ROLES)
        if roles is not None:
            plain["roles"] = []
            for row in roles:
                path = f"roles[{len(plain['roles'])}]"
                self.mark(path, row)
                role: dict[str, Any] = {"id": self.ident(row, "id", f"{path}.id") or ""}
                for key in ("title", "description"):
                    value = self.text(row, key, f"{path}.{key}")
                    if value is not None:
                        role[key] = value
                standard = standard_role(role["id"], language)
                if standard is not None:
                    role.setdefault("title", standard.title)
                    role.setdefault("description", standard.description)
                if "essential" in row.cells:
                    essential = self.yes_no(row.cells["essential"], f"{path}.essential")
                    if essential is not None:
                        role["essential"] = essential
                if not role["id"]:
                    self.fail(row, messages.ROW_WITHOUT_ID)
                self.extras(row, Role, path, role)
                plain["roles"].append(role)
        goals = self.rows(layout.GOALS)
        if goals is not None:
            plain["objectives"] = []
            by_id: dict[str, dict[str, Any]] = {}
            for row in goals:
                goal: dict[str, Any] = {}
                parent_id = self.ident(row, "parent", "")
                if parent_id:
                    parent = by_id.get(parent_id)
                    if parent is None:
                        hint = nearest(parent_id, by_id)
                        self.fail(
                            row.cells["parent"],
                            messages.NO_PARENT_GOAL.format(goal=parent_id)
                            + (messages.HINT.format(hint=hint) if hint else ""),
                        )
                        continue
                    index = plain["objectives"].index(parent)
                    path = f"objectives[{index}].subgoals[{len(parent.setdefault('subgoals', []))}]"
                    parent["subgoals"].append(goal)
                else:
                    path = f"objectives[{len(plain['objectives'])}]"
                    plain["objectives"].append(goal)
                self.mark(path, row)
                goal["id"] = self.ident(row, "id", f"{path}.id") or ""
                if not goal["id"]:
                    self.fail(row, messages.ROW_WITHOUT_ID)
                goal["title"] = self.text(row, "title", f"{path}.title") or ""
                for key in ("description", "indicator") if parent_id else ("description",):
                    value = self.text(row, key, f"{path}.{key}")
                    if value is not None:
                        goal[key] = value
                if not parent_id and "indicator" in row.cells:
                    self.fail(row.cells["indicator"], messages.INDICATOR_ON_GOAL)
                self.extras(row, SubGoal if parent_id else Objective, path, goal)
                if not parent_id:
                    by_id[goal["id"]] = goal
        self.table(
            plain, layout.BOARD, "board", ("label", "value", "status"), ("label",), BoardItem
        )
        self.table(
            plain,
            layout.RESPONSES,
            "response_cells",
            ("actor", "text", "channel"),
            ("actor", "text"),
            ResponseCell,
        )
        variables = self.rows(layout.VARIABLES)
        if variables is not None:
            plain["variables"] = {}
            for row in variables:
                name = self.ident(row, "name", "")
                if not name:
                    self.fail(row, messages.ROW_WITHOUT_NAME)
                    continue
                path = f"variables.{name}"
                self.mark(path, row)
                variable = {"label": self.text(row, "label", f"{path}.label") or ""}
                for key in ("default", "help"):
                    value = self.text(row, key, f"{path}.{key}")
                    if value is not None:
                        variable[key] = value
                if name in plain["variables"]:
                    self.fail(row.cells["name"], messages.VARIABLE_TWICE.format(name=name))
                self.extras(row, Variable, path, variable)
                plain["variables"][name] = variable

    def table(
        self,
        plain: dict[str, Any],
        sheet: str,
        key: str,
        fields: tuple[str, ...],
        required: tuple[str, ...],
        cls: type,
    ) -> None:
        rows = self.rows(sheet)
        if rows is None:
            return
        plain[key] = []
        for row in rows:
            path = f"{key}[{len(plain[key])}]"
            self.mark(path, row)
            item: dict[str, Any] = {"id": self.ident(row, "id", f"{path}.id") or ""}
            if not item["id"]:
                self.fail(row, messages.ROW_WITHOUT_ID)
            for name in fields:
                value = self.text(row, name, f"{path}.{name}")
                if value is not None:
                    item[name] = value.strip() if name == "status" else value
                elif name in required:
                    item[name] = ""
            self.extras(row, cls, path, item)
            plain[key].append(item)

    def extras(self, row: Row, cls: type, path: str, target: dict[str, Any]) -> None:
        """Columns named for format fields that have no place of their own (``layout.extras``)."""
        own = set(layout.extras(cls))
        for key, cell in row.cells.items():
            if not key.startswith(layout.EXTRA):
                continue
            name = key.removeprefix(layout.EXTRA)
            if name not in own:
                self.fail(cell, messages.FIELD_NOT_HERE.format(field=name))
                continue
            self.mark(f"{path}.{name}", cell)
            target[name] = cellforms.read_extra(cls, name, _as_text(cell.value))

    def yes_no(self, cell: Cell, path: str) -> bool | None:
        self.mark(path, cell)
        try:
            return cellforms.read_yes_no(cell.value)
        except cellforms.CellProblem as exc:
            self.fail(cell, str(exc))
            return None

    # --- phases and injects -----------------------------------------------------------
    def phases(self) -> dict[str, dict[str, Any]] | None:
        rows = self.rows(layout.PHASES)
        if rows is None:
            return None
        phases: dict[str, dict[str, Any]] = {}
        for index, row in enumerate(rows):
            path = f"phases[{index}]"
            phase: dict[str, Any] = {"id": self.ident(row, "id", f"{path}.id") or ""}
            if not phase["id"]:
                self.fail(row, messages.ROW_WITHOUT_ID)
                continue
            self.mark(path, row)
            phase["title"] = self.text(row, "title", f"{path}.title") or ""
            description = self.text(row, "description", f"{path}.description")
            if description is not None:
                phase["description"] = description
            phase["injects"] = []
            self.extras(row, Phase, path, phase)
            phases[phase["id"]] = phase
        return phases

    def injects(self, plain: dict[str, Any], declared: dict[str, dict[str, Any]] | None) -> None:
        rows = self.rows(layout.INJECTS) or []
        if not rows:
            table = self.sheets.tables.get(layout.INJECTS)
            self.fail(table.title if table else self.sheets.source, messages.NO_INJECTS)
        phases: dict[str, dict[str, Any]] = dict(declared or {})
        order: list[str] = list(phases)
        titles = {str(p["title"]).casefold(): pid for pid, p in phases.items()}
        used_ids = {str(c.value).strip() for r in rows for k, c in r.cells.items() if k == "id"}
        finished: set[str] = set()
        current: str | None = None
        roles = self.role_lookup(plain)
        for number, row in enumerate(rows, start=1):
            phase_cell = row.cells.get("phase")
            if phase_cell is not None:
                wanted = _as_text(phase_cell.value).strip()
                phase_id = self.phase_id(
                    wanted, phase_cell, phases, titles, declared is not None, order
                )
                if phase_id is None:
                    continue
            elif current is not None:
                phase_id = current
            else:
                phase_id = "fase-1"
                if phase_id not in phases:
                    phases[phase_id] = {"id": phase_id, "title": "Fase 1", "injects": []}
                    order.append(phase_id)
                    self.note(row.place, messages.PHASE_GUESSED.format(phase="Fase 1"))
            if phase_id != current:
                if phase_id in finished:
                    self.fail(phase_cell or row, messages.PHASE_SPLIT.format(phase=phase_id))
                    continue
                if current is not None:
                    finished.add(current)
                current = phase_id
            phase = phases[phase_id]
            index = order.index(phase_id)
            path = f"phases[{index}].injects[{len(phase['injects'])}]"
            if f"phases[{index}]" not in self.built.cells and phase_cell is not None:
                self.mark(f"phases[{index}]", phase_cell)
            inject = self.inject(row, path, number, used_ids, roles)
            phase["injects"].append(inject)
        plain["phases"] = [phases[pid] for pid in order]
        if roles.inferred is not None:
            plain["roles"] = [
                {"id": rid, "title": role.title, "description": role.description}
                for rid in roles.inferred
                if (role := standard_role(rid, str(plain.get("language", "nb")))) is not None
            ]
            if roles.inferred:
                self.note(
                    self.sheets.source,
                    messages.ROLES_INFERRED.format(
                        sheet=layout.ROLES, roles=", ".join(roles.inferred)
                    ),
                )

    def phase_id(
        self,
        wanted: str,
        cell: Cell,
        phases: dict[str, dict[str, Any]],
        titles: dict[str, str],
        declared: bool,
        order: list[str],
    ) -> str | None:
        if wanted in phases:
            return wanted
        if wanted.casefold() in titles:
            return titles[wanted.casefold()]
        if declared:
            hint = nearest(wanted, phases)
            self.fail(
                cell,
                messages.NO_SUCH_PHASE.format(phase=wanted, sheet=layout.PHASES)
                + (messages.HINT.format(hint=hint) if hint else ""),
            )
            return None
        phase_id = wanted if is_id(wanted) else slug(wanted) or f"fase-{len(order) + 1}"
        while phase_id in phases:
            phase_id = f"{phase_id}-{len(order) + 1}"
        phases[phase_id] = {"id": phase_id, "title": wanted, "injects": []}
        titles[wanted.casefold()] = phase_id
        order.append(phase_id)
        return phase_id

    def inject(
        self, row: Row, path: str, number: int, used_ids: set[str], roles: _Roles
    ) -> dict[str, Any]:
        self.mark(path, row)
        inject: dict[str, Any] = {}
        given = self.ident(row, "id", f"{path}.id")
        if not given:
            given = f"innspill-{number}"
            while given in used_ids:
                given += "-x"
            used_ids.add(given)
        inject["id"] = given
        at_cell = _serial_as_clock(row.cells.get("at"))
        if at_cell is None:
            if "at" not in row.refused:
                self.fail(row, messages.NO_TIME)
            inject["at"] = format_offset(self.previous_at)
        else:
            self.mark(f"{path}.at", at_cell)
            # Excel makes «00:25» typed into a row of offsets a time of day; after offsets
            # it means the same offset. Clock times count from the first row (or --start).
            as_clock = isinstance(at_cell.value, datetime) or (
                isinstance(at_cell.value, time) and self.time_kinds != {"offset"}
            )
            seconds = self.offset(at_cell, clock=as_clock)
            kind = "clock" if as_clock else "offset"
            if seconds is not None and self.time_kinds - {kind}:
                self.fail(at_cell, messages.MIXED_TIMES)
                seconds = None
            self.time_kinds.add(kind)
            # A time already named as wrong stands in as the one before, so the order
            # check does not name the row a second time.
            self.previous_at = seconds if seconds is not None else self.previous_at
            inject["at"] = format_offset(self.previous_at)
        scenario = _serial_as_clock(row.cells.get("scenario_time"))
        if scenario is not None:
            self.mark(f"{path}.scenario_time", scenario)
            value = self.scenario_time(scenario)
            if value is not None:
                inject["scenario_time"] = value
        title = self.text(row, "title", f"{path}.title")
        if title is None and "title" not in row.refused:
            self.fail(row, messages.NO_TITLE)
        inject["title"] = title or ""
        inject["text"] = self.text(row, "text", f"{path}.text") or ""
        for key in ("source", "notes"):
            value = self.text(row, key, f"{path}.{key}")
            if value is not None:
                inject[key] = value
        questions = self.questions(row, path, roles)
        if questions:
            inject["questions"] = questions
        for key in ("expected_actions", "stall_prompts"):
            value = self.text(row, key, f"{path}.{key}")
            if value is not None:
                inject[key] = cellforms.lines(value)
        board = self.parsed(row, "board", f"{path}.board", cellforms.read_board)
        if board is not None:
            inject["board"] = board
        for key in ("responses", "objectives"):
            value = self.text(row, key, f"{path}.{key}")
            if value is not None:
                inject[key] = cellforms.ids(value)
        media = self.parsed(row, "media", f"{path}.media", cellforms.read_media)
        if media is not None:
            inject["media"] = media
        for key in ("auto_release", "optional"):
            flag = row.cells.get(key)
            if flag is not None:
                value_flag = self.yes_no(flag, f"{path}.{key}")
                if value_flag is not None:
                    inject[key] = value_flag
        short = row.cells.get("short_at")
        if short is not None:
            self.mark(f"{path}.short_at", short)
            seconds = self.offset(short, clock=False)
            if seconds is not None:
                inject["short_at"] = format_offset(seconds)
        self.extras(row, Inject, path, inject)
        return inject

    def questions(self, row: Row, path: str, roles: _Roles) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        numbers = sorted(
            {int(key.split(".")[1]) for key in row.cells if key.startswith(("question.", "roles."))}
        )
        for number in numbers:
            text_cell = row.cells.get(f"question.{number}")
            roles_cell = row.cells.get(f"roles.{number}")
            here = f"{path}.questions[{len(found)}]"
            if text_cell is None and roles_cell is not None:
                self.fail(roles_cell, messages.ROLES_WITHOUT_QUESTION)
                continue
            assert text_cell is not None
            self.mark(here, text_cell)
            self.mark(f"{here}.text", text_cell)
            if roles_cell is None:
                self.fail(
                    text_cell,
                    messages.QUESTION_WITHOUT_ROLE_COLUMN.format(
                        column=f"{layout.QUESTION_ROLES_PREFIX} {number}"
                    ),
                )
                continue
            self.mark(f"{here}.roles", roles_cell)
            ids = [
                roles.resolve(token, roles_cell, self)
                for token in cellforms.ids(_as_text(roles_cell.value))
            ]
            found.append({"text": _as_text(text_cell.value), "roles": ids})
        combined = row.cells.get("questions")
        if combined is not None:
            try:
                parsed = cellforms.read_combined_questions(_as_text(combined.value))
            except cellforms.CellProblem as exc:
                self.fail(combined, str(exc))
                parsed = []
            for tokens, text in parsed:
                here = f"{path}.questions[{len(found)}]"
                self.mark(here, combined)
                ids = [roles.resolve(token, combined, self) for token in tokens]
                found.append({"text": text, "roles": ids})
        return found

    def role_lookup(self, plain: dict[str, Any]) -> _Roles:
        if "roles" in plain:
            known = {str(role["id"]): str(role.get("title", "")) for role in plain["roles"]}
            return _Roles(known, None)
        language = str(plain.get("language", "nb"))
        known = {}
        for rid in STANDARD_ROLES:
            role = standard_role(rid, language)
            known[rid] = role.title if role else ""
        return _Roles(known, [])

    # --- times ------------------------------------------------------------------------
    def offset(self, cell: Cell, *, clock: bool) -> int | None:
        """Seconds from the start for a time cell in any of the forms a sheet has."""
        seconds = self._offset(cell, clock=clock)
        if seconds is not None and seconds > MAX_OFFSET:
            self.fail(cell, messages.TIME_TOO_LATE.format(hours=MAX_OFFSET // 3600))
            return None
        return seconds

    def _offset(self, cell: Cell, *, clock: bool) -> int | None:
        value = cell.value
        if isinstance(value, bool):
            self.fail(cell, messages.NOT_A_TIME.format(value=value))
            return None
        if isinstance(value, timedelta):
            return int(value.total_seconds())
        if isinstance(value, int | float):
            if float(value).is_integer() and value >= 0:
                return int(value) * 60
            self.fail(cell, messages.NOT_A_TIME.format(value=value))
            return None
        if isinstance(value, datetime | time) and clock:
            return self.from_clock(cell, value)
        if isinstance(value, time):  # a duration Excel took for a time of day: «02:30»
            return value.hour * 3600 + value.minute * 60 + value.second
        if isinstance(value, datetime | time | date):
            self.fail(cell, messages.NOT_A_TIME.format(value=value))
            return None
        text = str(value).strip()
        match = _MINUTES.match(text)
        if match:
            return int(match.group(1)) * 60
        try:
            return Duration.parse(text).seconds
        except TimingError:
            self.fail(cell, messages.NOT_A_TIME.format(value=text))
            return None

    def from_clock(self, cell: Cell, value: datetime | time) -> int | None:
        moment = value if isinstance(value, datetime) else datetime.combine(date(2000, 1, 1), value)
        if self.clock_start is None:
            if self.start is not None:
                base = moment.date() if isinstance(value, datetime) else date(2000, 1, 1)
                self.clock_start = datetime.combine(base, self.start)
            else:
                self.clock_start = moment
                self.note(cell.place, messages.CLOCK_START.format(start=moment.strftime("%H:%M")))
        elif isinstance(value, time) and moment < self.clock_start:
            moment += timedelta(days=1)  # past midnight: the next day
        seconds = int((moment - self.clock_start).total_seconds())
        if seconds < 0:
            self.fail(cell, messages.BEFORE_START.format(value=moment.strftime("%H:%M")))
            return None
        return seconds

    def scenario_time(self, cell: Cell) -> str | None:
        value = cell.value
        if isinstance(value, datetime):
            return f"{value.date().isoformat()} {value.hour:02d}:{value.minute:02d}"
        if isinstance(value, time):
            return f"{value.hour:02d}:{value.minute:02d}"
        if isinstance(value, date) or not isinstance(value, str):
            self.fail(
                cell, messages.NOT_A_SCENARIO_TIME.format(value=value, example=ScenarioTime.EXAMPLE)
            )
            return None
        try:
            ScenarioTime.parse(value)
        except TimingError as exc:
            self.fail(cell, str(exc))
            return None
        return value.strip()


@dataclass
class _Roles:
    """Roles a question may name, by id or by title; without a «Roller» sheet, the
    standard catalogue's, and those used are added to the pack (``inferred``)."""

    known: dict[str, str]  # id → title
    inferred: list[str] | None

    def resolve(self, token: str, cell: Cell, builder: _Builder) -> str:
        if token in self.known:
            role_id: str | None = token
        else:
            role_id = next(
                (
                    rid
                    for rid, title in self.known.items()
                    if title and title.casefold() == token.casefold()
                ),
                None,
            )
        if role_id is None:
            hint = nearest(token, self.known)
            builder.fail(
                cell,
                messages.NO_SUCH_ROLE.format(role=token)
                + (messages.HINT.format(hint=hint) if hint else ""),
            )
            return token  # kept, so the loader's own check of it lands on the same cell
        if self.inferred is not None and role_id not in self.inferred:
            self.inferred.append(role_id)
        return role_id


_EXCEL_EPOCH = datetime(1899, 12, 30)


def _serial_as_clock(cell: Cell | None) -> Cell | None:
    """A time a spreadsheet computed but did not format (LibreOffice saves «=B2+TIME(0,20,0)»
    in a General cell as 0.3889): a fraction is a clock time, a larger number with a
    fraction a date and time. Whole numbers stay numbers (minutes)."""
    if cell is None or not isinstance(cell.value, float) or cell.value.is_integer():
        return cell
    if not 0 < cell.value < 2_958_466:  # Excel's last day, 9999-12-31
        return cell
    moment = _EXCEL_EPOCH + timedelta(seconds=round(cell.value * 86400))
    value: datetime | time = moment.time() if cell.value < 1 else moment
    return dataclasses.replace(cell, value=value)


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


_FOLD = str.maketrans(
    {
        "æ": "ae",
        "ø": "o",
        "å": "a",
        "á": "a",
        "č": "c",
        "đ": "d",
        "ŋ": "n",
        "š": "s",
        "ŧ": "t",
        "ž": "z",
    }
)


def slug(text: str) -> str:
    """An id from a title: «Fase 1 – Varsling» → «fase-1-varsling»."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")[:64].strip("-")


def build(sheets: Sheets, *, pack_id: str | None = None, start: time | None = None) -> Built:
    """The pack's plain data from the tables read; problems and notes of the sheets too."""
    built = _Builder(sheets, pack_id, start).build()
    built.problems[:0] = sheets.problems
    built.notes[:0] = sheets.notes
    return built
