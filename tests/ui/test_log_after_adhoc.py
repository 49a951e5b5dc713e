"""The log after an ad-hoc inject, and a clock tick the engine refuses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ovelse.exercise.errors import ExerciseError
from ovelse.ui.log_table import INJECT
from ovelse.ui.main_window import MainWindow

from .conftest import Scripted
from .test_screens import started


def test_an_entry_after_an_adhoc_inject_names_it(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    started(window, qtbot)
    assert window.console is not None
    log = window.console.log

    def adhoc(dialog: QDialog) -> bool:
        dialog.heading.setText("Pressen ringer")
        dialog.text.setPlainText("NRK vil ha et intervju med ordføreren.")
        return True

    scripted.dialogs.append(adhoc)
    qtbot.keyClick(log.entry, Qt.Key.Key_F8)
    qtbot.keyClick(log.entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # the first role
    log.entry.setText("Ordføreren tar intervjuet")
    qtbot.keyClick(log.entry, Qt.Key.Key_Return)
    assert log.entry.text() == "", log.message.text()

    table = log.table.model()
    last = table.index(table.rowCount() - 1, INJECT)
    assert table.data(last) == "Pressen ringer"


def test_a_refused_automatic_release_is_said_and_the_clock_goes_on(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    started(window, qtbot)
    model = window.model
    assert model is not None

    def refuse() -> object:
        raise ExerciseError("Innspillet kan ikke gis nå.")

    monkeypatch.setattr(model.exercise, "tick", refuse)
    with qtbot.waitSignals([model.failed, model.ticked], timeout=1000):
        model.tick()
