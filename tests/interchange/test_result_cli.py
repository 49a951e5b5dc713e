"""``ovelse result-export`` as a kommune's coordinator runs it: what it prints, that names
and exempt content go along only when asked for, and its exit codes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ovelse.cli import main
from ovelse.interchange.results.reader import read_result
from tests.interchange.evaluated import SECRET, builtin_pack, evaluated_session


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    session = evaluated_session(tmp_path, builtin_pack("evakuering-ost-finnmark"))
    path = session.path
    session.close()
    return path


def test_result_export_writes_the_file_and_says_what_is_flagged(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "Nesseby"
    assert main(["result-export", str(session_file), "-o", str(target)]) == 0
    written = tmp_path / "Nesseby.ovelseresultat"
    assert capsys.readouterr().out == (
        f"Skrev {written} (Nesseby; 2 punkter trenger oppfølging fra region/stat)\n"
    )
    read = read_result(written)
    assert not read.names_included and not read.exempt_included
    assert SECRET not in zipfile.ZipFile(written).read("resultat.json").decode()


def test_names_and_exempt_content_only_when_asked_for(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "alt.ovelseresultat"
    argv = ["result-export", str(session_file), "-o", str(target), "--names", "--exempt"]
    assert main(argv) == 0
    capsys.readouterr()
    raw = zipfile.ZipFile(target).read("resultat.json").decode()
    assert SECRET in raw and "Kari Nordmann" in raw


def test_a_missing_session_is_said_in_norwegian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "borte.ovelse"
    assert main(["result-export", str(missing), "-o", str(tmp_path / "x.ovelseresultat")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ovelse: ") and "borte.ovelse" in err
    assert "Traceback" not in err and not (tmp_path / "x.ovelseresultat").exists()


def test_a_folder_that_is_not_there_is_a_write_failure(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "finnes-ikke" / "x.ovelseresultat"
    assert main(["result-export", str(session_file), "-o", str(target)]) == 1
    assert capsys.readouterr().err.startswith(f"ovelse: kunne ikke skrive «{target}»: ")
