"""The expected actions as ticked in the run, as a CSV file for the evaluator's spreadsheet.

One row an action of each inject given, in the order the injects were given: the pack's
expected actions in their order, then the observed ones. The file is written the way the
decision log's CSV is (``csv_log``): semicolons, UTF-8 with byte-order mark, CRLF, every
field quoted, a text that starts like a formula made harmless, and the marking and time
zone as comment lines at the top. The log's CSV stays the log: one entry a row.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ovelse import presentation, walltime
from ovelse.exercise import labels
from ovelse.exercise.evidence import mark_text
from ovelse.exercise.run import Exercise
from ovelse.export.atomic import write_atomically
from ovelse.export.csv_log import LogDialect, comment_lines, spreadsheet_text
from ovelse.store.session import Session


def action_rows(exercise: Exercise, zone: str = walltime.DEFAULT_ZONE) -> list[list[str]]:
    rows = []
    for release in exercise.releases():
        title = exercise.inject(release.inject_id).inject.title
        for number, item in enumerate(exercise.actions(release.inject_id), start=1):
            tick = item.tick if item.mark is not None else None
            cells = [
                title,
                str(number),
                item.text,
                labels.ACTION_OBSERVED if item.observed else labels.ACTION_EXPECTED,
                mark_text(item.mark),
                item.note,
                presentation.exercise_time(tick.exercise_ms) if tick else "",
                presentation.wall_time(tick.wall, zone) if tick else "",
            ]
            rows.append([spreadsheet_text(cell) for cell in cells])
    return rows


def actions_csv(exercise: Exercise, zone: str = walltime.DEFAULT_ZONE) -> bytes:
    buffer = io.StringIO(newline="")
    for line in comment_lines(exercise, zone):
        buffer.write(line + LogDialect.lineterminator)
    writer = csv.writer(buffer, dialect=LogDialect)
    writer.writerow(labels.ACTION_COLUMNS)
    writer.writerows(action_rows(exercise, zone))
    return buffer.getvalue().encode("utf-8-sig")


def export_actions_csv(session: Session, path: Path | str) -> None:
    """Write the expected actions of ``session`` to ``path`` (replacing an earlier export)."""
    write_atomically(Path(path), actions_csv(session.exercise, session.time_zone))
