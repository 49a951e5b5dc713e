"""A workbook LibreOffice made imports: its time cells, its formulas' saved values.

``tests/fixtures/dreiebok/libreoffice-plan.xlsx`` was made from the CSV beside it with
``soffice --headless --infilter="CSV:44,34,76,1,,1033,false,true,true,false,false,-1"
--convert-to xlsx libreoffice-plan.csv`` (LibreOffice 7.4). Its «Tid» column is a time
(09:00) and two formulas (``=B2+TIME(0,20,0)``) whose saved values LibreOffice wrote as
day fractions in General cells. Where LibreOffice is installed the conversion is done
again here, so a newer LibreOffice is tried too.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ovelse.interchange.importing import ImportResult, import_dreiebok
from ovelse.interchange.mapping import load_mapping

FIXTURES = Path(__file__).parents[1] / "fixtures" / "dreiebok"


def imported(source: Path, tmp_path: Path) -> ImportResult:
    mapping = tmp_path / "kolonner.yaml"
    mapping.write_text("kolonner:\n  Tid: Planlagt tid\n", encoding="utf-8")
    return import_dreiebok(source, tmp_path / "pakke", mapping=load_mapping(mapping))


def check(result: ImportResult) -> None:
    assert [str(p) for p in result.problems] == []
    assert result.pack is not None
    pack = result.pack
    assert [(str(i.at), i.title) for i in pack.injects()] == [
        ("+00:00", "Rødt farevarsel"),
        ("+00:20", "Strømmen går"),
        ("+00:45", "Vannverket"),
    ]
    assert [phase.title for phase in pack.phases] == ["Varsling", "Håndtering"]
    assert pack.injects()[0].questions[0].roles == ("ordforer", "kommunedirektor")
    assert pack.injects()[2].questions[0].roles == ("kommunedirektor",)
    assert pack.injects()[2].text == "Lavt trykk i\nhøydebasseng."
    assert "plan!B3: tid: cellen har en formel; Øvelse regner aldri ut formler og bruker " in (
        "\n".join(str(note) for note in result.notes)
    )


def test_the_checked_in_libreoffice_workbook_imports(tmp_path: Path) -> None:
    source = tmp_path / "plan.xlsx"
    shutil.copyfile(FIXTURES / "libreoffice-plan.xlsx", source)
    check(imported(source, tmp_path))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_libreoffice_makes_now_imports(tmp_path: Path) -> None:
    shutil.copyfile(FIXTURES / "libreoffice-plan.csv", tmp_path / "plan.csv")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--infilter=CSV:44,34,76,1,,1033,false,true,true,false,false,-1",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "plan.csv"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    check(imported(tmp_path / "plan.xlsx", tmp_path))
