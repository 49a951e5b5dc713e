"""One screen: with the projector covering the console, typing still reaches the log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from ovelse.exercise.kinds import EntryKind
from ovelse.ui.main_window import MainWindow

from .conftest import Scripted
from .test_screens import started

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_keystrokes_on_the_projector_reach_the_log(window: MainWindow, qtbot) -> None:
    started(window, qtbot)
    model, participant = window.model, window.participant
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.console.log.entry, Qt.Key.Key_F12)
    assert participant.isVisible() and not window.isVisible()
    participant.activateWindow()
    qtbot.waitUntil(participant.isActiveWindow)
    strip = participant.findChild(QLabel, "coveredConsoleStrip")
    assert strip is not None and not strip.isVisible()

    qtbot.keyClick(participant, Qt.Key.Key_1, ALT)
    qtbot.keyClick(participant, Qt.Key.Key_T, CTRL)
    qtbot.keyClicks(participant, "Strøm til sykehjemmet")
    # The facilitator sees what the entry will be, the room does not see the words.
    assert strip.isVisible()
    assert "Tiltak" in strip.text() and model.role_title(model.table_roles()[0]) in strip.text()
    assert "21 tegn" in strip.text() and "sykehjemmet" not in strip.text()
    assert strip.font().pixelSize() <= 12 or strip.fontInfo().pixelSize() <= 12

    qtbot.keyClick(participant, Qt.Key.Key_Return)
    latest = model.exercise.log.entries()[-1]
    assert latest.text == "Strøm til sykehjemmet"
    assert latest.kind is EntryKind.ACTION and latest.roles == (model.table_roles()[0],)
    assert strip.text().startswith("Lagret")

    # Without a role the entry is refused, in words, not silently.
    qtbot.keyClicks(participant, "Uten rolle")
    qtbot.keyClick(participant, Qt.Key.Key_Return)
    assert len(model.exercise.log.entries()) == 1
    assert "Velg rolle" in strip.text()

    # A key of the console's own opens nothing behind or on the projector: it says so.
    qtbot.keyClick(participant, Qt.Key.Key_F8)  # «Nytt innspill» (a dialog would fail here)
    assert "F8 virker bare i konsollen" in strip.text()
    qtbot.keyClick(participant, Qt.Key.Key_F2)  # editing a log entry, also a dialog
    assert "F2 virker bare i konsollen" in strip.text()
    qtbot.keyClick(participant, Qt.Key.Key_Backspace)
    assert "virker bare" not in strip.text()

    # Back to the console: the unsaved words are there, and the strip is gone.
    window.actions_by_name["swap_screens"].trigger()
    assert window.isVisible() and not participant.isVisible()
    assert window.console.log.entry.text() == "Uten roll"
    assert not strip.isVisible()


def test_with_two_screens_a_console_key_on_the_projector_works_in_the_console(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    started(window, qtbot)
    participant = window.participant
    participant.show()  # beside the console, as on a second screen, and it has the focus
    participant.activateWindow()
    qtbot.waitUntil(participant.isActiveWindow)
    opened: list[str] = []

    def look(dialog: QDialog) -> bool:
        opened.append(type(dialog).__name__)
        return False

    scripted.dialogs.append(look)
    qtbot.keyClick(participant, Qt.Key.Key_F8)  # «Nytt innspill» opens at the console
    assert opened == ["AdhocDialog"]
    qtbot.keyClicks(participant, "Ordføreren ringer")
    assert window.console.log.entry.text() == "Ordføreren ringer"
