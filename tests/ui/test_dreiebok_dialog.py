"""The dreiebok import dialog: the sheet's columns mapped, checked, imported, remembered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from ovelse.scenario.loader import load_pack
from ovelse.ui import file_dialogs
from ovelse.ui.dreiebok_dialog import DreiebokImportDialog, export_dreiebok
from ovelse.ui.main_window import MainWindow
from ovelse.ui.settings import AppSettings
from tests.ui.conftest import Scripted


def planner_sheet(folder: Path, role: str = "ordforer") -> Path:
    return sheet_file(
        folder / "plan.xlsx",
        [
            ["Klokka", "Hendelse", "Melding", "Hvem og hva", "Kommentar"],
            ["00:00", "Farevarsel", "Rødt farevarsel.", f"{role}: Hva gjør dere?", "x"],
            ["00:20", "Strømbrudd", "Strømmen er borte.", "Ordfører: Hvem varsles?", ""],
        ],
    )


def choose(qtbot: QtBot, dialog: DreiebokImportDialog, row: int, header: str) -> None:
    """Pick ``header`` in the row's combo box with the keyboard, as a planner would."""
    combo = dialog.combos[row]
    combo.setFocus()
    target = combo.findText(header)
    assert target >= 0
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        QTest.keyClick(combo, key)


def import_planner_sheet(qtbot: QtBot) -> Callable[[QDialog], bool]:
    """The planner's part in the import dialog: map ``planner_sheet``'s columns and import."""

    def fill_in(dialog: QDialog) -> bool:
        assert isinstance(dialog, DreiebokImportDialog)
        for row, header in enumerate(["Planlagt tid", "Tittel", "Tekst til deltakerne"]):
            choose(qtbot, dialog, row, header)
        choose(qtbot, dialog, 3, "Spørsmål")
        QTest.keyClick(dialog.import_button, Qt.Key.Key_Space)
        return dialog.result() == QDialog.DialogCode.Accepted

    return fill_in


