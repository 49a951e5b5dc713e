"""The CSV log and the JSON export write a log entry's pieces the same way.

Both take them from ``ovelse.presentation``, as the console's log table and the report
do; two outputs that disagree on an entry's kind, roles or time confuse the evaluator.
"""

from __future__ import annotations

import json
from pathlib import Path

from ovelse import presentation
from ovelse.export.csv_log import log_rows
from ovelse.export.json_session import session_to_plain
from ovelse.store import Session


def test_csv_and_json_write_each_entry_alike(session: Session, tmp_path: Path) -> None:
    exercise = session.exercise
    rows = {row[0]: row for row in log_rows(exercise, session.time_zone)}
    plain = json.loads(json.dumps(session_to_plain(session), ensure_ascii=False))
    entries = {entry["id"]: entry for entry in plain["state"]["log"] if not entry["deleted"]}
    assert rows and set(rows) == set(entries)
    for entry_id, row in rows.items():
        shown = entries[entry_id]
        assert row[1] == shown["exercise_time"]
        assert row[5] == shown["kind_label"]
        assert row[6] == presentation.role_list(shown["role_titles"])
    roles_named = [row for row in rows.values() if row[6]]
    assert roles_named, "the story logs entries with roles"
