"""The suggested rating is taken for the goal the cursor is in, from the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ovelse.exercise.kinds import ActionMark, Rating
from ovelse.ui.main_window import MainWindow
from ovelse.ui.shortcuts import ShortcutSheet

from .conftest import Scripted
from .test_checklist_evidence import FIRST, _running

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_f_in_a_goals_row_takes_the_suggestion_for_that_goal(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    model = _running(window, qtbot)
    for action_id in ("1", "2", "3"):
        model.call(model.exercise.tick_action, FIRST, action_id, ActionMark.DONE)
    entry = window.console.log.entry
    scripted.answers.append(True)
    qtbot.keyClick(entry, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    window.go(3)
    page = window.evaluation
    assert page is not None
    # Tabbing to «Bruk forslaget» crosses every goal below and shows the last one's
    # evidence; the key works where the evaluator is: in the goal's row.
    page.goals.ratings["m1"].setFocus()
    while not page.goals.comments["m1.1"].hasFocus():
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(page.goals.comments["m1.1"], "Samlet på en time")
    assert page.evidence.target_id == "m1.1"
    assert "Godt ivaretatt" in page.evidence.suggestion.text()
    assert "Ctrl+F" in page.evidence.use_button.text()
    qtbot.keyClick(page.goals.comments["m1.1"], Qt.Key.Key_F, CTRL)
    assert page.goals.ratings["m1.1"].currentData() == Rating.WELL.value
    assert model.exercise.evaluation.assessment("m1.1").rating is Rating.WELL
    assert page.goals.comments["m1.1"].hasFocus(), "the cursor stays in the comment"
    assert page.goals.comments["m1.1"].toPlainText() == "Samlet på en time"
    assert model.exercise.evaluation.assessment("m1").rating is None


def test_the_key_sheet_lists_the_suggestion_key(qtbot) -> None:
    sheet = ShortcutSheet()
    qtbot.addWidget(sheet)
    rows = [sheet.table.item(row, 0).text() for row in range(sheet.table.rowCount())]
    assert "Ctrl+F" in rows
