"""Hostile and careless spreadsheets: each gives its exact located message or a refusal.

Every workbook is made here, from the demo pack's own export changed in one way (or as
raw bytes for what openpyxl would not write); none is evaluated, none leaves a folder.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from ovelse.interchange import safety
from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.importing import import_dreiebok
from ovelse.interchange.sheets import inject_headers
from ovelse.interchange.workbook import workbook_bytes
from ovelse.scenario.loader import load_pack

DEMO = Path(__file__).parents[2] / "scenarios" / "kom-i-gang"


def demo_book() -> bytes:
    return workbook_bytes(load_pack(DEMO).pack)


def changed(change: Callable[[Worksheet], None]) -> Callable[[Path], Path]:
    """The demo workbook with its inject sheet changed by ``change``."""

    def make(folder: Path) -> Path:
        book = load_workbook(io.BytesIO(demo_book()))
        change(book["Innspill"])
        path = folder / "dreiebok.xlsx"
        book.save(path)
        return path

    return make


def raw(name: str, data: Callable[[], bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data())
        return path

    return make


def with_member(name: str, content: bytes, *, level: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(demo_book())) as source,
        zipfile.ZipFile(out, "w", compression=level) as target,
    ):
        for item in source.infolist():
            if item.filename != name:
                target.writestr(item, source.read(item.filename))
        target.writestr(name, content)
    return out.getvalue()


def sheet_xml_with(old: str, new: str) -> bytes:
    archive = zipfile.ZipFile(io.BytesIO(demo_book()))
    xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert old in xml
    return with_member("xl/worksheets/sheet1.xml", xml.replace(old, new, 1).encode())


def set_cell(coordinate: str, value: object) -> Callable[[Worksheet], None]:
    def change(sheet: Worksheet) -> None:
        sheet[coordinate] = value

    return change


def hide_row(sheet: Worksheet) -> None:
    sheet.row_dimensions[3].hidden = True


def hide_column(sheet: Worksheet) -> None:
    sheet.column_dimensions["F"].hidden = True


def merge(sheet: Worksheet) -> None:
    sheet.merge_cells("A2:A3")


def empty_rows(sheet: Worksheet) -> None:
    sheet.insert_rows(3, 2)


def split_phase(sheet: Worksheet) -> None:
    sheet["A3"] = "f2"


def too_many_rows(sheet: Worksheet) -> None:
    for number in range(7, 5010):
        sheet.cell(row=number, column=5, value="x")


def hide_roles(folder: Path) -> Path:
    book = load_workbook(io.BytesIO(demo_book()))
    book["Roller"].sheet_state = "hidden"
    path = folder / "dreiebok.xlsx"
    book.save(path)
    return path


def no_headers(folder: Path) -> Path:
    book = load_workbook(io.BytesIO(demo_book()))
    sheet = book["Innspill"]
    for cell in sheet[1]:
        cell.value = f"Kolonne {cell.column}"
    path = folder / "dreiebok.xlsx"
    book.save(path)
    return path


def zip_bomb() -> bytes:
    # 200 MB of zeros packs to about 200 kB: a ratio of about 1 000.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(200):
                member.write(block)
    return out.getvalue()


def styled_to_the_bottom() -> bytes:
    """A sheet with 260 000 empty styled cells, stored uncompressed so its ratio is 1:1."""
    archive = zipfile.ZipFile(io.BytesIO(demo_book()))
    xml = archive.read("xl/worksheets/sheet1.xml").decode()
    rows = "".join(f'<row r="{n}"><c r="A{n}" s="1"/></row>' for n in range(100, 260_100))
    xml = xml.replace("</sheetData>", rows + "</sheetData>", 1)
    return with_member("xl/worksheets/sheet1.xml", xml.encode(), level=zipfile.ZIP_STORED)


def cp1252_csv() -> bytes:
    return "Fase;Id;Planlagt tid;Tittel\nf1;i1;00:00;Varsel\nf1;i2;00:05;Strøm går\n".encode(
        "cp1252"
    )


# (what the planner did, how the file is made, the exact line the planner reads)
HOSTILE: list[tuple[str, Callable[[Path], Path], str]] = [
    (
        "formula without a saved value",
        changed(set_cell("E2", '=UPPER("varsel")')),
        "Innspill!E2: tittel: cellen har en formel uten lagret verdi; Øvelse regner aldri ut "
        "formler – skriv inn verdien (eller åpne og lagre filen i Excel eller LibreOffice)",
    ),
    (
        "error value",
        raw(
            "dreiebok.xlsx",
            lambda: sheet_xml_with(
                '<c r="B2" s="2" t="inlineStr"><is><t>i1</t></is></c>',
                '<c r="B2" s="2" t="e"><v>#REF!</v></c>',
            ),
        ),
        "Innspill!B2: id: cellen har feilverdien #REF! – rett formelen eller skriv inn verdien",
    ),
    (
        "merged cells",
        changed(merge),
        "Innspill!A2:A3: sammenslåtte celler – verdien står bare i den første; del opp "
        "sammenslåingen og skriv verdien i hver celle",
    ),
    (
        "hidden row",
        changed(hide_row),
        "Innspill!rad 3: raden er skjult – vis den, eller slett den hvis den ikke skal være med",
    ),
    (
        "hidden column",
        changed(hide_column),
        "Innspill!F1: kolonnen «Fra» er skjult – vis den, eller slett den hvis den ikke skal "
        "være med",
    ),
    (
        "hidden sheet",
        hide_roles,
        "Roller: arket er skjult – vis det (høyreklikk på arkfanen, «Vis») og prøv igjen",
    ),
    (
        "date as text for the scenario time",
        changed(set_cell("D2", "07.08.2026 14:00")),
        "Innspill!D2: scenariotid: «07.08.2026 14:00» er ikke en scenariotid (skriv for "
        "eksempel «Dag 2 06:00», «06:30» eller «2026-08-07 14:00»)",
    ),
    (
        "date as text for the planned time",
        changed(set_cell("C3", "1.1.2026")),
        "Innspill!C3: planlagt tid: «1.1.2026» er ikke et tidspunkt (skriv for eksempel "
        "+00:25, 00:25 eller 25)",
    ),
    (
        "a date for the planned time",
        changed(set_cell("C3", datetime(2026, 1, 1).date())),
        "Innspill!C3: planlagt tid: klokkeslett her, men tid fra start i raden over (eller "
        "omvendt); skriv alle tidene på samme måte",
    ),
    (
        "text that fills a cell to Excel's limit",
        changed(set_cell("G2", "æ" * 60_000)),
        "Innspill!G2: tekst til deltakerne: teksten fyller hele cellen (32 767 tegn, det meste "
        "Excel har plass til) og kan være kuttet; del den opp, eller skriv den i scenario.yaml",
    ),
    (
        "text over the format's length limit, in a CSV",
        raw("innspill.csv", lambda: ("Tittel;Planlagt tid\n" + "a" * 60_000 + ";0\n").encode()),
        "innspill.csv!A2: tittel: teksten er 60 000 tegn; en tekst kan være høyst 50 000 tegn",
    ),
    (
        "unknown role",
        changed(set_cell("J2", "ordfører2")),
        "Innspill!J2: roller 1: rollen «ordfører2» finnes ikke (mente du «ordforer»?)",
    ),
    (
        "a phase split in two",
        changed(split_phase),
        "Innspill!A4: fase: fasen «f1» står også lenger opp, med en annen fase imellom; rader "
        "i samme fase må stå samlet",
    ),
    (
        "a status that is not one",
        changed(set_cell("S2", "strom: Ute [rød]\nvei: Stengt [kritiskk]")),
        "Innspill!S2: endringer i situasjonsbildet: «rød» er ikke en status; skriv [normal], "
        "[redusert], [kritisk] eller [ukjent]",
    ),
    (
        "yes or no that is neither",
        changed(set_cell("W2", "kanskje")),
        "Innspill!W2: gis automatisk: «kanskje» – skriv «ja» eller «nei»",
    ),
    (
        "two injects with one id",
        changed(set_cell("B3", "i1")),
        "Innspill!B3: id: id-en «i1» er brukt før (innspill-id-er må være unike)",
    ),
    (
        "times out of order",
        changed(set_cell("C4", "00:01")),
        "Innspill!C4: planlagt tid: innspillet er planlagt (+00:01) før det forrige (+00:03)",
    ),
    (
        "too many rows",
        changed(too_many_rows),
        "Innspill: arket har over 5 000 rader; bare de første leses",
    ),
    (
        "no header the dreiebok knows",
        no_headers,
        "Innspill!rad 1: fant ingen kjente kolonneoverskrifter i denne raden",
    ),
    (
        "a 100 MB workbook",
        lambda folder: _sparse(folder / "stor.xlsx", 100 * 1024 * 1024),
        "stor.xlsx: filen er 100 MB; en dreiebok som leses inn kan være høyst 20 MB – fjern "
        "bilder og ark som ikke trengs, eller del den opp",
    ),
    (
        "a zip bomb named .xlsx",
        raw("dreiebok.xlsx", zip_bomb),
        "dreiebok.xlsx: arbeidsboken pakkes ut til langt mer enn den fyller (over 100 ganger); "
        "den leses ikke, for den kan fylle minnet",
    ),
    (
        "empty rows formatted all the way down",
        raw("dreiebok.xlsx", styled_to_the_bottom),
        "dreiebok.xlsx: arbeidsboken har over 250 000 celler; en dreiebok har langt færre – "
        "slett tomme rader og kolonner som er formatert helt ned, eller del den opp",
    ),
    (
        "a macro-enabled workbook",
        raw("dreiebok.xlsm", demo_book),
        "dreiebok.xlsm: arbeidsboken har makroer (.xlsm); Øvelse leser ikke makroer – lagre "
        "den som vanlig Excel-arbeidsbok (.xlsx) og prøv igjen",
    ),
    (
        "macros inside a file named .xlsx",
        raw("dreiebok.xlsx", lambda: with_member("xl/vbaProject.bin", b"\0" * 100)),
        "dreiebok.xlsx: arbeidsboken har makroer (.xlsm); Øvelse leser ikke makroer – lagre "
        "den som vanlig Excel-arbeidsbok (.xlsx) og prøv igjen",
    ),
    (
        "an old .xls or a password",
        raw("dreiebok.xlsx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500),
        "dreiebok.xlsx: filen er en passordbeskyttet arbeidsbok eller i det gamle .xls-formatet "
        "– fjern passordet og lagre den som Excel-arbeidsbok (.xlsx)",
    ),
    (
        "a text file named .xlsx",
        raw("dreiebok.xlsx", lambda: b"Fase;Tittel\n"),
        "dreiebok.xlsx: filen er ikke en Excel-arbeidsbok (.xlsx) – lagre den som .xlsx, eller "
        "som CSV UTF-8",
    ),
    (
        "a cut-off zip",
        raw("dreiebok.xlsx", lambda: demo_book()[:3000]),
        "dreiebok.xlsx: filen er ikke en Excel-arbeidsbok (.xlsx) – lagre den som .xlsx, eller "
        "som CSV UTF-8",
    ),
    (
        "a zip whose workbook part is broken",
        raw("dreiebok.xlsx", lambda: with_member("xl/workbook.xml", b"<workbook><sheets>")),
        "dreiebok.xlsx: arbeidsboken er skadet og kan ikke leses – åpne den i Excel eller "
        "LibreOffice og lagre den på nytt",
    ),
    (
        "a number cell whose value is not a number",
        raw(
            "dreiebok.xlsx",
            lambda: sheet_xml_with(
                '<c r="B2" s="2" t="inlineStr"><is><t>i1</t></is></c>',
                '<c r="B2" s="2" t="n"><v>tolv</v></c>',
            ),
        ),
        "dreiebok.xlsx: arbeidsboken er skadet og kan ikke leses – åpne den i Excel eller "
        "LibreOffice og lagre den på nytt",
    ),
    (
        "a sheet whose XML is cut off",
        raw("dreiebok.xlsx", lambda: sheet_xml_with("</sheetData>", "")),
        "dreiebok.xlsx: arbeidsboken er skadet og kan ikke leses – åpne den i Excel eller "
        "LibreOffice og lagre den på nytt",
    ),
    (
        "a sheet that declares entities (a «billion laughs»)",
        raw(
            "dreiebok.xlsx",
            lambda: sheet_xml_with(
                "<worksheet",
                '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                "<worksheet",
            ),
        ),
        "dreiebok.xlsx: arbeidsboken er skadet og kan ikke leses – åpne den i Excel eller "
        "LibreOffice og lagre den på nytt",
    ),
    (
        "a CSV in Windows-1252",
        raw("innspill.csv", cp1252_csv),
        "innspill.csv:3: CSV-filen er ikke UTF-8 (byte 0xF8, trolig «ø» i Windows-1252) – "
        "lagre den som «CSV UTF-8 (kommadelt)» og prøv igjen",
    ),
    (
        "a control character that would colour the terminal, in a CSV",
        raw("innspill.csv", lambda: "Tittel;Planlagt tid\n\x1b[31mRødt;0\n".encode()),
        "innspill.csv!A2: tittel: teksten har styretegnet U+001B, som ikke kan stå i en pakke; "
        "slett det",
    ),
    (
        "a CSV in UTF-16",
        raw("innspill.csv", lambda: "Fase;Tittel\n".encode("utf-16")),
        "innspill.csv: CSV-filen er UTF-16 – lagre den som «CSV UTF-8 (kommadelt)» og prøv igjen",
    ),
]


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as stream:
        stream.write(b"PK\x03\x04")
        stream.truncate(size)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [(make, expected) for _, make, expected in HOSTILE],
    ids=[name for name, _, _ in HOSTILE],
)
def test_hostile_input_is_named_at_its_place_and_nothing_is_written(
    make: Callable[[Path], Path], expected: str, tmp_path: Path
) -> None:
    source = make(tmp_path)
    target = tmp_path / "pakke"
    try:
        result = import_dreiebok(source, target, media_root=DEMO)
    except InterchangeError as exc:
        lines = [str(problem) for problem in exc.problems]
    else:
        lines = [str(problem) for problem in result.problems]
    assert expected in lines
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ovelse-import-")]


def test_there_are_at_least_twenty_hostile_workbooks() -> None:
    assert len(HOSTILE) >= 20


def test_a_formula_with_a_saved_value_uses_that_value_and_says_so(tmp_path: Path) -> None:
    data = sheet_xml_with(
        '<c r="E2" s="4" t="inlineStr"><is><t>Farevarsel for kvelden</t></is></c>',
        '<c r="E2" s="4" t="str"><f>UPPER("x")</f><v>Farevarsel for kvelden</v></c>',
    )
    source = tmp_path / "dreiebok.xlsx"
    source.write_bytes(data)

    result = import_dreiebok(source, None, media_root=DEMO)

    assert result.ok
    assert result.pack == load_pack(DEMO).pack
    assert (
        "Innspill!E2: tittel: cellen har en formel; Øvelse regner aldri ut formler og bruker "
        "verdien som sist ble lagret i filen"
    ) in [str(note) for note in result.notes]


def test_empty_rows_in_the_middle_are_skipped_and_said(tmp_path: Path) -> None:
    source = changed(empty_rows)(tmp_path)

    result = import_dreiebok(source, None, media_root=DEMO)

    assert result.ok and result.pack == load_pack(DEMO).pack
    assert "Innspill!rad 3–4: tom rad hoppes over" in [str(note) for note in result.notes]


def test_the_zip_checks_run_before_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The limits are what a real dreiebok is far below, and a bomb far above."""
    assert len(demo_book()) < safety.MAX_FILE_BYTES // 100
    with pytest.raises(InterchangeError, match=re.escape("over 100 ganger")):
        safety.check_workbook(zip_bomb(), "x.xlsx")


