"""The CSV log, the JSON export and the report write a log entry and the marking alike.

Both take them from ``ovelse.presentation``, as the console's log table and the report
do; two outputs that disagree on an entry's kind, roles or time confuse the evaluator.
"""

from __future__ import annotations

import json
from pathlib import Path

from ovelse import presentation
from ovelse.exercise.kinds import MarkingKind
from ovelse.export.csv_log import export_csv, log_rows
from ovelse.export.json_session import session_to_plain
from ovelse.report.from_session import from_session
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


def test_the_log_and_the_report_carry_the_same_marking(session: Session, tmp_path: Path) -> None:
    session.exercise.set_marking(MarkingKind.CUSTOM, "Fortrolig:   kun for   kriseledelsen")
    path = tmp_path / "logg.csv"
    export_csv(session, path)
    first = path.read_bytes().decode("utf-8-sig").split("\r\n", 1)[0]
    assert first == "# Fortrolig: kun for kriseledelsen"
    assert from_session(session).marking == "Fortrolig: kun for kriseledelsen"
