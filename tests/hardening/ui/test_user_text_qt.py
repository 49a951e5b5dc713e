"""User text on screen: shown as typed in the console, on the projector and in dialogs.

Qt guesses rich text for a label, a message box or a tool tip as soon as the text starts
with a tag, so «<b>» would turn bold and «<img src="http://…">» would become a picture.
These tests type hostile text through the real widgets and read back what is shown, and
sweep every label on screen for user text in a format that would interpret it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from ovelse.exercise import ActionStatus, NoteSection
from ovelse.ui import confirm
from ovelse.ui.main_window import MainWindow
from ovelse.ui.run_dialogs import AdhocDialog
from tests.conftest import FULL_PACK
from tests.hardening.hostile_text import LONG, MARKUP, SCRIPTS
from tests.hardening.tally import count
from tests.ui.conftest import Scripted
from tests.ui.test_screens import started

MARKERS = ("<b>fet</b>", "<img src", "<a href", "<para>", "<html>")
TYPED = [*MARKUP.values(), *SCRIPTS.values(), LONG]


def _labels_showing_user_text() -> list[QLabel]:
    return [
        widget
        for widget in QApplication.allWidgets()
        if isinstance(widget, QLabel) and any(marker in widget.text() for marker in MARKERS)
    ]


def _assert_no_label_interprets_user_text() -> None:
    rich = [
        label.text()[:60]
        for label in _labels_showing_user_text()
        if label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert rich == [], "labels that would render user text as rich text"


def test_log_entries_typed_in_the_console_are_shown_literally(
    window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    started(window, qtbot)
    console, model = window.console, window.model
    assert console is not None and model is not None
    entry = console.log.entry
    for text in TYPED:
        entry.setText(text)
        qtbot.keyClick(entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
        qtbot.keyClick(entry, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        assert entry.text() == "", console.log.message.text()
        qtbot.keyClick(entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    rows = console.log.table.model()
    shown = [rows.index(row, 3).data() for row in range(rows.rowCount())]
    assert shown == TYPED
    assert [e.text for e in model.exercise.log.entries()] == TYPED

    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(confirm, "ask", lambda _parent, title, text: asked.append((title, text)))
    console.log.select_entry("L1")
    console.log.delete_selected()
    title, question = asked[0]
    assert MARKUP["reportlab"][:60] in question
    box = confirm.question_box(None, title, question)
    try:
        assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == question
    finally:
        box.deleteLater()
    _assert_no_label_interprets_user_text()
    count("hostile texts typed into the console's log", len(TYPED))


def test_an_adhoc_inject_reaches_console_and_projector_as_typed(
    window: MainWindow, qtbot: object, scripted: Scripted
) -> None:
    started(window, qtbot)
    console, model = window.console, window.model
    assert console is not None and model is not None and window.participant is not None
    heading = MARKUP["image"]
    body = "\n\n".join([MARKUP["reportlab"], SCRIPTS["arabic"], SCRIPTS["joiners"], LONG])

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, AdhocDialog)
        dialog.heading.setText(heading)
        dialog.text.setPlainText(body)
        dialog.notes.setPlainText(MARKUP["link"])
        dialog.question.setText(MARKUP["qt"])
        dialog.roles.item(0).setCheckState(Qt.CheckState.Checked)
        return True

    scripted.dialogs.append(fill)
    console.new_adhoc()
    assert model.exercise.current_inject_id() == "adhoc-1"

    view = window.participant.view
    assert view.title.text() == heading
    assert MARKUP["reportlab"] in view.body.text() and SCRIPTS["arabic"] in view.body.text()
    assert LONG in view.body.text()
    assert MARKUP["qt"] in view.questions.text()
    assert MARKUP["link"] not in "\n".join(view.visible_texts())  # notes stay private

    plain = console.current.toPlainText()
    for typed in (heading, MARKUP["reportlab"], MARKUP["link"], MARKUP["qt"]):
        assert typed in plain
    html = console.current.document().toHtml()
    assert "<img" not in html and "<a href" not in html and "<table" not in html
    _assert_no_label_interprets_user_text()


def test_evaluation_lists_show_notes_and_measures_as_typed(
    window: MainWindow, qtbot: object
) -> None:
    started(window, qtbot)
    model = window.model
    assert model is not None
    model.call(model.exercise.end)
    for text in TYPED[:6]:
        model.call(model.exercise.add_note, NoteSection.STRENGTHS, text)
        model.call(model.exercise.add_action, text, owner=text, status=ActionStatus.IN_PROGRESS)
    window.go(3)
    page = window.evaluation
    assert page is not None
    items = [page.strengths.list.item(row).text() for row in range(page.strengths.list.count())]
    assert items == TYPED[:6]
    _assert_no_label_interprets_user_text()


def test_a_packs_own_words_on_the_prepare_page_are_not_markup(
    window: MainWindow, tmp_path: Path
) -> None:
    pack = tmp_path / "pakke"
    shutil.copytree(FULL_PACK, pack)
    scenario = pack / "scenario.yaml"
    scenario.write_text(
        scenario.read_text(encoding="utf-8").replace(
            'kommune: { label: "Kommune", default: "Eksempel" }',
            'kommune: { label: "<b>fet</b> Kommune", default: "Eksempel", '
            "help: '<img src=\"http://example.invalid/x.png\"> hjelp' }",
        ),
        encoding="utf-8",
    )
    entry = window.library.add_folder(pack)
    assert entry.ok, entry.problems
    window.prepare_pack(entry.loaded)
    labels = [label for label in _labels_showing_user_text() if label.isVisibleTo(window)]
    assert [label.text() for label in labels] == ["<b>fet</b> Kommune"]
    _assert_no_label_interprets_user_text()
    edit = window.prepare.findChild(QWidget, "var_kommune")
    assert edit is not None
    assert "<img" not in edit.toolTip() and "&lt;img" in edit.toolTip()
