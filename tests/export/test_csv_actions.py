"""The expected actions as ticked, as a spreadsheet file beside the decision log's."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ovelse.cli import main
from ovelse.exercise import labels
from ovelse.export import LogDialect
from ovelse.export.csv_actions import export_actions_csv
from ovelse.store import Session
from tests.exercise.story import LETTERS


def _rows(path: Path) -> tuple[bytes, list[list[str]]]:
    raw = path.read_bytes()
    lines = io.StringIO(raw.decode("utf-8-sig"), newline="")
    return raw, [row for row in csv.reader(lines, dialect=LogDialect) if not row[0].startswith("#")]


def test_each_action_of_each_given_inject_is_a_row_with_its_tick(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "handlinger.csv"
    export_actions_csv(session, path)
    raw, rows = _rows(path)
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert b"# Unntatt offentlighet" in raw  # the marking goes with the file
    assert rows[0] == list(labels.ACTION_COLUMNS)
    table = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    # i1 was given first (three expected actions), then i3 (one, and one observed).
    assert [(r["Innspill"], r["Nr"]) for r in table[:5]] == [
        ("Strømmen går", "1"),
        ("Strømmen går", "2"),
        ("Strømmen går", "3"),
        ("Sykehjemmet ringer", "1"),
        ("Sykehjemmet ringer", "2"),
    ]
    first, second, third, _, observed = table[:5]
    assert (first["Handling"], first["Utført"], first["Notat"]) == (
        "Varsle ordføreren",
        "Gjort",
        "Varslet på SMS",
    )
    assert first["Type"] == "Forventet handling"
    assert first["Krysset av (øvelse)"] == "00:10:00"
    assert first["Krysset av (klokke)"] == "12.03.2026 09:20:00"  # Norwegian time
    assert second["Utført"] == "Ikke krysset av" and second["Krysset av (øvelse)"] == ""
    assert third["Utført"] == "Ikke krysset av"
    assert observed["Type"] == "Observert handling"
    assert observed["Handling"] == f"Frivillige i Vestertana kontaktet {LETTERS}"
    assert observed["Utført"] == "Gjort"


def test_the_command_line_exports_the_actions(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "handlinger.csv"
    path = session.path
    session.close()
    assert main(["export", str(path), "--format", "handlinger", "-o", str(target)]) == 0
    _raw, rows = _rows(target)
    assert rows[0] == list(labels.ACTION_COLUMNS)
    assert rows[1][2] == "Varsle ordføreren"
