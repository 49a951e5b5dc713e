"""«Rapport → Send til statsforvalteren …» on the real window, by keyboard: the summary
says what will be sent, Space flags an item for follow-up (kept in the session), Alt+N and
Alt+S choose names and exempt content, and Enter saves a file the reader accepts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from ovelse.interchange.results.reader import read_result
from ovelse.store import Session
from ovelse.ui.main_window import MainWindow
from ovelse.ui.result_dialog import SendResultDialog
from tests.interchange.evaluated import SECRET, builtin_pack, evaluated_session

from .conftest import Scripted


def _session_file(folder: Path) -> Path:
    session = evaluated_session(folder, builtin_pack("evakuering-ost-finnmark"))
    path = session.path
    session.close()
    return path


def _open_dialog_from_the_menu(window: MainWindow, qtbot) -> SendResultDialog:
    window.activateWindow()  # the window system gives the window the keys
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert menu.actions()[0].text() == "Send til statsforvalteren …"
    assert menu.activeAction() is menu.actions()[0]  # opened by keyboard: the first is lit
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    report = window.report
    assert report is not None and window.stack.currentWidget() is report
    dialog = report.send_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()  # the window system gives the dialog the keys
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _ticked(dialog: SendResultDialog) -> list[str]:
    items = dialog.items
    return [
        str(items.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(items.count())
        if items.item(row).checkState() == Qt.CheckState.Checked
    ]


def test_send_to_the_statsforvalter_by_keyboard(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path: Path
) -> None:
    assert window.open_session(_session_file(tmp_path))
    dialog = _open_dialog_from_the_menu(window, qtbot)
    summary = dialog.summary.text().splitlines()
    pack = window.model.exercise.pack
    assert summary[0] == (
        f"Kommune: Nesseby · Pakke: Evakuering i krigstid – Nesseby (versjon {pack.version}) · "
        "Dato: 12.03.2026"
    )
    goals = len(window.model.exercise.evaluation.goals)
    assert summary[1] == (
        f"Vurderte mål og delmål: {goals - 1} av {goals} · Styrker: 1 · Forbedringspunkter: 1 · "
        "Læringspunkter: 1 · Tiltak: 2 · Deltakere: 2"
    )
    assert summary[2] == "Merking: Unntatt offentlighet, jf. offl. § 24 tredje ledd"
    assert summary[3] == "Navn på deltakerne: sendes ikke (bare antall per rolle)"
    assert summary[4] == "Skjermet innhold: holdes tilbake (2 deler)"
    assert summary[5] == "Trenger oppfølging fra region/stat: 2"
    # The items, in the evaluation's order; the exempt one says it is not sent.
    lines = [dialog.items.item(row).text() for row in range(dialog.items.count())]
    assert lines[0] == "Hva fungerte bra S1: Rask innkalling av kriseledelsen"
    assert lines[1] == f"[skjermet – sendes ikke] Hva fungerte bra S2: {SECRET}"
    assert _ticked(dialog) == ["LP1", "T2"]
    assert dialog.items.hasFocus() or dialog.focusWidget() is dialog.items

    # Space on F1 (third row) flags it; Space on LP1 takes its flag away.
    dialog.items.setFocus()
    dialog.items.setCurrentRow(0)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Space)
    assert _ticked(dialog) == ["F1", "T2"]
    assert window.model.exercise.evaluation.follow_up_ids() == {"F1", "T2"}
    assert dialog.summary.text().splitlines()[5] == "Trenger oppfølging fra region/stat: 2"

    # Alt+N: names go along; Alt+S: exempt content too, and the summary says so.
    # Qt: a mnemonic «clicks» its button after a short animation, hence the waits.
    qtbot.keyClick(dialog.items, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.include_names.isChecked)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.include_exempt.isChecked)
    summary = dialog.summary.text().splitlines()
    assert summary[3] == "Navn på deltakerne: sendes"
    assert summary[4] == (
        "Skjermet innhold: tas med (2 deler) – send filen på en måte som passer merkingen"
    )
    assert dialog.items.item(1).text() == f"Hva fungerte bra S2: {SECRET}"

    asked: list[Path] = []
    target = tmp_path / "ut" / "Nesseby"
    target.parent.mkdir()

    def ask(suggested: Path) -> str:
        asked.append(suggested)
        return str(target)

    dialog.ask_path = ask
    dialog.items.setFocus()
    qtbot.keyClick(dialog.items, Qt.Key.Key_Return)
    assert [p.name for p in asked] == ["Nesseby-2026-03-12.ovelseresultat"]
    saved = target.with_name("Nesseby.ovelseresultat")
    assert dialog.written == saved
    assert dialog.message.text() == (
        f"Lagret {saved}. Send filen til statsforvalteren slik statsforvalteren har bedt om."
    )
    read = read_result(saved)
    assert [item.id for item in read.follow_ups()] == ["F1", "T2"]
    assert read.names_included and read.exempt_included
    assert [s.text for s in read.strengths][1] == SECRET

    # Esc closes; the flags are the session's, so the next opening shows them again.
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = _open_dialog_from_the_menu(window, qtbot)
    assert _ticked(again) == ["F1", "T2"]
    assert not again.include_names.isChecked()  # a choice per file, not remembered
    again.close()


def test_the_flags_are_on_disk_before_the_list_shows_them(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path: Path
) -> None:
    path = _session_file(tmp_path)
    assert window.open_session(path)
    dialog = _open_dialog_from_the_menu(window, qtbot)
    dialog.items.setFocus()
    dialog.items.setCurrentRow(0)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Space)
    with Session.open(path, read_only=True) as other:
        assert other.exercise.evaluation.follow_up_ids() == {"S1", "LP1", "T2"}
    dialog.close()


def test_without_a_session_the_menu_says_what_to_do(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    window.send_result()
    assert window.statusBar().currentMessage() == (
        "Åpne en evaluert økt først; resultatfilen lages fra økten."
    )


def test_a_file_that_cannot_be_written_is_said_in_the_dialog(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path: Path
) -> None:
    assert window.open_session(_session_file(tmp_path))
    dialog = _open_dialog_from_the_menu(window, qtbot)
    dialog.ask_path = lambda suggested: str(tmp_path / "finnes-ikke" / "x.ovelseresultat")
    qtbot.keyClick(dialog.items, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(dialog.message.text()))
    assert dialog.written is None
    assert dialog.message.text() == (
        "Resultatfilen ble ikke lagret: filen eller mappen finnes ikke"
    )
    dialog.close()


def test_a_read_only_session_shows_the_flags_but_cannot_change_them(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path: Path
) -> None:
    path = _session_file(tmp_path)
    with Session.open(path) as holder:  # another Øvelse has the session open
        assert window.open_session(path)
        assert window.model is not None and window.model.read_only
        dialog = _open_dialog_from_the_menu(window, qtbot)
        assert _ticked(dialog) == ["LP1", "T2"]
        dialog.items.setFocus()
        dialog.items.setCurrentRow(0)
        qtbot.keyClick(dialog.items, Qt.Key.Key_Space)
        assert _ticked(dialog) == ["LP1", "T2"]
        assert holder.exercise.evaluation.follow_up_ids() == {"LP1", "T2"}
        # Saving the file only reads the session, so it works all the same.
        dialog.ask_path = lambda suggested: str(tmp_path / suggested.name)
        assert dialog.save()
        assert (tmp_path / "Nesseby-2026-03-12.ovelseresultat").exists()
        dialog.close()
        window.close_session()
