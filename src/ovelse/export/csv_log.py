"""The decision log as a CSV file that Norwegian Excel and LibreOffice open correctly.

Norwegian Excel expects semicolons (the comma is the decimal sign), recognises UTF-8 only
with a byte-order mark, and ends rows with CRLF; every field is quoted so commas, semicolons
and line breaks inside a text never split a cell. A text that starts like a formula is
prefixed with an apostrophe so a spreadsheet shows it instead of running it.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, tzinfo
from pathlib import Path

from ovelse.exercise import labels
from ovelse.exercise.run import Exercise
from ovelse.export.atomic import write_atomically
from ovelse.store.session import Session

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class LogDialect(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = csv.QUOTE_ALL


def spreadsheet_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def local_time(moment: datetime, tz: tzinfo | None = None) -> str:
    return moment.astimezone(tz).strftime(labels.WALL_FORMAT)


def log_rows(exercise: Exercise, tz: tzinfo | None = None) -> list[list[str]]:
    """The log as it reads now (latest versions, no deleted entries), one row per entry."""
    rows = []
    for entry in exercise.log.entries():
        inject_title = scenario = ""
        if entry.inject_id is not None:
            scheduled = exercise.inject(entry.inject_id)
            inject_title = scheduled.inject.title
            when = scheduled.scenario_time
            scenario = labels.scenario_time_text(when) if when is not None else ""
        changed = local_time(entry.changed_wall, tz) if entry.edited else ""
        row = [
            entry.id,
            labels.clock_text(entry.exercise_ms),
            local_time(entry.wall, tz),
            scenario,
            inject_title,
            labels.ENTRY_KINDS[entry.kind],
            ", ".join(exercise.role_title(role) for role in entry.roles),
            entry.text,
            entry.owner,
            entry.deadline,
            changed,
        ]
        rows.append([spreadsheet_text(cell) for cell in row])
    return rows


def log_csv(exercise: Exercise, tz: tzinfo | None = None) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect=LogDialect)
    writer.writerow(labels.LOG_COLUMNS)
    writer.writerows(log_rows(exercise, tz))
    return buffer.getvalue().encode("utf-8-sig")


def export_csv(session: Session, path: Path | str, *, tz: tzinfo | None = None) -> None:
    """Write the decision log of ``session`` to ``path`` (replacing an earlier export)."""
    write_atomically(Path(path), log_csv(session.exercise, tz))
