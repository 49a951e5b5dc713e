"""On a 1366×768 laptop the evidence beside a goal has room for its log entries' words."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ovelse.ui.main_window import MainWindow

from .conftest import Scripted
from .test_checklist_evidence import _running

ENTRY = "Kriseledelsen samles på rådhuset med reservestrøm"


def test_a_log_entry_beside_the_goal_is_readable_at_1366_by_768(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    _running(window, qtbot)
    entry = window.console.log.entry
    qtbot.keyClicks(entry, ENTRY)
    qtbot.keyClick(entry, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    scripted.answers.append(True)
    qtbot.keyClick(
        entry, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    window.go(3)
    window.resize(1366, 768)
    page = window.evaluation
    assert page is not None
    qtbot.waitUntil(lambda: page.evidence.entries.isVisible())
    table = page.evidence.entries
    assert page.evidence.entry_lines.rowCount() == 1
    text_column = table.horizontalHeader().sectionSize(3)
    # About 35 characters of the entry, not the first dozen and «…».
    assert text_column >= table.fontMetrics().averageCharWidth() * 35
