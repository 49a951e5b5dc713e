"""«Skriv ut …» in Prepare, by keyboard on the real window: the øvingsdirektiv's texts typed
in Prepare, the documents chosen in the dialog, PDFs in the folder, and the texts kept in
the session that Prepare then makes."""

from __future__ import annotations

import shutil
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from ovelse.exercise.kinds import MarkingKind
from ovelse.report.kit.model import KitKind
from ovelse.scenario.loader import load_pack
from ovelse.ui import texts
from ovelse.ui.main_window import MainWindow
from ovelse.ui.print_dialog import PrintDialog
from tests.ui.conftest import FULL_PACK, Scripted

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PLACE = "Rådhuset i Unjárga, møterom Čáhcesuolu"


def _text(path: Path) -> str:
    return "".join("".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _shown(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    """As ``exec`` shows it: on top and active, so its Ctrl+Enter and Escape work."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _to_directive(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    assert window.library.select_pack("kom-i-gang")
    qtbot.keyClick(window.library.pack_list, Qt.Key.Key_Return)
    prepare = window.prepare
    assert window.stack.currentWidget() is prepare
    prepare.profile_combo.setFocus()
    for _ in range(3):  # Tilpasning → Forhåndsvisning → Roller → Øvingsdirektiv
        qtbot.keyClick(prepare.profile_combo, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert prepare.tabs.currentIndex() == 3


def _keys(widget: QWidget, text: str) -> None:
    """Type as a Norwegian or Sámi keyboard does: QTest's own typing knows ASCII only."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _type(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _keys(field, text)


def test_print_the_kit_from_prepare_and_keep_the_directive_in_the_session(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path: Path
) -> None:
    _to_directive(window, qtbot)
    prepare = window.prepare
    date = prepare.directive_fields["date"]
    assert isinstance(date, QLineEdit)
    _type(qtbot, date, "Torsdag 11. mars 2027")
    qtbot.keyClick(date, Qt.Key.Key_Tab)  # on to the time, then the place
    _keys(window.focusWidget(), "09.00–12.00")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is prepare.directive_fields["place"]
    _keys(window.focusWidget(), PLACE)
    folder = tmp_path / "utskrift"

    def print_five(dialog: QDialog) -> bool:
        assert isinstance(dialog, PrintDialog)
        _shown(qtbot, dialog)
        assert all(box.isChecked() for box in dialog.boxes.values())
        # From the first box, Tab to the role cards and leave them out with Space.
        focus = dialog.boxes[KitKind.DIRECTIVE]
        assert dialog.focusWidget() is focus
        while dialog.focusWidget() is not dialog.boxes[KitKind.ROLE_CARDS]:
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
        while dialog.focusWidget() is not dialog.folder:
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.folder, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.folder, str(folder))
        qtbot.keyClick(dialog.folder, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result() == QDialog.DialogCode.Accepted

    scripted.dialogs.append(print_five)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_P, CTRL_SHIFT)
    assert not scripted.dialogs, "Ctrl+Shift+P opens the print dialog"
    names = sorted(path.name for path in folder.iterdir())
    assert names == sorted(
        f"{kind.value}.pdf" for kind in KitKind if kind is not KitKind.ROLE_CARDS
    )
    directive = _text(folder / "ovingsdirektiv.pdf")
    assert "Torsdag11.mars2027" in directive
    assert "".join(PLACE.split()) in directive
    assert "5 dokumenter" in prepare.status.text()
    # The pack's diagram is an SVG: the window paints it onto its inject card.
    cards = PdfReader(folder / "innspillskort.pdf").pages
    assert sum(len(page.images) for page in cards) == 1

    # The session made next keeps the texts; a built-in pack's profile is left as it was.
    window.activateWindow()  # back from the dialog, as its exec() would leave it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    prepare.directive_fields["contact"].setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.model is not None
    kept = window.model.exercise.directive
    assert (kept.date, kept.time, kept.place) == ("Torsdag 11. mars 2027", "09.00–12.00", PLACE)
    assert prepare.directive_status.text() == ""


def test_a_print_with_no_document_chosen_stays_open_and_says_why(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path: Path
) -> None:
    _to_directive(window, qtbot)

    def none_chosen(dialog: QDialog) -> bool:
        assert isinstance(dialog, PrintDialog)
        _shown(qtbot, dialog)
        for box in dialog.boxes.values():
            while dialog.focusWidget() is not box:
                qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            qtbot.keyClick(box, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible()
        assert dialog.status.text() == "Velg minst ett dokument."
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        return dialog.result() == QDialog.DialogCode.Accepted

    scripted.dialogs.append(none_chosen)
    prepare = window.prepare
    prepare.directive_fields["date"].setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_P, CTRL_SHIFT)
    assert not scripted.dialogs
    assert prepare.status.text() == ""


def test_the_directive_is_kept_in_the_profile_of_a_pack_on_disk(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    """For next time: a pack the user keeps (not a built-in one) gets the texts in the
    profile chosen in Prepare, written by the pack writer when the session is made."""
    folder = tmp_path / "pakke"
    shutil.copytree(FULL_PACK, folder)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.prepare_pack(load_pack(folder))
    prepare = window.prepare
    profile = prepare.chosen_profile()
    assert profile is not None
    contact = prepare.directive_fields["contact"]
    assert isinstance(contact, QLineEdit)
    _type(qtbot, contact, "Áilu Hansen, tlf. 900 00 000")
    qtbot.keyClick(contact, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.model is not None
    saved = load_pack(folder).profile(profile.id).directive
    assert saved.contact == "Áilu Hansen, tlf. 900 00 000"
    assert window.model.exercise.directive.contact == saved.contact
    assert profile.title in prepare.directive_status.text()


def test_the_open_session_prints_its_kit_from_the_file_menu(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    """Once the session exists, «Fil → Skriv ut utskriftssettet …» prints from it: the
    directive's texts it keeps and the marking chosen for it."""
    _to_directive(window, qtbot)
    place = window.prepare.directive_fields["place"]
    assert isinstance(place, QLineEdit)
    _type(qtbot, place, PLACE)
    qtbot.keyClick(place, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    model = window.model
    assert model is not None
    model.exercise.set_marking(MarkingKind.OFFL_21)
    written: list[Path] = []

    def all_documents(dialog: QDialog) -> bool:
        assert isinstance(dialog, PrintDialog)
        _shown(qtbot, dialog)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        written.extend(item.path for item in dialog.written)
        return dialog.result() == QDialog.DialogCode.Accepted

    scripted.dialogs.append(all_documents)
    action = next(
        a
        for a in window.menuBar().actions()[0].menu().actions()
        if a.text() == texts.ACTION_PRINT_KIT
    )
    action.trigger()
    assert not scripted.dialogs
    assert [path.stem for path in written] == [kind.value for kind in KitKind]
    assert all(path.parent.name == f"{model.path.stem}-utskrift" for path in written)
    directive = _text(written[0])
    assert "".join(PLACE.split()) in directive
    assert "Unntattoffentlighet,jf.offl.§21" in directive


def test_the_directive_typed_for_one_pack_does_not_follow_to_the_next(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    folder = tmp_path / "uten-profiler"
    shutil.copytree(FULL_PACK, folder)
    shutil.rmtree(folder / "profiles")
    _to_directive(window, qtbot)
    date = window.prepare.directive_fields["date"]
    assert isinstance(date, QLineEdit)
    _type(qtbot, date, "Torsdag 11. mars 2027")
    qtbot.keyClick(window.prepare.back_button, Qt.Key.Key_Space)  # back to the library
    window.prepare_pack(load_pack(folder))  # a pack with no profile of its own
    assert window.stack.currentWidget() is window.prepare
    assert window.prepare.directive().date == ""


def test_a_built_in_pack_says_its_directive_texts_are_kept_in_the_session_only(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    """A built-in pack's profile cannot be written: the tab says so before anything is
    typed, not after; a pack on disk says its profile keeps them."""
    _to_directive(window, qtbot)
    hint = window.prepare.directive_hint.text()
    assert hint == texts.PREPARE_DIRECTIVE_BUILTIN
    folder = tmp_path / "pakke"
    shutil.copytree(FULL_PACK, folder)
    window.prepare_pack(load_pack(folder))
    assert window.prepare.directive_hint.text() == texts.PREPARE_DIRECTIVE_HINT
