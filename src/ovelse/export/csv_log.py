"""The decision log as a CSV file that Norwegian Excel and LibreOffice open correctly.

Norwegian Excel expects semicolons (the comma is the decimal sign), recognises UTF-8 only
with a byte-order mark, and ends rows with CRLF; every field is quoted so commas, semicolons
and line breaks inside a text never split a cell. A text that starts like a formula is
prefixed with an apostrophe so a spreadsheet shows it instead of running it.

The first lines are comments (``#``) that data tools skip: the access marking when the
session is marked, so the log keeps it when it is mailed on its own, and the time zone
the clock times are in (the session's, see :mod:`ovelse.walltime`).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ovelse import presentation, walltime
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


def log_rows(exercise: Exercise, zone: str = walltime.DEFAULT_ZONE) -> list[list[str]]:
    """The log as it reads now (latest versions, no deleted entries), one row per entry."""
    rows = []
    for entry in exercise.log.entries():
        row = presentation.log_row(exercise, entry, zone)
        cells = [
            row.id,
            row.exercise_time,
            row.wall_time,
            row.scenario_time,
            row.inject_title,
            row.kind,
            row.roles,
            row.text,
            row.owner,
            row.deadline,
            row.changed,
        ]
        rows.append([spreadsheet_text(cell) for cell in cells])
    return rows


def comment_lines(exercise: Exercise, zone: str) -> list[str]:
    """The marking (when there is one) and the time zone, as ``#`` comment lines."""
    marking = presentation.marking_line(exercise.evaluation.marking)
    lines = [marking] if marking else []
    lines.append(labels.CSV_TIME_ZONE.format(zone=zone))
    return [f"# {line}" for line in lines]


def log_csv(exercise: Exercise, zone: str = walltime.DEFAULT_ZONE) -> bytes:
    buffer = io.StringIO(newline="")
    for line in comment_lines(exercise, zone):
        buffer.write(line + LogDialect.lineterminator)
    writer = csv.writer(buffer, dialect=LogDialect)
    writer.writerow(labels.LOG_COLUMNS)
    writer.writerows(log_rows(exercise, zone))
    return buffer.getvalue().encode("utf-8-sig")


def export_csv(session: Session, path: Path | str) -> None:
    """Write the decision log of ``session`` to ``path`` (replacing an earlier export)."""
    write_atomically(Path(path), log_csv(session.exercise, session.time_zone))
