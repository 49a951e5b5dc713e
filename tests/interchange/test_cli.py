"""``ovelse export-dreiebok`` and ``ovelse import-dreiebok`` as a planner runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ovelse.cli import main
from ovelse.scenario.loader import load_pack
from tests.conftest import FULL_PACK


def test_export_then_import_gives_a_pack_that_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "dreiebok.xlsx"
    assert main(["export-dreiebok", str(FULL_PACK), "-o", str(workbook)]) == 0
    assert f"Skrev {workbook}" in capsys.readouterr().out

    pack = tmp_path / "ny-pakke"
    code = main(["import-dreiebok", str(workbook), "-o", str(pack), "--media", str(FULL_PACK)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert load_pack(pack).pack == load_pack(FULL_PACK).pack
    assert main(["validate", str(pack)]) == 0


def test_a_builtin_pack_by_id_with_a_profile_and_as_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "flom.xlsx"
    args = ["export-dreiebok", "ekstremvaer-flom-skred", "-o", str(workbook)]
    assert main([*args, "--profile", "ringerike"]) == 0
    titles = [cell.value for cell in load_workbook(workbook)["Innspill"]["E"]]
    assert not any("{{" in str(title) for title in titles)

    csv_file = tmp_path / "flom.csv"
    assert main(["export-dreiebok", "ekstremvaer-flom-skred", "-o", str(csv_file), "--csv"]) == 0
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbfFase;")

    capsys.readouterr()
    assert main([*args, "--profile", "oslo"]) == 1
    assert (
        "pakken har ingen profil «oslo»; den har ringerike, sor-aurdal" in capsys.readouterr().err
    )


def test_dry_run_lists_what_would_be_made_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "dreiebok.xlsx"
    main(["export-dreiebok", "kom-i-gang", "-o", str(workbook)])
    capsys.readouterr()

    assert main(["import-dreiebok", str(workbook), "--dry-run", "--media", "."]) in (0, 1)
    before = sorted(tmp_path.iterdir())
    code = main(
        [
            "import-dreiebok",
            str(workbook),
            "--dry-run",
            "--media",
            str(Path(__file__).parents[2] / "scenarios" / "kom-i-gang"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Pakken «kom-i-gang»" in out
    assert "  fil: media/slik-gar-en-ovelse.svg" in out
    assert "    +00:03  i2: Strømmen går i {{ grend }} (2 spørsmål)" in out
    assert "Prøvekjøring: ingenting er skrevet." in out
    assert sorted(tmp_path.iterdir()) == before


def test_problems_are_located_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Tid", "Hendelse", "Tekst til deltakerne", "Spørsmål 1", "Roller 1"])
    sheet.append(["00:00", "Farevarsel", "Rødt farevarsel.", "Hva gjør dere?", "ordforer"])
    sheet.append(["00:25", "Strømmen går", "Strømbrudd.", "Hva nå?", "ordfører2"])
    workbook = tmp_path / "plan.xlsx"
    book.save(workbook)
    mapping = tmp_path / "kolonner.yaml"
    mapping.write_text("kolonner:\n  Tid: Planlagt tid\n  Hendelse: Tittel\n", encoding="utf-8")

    code = main(
        ["import-dreiebok", str(workbook), "--map", str(mapping), "-o", str(tmp_path / "p")]
    )

    err = capsys.readouterr().err
    assert code == 1
    assert "Sheet!E3: roller 1: rollen «ordfører2» finnes ikke (mente du «ordforer»?)" in err
    assert "ovelse: ingen pakke skrevet – 1 feil må rettes først" in err
    assert not (tmp_path / "p").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_import_needs_a_folder_or_a_dry_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-dreiebok", "plan.xlsx"]) == 2
    assert "oppgi mappen pakken skal skrives til (-o MAPPE), eller --dry-run" in (
        capsys.readouterr().err
    )


def test_a_csv_of_injects_is_imported_into_a_pack_and_clock_times_count_from_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "innspill.csv"
    csv_file.write_text(
        "\ufeffFase;Planlagt tid;Tittel;Tekst til deltakerne;Spørsmål 1;Roller 1\n"
        "f1;00:00;Varsel;Rødt farevarsel.;Hva gjør dere?;ordforer\n"
        "f2;00:10;Morgen;Dagen etter.;Hva nå?;kommunedirektor\n",
        encoding="utf-8",
    )
    demo = Path(__file__).parents[2] / "scenarios" / "kom-i-gang"
    args = ["import-dreiebok", str(csv_file), "--into", "kom-i-gang", "--media", str(demo)]

    assert main([*args, "-o", str(tmp_path / "pakke")]) == 0
    pack = load_pack(tmp_path / "pakke").pack
    assert [phase.id for phase in pack.phases] == ["f1", "f2"]
    assert [role.id for role in pack.roles] == [role.id for role in load_pack(demo).pack.roles]

    capsys.readouterr()
    assert main([*args, "--dry-run", "--start", "9.00"]) == 2
    assert "ovelse: «9.00» er ikke et klokkeslett (skriv TT:MM, f.eks. 09:00)" in (
        capsys.readouterr().err
    )


def test_a_municipalitys_own_profile_file_renders_the_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "vadso.yaml"
    profile.write_text(
        'format: 1\nid: vadso\ntitle: "Vadsø"\nvalues:\n  grend: "Ekkerøy"\n', encoding="utf-8"
    )
    workbook = tmp_path / "dreiebok.xlsx"

    assert (
        main(["export-dreiebok", "kom-i-gang", "-o", str(workbook), "--profile", str(profile)]) == 0
    )

    titles = [cell.value for cell in load_workbook(workbook)["Innspill"]["E"]]
    assert "Strømmen går i Ekkerøy" in titles