def test_an_output_folder_with_files_in_it_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "dreiebok.xlsx"
    source.write_bytes(demo_book())
    target = tmp_path / "pakke"
    target.mkdir()
    (target / "notater.txt").write_text("mine", encoding="utf-8")

    with pytest.raises(InterchangeError) as caught:
        import_dreiebok(source, target, media_root=DEMO)

    assert str(caught.value).endswith(
        "pakke: mappen finnes allerede og er ikke tom; velg en ny mappe for pakken"
    )
    assert (target / "notater.txt").read_text(encoding="utf-8") == "mine"


def test_a_broken_header_cell_is_refused_when_the_columns_are_listed(tmp_path: Path) -> None:
    """The mapping dialog lists the headers before any import: a header cell that cannot
    be read gives the same refusal as the import, not a crash."""
    xml = zipfile.ZipFile(io.BytesIO(demo_book())).read("xl/worksheets/sheet1.xml").decode()
    header = re.search(r'<c r="A1".*?</c>', xml)
    assert header is not None
    path = tmp_path / "dreiebok.xlsx"
    path.write_bytes(sheet_xml_with(header.group(), '<c r="A1" t="n"><v>tolv</v></c>'))
    with pytest.raises(InterchangeError) as refused:
        inject_headers(path)
    assert [str(problem) for problem in refused.value.problems] == [
        "dreiebok.xlsx: arbeidsboken er skadet og kan ikke leses – åpne den i Excel eller "
        "LibreOffice og lagre den på nytt"
    ]
