"""The short built-in demo pack, released inject by inject from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ovelse.exercise.kinds import RunState
from ovelse.ui.main_window import MainWindow
from ovelse.ui.stage import Hold

from .conftest import Scripted


def test_kom_i_gang_every_inject_reaches_the_projector_without_notes(
    window: MainWindow, qtbot, clock, scripted: Scripted
) -> None:
    window.activateWindow()
    assert window.library.select_pack("kom-i-gang")
    broken = [entry for entry in window.library.entries if not entry.ok]
    assert window.library.pack_list.count() == len(window.library.entries)  # none hidden
    qtbot.keyClick(window.library.pack_list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.prepare
    window.prepare.render_preview()
    qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
    model, console = window.model, window.console
    assert model is not None and console is not None
    entry = console.log.entry
    qtbot.keyClick(entry, Qt.Key.Key_F6)
    assert model.state is RunState.RUNNING
    pack = model.pack
    private = [
        text
        for inject in pack.injects()
        for text in (inject.notes, *inject.expected_actions, *inject.stall_prompts)
        if text.strip()
    ] + [cell.text for cell in pack.response_cells]
    for inject in pack.injects():
        if model.exercise.schedule.waiting(inject.id):
            qtbot.keyClick(entry, Qt.Key.Key_F5)
        stage = window.participant.view.stage()
        assert stage.hold is Hold.NONE
        shown = "\n".join(window.participant.view.visible_texts())
        assert stage.title in shown
        for question in stage.questions:
            assert question.text in shown
        for secret in private:
            assert secret not in shown, (inject.id, secret)
        qtbot.keyClicks(entry, "ord: notat til " + inject.id)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
        clock.advance(minutes=1)
        model.tick()
    assert len(model.exercise.log.entries()) == len(pack.injects())
    assert not broken or all(entry.problems for entry in broken)


def test_the_demo_pack_is_listed_first(window: MainWindow) -> None:
    """A newcomer's first click is the fifteen-minute tour, as `ovelse scenarios` lists it."""
    window.library.ensure_loaded()
    first = window.library.pack_list.item(0)
    assert first is not None and first.text().startswith("Kom i gang")
    assert window.library.entries[0].folder.name == "kom-i-gang"
