"""«Regional oppsummering» by the keyboard: opened from «Rapport», a folder of result files
read in, the invitation list typed or loaded from a file, files dropped on the window, and
the PDF and the workbook saved."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from benchmarks.result_files import PACK, synthetic_result, write_results
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ovelse.interchange.results.model import PackRef
from ovelse.interchange.results.writer import result_bytes
from ovelse.presentation import rating
from ovelse.regional import texts as rollup_texts
from ovelse.ui import file_dialogs, texts
from ovelse.ui.main_window import MainWindow
from ovelse.ui.regional import RollupWindow


@pytest.fixture(scope="module")
def region(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("innkomne")
    write_results(folder, 12)
    return folder


def open_from_report_menu(window: MainWindow, qtbot: QtBot) -> RollupWindow:
    """Alt+R opens «Rapport»; the arrow keys walk to the roll-up and Enter opens it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    for _ in range(len(menu.actions())):
        active = menu.activeAction()
        if active is not None and active.text() == texts.ACTION_ROLLUP:
            break
        QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "rollup_window", None), RollupWindow))
    rollup = window.rollup_window
    qtbot.waitUntil(rollup.isVisible)
    return rollup


def test_a_folder_is_rolled_up_and_saved_by_the_keyboard(
    window: MainWindow,
    qtbot: QtBot,
    region: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = open_from_report_menu(window, qtbot)
    monkeypatch.setattr(file_dialogs, "existing_directory", lambda *_: str(region))
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)

    # Qt: a mnemonic «clicks» its button after a short animation, hence the waits.
    QTest.keyClick(screen, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Legg til mappe
    qtbot.waitUntil(lambda: screen.matrix.rowCount() == 12)
    assert screen.matrix.columnCount() == 5
    first = screen.rollup.rows[0] if screen.rollup else None
    assert first is not None
    assert screen.matrix.verticalHeaderItem(0).text() == first.kommune
    assert screen.matrix.item(0, 0).text() == rating(first.ratings[0])
    assert "kommuner med resultat: 12" in screen.status.text()
    flagged = screen.rollup.follow_ups if screen.rollup else ()
    assert screen.tabs.tabText(3) == texts.ROLLUP_TAB_FOLLOW_UP.format(count=len(flagged))
    assert flagged and screen.follow_ups.rowCount() == len(flagged)
    assert screen.follow_ups.item(0, 0).text() == flagged[0].kommune
    assert screen.follow_ups.item(0, 2).text() == flagged[0].text

    QTest.keyClick(screen, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert screen.invited.hasFocus()
    QTest.keyClicks(screen.invited, "Vadsø")
    QTest.keyClick(screen.invited, Qt.Key.Key_Return)
    QTest.keyClicks(screen.invited, "Oslo")
    assert screen.tabs.tabText(2) == texts.ROLLUP_TAB_MISSING.format(count=1)
    assert [screen.missing.item(i).text() for i in range(screen.missing.count())] == ["Oslo"]

    pdf, xlsx = tmp_path / "oppsummering.pdf", tmp_path / "oppsummering"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *_: str(pdf))
    QTest.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(pdf.exists)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Oslo" in text and first.kommune in text
    assert screen.message.text() == texts.ROLLUP_SAVED.format(path=pdf)

    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *_: str(xlsx))
    QTest.keyClick(screen, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    saved = xlsx.with_name("oppsummering.xlsx")  # the suffix is added when left off
    qtbot.waitUntil(saved.exists)
    book = load_workbook(io.BytesIO(saved.read_bytes()))
    missing = book[rollup_texts.MISSING_SHEET]
    assert [cell.value for cell in missing["A"]] == [rollup_texts.COLUMN_KOMMUNE, "Oslo"]


def test_files_dropped_on_the_window_are_read_and_refusals_named(
    qtbot: QtBot,
    app: QApplication,
    region: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = RollupWindow(str(tmp_path))
    qtbot.addWidget(screen)
    screen.show()
    bad = tmp_path / "skadet.ovelseresultat"
    bad.write_bytes(b"ikke en zip")
    older = dataclasses.replace(synthetic_result(40), pack=PackRef(PACK.id, "0.9", PACK.title))
    old = tmp_path / "i-fjor.ovelseresultat"
    old.write_bytes(result_bytes(older))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in (region, bad, old)])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    screen.dropEvent(drop)

    assert screen.matrix.rowCount() == 12
    assert screen.tabs.tabText(1) == texts.ROLLUP_TAB_REJECTED.format(count=2)
    reasons = {
        screen.rejected.item(row, 0).text(): screen.rejected.item(row, 1).text()
        for row in range(screen.rejected.rowCount())
    }
    assert "zip" in reasons["skadet.ovelseresultat"]
    assert "versjon 0.9" in reasons["i-fjor.ovelseresultat"]
    assert screen.save_pdf_button.isEnabled()

    # The pack and version most files are for is chosen; Alt+A and an arrow choose the other.
    assert screen.pack.count() == 2
    assert screen.pack.currentText() == texts.ROLLUP_PACK_ITEM.format(
        title=PACK.title, version="1.0", count=12
    )
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    QTest.keyClick(screen, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(screen.pack.hasFocus)
    QTest.keyClick(screen.pack, Qt.Key.Key_Down)
    assert screen.matrix.rowCount() == 1
    assert screen.tabs.tabText(1) == texts.ROLLUP_TAB_REJECTED.format(count=13)
    QTest.keyClick(screen.pack, Qt.Key.Key_Up)
    assert screen.matrix.rowCount() == 12

    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    listing = tmp_path / "inviterte.csv"
    listing.write_text("Kommunenummer;Kommune\n5607;Vadsø\n4601;Bergen\n", encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_: str(listing))
    QTest.keyClick(screen, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Hent liste fra fil
    qtbot.waitUntil(lambda: screen.missing.count() == 1)
    assert screen.invited.toPlainText() == "5607;Vadsø\n4601;Bergen"
    assert screen.missing.item(0).text() == "Bergen"

    QTest.keyClick(screen, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Tøm
    qtbot.waitUntil(lambda: screen.matrix.rowCount() == 0)
    assert screen.status.text() == texts.ROLLUP_EMPTY
    assert not screen.save_pdf_button.isEnabled()


def test_the_window_says_what_each_goal_number_stands_for(qtbot: QtBot, region: Path) -> None:
    """The matrix's columns are «M1», «M2» …: the goals' titles stand above it, not only
    in a tooltip the keyboard never opens; a title is shown as text, never as markup."""
    screen = RollupWindow()
    qtbot.addWidget(screen)
    screen.add_paths([region])
    rollup = screen.rollup
    assert rollup is not None
    shown = screen.goal_key.text()
    for goal in rollup.goals:
        assert f"M{goal.number} {goal.title}" in shown
    assert screen.goal_key.textFormat() == Qt.TextFormat.PlainText
    screen.clear()
    assert screen.goal_key.text() == ""


def test_a_title_with_markup_is_shown_in_the_tooltips_as_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A tooltip takes text that looks like HTML for HTML; a kommune's goal title or name
    with tags is shown as the kommune wrote it, not as bold text or a picture."""
    from PySide6.QtGui import QTextDocument

    result = synthetic_result(0)
    title = "<b>fet</b> <img src='kart.png'>"
    goals = (dataclasses.replace(result.goals[0], title=title), *result.goals[1:])
    kommune = dataclasses.replace(result.kommune, name="<i>Alta</i>")
    path = tmp_path / "alta.ovelseresultat"
    path.write_bytes(result_bytes(dataclasses.replace(result, goals=goals, kommune=kommune)))
    screen = RollupWindow()
    qtbot.addWidget(screen)
    screen.add_paths([path])

    def shown(tip: str) -> str:
        document = QTextDocument()
        document.setHtml(tip)
        return document.toPlainText()

    header = screen.matrix.horizontalHeaderItem(0)
    assert header is not None and shown(header.toolTip()) == title
    cell = screen.matrix.item(0, 0)
    assert cell is not None
    assert shown(cell.toolTip()).startswith(f"<i>Alta</i> · {title}: ")
