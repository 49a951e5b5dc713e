"""Guards and focus: what asks first, where the keys go, and keys that do not clash."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication

from ovelse import i18n
from ovelse.exercise.clock import FakeClock
from ovelse.exercise.kinds import RunState
from ovelse.ui.main_window import MainWindow
from ovelse.ui.settings import AppSettings

from .conftest import Scripted
from .test_flow import prepare_full_pack
from .test_screens import started
from .test_unsaved_text import typing_the_summary

CTRL = Qt.KeyboardModifier.ControlModifier


def active(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_ctrl_q_during_a_running_exercise_asks_first(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    started(window, qtbot)
    active(window, qtbot)
    entry = window.console.log.entry
    scripted.answers.append(False)
    qtbot.keyClick(entry, Qt.Key.Key_Q, CTRL)
    assert scripted.asked == ["Avslutte programmet?"]
    assert window.isVisible() and window.model is not None
    scripted.answers.append(True)
    qtbot.keyClick(entry, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible() and window.model is None


def test_ctrl_q_before_the_start_does_not_ask(window: MainWindow, qtbot) -> None:
    active(window, qtbot)
    qtbot.keyClick(window.library.pack_list, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()


def test_going_to_the_evaluation_during_the_exercise_asks_first(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    started(window, qtbot)
    console = window.console
    scripted.answers.append(False)
    qtbot.mouseClick(console.evaluate_button, Qt.MouseButton.LeftButton)
    assert scripted.asked == ["Gå til evaluering?"]
    assert window.stack.currentWidget() is console
    scripted.answers.append(True)
    qtbot.mouseClick(console.evaluate_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.evaluation
    assert window.model.state is RunState.RUNNING  # the exercise goes on


def test_the_pack_list_has_the_keys_at_start_up(window: MainWindow, qtbot) -> None:
    active(window, qtbot)
    window.library.ensure_loaded()
    pack_list = window.library.pack_list
    qtbot.waitUntil(pack_list.hasFocus)
    # Enter on the chosen pack goes on to the prepare page.
    qtbot.keyClick(pack_list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.prepare


def test_the_prepare_page_goes_on_with_ctrl_enter_and_tab_leaves_the_table(
    window: MainWindow, qtbot
) -> None:
    active(window, qtbot)
    prepare_full_pack(window, qtbot)
    prepare = window.prepare
    assert "Ctrl+Enter" in prepare.start_button.text()
    prepare.tabs.setCurrentIndex(2)
    table = prepare.participants
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()  # on to the buttons, not the next cell
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert window.model is not None
    assert window.stack.currentWidget() is window.console


def _mnemonics(window: MainWindow) -> list[str]:
    titles = [action.text() for action in window.menuBar().actions()]
    found = [re.search(r"&([^&])", title) for title in titles]
    assert all(found), titles
    return [match.group(1).casefold() for match in found if match]


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_no_two_menus_share_a_mnemonic(qtbot, app: QApplication, tmp_path, language: str) -> None:
    i18n.install(language)
    window = MainWindow(AppSettings(tmp_path / language), FakeClock())
    qtbot.addWidget(window)
    keys = _mnemonics(window)
    assert len(keys) == len(set(keys)), keys
    window.close()


def test_saved_does_not_show_while_evaluation_text_is_unsaved(window: MainWindow, qtbot) -> None:
    page, summary = typing_the_summary(window, qtbot)
    qtbot.waitUntil(lambda: page.status.text() == "Lagret.", timeout=5000)
    qtbot.keyClicks(summary, ", og loggen var god")
    assert page.status.text() != "Lagret."
    qtbot.waitUntil(lambda: page.status.text() == "Lagret.", timeout=5000)


def test_no_two_console_keys_are_the_same(window: MainWindow, qtbot) -> None:
    """Qt runs neither of two window-wide shortcuts on one key: each key does one thing."""
    started(window, qtbot)
    keys: list[str] = []
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() is Qt.ShortcutContext.WindowShortcut:
            keys.append(shortcut.key().toString())
    for action in window.findChildren(QAction):
        keys += [sequence.toString() for sequence in action.shortcuts()]
    keys = [key for key in keys if key]
    assert "Ctrl+Shift+F" in keys and "Alt+Shift+1" in keys
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    assert not repeated, repeated
