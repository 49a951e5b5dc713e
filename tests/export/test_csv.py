"""The decision log as a spreadsheet file a Norwegian office opens without fuss."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ovelse.exercise import EntryKind, MarkingKind, labels
from ovelse.export import LogDialect, export_csv
from ovelse.store import Session
from tests.exercise.story import LETTERS


def _read(path: Path) -> tuple[bytes, list[list[str]]]:
    """The file's bytes and its records, with the ``#`` comment lines skipped as data
    tools skip them."""
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    lines = io.StringIO(text, newline="")
    return raw, [row for row in csv.reader(lines, dialect=LogDialect) if not row[0].startswith("#")]


def test_csv_opens_in_norwegian_spreadsheets(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "beslutningslogg.csv"
    export_csv(session, path)
    raw, rows = _read(path)
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 needs a BOM for Excel"
    assert raw.count(b"\r\n") == len(rows) + 2, "every line ends with CRLF, nothing else does"
    assert rows[0] == list(labels.LOG_COLUMNS)
    assert rows[0][:3] == ["Nr", "Tid (øvelse)", "Tid (klokke)"]
    body = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert list(body) == ["L1"]  # the deleted entry is not in the log as it reads now
    first = body["L1"]
    assert first["Tekst"] == f"Åpne evakueringssenter i Vestertana {LETTERS}"
    assert first["Tid (øvelse)"] == "00:04:00"
    assert first["Tid (klokke)"] == "12.03.2026 09:04:00"  # 08:04 UTC, in Norwegian time
    assert first["Innspill"] == "Strømmen går"
    assert first["Scenariotid"] == "Dag 1, kl. 06:00"
    assert first["Type"] == "Beslutning"
    assert first["Roller"] == "Ordfører, Frivillige"
    assert first["Ansvarlig"] == "Kommunedirektør"
    assert first["Frist"] == "innen kl. 08:00"
    assert first["Sist endret (klokke)"] == "12.03.2026 09:20:00"
    for letter in "æøåÆØÅáčđŋšŧžÁČĐŊŠŦŽ":
        assert letter in raw.decode("utf-8-sig")


def test_separators_quotes_and_line_breaks_stay_inside_their_cell(
    session: Session, tmp_path: Path
) -> None:
    exercise = session.exercise
    tricky = 'Komma, semikolon; «sitat» og "anførsel"\r\nandre linje\nog tredje ŧ'
    exercise.add_entry(EntryKind.QUESTION, tricky, ["ordforer"], owner="A; B, C")
    exercise.add_entry(EntryKind.OBSERVATION, '=HYPERLINK("x")', ["ordforer"])
    exercise.add_entry(EntryKind.OBSERVATION, "- punkt som ser ut som minus", ["ordforer"])
    path = tmp_path / "logg.csv"
    export_csv(session, path)
    raw, rows = _read(path)
    assert [len(row) for row in rows] == [len(labels.LOG_COLUMNS)] * 5
    texts = [row[7] for row in rows[1:]]
    assert texts[1] == tricky.replace("\r\n", "\n")
    assert rows[2][8] == "A; B, C"
    assert texts[2] == '\'=HYPERLINK("x")'  # shown as text, never run as a formula
    assert texts[3] == "'- punkt som ser ut som minus"
    assert b'"Komma, semikolon; \xc2\xabsitat\xc2\xbb og ""anf' in raw


def test_an_empty_log_is_the_time_zone_and_the_header(tmp_path: Path, machine_zone) -> None:
    from ovelse.exercise import FakeClock
    from tests.exercise.packs import build_pack

    machine_zone("Europe/Oslo")
    with Session.create(tmp_path / "tom.ovelse", build_pack(), clock=FakeClock()) as session:
        export_csv(session, tmp_path / "tom.csv")
    assert (tmp_path / "tom.csv").read_bytes() == (
        "# Klokkeslett i tidssonen Europe/Oslo\r\n"
        + ";".join(f'"{column}"' for column in labels.LOG_COLUMNS)
        + "\r\n"
    ).encode("utf-8-sig")


def test_a_marked_log_says_so_on_its_first_line(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "logg.csv"
    export_csv(session, path)
    first = path.read_bytes().decode("utf-8-sig").split("\r\n", 1)[0]
    assert first == "# Unntatt offentlighet, jf. offl. § 24 tredje ledd"
    session.exercise.set_marking(MarkingKind.NONE)
    export_csv(session, path)
    assert "Unntatt" not in path.read_bytes().decode("utf-8-sig")
