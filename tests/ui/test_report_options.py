"""The report step's choices reach the PDF: the log by role only when it is ticked."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from ovelse.report import texts as report_texts
from ovelse.ui.main_window import MainWindow

from .conftest import Scripted
from .test_evaluation import ended_session


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_log_by_role_is_an_option_of_the_pdf(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path
) -> None:
    ended_session(window, qtbot, scripted)
    window.go(4)
    report = window.report
    assert report is not None and window.stack.currentWidget() is report
    assert not report.by_role.isChecked()
    assert report.write("pdf", tmp_path / "kort.pdf")
    assert report_texts.AP_LOG_BY_ROLE not in pdf_text(tmp_path / "kort.pdf")
    report.by_role.setFocus()
    qtbot.keyClick(report.by_role, Qt.Key.Key_Space)
    assert report.by_role.isChecked()
    assert report.write("pdf", tmp_path / "full.pdf")
    assert report_texts.AP_LOG_BY_ROLE in pdf_text(tmp_path / "full.pdf")
