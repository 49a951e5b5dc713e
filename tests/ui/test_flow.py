"""The whole flow by keyboard: library → prepare → run → evaluate → report, and reopening."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ovelse.exercise.kinds import EntryKind, RunState
from ovelse.ui.main_window import MainWindow
from ovelse.ui.stage import Hold

from .conftest import FULL_PACK, Scripted

NOTES = "La deltakerne snakke fritt."
EXPECTED = "Kriseledelsen kalles inn i Nesseby"


def projector_text(window: MainWindow) -> str:
    assert window.participant is not None
    return "\n".join(window.participant.view.visible_texts())


def prepare_full_pack(window: MainWindow, qtbot) -> None:
    entry = window.library.add_folder(FULL_PACK)
    assert entry.ok
    qtbot.mouseClick(window.library.prepare_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.prepare
    prepare = window.prepare
    prepare.set_profile("samisk")
    prepare.render_preview()
    assert prepare.values()["kommune"] == "Nesseby"
    prepare.add_participant_row("Kari Nordmann", "Nesseby kommune", "ordforer")
    prepare.set_role_checked("kommunedirektor", True)


def test_full_run_by_keyboard(window: MainWindow, qtbot, clock, scripted: Scripted) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    prepare_full_pack(window, qtbot)
    qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
    assert window.console is not None and window.model is not None
    console, model = window.console, window.model
    assert window.stack.currentWidget() is console
    assert window.participant.view.stage().hold is Hold.BEFORE

    entry = console.log.entry
    qtbot.waitUntil(entry.hasFocus)
    qtbot.keyClick(entry, Qt.Key.Key_F6)
    assert model.state is RunState.RUNNING
    qtbot.keyClick(entry, Qt.Key.Key_F5)
    stage = window.participant.view.stage()
    assert stage.hold is Hold.NONE and stage.title == "Strømmen går i Nesseby"
    text = projector_text(window)
    assert "Hvem kaller inn kriseledelsen?" in text
    assert "KRITISK Strøm: Ute" in text
    assert NOTES not in text and EXPECTED not in text

    qtbot.keyClicks(entry, "ord: Kriseledelsen kalles inn")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    entries = model.exercise.log.entries()
    assert [e.roles for e in entries] == [("ordforer",)]
    assert entry.text() == ""
    assert console.log.table.model().rowCount() == 1

    # Role by Alt+digit (button 2 is the second role at the table), kind by Ctrl+T.
    qtbot.keyClick(entry, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(entry, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(entry, "Varsle 3 skoler om stengning")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    latest = model.exercise.log.entries()[-1]
    assert latest.roles == ("kommunedirektor",) and latest.kind is EntryKind.ACTION
    assert latest.text == "Varsle 3 skoler om stengning"  # digits stay free for typing
    assert latest.inject_id == "i1"

    # Without a role the text stays and a message says what to do.
    qtbot.keyClick(entry, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(entry, "Uten rolle")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.text() == "Uten rolle"
    assert "Velg rolle" in console.log.message.text()
    entry.clear()
    assert len(model.exercise.log.entries()) == 2

    # Kind by Ctrl+S and Ctrl+O, role back on with Alt+1.
    qtbot.keyClick(entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(entry, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(entry, "Hvem har nøkkel til aggregatet?")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    # The choice ends with the saved entry: the next speaker is chosen again.
    qtbot.keyClick(entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(entry, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(entry, "Ordføreren tar ordet")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    kinds = [e.kind for e in model.exercise.log.entries()]
    assert kinds[2:] == [EntryKind.QUESTION, EntryKind.OBSERVATION]

    # Edit the first entry from the keyboard: F3 to the list, F2 to edit.
    qtbot.keyClick(entry, Qt.Key.Key_F3)
    console.log.select_entry("L1")

    def edit(dialog: QDialog) -> bool:
        dialog.text.setPlainText("Kriseledelsen kalles inn kl. 06:15")
        return True

    scripted.dialogs.append(edit)
    qtbot.keyClick(console.log.table, Qt.Key.Key_F2)
    assert model.exercise.log.get("L1").text == "Kriseledelsen kalles inn kl. 06:15"
    assert "(endret)" in console.log.table.model().index(0, 3).data()

    # Delete with confirmation; the history keeps every version.
    console.log.select_entry("L4")
    scripted.answers.append(True)
    qtbot.keyClick(console.log.table, Qt.Key.Key_Delete)
    assert [e.id for e in model.exercise.log.entries()] == ["L1", "L2", "L3"]
    assert len(model.exercise.log.history("L4")) == 2
    assert len(model.exercise.log.history("L1")) == 2

    # Filters: by role, kind and inject.
    console.log.set_filters(role="kommunedirektor")
    assert [e.id for e in console.log.visible_entries()] == ["L2"]
    console.log.set_filters(kind=EntryKind.QUESTION.value)
    assert [e.id for e in console.log.visible_entries()] == ["L3"]
    console.log.set_filters(inject="i1")
    assert len(console.log.visible_entries()) == 3
    console.log.set_filters()

    # Time passes: i2 has auto_release in the pack and is given by the tick.
    clock.advance(minutes=61)
    model.tick()
    stage = window.participant.view.stage()
    assert stage.title == "Mobilnettet faller ut"
    assert stage.scenario_clock == "Dag 1, kl. 09:30"
    assert "Dag 1, kl. 09:30" in projector_text(window)
    assert "NORMAL Mobilnett: Redusert" in projector_text(window)  # value only, status kept

    # i3 is due at +01:45 and is never given automatically: a banner, not a dialog.
    clock.advance(minutes=52)
    with qtbot.waitSignal(model.becameDue, timeout=1000):
        model.tick()
    assert console.due_banner.isVisibleTo(console)
    assert "Vanntrykket faller" in console.due_banner.text()
    assert "over tiden" in console.due_banner.text()

    # Pause: the clock strip says PAUSE and the projector shows the pause screen.
    qtbot.keyClick(entry, Qt.Key.Key_F6)
    assert model.state is RunState.PAUSED
    assert console.clocks.state.text() == "PAUSE"
    assert window.participant.view.stage().hold is Hold.PAUSE
    assert "Pause" in projector_text(window)
    frozen = model.exercise.now_ms()
    clock.advance(minutes=10)
    model.tick()
    assert model.exercise.now_ms() == frozen
    qtbot.keyClick(entry, Qt.Key.Key_F6)
    assert model.state is RunState.RUNNING

    # Release the due inject with F5, and check the projector.
    qtbot.keyClick(entry, Qt.Key.Key_F5)
    stage = window.participant.view.stage()
    assert stage.title == "Vanntrykket faller"
    assert stage.questions[0].roles == ("Nettselskapet i Finnmark",)
    assert not console.due_banner.isVisibleTo(console)

    # Ad-hoc inject (F8) with private notes that never reach the projector.
    def adhoc(dialog: QDialog) -> bool:
        dialog.heading.setText("Pressen ringer")
        dialog.text.setPlainText("NRK vil ha et intervju med ordføreren.")
        dialog.notes.setPlainText("Hemmelig notat")
        dialog.question.setText("Hvem svarer pressen?")
        dialog.roles.item(0).setCheckState(Qt.CheckState.Checked)
        return True

    scripted.dialogs.append(adhoc)
    qtbot.keyClick(entry, Qt.Key.Key_F8)
    stage = window.participant.view.stage()
    assert stage.title == "Pressen ringer"
    assert "Hemmelig notat" not in projector_text(window)
    assert "Hvem svarer pressen?" in projector_text(window)

    # Board override (F9).
    def board(dialog: QDialog) -> bool:
        dialog.values["strom"].setText("Delvis tilbake")
        dialog.statuses["strom"].setCurrentIndex(dialog.statuses["strom"].findData("redusert"))
        return True

    scripted.dialogs.append(board)
    qtbot.keyClick(entry, Qt.Key.Key_F9)
    assert "REDUSERT Strøm: Delvis tilbake" in projector_text(window)

    # Hold screen (F7) and back.
    qtbot.keyClick(entry, Qt.Key.Key_F7)
    assert window.participant.view.stage().hold is Hold.BETWEEN
    qtbot.keyClick(entry, Qt.Key.Key_F7)
    assert window.participant.view.stage().title == "Pressen ringer"

    # Nothing private ever reached a projector widget.
    for secret in (NOTES, EXPECTED, "Hva sier beredskapsplanen?", "Hemmelig notat"):
        assert secret not in projector_text(window)

    # End (Ctrl+Shift+E, confirmed).
    scripted.answers.append(True)
    qtbot.keyClick(
        entry, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert model.state is RunState.ENDED
    assert window.participant.view.stage().hold is Hold.ENDED
    path = model.path
    window.close_session()
    assert window.model is None
    assert path.is_file()

    # Reopen: the log and the state come back from the file.
    assert window.open_session(path)
    assert window.model is not None
    assert window.model.state is RunState.ENDED
    assert [e.id for e in window.model.exercise.log.entries()] == ["L1", "L2", "L3"]
    assert window.stack.currentWidget() is window.evaluation
