"""The Report step writes the report in the pack's language, and lets the user pick another."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from ovelse import i18n
from ovelse.ui.main_window import MainWindow

from . import test_flow
from .conftest import Scripted
from .test_evaluation import ended_session


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_nynorsk_packs_report_is_nynorsk_unless_the_user_picks_english(
    window: MainWindow,
    qtbot,
    scripted: Scripted,
    tmp_path: Path,
    full_pack_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    yaml = full_pack_copy / "scenario.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8").replace("\nlanguage: nb\n", "\nlanguage: nn\n"), "utf-8"
    )
    monkeypatch.setattr(test_flow, "FULL_PACK", full_pack_copy)
    ended_session(window, qtbot, scripted)
    window.go(4)
    report = window.report
    assert report is not None and window.stack.currentWidget() is report
    assert report.language.currentText() == "Nynorsk"
    assert report.write("pdf", tmp_path / "nynorsk.pdf")
    text = pdf_text(tmp_path / "nynorsk.pdf")
    assert "Om øvinga" in text and "Om øvelsen" not in text

    report.language.setFocus()
    qtbot.keyClick(report.language, Qt.Key.Key_Down)
    assert report.language.currentText() == "English"
    assert report.write("pdf", tmp_path / "english.pdf")
    assert "About the exercise" in pdf_text(tmp_path / "english.pdf")
    # The window itself still speaks bokmål.
    assert i18n.current() == "nb"
    assert report.message.text() == f"Skrev {tmp_path / 'english.pdf'}"
