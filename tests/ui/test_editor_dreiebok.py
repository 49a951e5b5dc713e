"""The dreiebok from «Tilpass»: the draft on screen as a workbook, a workbook as a draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ovelse.scenario import editing
from ovelse.scenario.loader import load_pack
from ovelse.ui import file_dialogs
from ovelse.ui.main_window import MainWindow
from tests.ui.conftest import FULL_PACK, Scripted
from tests.ui.test_dreiebok_dialog import import_planner_sheet, planner_sheet
from tests.ui.test_editor import open_editor

TITLE = ("pack", "phases", 0, "injects", 0, "title")


def test_export_writes_the_draft_with_its_unsaved_edits_and_leaves_the_pack_alone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(window, qtbot)
    assert editor.draft is not None
    before = editing.get(editor.draft, TITLE)
    editor.push(editing.set_field(editor.draft, TITLE, "Vannverket melder forurensning"))
    target = tmp_path / "utkast.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args: str(target))

    QTest.keyClick(editor.export_dreiebok_button, Qt.Key.Key_Space)

    assert editor.status.text() == f"Skrev dreieboken til {target}"
    assert load_workbook(target)["Innspill"]["E2"].value == "Vannverket melder forurensning"
    assert load_pack(FULL_PACK).pack.injects()[0].title == before  # nothing saved
    assert editor.has_unsaved_changes()
    editor.undo_stack.setClean()  # (the window closes without asking)


def test_a_draft_that_would_not_load_is_not_exported_and_the_author_is_told_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(window, qtbot)
    assert editor.draft is not None
    editor.push(editing.set_field(editor.draft, TITLE, "{{ ukjent }}"))
    target = tmp_path / "utkast.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args: str(target))

    QTest.keyClick(editor.export_dreiebok_button, Qt.Key.Key_Space)

    assert editor.status.text() == (
        "Utkastet har feil som må rettes før det kan skrives som dreiebok; se listen over feil."
    )
    assert not target.exists()
    editor.undo_stack.setClean()


def test_import_asks_about_unsaved_edits_and_opens_the_sheet_as_a_new_draft(
    qtbot: QtBot,
    window: MainWindow,
    scripted: Scripted,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = open_editor(window, qtbot)
    assert editor.draft is not None
    editor.push(editing.set_field(editor.draft, TITLE, "Ikke lagret"))
    source = planner_sheet(tmp_path)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *args: str(source))

    # The author first says no to losing the edit: nothing is asked for or opened.
    scripted.answers.append(False)
    QTest.keyClick(editor.import_dreiebok_button, Qt.Key.Key_Space)
    assert editor.source == FULL_PACK
    assert editor.has_unsaved_changes()

    scripted.answers.append(True)
    scripted.dialogs.append(import_planner_sheet(qtbot))
    QTest.keyClick(editor.import_dreiebok_button, Qt.Key.Key_Space)

    folder = window.settings.pack_folder() / "plan"
    assert editor.source == folder
    assert editor.draft is not None
    assert [i.title for i in editor.draft.pack.injects()] == ["Farevarsel", "Strømbrudd"]
    assert not editor.has_unsaved_changes()
    assert not scripted.answers and not scripted.dialogs
    # It is listed under «Mine pakker», and it is the pack Prepare now holds.
    assert any(e.mine and e.folder == folder for e in window.library.entries)
    assert window.prepare.loaded is not None and window.prepare.loaded.root == folder
    # The pack that was being edited is as it was on disk.
    assert load_pack(FULL_PACK).pack.injects()[0].title != "Ikke lagret"
