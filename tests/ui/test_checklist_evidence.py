"""Expected actions ticked with keys during the run show up as evidence for the goal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ovelse.exercise.kinds import ActionMark, Rating, RunState
from ovelse.ui.checklist_dialog import ChecklistDialog
from ovelse.ui.main_window import MainWindow
from ovelse.ui.session_model import SessionModel

from .conftest import Scripted

PACK = "langvarig-strombrudd"
FIRST = "i1-1"  # four expected actions, exercises m1.1


def _running(window: MainWindow, qtbot) -> SessionModel:
    window.activateWindow()
    assert window.library.select_pack(PACK)
    qtbot.keyClick(window.library.pack_list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.prepare
    window.prepare.render_preview()
    window.prepare.start_button.setFocus()
    qtbot.keyClick(window.prepare.start_button, Qt.Key.Key_Space)
    assert window.model is not None and window.console is not None
    entry = window.console.log.entry
    qtbot.keyClick(entry, Qt.Key.Key_F6)
    qtbot.keyClick(entry, Qt.Key.Key_F5)
    assert window.model.exercise.current_inject_id() == FIRST
    return window.model


def test_ticks_given_with_keys_are_the_evidence_for_the_goal(
    window: MainWindow, qtbot, clock, scripted: Scripted
) -> None:
    model = _running(window, qtbot)
    console = window.console
    assert console is not None
    entry = console.log.entry
    qtbot.keyClicks(entry, "Kriseledelsen samles på rådhuset")
    qtbot.keyClick(entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    clock.advance(minutes=4)
    model.tick()
    expected = [item.text for item in model.exercise.actions(FIRST)]

    def tick_three(dialog: QDialog) -> bool:
        assert isinstance(dialog, ChecklistDialog)
        dialog.show()  # as exec() would; the script stands in for its event loop
        dialog.activateWindow()
        qtbot.waitUntil(dialog.list.hasFocus)
        assert dialog.list.count() == len(expected) == 4
        for digit in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
            qtbot.keyClick(dialog.list, digit)
        qtbot.keyClick(dialog.list, Qt.Key.Key_4)
        qtbot.keyClick(dialog.list, Qt.Key.Key_4)  # again: delvis
        qtbot.keyClick(dialog.list, Qt.Key.Key_Tab)
        assert dialog.note.hasFocus()
        qtbot.keyClicks(dialog.note, "Bare aggregatene")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
        assert "Delvis" in dialog.list.item(3).text()
        assert "Bare aggregatene" in dialog.list.item(3).text()
        assert "Gjort 00:04:00" in dialog.list.item(0).text()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
        return False  # closed with Esc: every tick is saved already

    scripted.dialogs.append(tick_three)
    qtbot.keyClick(entry, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not scripted.dialogs, "Ctrl+K opened the list"
    window.activateWindow()  # the window system gives the window back its keys
    qtbot.waitUntil(window.isActiveWindow)
    assert entry.hasFocus()
    marks = [item.mark for item in model.exercise.actions(FIRST)]
    assert marks == [ActionMark.DONE] * 3 + [ActionMark.PARTLY]
    assert model.exercise.actions(FIRST)[3].note == "Bare aggregatene"
    # The console shows the ticks beside the expected actions of the inject under discussion.
    current = console.current.toPlainText()
    assert f"{expected[0]} — Gjort" in current and f"{expected[3]} — Delvis" in current

    scripted.answers.append(True)
    qtbot.keyClick(
        entry, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert model.state is RunState.ENDED
    page = window.evaluation
    # Ctrl and the number on the step's button («4 Evaluer»).
    button = window.step_buttons[window._pages().index(page)]
    digit = int(button.text().lstrip("&").split()[0])
    qtbot.keyClick(entry, Qt.Key(Qt.Key.Key_0.value + digit), Qt.KeyboardModifier.ControlModifier)
    assert page is not None and window.stack.currentWidget() is page

    # Into the goal's row with Tab: the evidence follows the cursor.
    page.goals.ratings["m1"].setFocus()
    for _ in range(12):
        if page.goals.ratings["m1.1"].hasFocus():
            break
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert page.goals.ratings["m1.1"].hasFocus()
    panel = page.evidence
    assert panel.target_id == "m1.1"
    shown = panel.browser.toPlainText()
    for text in expected:
        assert text in shown
    assert shown.count("Gjort") >= 3 and "Delvis" in shown
    lines = [panel.entry_lines.index(row, 3).data() for row in range(panel.entry_lines.rowCount())]
    assert any("Kriseledelsen samles på rådhuset" in line for line in lines)
    assert "3 av 4 forventede handlinger gjort, 1 delvis" in panel.suggestion.text()
    assert "Godt ivaretatt" in panel.suggestion.text()
    assert model.exercise.evaluation.assessment("m1.1").rating is None, "only suggested"

    panel.use_button.setFocus()
    qtbot.keyClick(panel.use_button, Qt.Key.Key_Space)
    assert model.exercise.evaluation.assessment("m1.1").rating is Rating.WELL


def test_an_earlier_inject_chosen_in_the_list_is_ticked_with_arrows_and_space(
    window: MainWindow, qtbot, clock, scripted: Scripted
) -> None:
    model = _running(window, qtbot)
    console = window.console
    assert console is not None
    entry = console.log.entry
    clock.advance(minutes=10)
    qtbot.keyClick(entry, Qt.Key.Key_F5)  # the second inject is under discussion now
    second = model.exercise.current_inject_id()
    assert second != FIRST
    assert console.select_inject(FIRST)

    def arrows_and_space(dialog: QDialog) -> bool:
        assert isinstance(dialog, ChecklistDialog) and dialog.inject_id == FIRST
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.list.hasFocus)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # again: delvis
        # An observed action, typed in its field, then corrected with F2.
        dialog.observed.setFocus()
        qtbot.keyClicks(dialog.observed, "Ringte Statnet")
        qtbot.keyClick(dialog.observed, Qt.Key.Key_Return)
        assert dialog.list.hasFocus() and dialog.list.currentRow() == 4
        qtbot.keyClick(dialog.list, Qt.Key.Key_F2)
        assert dialog.observed.hasFocus() and dialog.observed.text() == "Ringte Statnet"
        qtbot.keyClick(dialog.observed, Qt.Key.Key_End)
        qtbot.keyClicks(dialog.observed, "t")
        qtbot.keyClick(dialog.observed, Qt.Key.Key_Return)
        assert "Ringte Statnett" in dialog.list.item(4).text()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
        return False

    scripted.dialogs.append(arrows_and_space)
    qtbot.keyClick(entry, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not scripted.dialogs
    marks = [item.mark for item in model.exercise.actions(FIRST)]
    assert marks == [None, ActionMark.PARTLY, None, None, ActionMark.DONE]
    observed = model.exercise.actions(FIRST)[-1]
    assert observed.observed and observed.text == "Ringte Statnett"
    assert len(model.exercise.actions(FIRST)) == 5, "corrected, not added twice"
    assert all(item.mark is None for item in model.exercise.actions(second))
