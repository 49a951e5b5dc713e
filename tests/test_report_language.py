"""The report is written in the pack's language unless the user picks another.

A nynorsk municipality's pack gives a nynorsk report, also on a machine whose program
speaks bokmål; ``--lang`` still wins, and the program's own language is left as it was.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from ovelse import i18n
from ovelse.app import outputs
from ovelse.cli import main
from ovelse.scenario.loader import load_pack
from ovelse.store import Session

NN_ABOUT = "Om øvinga"
NB_ABOUT = "Om øvelsen"
EN_ABOUT = "About the exercise"


def _session(pack: Path, tmp_path: Path, language: str) -> Path:
    yaml = pack / "scenario.yaml"
    source = yaml.read_text(encoding="utf-8")
    assert "\nlanguage: nb\n" in source
    yaml.write_text(source.replace("\nlanguage: nb\n", f"\nlanguage: {language}\n"), "utf-8")
    loaded = load_pack(pack)
    values = loaded.values(loaded.profile("samisk"))
    path = tmp_path / f"{language}.ovelse"
    Session.create(path, loaded.render(values), profile_id="samisk", variables=values).close()
    return path


def _text(pdf: Path | bytes) -> str:
    data = pdf if isinstance(pdf, bytes) else pdf.read_bytes()
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_nynorsk_packs_report_has_nynorsk_headings_by_default(
    full_pack_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = _session(full_pack_copy, tmp_path, "nn")
    pdf = tmp_path / "rapport.pdf"
    assert main(["report", str(session), "-o", str(pdf)]) == 0
    text = _text(pdf)
    assert NN_ABOUT in text
    assert NB_ABOUT not in text
    assert i18n.current() == "nb"  # the program itself still speaks bokmål
    assert "Skrev" in capsys.readouterr().out


def test_lang_on_the_command_line_still_picks_the_reports_language(
    full_pack_copy: Path, tmp_path: Path
) -> None:
    session = _session(full_pack_copy, tmp_path, "nn")
    pdf = tmp_path / "report.pdf"
    assert main(["report", str(session), "-o", str(pdf), "--lang", "en"]) == 0
    assert EN_ABOUT in _text(pdf)


def test_a_bokmal_pack_reports_in_bokmal_while_the_program_speaks_nynorsk(
    full_pack_copy: Path, tmp_path: Path
) -> None:
    session_path = _session(full_pack_copy, tmp_path, "nb")
    i18n.install("nn")
    pdf = tmp_path / "rapport.pdf"
    with Session.open(session_path, read_only=True) as session:
        outputs.write_output(session, "pdf", pdf)
        assert outputs.report_language(session) == "nb"
    assert NB_ABOUT in _text(pdf)
    assert i18n.current() == "nn"


def test_a_sami_pack_reports_in_bokmal(full_pack_copy: Path, tmp_path: Path) -> None:
    session_path = _session(full_pack_copy, tmp_path, "se")
    i18n.install("en")
    with Session.open(session_path, read_only=True) as session:
        assert outputs.report_language(session) == "nb"
