"""``ovelse --help``, ``--version`` and ``ovelse report`` in the language asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from ovelse import __version__
from ovelse.cli import main
from ovelse.exercise.kinds import EntryKind, MarkingKind
from ovelse.scenario.loader import load_pack
from ovelse.store.session import Session
from tests.conftest import FULL_PACK


def help_text(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 0
    return capsys.readouterr().out


def test_help_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_text(["--lang", "en", "--help"], capsys)
    assert text.startswith("usage: ovelse")
    assert "options:" in text and "commands:" in text
    assert "show this help and exit" in text
    assert "make the after-action report (PDF) of a session" in text
    assert "evalueringsrapport" not in text


def test_help_in_nynorsk_and_bokmal(capsys: pytest.CaptureFixture[str]) -> None:
    nynorsk = help_text(["--lang", "nn", "--help"], capsys)
    assert nynorsk.startswith("bruk: ovelse")
    assert "kommandoar:" in nynorsk and "lag evalueringsrapport (PDF) frå ei økt" in nynorsk
    bokmal = help_text(["--help"], capsys)  # LC_ALL=C.UTF-8 (tests/conftest.py): bokmål
    assert "kommandoer:" in bokmal and "lag evalueringsrapport (PDF) fra en økt" in bokmal


def test_subcommand_help_with_lang_after_the_subcommand(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = help_text(["report", "--help", "--lang", "en"], capsys)
    assert text.startswith("usage: ovelse report")
    assert "arguments:" in text and "SESSION" in text and "the file to write" in text


def test_the_locale_chooses_when_there_is_no_lang(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert "show this help and exit" in help_text(["--help"], capsys)
    monkeypatch.setenv("LC_ALL", "nn_NO.UTF-8")
    assert "vis denne hjelpeteksten" in help_text(["--help"], capsys)


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_version_in_each_language(language: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = help_text(["--lang", language, "--version"], capsys)
    # Packaging reads the version as the last word (build_deb.sh).
    assert text.split() == ["Øvelse", __version__]


def test_argparse_errors_carry_the_translated_prefix(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "en", "report"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: ovelse report") and "ovelse report: error:" in err


def test_an_unknown_language_is_an_argparse_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "xx", "scenarios"])
    assert stopped.value.code == 2
    assert "--lang" in capsys.readouterr().err


def test_help_in_a_fresh_process() -> None:
    """As a user runs it: the language is read before the parser exists."""
    result = subprocess.run(
        [sys.executable, "-m", "ovelse.cli", "--lang", "en", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert "usage: ovelse" in result.stdout and "commands:" in result.stdout


@pytest.fixture
def marked_session(tmp_path: Path) -> Path:
    loaded = load_pack(FULL_PACK)
    rendered = loaded.render(loaded.values(loaded.profile("samisk")))
    path = tmp_path / "marked.ovelse"
    with Session.create(path, rendered, profile_id="samisk") as session:
        run = session.exercise
        run.start()
        run.release_next()
        run.add_entry(EntryKind.DECISION, "Kriseledelsen samles på rådhuset.", ("ordforer",))
        run.end()
        run.set_marking(MarkingKind.OFFL_24)
    return path


def outline(pdf: Path) -> list[str]:
    reader = PdfReader(pdf)
    return [item.title for item in reader.outline if not isinstance(item, list)]


def test_report_command_in_each_language(
    marked_session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = {}
    for language in ("nn", "en", "nb"):
        pdf = tmp_path / f"{language}.pdf"
        assert main(["report", str(marked_session), "-o", str(pdf), "--lang", language]) == 0
        made[language] = (outline(pdf), "".join(p.extract_text() for p in PdfReader(pdf).pages))
    out = capsys.readouterr().out
    assert "sider)" in out and "pages)" in out
    nn_headings, nn_text = made["nn"]
    en_headings, en_text = made["en"]
    nb_headings, nb_text = made["nb"]
    assert "1 Samandrag" in nn_headings and "8 Vegen vidare" in nn_headings
    assert "1 Summary" in en_headings and "8 Way forward" in en_headings
    assert "1 Sammendrag" in nb_headings and "8 Veien videre" in nb_headings
    assert "Unnateke frå innsyn, jf. offl. § 24 tredje ledd" in nn_text
    assert "cf. Freedom of Information Act (offl.) § 24 third paragraph" in " ".join(
        en_text.split()
    )
    assert "Unntatt offentlighet, jf. offl. § 24 tredje ledd" in nb_text
    # The user's own words are data, never translated.
    for text in (nn_text, en_text, nb_text):
        assert "Kriseledelsen samles på rådhuset." in text
