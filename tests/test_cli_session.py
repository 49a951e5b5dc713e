"""``ovelse report`` and ``ovelse export`` on a session file, as a coordinator runs them."""

from __future__ import annotations

import csv
import errno
import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from ovelse.cli import main
from ovelse.exercise.kinds import EntryKind, ExemptKind, MarkingKind
from ovelse.export import csv_log
from ovelse.scenario.library import pack_folders
from ovelse.scenario.loader import load_pack
from ovelse.store.session import Session
from tests.conftest import FULL_PACK


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    loaded = load_pack(FULL_PACK)
    rendered = loaded.render(loaded.values(loaded.profile("samisk")))
    path = tmp_path / "øvelse.ovelse"
    with Session.create(
        path, rendered, profile_id="samisk", media=loaded.media(rendered)
    ) as session:
        run = session.exercise
        run.start()
        run.release_next()
        run.add_entry(EntryKind.DECISION, "Kriseledelsen i Unjárga samles; «ŋ ŧ»", ("ordforer",))
        run.add_entry(
            EntryKind.ACTION,
            "Ring nettselskapet, spør om ETA, prioriteringer",
            ("kommunedirektor",),
        )
        run.end()
    return path


def test_report_command_writes_a_pdf(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "rapport.pdf"
    assert main(["report", str(session_file), "-o", str(pdf)]) == 0
    assert "sider" in capsys.readouterr().out
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Kriseledelsen i Unjárga samles; «ŋ ŧ»" in text


def test_export_csv_and_json(session_file: Path, tmp_path: Path) -> None:
    assert (
        main(["export", str(session_file), "--format", "csv", "-o", str(tmp_path / "l.csv")]) == 0
    )
    rows = list(
        csv.reader((tmp_path / "l.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    assert any("Ring nettselskapet, spør om ETA, prioriteringer" in row for row in rows)
    assert (
        main(["export", str(session_file), "--format", "json", "-o", str(tmp_path / "s.json")]) == 0
    )
    assert "Unjárga" in json.dumps(
        json.loads((tmp_path / "s.json").read_text(encoding="utf-8")), ensure_ascii=False
    )


def test_report_while_the_session_is_open_elsewhere(session_file: Path, tmp_path: Path) -> None:
    with Session.open(session_file) as live:
        assert not live.read_only
        assert main(["report", str(session_file), "-o", str(tmp_path / "r.pdf")]) == 0
        live.exercise.add_entry(EntryKind.OBSERVATION, "Fortsatt skrivbar", ("ordforer",))


def test_not_a_session_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notat.ovelse"
    bogus.write_text("Dette er bare et notat.", encoding="utf-8")
    before = bogus.read_bytes()
    assert main(["report", str(bogus), "-o", str(tmp_path / "r.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ovelse: ") and "notat.ovelse" in err and "Traceback" not in err
    assert bogus.read_bytes() == before
    assert not (tmp_path / "r.pdf").exists()


def test_selftest_without_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["selftest", "--no-gui"]) == 0
    built_in = len(pack_folders())
    assert built_in >= 8  # the five first packs and the three of Totalforsvarsåret
    assert f"selvtest OK: {built_in} scenariopakker" in capsys.readouterr().out


def test_report_command_writes_a_word_document(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "rapport.docx"
    assert main(["report", str(session_file), "-o", str(target), "--format", "docx"]) == 0
    assert str(target) in capsys.readouterr().out
    document = docx.Document(str(target))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Kriseledelsen i Unjárga samles; «ŋ ŧ»" in cells


def test_report_command_writes_the_public_version(session_file: Path, tmp_path: Path) -> None:
    with Session.open(session_file) as live:
        live.exercise.set_exempt(ExemptKind.ENTRY, "L2")
        live.exercise.set_marking(MarkingKind.OFFL_24)
    public = tmp_path / "offentlig.pdf"
    assert main(["report", str(session_file), "-o", str(public), "--public"]) == 0
    text = "".join(page.extract_text() for page in PdfReader(public).pages)
    assert "Kriseledelsen i Unjárga samles" in text
    assert "Ring nettselskapet" not in text
    assert "offentleglova§24tredjeledd" in "".join(text.split())
    word = tmp_path / "offentlig.docx"
    assert main(["report", str(session_file), "-o", str(word), "--public", "--format", "docx"]) == 0
    cells = [c.text for t in docx.Document(str(word)).tables for r in t.rows for c in r.cells]
    assert not any("Ring nettselskapet" in cell for cell in cells)


def test_a_full_disk_is_said_in_norwegian_not_in_the_systems_english(
    session_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(csv_log, "write_atomically", full)
    target = tmp_path / "logg.csv"
    assert main(["export", str(session_file), "--format", "csv", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "disken er full" in err and "No space" not in err
    assert not target.exists()
