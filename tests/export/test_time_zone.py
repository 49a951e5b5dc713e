"""One clock for every output: the session's zone, whatever the machine is set to.

The PDF used Norwegian time while the CSV used the machine's zone, so on a laptop set to
UTC the two disagreed by an hour about when a decision was made.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from ovelse.export import LogDialect, export_csv, export_json
from ovelse.report.from_session import write_report
from ovelse.store import Session


def csv_clock(path: Path, entry_id: str) -> str:
    lines = io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")
    rows = [row for row in csv.reader(lines, dialect=LogDialect) if not row[0].startswith("#")]
    header, *body = rows
    row = next(dict(zip(header, row, strict=True)) for row in body if row[0] == entry_id)
    return row["Tid (klokke)"].split()[1][:5]  # «12.03.2026 09:04:00» → «09:04»


def pdf_clock(path: Path, entry_id: str) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    found = re.search(rf"kl\. (\d\d:\d\d) · {entry_id}\b", " ".join(text.split()))
    assert found, entry_id
    return found.group(1)


def test_csv_json_and_pdf_show_the_same_clock_on_any_machine(
    session: Session, tmp_path: Path, machine_zone: Callable[[str], None]
) -> None:
    assert session.time_zone == "Europe/Oslo"  # created on a UTC machine: Norwegian time
    seen = set()
    for zone in ("UTC", "Europe/Oslo", "America/New_York"):
        machine_zone(zone)
        export_csv(session, tmp_path / "logg.csv")
        write_report(session, tmp_path / "rapport.pdf")
        export_json(session, tmp_path / "okt.json")
        entry = next(
            e
            for e in json.loads((tmp_path / "okt.json").read_text("utf-8"))["state"]["log"]
            if e["id"] == "L1"
        )
        seen.add(
            (
                csv_clock(tmp_path / "logg.csv", "L1"),
                pdf_clock(tmp_path / "rapport.pdf", "L1"),
                entry["wall_local"][11:16],
            )
        )
    assert seen == {("09:04", "09:04", "09:04")}  # 08:04 UTC in March is 09:04 in Oslo
    csv_text = (tmp_path / "logg.csv").read_bytes().decode("utf-8-sig")
    assert "# Klokkeslett i tidssonen Europe/Oslo" in csv_text
    pdf_text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "rapport.pdf").pages)
    assert "tidssonen Europe/Oslo" in " ".join(pdf_text.split())
    data = json.loads((tmp_path / "okt.json").read_text("utf-8"))
    assert data["session"]["time_zone"] == "Europe/Oslo"


def test_a_session_records_the_zone_of_the_machine_it_was_made_on(
    tmp_path: Path, machine_zone: Callable[[str], None]
) -> None:
    from ovelse.exercise import EntryKind, FakeClock
    from tests.exercise.packs import build_pack

    machine_zone("Europe/Helsinki")
    with Session.create(tmp_path / "fi.ovelse", build_pack(), clock=FakeClock()) as session:
        session.exercise.start()
        session.exercise.add_entry(EntryKind.DECISION, "Ved grensen", ["ordforer"])
        assert session.time_zone == "Europe/Helsinki"
    machine_zone("UTC")
    with Session.open(tmp_path / "fi.ovelse", read_only=True) as session:
        export_csv(session, tmp_path / "fi.csv")
    assert csv_clock(tmp_path / "fi.csv", "L1") == "10:00"  # 08:00 UTC is 10:00 in Helsinki


def test_a_session_from_before_the_zone_was_recorded_reads_as_norwegian_time(
    session: Session, tmp_path: Path
) -> None:
    path = session.path
    session.close()
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM meta WHERE key = 'time_zone'")
    connection.close()
    with Session.open(path, read_only=True) as old:
        assert old.time_zone == "Europe/Oslo"
        export_csv(old, tmp_path / "gammel.csv")
    assert csv_clock(tmp_path / "gammel.csv", "L1") == "09:04"
