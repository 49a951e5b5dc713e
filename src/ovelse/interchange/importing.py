"""Importing a dreiebok: what would be created (a dry run), then a pack that loads, or nothing.

The pack is written to a staging folder beside the target and loaded there by the loader
itself (``load_pack``: binding, references, media, rendering with every template), so
what is written is exactly what ``ovelse validate`` accepts. The loader's problems are
moved back to the cells they came from; only a pack without problems is renamed into
place. A dry run does the same in a temporary folder and keeps nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path

from ovelse.interchange import messages
from ovelse.interchange.build import Built, build
from ovelse.interchange.errors import InterchangeError, SheetProblem
from ovelse.interchange.layout import SHEETS, sheet_columns
from ovelse.interchange.mapping import ColumnMapping
from ovelse.interchange.sheets import Cell, Row, Sheets, Table, read_input
from ovelse.interchange.staging import STAGED_FILE, STAGING_PREFIX, remove_old_staging
from ovelse.interchange.workbook import sheet_rows
from ovelse.scenario.binding import bind, plain_to_node
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import PACK_FILE, load_pack
from ovelse.scenario.model import ScenarioPack
from ovelse.scenario.validate import media_file, media_problem
from ovelse.scenario.visible import visible
from ovelse.scenario.writer import pack_yaml

MAX_SHOWN_PROBLEMS = 100


@dataclass(frozen=True)
class ImportResult:
    """What an import made (or would make): the pack, its files, and what was said."""

    source: str
    pack: ScenarioPack | None
    files: tuple[str, ...] = ()
    problems: tuple[SheetProblem, ...] = ()
    notes: tuple[SheetProblem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.pack is not None and not self.problems

    def summary(self) -> list[str]:
        """The dry run's list: every file, phase and inject that would be created, with a
        text's control and direction characters shown, not obeyed, as ``ovelse validate``
        shows them."""
        return [visible(line) for line in self._summary()]

    def _summary(self) -> list[str]:
        if self.pack is None:
            return []
        pack = self.pack
        lines = [
            messages.SUMMARY_PACK.format(
                id=pack.id,
                title=pack.title,
                phases=len(pack.phases),
                injects=len(pack.injects()),
                roles=len(pack.roles),
                goals=len(pack.objectives),
                board=len(pack.board),
                responses=len(pack.response_cells),
                variables=len(pack.variables),
            )
        ]
        lines += [messages.SUMMARY_FILE.format(file=file) for file in self.files]
        for phase in pack.phases:
            lines.append(messages.SUMMARY_PHASE.format(id=phase.id, title=phase.title))
            for inject in phase.injects:
                lines.append(
                    messages.SUMMARY_INJECT.format(
                        at=inject.at,
                        id=inject.id,
                        title=inject.title,
                        questions=len(inject.questions),
                    )
                )
        return lines


def import_dreiebok(
    source: Path,
    output: Path | None,
    *,
    mapping: ColumnMapping | None = None,
    media_root: Path | None = None,
    pack_id: str | None = None,
    start: time | None = None,
    base: ScenarioPack | None = None,
) -> ImportResult:
    """Read ``source`` and write the pack folder ``output`` (which must not exist yet, or
    be empty); with ``output`` None, a dry run. Sheets the input lacks (a CSV has only
    the injects) are taken from ``base``, a pack the injects are imported into. Raises ``InterchangeError`` only for a file
    refused as a whole; problems with its content are in the result."""
    sheets = read_input(source, mapping)
    if base is not None:
        _fill_from(sheets, base)
    built = build(sheets, pack_id=pack_id, start=start)
    name = source.name
    if output is not None and output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise InterchangeError.single(str(output), messages.OUTPUT_NOT_EMPTY)
    media = media_root if media_root is not None else source.parent
    parent = output.parent if output is not None else None
    if parent is not None:
        parent.mkdir(parents=True, exist_ok=True)
        remove_old_staging(parent)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=parent))
    try:
        files: list[str] = []
        pack: ScenarioPack | None = None
        try:
            files = _stage(built, staging, media, name)
            pack = load_pack(staging / STAGED_FILE).pack
        except ScenarioError as exc:
            built.problems += _located(exc, built, name)
        problems = _unique(built.problems)
        if problems or output is None:
            return ImportResult(name, pack, tuple(files), tuple(problems), tuple(built.notes))
        if output.exists():
            output.rmdir()
        os.replace(staging / STAGED_FILE, staging / PACK_FILE)
        os.replace(staging, output)
        return ImportResult(name, pack, tuple(files), (), tuple(built.notes))
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _fill_from(sheets: Sheets, base: ScenarioPack) -> None:
    """The sheets the input lacks, as the base pack's workbook would have them."""
    rows = sheet_rows(base)
    for title in SHEETS[1:]:
        if title in sheets.tables:
            continue
        table = Table(f"{base.id} ({title})")
        keys = [column.key for column in sheet_columns(title)]
        for number, values in enumerate(rows[title], start=2):
            place = f"{base.id} ({title})!rad {number}"
            cells = {
                key: Cell(value, place, key)
                for key, value in zip(keys, values, strict=True)
                if value
            }
            table.rows.append(Row(number, place, cells))
        sheets.tables[title] = table


def pack_of(built: Built, source: str) -> ScenarioPack:
    """The pack model of what was read, bound as a pack file is (without the loader's
    checks across fields); raises ``ScenarioError`` with the field paths."""
    pack, _ = bind(plain_to_node(built.plain), ScenarioPack, source)
    return pack


def _stage(built: Built, staging: Path, media: Path, source: str) -> list[str]:
    """Write scenario.yaml (through the pack writer the editor uses) and copy the
    pictures the injects name from ``media``; raises ``ScenarioError`` for data that is
    not a pack at all, with the field paths the cells are found by."""
    pack = pack_of(built, source)
    (staging / STAGED_FILE).write_text(pack_yaml(pack), encoding="utf-8")
    files = [PACK_FILE]
    for inject in pack.injects():
        for ref in inject.media:
            if ref.path in files or media_problem(media, ref.path) is not None:
                continue  # the loader names it, at its cell
            target = media_file(staging, ref.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(media_file(media, ref.path), target)
            files.append(ref.path)
    return files


def _located(exc: ScenarioError, built: Built, source: str) -> list[SheetProblem]:
    found = []
    for problem in exc.problems:
        place, header = built.place_of(problem.path, source) if problem.path else (source, "")
        found.append(SheetProblem(place, header, problem.message))
    return found


def _unique(problems: list[SheetProblem]) -> list[SheetProblem]:
    """One problem per cell (the sheet's own, said first, is the one a planner can act
    on), and at most ``MAX_SHOWN_PROBLEMS``."""
    seen: set[str] = set()
    kept = []
    for problem in problems:
        key = problem.place if re.search(r"![A-Z]+[0-9]+$", problem.place) else str(problem)
        if key in seen:
            continue
        seen.add(key)
        kept.append(problem)
    if len(kept) > MAX_SHOWN_PROBLEMS:
        dropped = len(kept) - MAX_SHOWN_PROBLEMS
        more = replace(kept[0], field="", message=messages.MORE_PROBLEMS.format(count=dropped))
        kept = [*kept[:MAX_SHOWN_PROBLEMS], more]
    return kept
