"""Words typed in the list of expected actions are kept when the list is closed with Esc."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ovelse.exercise.kinds import ActionMark
from ovelse.ui.checklist_dialog import ChecklistDialog
from ovelse.ui.main_window import MainWindow

from .conftest import Scripted
from .test_checklist_evidence import FIRST, _running


def _open(dialog: QDialog, qtbot) -> ChecklistDialog:
    assert isinstance(dialog, ChecklistDialog)
    dialog.show()  # as exec() would; the script stands in for its event loop
    dialog.activateWindow()
    qtbot.waitUntil(dialog.list.hasFocus)
    return dialog


def test_a_note_typed_without_enter_is_saved_when_the_list_closes(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    model = _running(window, qtbot)
    entry = window.console.log.entry
    qtbot.keyClicks(entry, "Halvskrevet")

    def note_then_escape(dialog: QDialog) -> bool:
        checklist = _open(dialog, qtbot)
        qtbot.keyClick(checklist.list, Qt.Key.Key_2)
        qtbot.keyClick(checklist.list, Qt.Key.Key_Tab)
        assert checklist.note.hasFocus()
        qtbot.keyClicks(checklist.note, "Bare halve lista")
        qtbot.keyClick(checklist.note, Qt.Key.Key_Escape)
        assert not checklist.isVisible()
        return False

    scripted.dialogs.append(note_then_escape)
    qtbot.keyClick(entry, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not scripted.dialogs
    second = model.exercise.actions(FIRST)[1]
    assert (second.mark, second.note) == (ActionMark.DONE, "Bare halve lista")
    # The log entry box has the focus again, with the words typed before.
    window.activateWindow()  # the window system gives the window back its keys
    qtbot.waitUntil(window.isActiveWindow)
    assert entry.hasFocus() and entry.text() == "Halvskrevet"


def test_a_note_is_saved_when_the_cursor_leaves_its_field(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    model = _running(window, qtbot)

    def note_then_back_to_the_list(dialog: QDialog) -> bool:
        checklist = _open(dialog, qtbot)
        qtbot.keyClick(checklist.list, Qt.Key.Key_Tab)
        qtbot.keyClicks(checklist.note, "Ingen rådhus")
        qtbot.keyClick(checklist.note, Qt.Key.Key_Backtab)
        assert checklist.list.hasFocus()
        qtbot.keyClick(checklist.list, Qt.Key.Key_Down)  # shows the next action's note
        qtbot.keyClick(checklist.list, Qt.Key.Key_Escape)
        return False

    scripted.dialogs.append(note_then_back_to_the_list)
    qtbot.keyClick(window.console.log.entry, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    first = model.exercise.actions(FIRST)[0]
    assert (first.mark, first.note) == (None, "Ingen rådhus")


def test_an_observed_action_typed_without_enter_is_saved_when_the_list_closes(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    model = _running(window, qtbot)

    def observed_then_escape(dialog: QDialog) -> bool:
        checklist = _open(dialog, qtbot)
        checklist.observed.setFocus()
        qtbot.keyClicks(checklist.observed, "Ringte Statnett")
        qtbot.keyClick(checklist.observed, Qt.Key.Key_Escape)
        return False

    scripted.dialogs.append(observed_then_escape)
    qtbot.keyClick(window.console.log.entry, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    observed = model.exercise.actions(FIRST)[-1]
    assert observed.observed and observed.text == "Ringte Statnett"
