"""The workbook a planning group gets: sheets, frozen headers, dropdowns, text kept text."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ovelse.interchange import layout
from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.importing import import_dreiebok
from ovelse.interchange.workbook import csv_bytes, workbook_bytes
from ovelse.scenario.loader import LoadedPack


def test_the_workbook_has_every_sheet_with_frozen_wrapped_headers(demo_pack: LoadedPack) -> None:
    book = load_workbook(io.BytesIO(workbook_bytes(demo_pack.pack)))

    assert book.sheetnames == list(layout.SHEETS)
    injects = book[layout.INJECTS]
    assert injects.freeze_panes == "A2"
    headers = [cell.value for cell in injects[1]]
    assert headers[:8] == [
        "Fase",
        "Id",
        "Planlagt tid",
        "Scenariotid",
        "Tittel",
        "Fra",
        "Tekst til deltakerne",
        "Notater til øvingsleder",
    ]
    assert "Spørsmål 1" in headers and "Roller 1" in headers and "Mål" in headers
    assert injects.column_dimensions["G"].width == 60
    assert injects["G2"].alignment.wrap_text
    assert injects.max_row == 1 + len(demo_pack.pack.injects())
    assert injects["C2"].value == str(demo_pack.pack.injects()[0].at)


def test_dropdowns_offer_phases_roles_goals_and_statuses(demo_pack: LoadedPack) -> None:
    book = load_workbook(io.BytesIO(workbook_bytes(demo_pack.pack)))
    injects = book[layout.INJECTS]
    by_formula = {dv.formula1: dv for dv in injects.data_validations.dataValidation}

    phases = by_formula["'Faser'!$A$2:$A$500"]
    assert "A2:A500" in str(phases.sqref) and phases.errorStyle == "stop"
    roles = by_formula["'Roller'!$A$2:$A$500"]
    assert "J2:J500" in str(roles.sqref)  # «Roller 1»
    assert by_formula["'Mål'!$A$2:$A$500"].type == "list"
    board = book[layout.BOARD].data_validations.dataValidation[0]
    assert board.formula1 == '"normal,redusert,kritisk,ukjent"'
    assert "D2:D500" in str(board.sqref)


def test_text_that_looks_like_a_formula_is_written_as_text(
    demo_pack: LoadedPack, tmp_path: Path
) -> None:
    first = demo_pack.pack.phases[0]
    inject = dataclasses.replace(
        first.injects[0], title='=HYPERLINK("http://x")', source="+47 99 99 99 99", notes="@alle"
    )
    phase = dataclasses.replace(first, injects=(inject, *first.injects[1:]))
    pack = dataclasses.replace(demo_pack.pack, phases=(phase, *demo_pack.pack.phases[1:]))
    data = workbook_bytes(pack)

    sheet_xml = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml  # no formula anywhere in the file
    cell = load_workbook(io.BytesIO(data))[layout.INJECTS]["E2"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"
    assert cell.quotePrefix

    file = tmp_path / "bok.xlsx"
    file.write_bytes(data)
    result = import_dreiebok(file, None, media_root=demo_pack.root)
    assert result.pack is not None and result.pack.injects()[0].title == inject.title


def test_csv_is_utf8_with_bom_and_semicolons_and_reads_back(
    demo_pack: LoadedPack, tmp_path: Path
) -> None:
    data = csv_bytes(demo_pack.pack)

    assert data.startswith(b"\xef\xbb\xbfFase;Id;Planlagt tid;")
    assert "æ".encode() in data or "ø".encode() in data
    # The CSV holds the inject sheet; with the other sheets' ids it reads back to the pack.
    file = tmp_path / "innspill.csv"
    file.write_bytes(data)
    result = import_dreiebok(file, None, media_root=demo_pack.root, base=demo_pack.pack)
    assert [str(p) for p in result.problems] == []
    assert result.pack == demo_pack.pack


def test_csv_protects_formula_like_text_and_the_import_removes_the_quote(
    demo_pack: LoadedPack, tmp_path: Path
) -> None:
    first = demo_pack.pack.phases[0]
    inject = dataclasses.replace(first.injects[0], title="=1+2")
    phase = dataclasses.replace(first, injects=(inject, *first.injects[1:]))
    pack = dataclasses.replace(demo_pack.pack, phases=(phase, *demo_pack.pack.phases[1:]))
    data = csv_bytes(pack)
    assert ";'=1+2;" in data.decode("utf-8-sig")

    file = tmp_path / "innspill.csv"
    file.write_bytes(data)
    result = import_dreiebok(file, None, media_root=demo_pack.root, base=demo_pack.pack)
    assert result.pack is not None and result.pack.injects()[0].title == "=1+2"


def test_a_text_a_workbook_cannot_hold_is_named_not_written(
    demo_pack: LoadedPack, tmp_path: Path
) -> None:
    first = demo_pack.pack.phases[0]
    inject = dataclasses.replace(first.injects[0], title="Bjelle\x07")
    phase = dataclasses.replace(first, injects=(inject, *first.injects[1:]))
    pack = dataclasses.replace(demo_pack.pack, phases=(phase, *demo_pack.pack.phases[1:]))

    with pytest.raises(InterchangeError) as caught:
        workbook_bytes(pack)

    assert str(caught.value) == (
        "Innspill!E2: teksten har et styretegn som en arbeidsbok ikke kan ha"
    )
