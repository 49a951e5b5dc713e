"""Forms by keyboard: Tab leaves a multi-line field, Ctrl+Enter confirms the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QTextEdit, QWidget

from ovelse.exercise.kinds import NoteSection
from ovelse.ui.entry_dialog import Choice, EntryDialog
from ovelse.ui.evaluation_dialogs import ActionDialog, NoteDialog
from ovelse.ui.main_window import MainWindow
from ovelse.ui.run_dialogs import AdhocDialog

from .conftest import Scripted
from .test_evaluation import ended_session
from .test_screens import started

CTRL = Qt.KeyboardModifier.ControlModifier


def _shown(qtbot, dialog: QDialog) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _type_and_tab(qtbot, field: QWidget, text: str) -> QWidget:
    """Type into ``field`` and press Tab; returns the widget that has the focus then."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def test_new_inject_tabs_from_text_to_notes_and_confirms_with_ctrl_enter(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    started(window, qtbot)
    assert window.console is not None and window.model is not None
    console, exercise = window.console, window.model.exercise

    def adhoc(dialog: QDialog) -> bool:
        assert isinstance(dialog, AdhocDialog)
        _shown(qtbot, dialog)
        dialog.heading.setText("Pressen ringer")
        after_text = _type_and_tab(qtbot, dialog.text, "NRK vil ha et intervju.")
        assert after_text is dialog.notes  # Tab went on to the notes, not into the text
        qtbot.keyClicks(dialog.notes, "Bare for øvingsleder")
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, CTRL)
        return dialog.result() == QDialog.DialogCode.Accepted

    scripted.dialogs.append(adhoc)
    qtbot.keyClick(console.log.entry, Qt.Key.Key_F8)
    assert not scripted.dialogs
    inject = exercise.inject(exercise.current_inject_id() or "").inject
    assert inject.title == "Pressen ringer"
    assert inject.text == "NRK vil ha et intervju."  # no tab, no note in the room's text
    assert inject.notes == "Bare for øvingsleder"


def test_finding_and_measure_confirm_from_the_keyboard(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    ended_session(window, qtbot, scripted)
    window.go(3)
    page, model = window.evaluation, window.model
    assert page is not None and model is not None
    evaluation = model.exercise.evaluation

    def finding(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoteDialog)
        _shown(qtbot, dialog)
        after = _type_and_tab(qtbot, dialog.text, "God rolleforståelse")
        assert after is not dialog.text
        qtbot.keyClick(after, Qt.Key.Key_Return, CTRL)
        return dialog.result() == QDialog.DialogCode.Accepted

    scripted.dialogs.append(finding)
    page.strengths.add()
    assert [n.text for n in evaluation.notes(NoteSection.STRENGTHS)] == ["God rolleforståelse"]

    def measure(dialog: QDialog) -> bool:
        assert isinstance(dialog, ActionDialog)
        _shown(qtbot, dialog)
        after = _type_and_tab(qtbot, dialog.measure, "Skaff nødstrøm")
        assert after is dialog.owner
        qtbot.keyClicks(dialog.owner, "Teknisk etat")
        qtbot.keyClick(dialog.owner, Qt.Key.Key_Return, CTRL)
        return dialog.result() == QDialog.DialogCode.Accepted

    scripted.dialogs.append(measure)
    page.action_plan.add()
    [item] = evaluation.action_plan
    assert (item.fields.measure, item.fields.owner) == ("Skaff nødstrøm", "Teknisk etat")


def test_every_multi_line_field_lets_tab_move_on(qtbot) -> None:
    """Each dialog with a multi-line field: Tab from every such field leaves it unchanged."""
    roles = [Choice("ordforer", "Ordfører")]
    dialogs: list[QDialog] = [
        AdhocDialog(roles),
        NoteDialog("Funn"),
        ActionDialog(),
        EntryDialog(_fields(), roles, []),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        _shown(qtbot, dialog)
        fields = [
            f
            for f in dialog.findChildren(QWidget)
            if isinstance(f, QPlainTextEdit | QTextEdit) and not f.isReadOnly()
        ]
        assert fields, type(dialog).__name__
        for field in fields:
            after = _type_and_tab(qtbot, field, "x")
            assert after is not field, type(dialog).__name__
            assert "x" in field.toPlainText() and "\t" not in field.toPlainText()
        dialog.close()


def _fields():
    from ovelse.exercise.events import EntryFields
    from ovelse.exercise.kinds import EntryKind

    return EntryFields(EntryKind.DECISION, "Kriseledelsen settes", ("ordforer",), None, "", "")
