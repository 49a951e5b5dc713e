"""The console by keyboard: who an entry is logged under, and what the keys say they do."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ovelse.ui.main_window import MainWindow
from ovelse.ui.shortcuts import ShortcutSheet

from .test_flow import prepare_full_pack

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
README = Path(__file__).parent.parent.parent / "README.md"


def running(window: MainWindow, qtbot) -> QLineEdit:
    """A started exercise with the first inject out; the log's entry box has the focus."""
    prepare_full_pack(window, qtbot)
    qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
    assert window.model is not None and window.console is not None
    entry = window.console.log.entry
    qtbot.keyClick(entry, Qt.Key.Key_F6)
    qtbot.keyClick(entry, Qt.Key.Key_F5)
    return entry


def say(qtbot, entry: QLineEdit, text: str) -> None:
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def test_alt_digit_chooses_the_speaker_and_the_choice_ends_with_the_entry(
    window: MainWindow, qtbot
) -> None:
    entry = running(window, qtbot)
    log, model = window.console.log, window.model
    first, second = model.table_roles()[:2]
    qtbot.keyClick(entry, Qt.Key.Key_1, ALT)
    qtbot.keyClick(entry, Qt.Key.Key_2, ALT)  # a second Alt+digit replaces the first
    assert log.role_chip.text() == model.role_title(second)
    say(qtbot, entry, "Kommunedirektøren kaller inn")
    assert model.exercise.log.entries()[-1].roles == (second,)

    # The next speaker has to be chosen: the text stays and the entry line says so.
    assert log.role_chip.text() == "Ingen rolle valgt"
    say(qtbot, entry, "Ordføreren svarer")
    assert entry.text() == "Ordføreren svarer"
    assert len(model.exercise.log.entries()) == 1
    assert "Velg rolle" in log.message.text()

    # Alt+Shift+digit adds a role to the choice.
    qtbot.keyClick(entry, Qt.Key.Key_1, ALT)
    qtbot.keyClick(entry, Qt.Key.Key_2, ALT | SHIFT)
    assert log.role_chip.text() == f"{model.role_title(first)}, {model.role_title(second)}"
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert model.exercise.log.entries()[-1].roles == (first, second)
    assert log.selected_roles == []


def test_a_click_chooses_a_role_and_ctrl_click_adds_one(window: MainWindow, qtbot) -> None:
    entry = running(window, qtbot)
    log, model = window.console.log, window.model
    first, second = model.table_roles()[:2]
    buttons = {button.property("role"): button for button in log._role_buttons}
    qtbot.mouseClick(buttons[first], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons[second], Qt.MouseButton.LeftButton)
    assert log.selected_roles == [second]
    qtbot.mouseClick(buttons[first], Qt.MouseButton.LeftButton, CTRL)
    assert log.selected_roles == [second, first]
    assert buttons[first].isChecked() and buttons[second].isChecked()
    say(qtbot, entry, "Begge svarer")
    assert model.exercise.log.entries()[-1].roles == (second, first)


def test_a_pinned_role_stays_for_the_next_entries(window: MainWindow, qtbot) -> None:
    entry = running(window, qtbot)
    log, model = window.console.log, window.model
    first = model.table_roles()[0]
    qtbot.keyClick(entry, Qt.Key.Key_1, ALT)
    qtbot.keyClick(entry, Qt.Key.Key_F, CTRL | SHIFT)
    assert log.pin.isChecked() and log.pin.isVisible()
    assert "festet" in log.role_chip.text()
    say(qtbot, entry, "Første punkt")
    say(qtbot, entry, "Andre punkt")
    assert [e.roles for e in model.exercise.log.entries()] == [(first,), (first,)]
    qtbot.keyClick(entry, Qt.Key.Key_F, CTRL | SHIFT)  # unpinned: cleared after the next
    say(qtbot, entry, "Tredje punkt")
    assert log.selected_roles == []


def test_saved_does_not_show_while_new_text_is_unsaved(window: MainWindow, qtbot) -> None:
    entry = running(window, qtbot)
    log = window.console.log
    qtbot.keyClick(entry, Qt.Key.Key_1, ALT)
    say(qtbot, entry, "Første")
    assert log.message.text().startswith("Lagret")
    qtbot.keyClicks(entry, "Ny tekst som ikke er lagret")
    assert "Lagret" not in log.message.text()


def _readme_keys() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Tastene øvingslederen trenger", 1)[1].split("\n\n", 2)[1]
    keys: list[str] = []
    for line in section.splitlines()[2:]:
        cell = line.split("|")[1]
        keys += [part.strip() for part in cell.split(" / ") if part.strip()]
    return keys


def test_readme_and_f1_list_the_same_role_keys(window: MainWindow, qtbot) -> None:
    sheet = ShortcutSheet(window)
    qtbot.addWidget(sheet)
    rows = [
        (sheet.table.item(row, 0).text(), sheet.table.item(row, 1).text())
        for row in range(sheet.table.rowCount())
    ]
    f1 = " ".join(f"{keys} {label}" for keys, label in rows)
    readme = _readme_keys()
    for key in readme:
        # A README row names keys the way the sheet does («T / S» after Ctrl+B is a letter).
        if re.fullmatch(r"[A-Z]", key):
            continue
        assert key in f1, f"README names {key!r}, F1 does not"
    for keys, _label in rows:
        if "Alt+" in keys or keys in ("Ctrl+Shift+F", "Ctrl+1 … Ctrl+6", "Ctrl+Shift+T"):
            assert keys.split(" … ")[0] in " ".join(readme), f"F1 names {keys!r}, README not"
    by_keys = dict(rows)
    assert "i stedet for" in by_keys["Alt+1 … Alt+9"]  # choosing replaces
    assert "Ctrl+klikk" in by_keys["Alt+Shift+1 … Alt+Shift+9"]
    assert "tømmes" in by_keys["Enter"]


def test_many_chosen_roles_leave_the_entry_box_its_width(window: MainWindow, qtbot) -> None:
    entry = running(window, qtbot)
    log, model = window.console.log, window.model
    for role in model.exercise.roles():
        if role.id not in log.selected_roles:
            log.toggle_role(role.id)
    window.resize(1366, 768)
    qtbot.waitUntil(entry.isVisible)
    full = ", ".join(model.role_title(role) for role in log.selected_roles)
    assert log.role_chip.fontMetrics().horizontalAdvance(full) > 340  # too long to show
    assert log.role_chip.width() <= 340 and entry.width() >= 300
    assert log.role_chip.toolTip() == full
