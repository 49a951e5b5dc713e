"""``ovelse validate`` as an author meets it in a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from ovelse.cli import main
from tests.conftest import FULL_PACK


def test_valid_pack_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(FULL_PACK)]) == 0
    assert "OK (3 innspill, 2 profiler)" in capsys.readouterr().out


def test_valid_profile_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(FULL_PACK / "profiles" / "samisk.yaml")]) == 0
    assert "profil for «full-pack»" in capsys.readouterr().out


def test_errors_are_printed_file_line_col_path_and_exit_one(
    full_pack_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = full_pack_copy / "scenario.yaml"
    file.write_text(
        file.read_text(encoding="utf-8").replace('at: "1h"', 'at: "snart"'), encoding="utf-8"
    )
    assert main(["validate", str(full_pack_copy), str(FULL_PACK)]) == 1
    captured = capsys.readouterr()
    line = captured.err.strip().splitlines()[0]
    assert line.startswith(f"{file}:78:13: phases[0].injects[1].at: «snart» er ikke en varighet")
    assert "Traceback" not in captured.err
    assert "OK" in captured.out  # the good pack is still reported


def test_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "finnes-ikke")]) == 1
    assert "mappen finnes ikke" in capsys.readouterr().err