def sheet_file(path: Path, rows: list[list[object]]) -> Path:
    """A workbook at ``path`` with ``rows`` on its first sheet."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_planners_sheet_is_mapped_checked_imported_and_remembered(
    qtbot: QtBot, app: QApplication, settings: AppSettings, tmp_path: Path
) -> None:
    source = planner_sheet(tmp_path)
    dialog = DreiebokImportDialog(source, tmp_path / "mine", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "Klokka",
        "Hendelse",
        "Melding",
        "Hvem og hva",
        "Kommentar",
    ]
    assert dialog.combos[2].currentText() == "(leses ikke)"

    choose(qtbot, dialog, 0, "Planlagt tid")
    choose(qtbot, dialog, 1, "Tittel")
    choose(qtbot, dialog, 2, "Tekst til deltakerne")
    choose(qtbot, dialog, 3, "Spørsmål")
    QTest.keyClick(dialog.check_button, Qt.Key.Key_Space)
    assert dialog.report.toPlainText().startswith("Ingen feil. Dette blir laget:\nPakken «plan»")

    with qtbot.waitSignal(dialog.imported) as imported:
        QTest.keyClick(dialog.import_button, Qt.Key.Key_Space)
    folder = imported.args[0]
    assert folder == tmp_path / "mine" / "plan"
    assert [i.title for i in load_pack(folder).pack.injects()] == ["Farevarsel", "Strømbrudd"]

    again = DreiebokImportDialog(source, tmp_path / "mine", settings)
    qtbot.addWidget(again)
    assert [combo.currentText() for combo in again.combos] == [
        "Planlagt tid",
        "Tittel",
        "Tekst til deltakerne",
        "Spørsmål",
        "(leses ikke)",
    ]


def test_problems_are_shown_at_their_cells_and_nothing_is_written(
    qtbot: QtBot, app: QApplication, settings: AppSettings, tmp_path: Path
) -> None:
    source = planner_sheet(tmp_path, role="ordfører2")
    settings.set_column_mapping(
        ["Klokka", "Hendelse", "Melding", "Hvem og hva", "Kommentar"],
        {"Klokka": "at", "Hendelse": "title", "Melding": "text", "Hvem og hva": "questions"},
    )
    dialog = DreiebokImportDialog(source, tmp_path / "mine", settings)
    qtbot.addWidget(dialog)
    dialog.show()

    QTest.keyClick(dialog.import_button, Qt.Key.Key_Space)

    assert dialog.report.toPlainText().splitlines()[:2] == [
        "1 feil må rettes i regnearket først:",
        "Sheet!D2: hvem og hva: rollen «ordfører2» finnes ikke (mente du «ordforer»?)",
    ]
    assert dialog.isVisible()
    assert not (tmp_path / "mine").exists()


def test_a_refused_file_says_why_and_offers_no_import(
    qtbot: QtBot, app: QApplication, settings: AppSettings, tmp_path: Path
) -> None:
    source = tmp_path / "makro.xlsm"
    source.write_bytes(b"PK\x03\x04")
    dialog = DreiebokImportDialog(source, tmp_path / "mine", settings)
    qtbot.addWidget(dialog)

    assert dialog.report.toPlainText() == (
        "Filen kan ikke leses inn:\nmakro.xlsm: arbeidsboken har makroer (.xlsm); Øvelse leser "
        "ikke makroer – lagre den som vanlig Excel-arbeidsbok (.xlsx) og prøv igjen"
    )
    assert not dialog.import_button.isEnabled() and not dialog.check_button.isEnabled()


def test_export_writes_the_chosen_pack_where_the_user_says(
    qtbot: QtBot, app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = load_pack(Path(__file__).parents[2] / "scenarios" / "kom-i-gang")
    target = tmp_path / "dreiebok"
    monkeypatch.setattr(
        file_dialogs, "save_file_name", lambda parent, caption, path, filter_: str(target)
    )

    line = export_dreiebok(None, loaded)

    assert line == f"Skrev dreieboken til {target}.xlsx"
    assert (tmp_path / "dreiebok.xlsx").read_bytes()[:2] == b"PK"


def file_menu_action(window: MainWindow, text: str) -> QAction:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return next(action for action in menu.actions() if action.text() == text)


def test_the_file_menu_imports_a_sheet_into_my_packs_and_exports_the_pack_prepared(
    qtbot: QtBot,
    window: MainWindow,
    scripted: Scripted,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = planner_sheet(tmp_path)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *args: str(source))

    scripted.dialogs.append(import_planner_sheet(qtbot))
    file_menu_action(window, "Importer dreiebok …").trigger()

    # The new pack is in «Mine pakker» and open for preparing.
    folder = window.settings.pack_folder() / "plan"
    assert (folder / "scenario.yaml").is_file()
    assert window.prepare.loaded is not None and window.prepare.loaded.root == folder
    assert window.stack.currentWidget() is window.prepare
    assert any(e.mine and e.folder == folder for e in window.library.entries)

    target = tmp_path / "ut.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args: str(target))
    file_menu_action(window, "Eksporter dreiebok …").trigger()
    assert window.statusBar().currentMessage() == f"Skrev dreieboken til {target}"
    assert load_workbook(target)["Innspill"]["E3"].value == "Strømbrudd"


def test_clock_times_count_from_the_start_the_planner_gives(
    qtbot: QtBot, app: QApplication, settings: AppSettings, tmp_path: Path
) -> None:
    source = sheet_file(
        tmp_path / "klokke.xlsx",
        [
            ["Planlagt tid", "Tittel", "Spørsmål"],
            [time(9, 15), "Farevarsel", "ordforer: Hva gjør dere?"],
            [time(9, 40), "Strømbrudd", "ordforer: Og nå?"],
        ],
    )
    dialog = DreiebokImportDialog(source, tmp_path / "mine", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.start_edit.isEnabled()

    QTest.keyClick(dialog.check_button, Qt.Key.Key_Space)
    assert "    +00:25  innspill-2: Strømbrudd (1 spørsmål)" in dialog.report.toPlainText()

    QTest.keyClick(dialog.start_check, Qt.Key.Key_Space)
    assert dialog.start_edit.isEnabled()
    dialog.start_edit.setTime(QTime(9, 0))
    QTest.keyClick(dialog.check_button, Qt.Key.Key_Space)
    report = dialog.report.toPlainText()
    assert "    +00:15  innspill-1: Farevarsel (1 spørsmål)" in report
    assert "    +00:40  innspill-2: Strømbrudd (1 spørsmål)" in report


def test_a_title_above_the_headers_is_passed_over_by_choosing_the_header_row(
    qtbot: QtBot, app: QApplication, settings: AppSettings, tmp_path: Path
) -> None:
    source = sheet_file(
        tmp_path / "tittel.xlsx",
        [
            ["Dreiebok for Eksempel kommune"],
            ["Planlagt tid", "Tittel", "Spørsmål"],
            ["00:00", "Farevarsel", "ordforer: Hva gjør dere?"],
        ],
    )
    dialog = DreiebokImportDialog(source, tmp_path / "mine", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.headers == ["Dreiebok for Eksempel kommune"]

    dialog.header_row.setFocus()
    QTest.keyClick(dialog.header_row, Qt.Key.Key_Up)

    assert dialog.headers == ["Planlagt tid", "Tittel", "Spørsmål"]
    assert [combo.currentText() for combo in dialog.combos] == [
        "Planlagt tid",
        "Tittel",
        "Spørsmål",
    ]
    QTest.keyClick(dialog.check_button, Qt.Key.Key_Space)
    assert "    +00:00  innspill-1: Farevarsel (1 spørsmål)" in dialog.report.toPlainText()
