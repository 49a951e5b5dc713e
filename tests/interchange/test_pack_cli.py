"""``ovelse pack-export`` and ``ovelse pack-import`` as a statsforvalter and a kommune run
them: what they print, and the exit codes the other subcommands use."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ovelse.app.places import shared_pack_folder
from ovelse.cli import main
from ovelse.resources import builtin_scenarios
from ovelse.scenario.loader import load_pack

TITLE = "Kom i gang – en kort øvelse om Øvelse"


def test_export_then_import_puts_the_pack_in_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "kom-i-gang.ovelsepakke"
    assert main(["pack-export", "kom-i-gang", "-o", str(file)]) == 0
    assert capsys.readouterr().out == (f"Skrev {file} (pakke «kom-i-gang» versjon 1, 3 filer)\n")
    basedir = tmp_path / "data"
    assert main(["--basedir", str(basedir), "pack-import", str(file)]) == 0
    assert capsys.readouterr().out == (
        f"«{TITLE}» versjon 1 er lagt i biblioteket under «Fra statsforvalteren»\n"
    )
    installed = load_pack(shared_pack_folder(basedir) / "kom-i-gang")
    assert installed.pack == load_pack(builtin_scenarios() / "kom-i-gang").pack

    assert main(["--basedir", str(basedir), "pack-import", str(file)]) == 0
    assert capsys.readouterr().out == (
        f"«{TITLE}» versjon 1 finnes allerede i biblioteket; ingenting er endret\n"
    )


def test_a_newer_version_needs_update_and_an_older_one_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    basedir = tmp_path / "data"
    source = tmp_path / "pakke"
    shutil.copytree(builtin_scenarios() / "kom-i-gang", source)
    old = tmp_path / "gammel.ovelsepakke"
    assert main(["pack-export", str(source), "-o", str(old)]) == 0
    assert main(["--basedir", str(basedir), "pack-import", str(old)]) == 0
    yaml = source / "scenario.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8").replace('version: "1"', 'version: "1.1"'),
        encoding="utf-8",
    )
    new = tmp_path / "ny.ovelsepakke"
    assert main(["pack-export", str(source), "-o", str(new)]) == 0
    capsys.readouterr()

    assert main(["--basedir", str(basedir), "pack-import", str(new)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"Biblioteket har «{TITLE}» versjon 1; filen har versjon 1.1. Økter som er kjørt med "
        f"versjon 1, beholder den.\nKjør «ovelse pack-import {new} --update» for å oppdatere.\n"
    )
    assert load_pack(shared_pack_folder(basedir) / "kom-i-gang").pack.version == "1"

    assert main(["--basedir", str(basedir), "pack-import", str(new), "--update"]) == 0
    assert capsys.readouterr().out == f"«{TITLE}» er oppdatert fra versjon 1 til 1.1\n"
    assert load_pack(shared_pack_folder(basedir) / "kom-i-gang").pack.version == "1.1"

    assert main(["--basedir", str(basedir), "pack-import", str(old), "--update"]) == 1
    assert capsys.readouterr().err == (
        f"Biblioteket har en nyere versjon av «{TITLE}» (1.1) enn filen (1); ingenting er endret\n"
    )


def test_a_damaged_file_is_refused_naming_the_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "kom-i-gang.ovelsepakke"
    assert main(["pack-export", "kom-i-gang", "-o", str(file)]) == 0
    data = bytearray(file.read_bytes())
    # The last part is scenario.yaml; flip a byte of its compressed text.
    start = data.rfind(b"PK\x03\x04") + 30 + len("scenario.yaml") + 40
    data[start] ^= 0xFF
    file.write_bytes(bytes(data))
    capsys.readouterr()
    basedir = tmp_path / "data"
    assert main(["--basedir", str(basedir), "pack-import", str(file)]) == 1
    assert capsys.readouterr().err == (
        "kom-i-gang.ovelsepakke: delen «scenario.yaml» er skadet og kan ikke pakkes ut; be om "
        "filen på nytt fra den som sendte den\novelse: pakken er ikke lagt i biblioteket\n"
    )
    assert not (shared_pack_folder(basedir) / "kom-i-gang").exists()


def test_a_pack_that_does_not_load_is_not_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pack-export", str(tmp_path / "ingen"), "-o", str(tmp_path / "x")]) == 1
    assert capsys.readouterr().err == f"{tmp_path / 'ingen'}: mappen finnes ikke\n"
    assert not (tmp_path / "x.ovelsepakke").exists()


def test_a_pack_file_alone_opens_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """A double click runs «ovelse FILE.ovelsepakke»: the window, which imports it."""
    opened: list[object] = []
    monkeypatch.setattr("ovelse.cli.display_problem", lambda: None)
    monkeypatch.setattr(
        "ovelse.ui.launch.run_app",
        lambda session, basedir, language=None: opened.append(session) or 0,
    )
    assert main(["Storm 2026.ovelsepakke"]) == 0
    assert [str(path) for path in opened] == ["Storm 2026.ovelsepakke"]


def test_control_characters_in_a_pack_are_shown_not_obeyed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A title or version that would retitle the terminal or turn the line around is
    printed escaped, as ``ovelse validate`` prints a pack's problems."""
    source = tmp_path / "pakke"
    shutil.copytree(builtin_scenarios() / "kom-i-gang", source)
    yaml = source / "scenario.yaml"
    text = yaml.read_text(encoding="utf-8")
    text = text.replace('title: "Kom i gang', 'title: "\\e]0;hei\\aKom i gang', 1)
    text = text.replace('version: "1"', 'version: "1\\u202e"', 1)
    yaml.write_text(text, encoding="utf-8")
    file = tmp_path / "pakke.ovelsepakke"
    assert main(["pack-export", str(source), "-o", str(file)]) == 0
    assert capsys.readouterr().out == (
        f"Skrev {file} (pakke «kom-i-gang» versjon 1U+202E, 3 filer)\n"
    )
    assert main(["--basedir", str(tmp_path / "data"), "pack-import", str(file)]) == 0
    assert capsys.readouterr().out == (
        f"«\\x1b]0;hei\\x07{TITLE}» versjon 1U+202E er lagt i biblioteket under "
        "«Fra statsforvalteren»\n"
    )
