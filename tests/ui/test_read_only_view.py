"""A second window on a session open elsewhere: who holds it, nothing editable, take-over."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from ovelse.exercise.clock import FakeClock
from ovelse.ui import confirm, save_as, texts
from ovelse.ui.main_window import MainWindow
from ovelse.ui.settings import AppSettings

from .conftest import Scripted
from .test_flow import prepare_full_pack

LONG_NAME = (
    "Strømbrudd i Nesseby desember 2026 – kriseledelsen, beredskapsrådet og "
    "nabokommunene samlet på rådhuset.ovelse"
)


def writer(window: MainWindow, qtbot, folder: Path) -> Path:
    """The first window creates a session with a long name and starts it."""
    prepare_full_pack(window, qtbot)
    window.prepare.path_edit.setText(str(folder / LONG_NAME))
    qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
    assert window.model is not None and not window.model.read_only
    window.model.toggle_run()
    window.model.call(window.model.exercise.release_next)
    return window.model.path


def second_window(qtbot, settings: AppSettings, clock: FakeClock) -> MainWindow:
    second = MainWindow(settings, clock)
    qtbot.addWidget(second)
    second.show()
    in_front(qtbot, second)
    return second


def in_front(qtbot, window: MainWindow) -> None:
    """Keys go to the window in front, as on a desktop."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_a_second_window_names_the_holder_and_edits_nothing(
    window: MainWindow, qtbot, settings: AppSettings, clock: FakeClock, tmp_path: Path
) -> None:
    path = writer(window, qtbot, tmp_path)
    assert window.model is not None
    released = len(window.model.exercise.releases())

    # A second start of the program: the session is open, not left behind by a crash.
    second = second_window(qtbot, settings, clock)
    second.offer_resume()
    offer = second.library.banner_text.text()
    assert "ikke lukket ordentlig" not in offer
    assert f"prosess {os.getpid()}" in offer and "denne maskinen" in offer and "siden" in offer
    assert second.library.resume_button.text() == texts.RESUME_READ_ONLY
    qtbot.mouseClick(second.library.resume_button, Qt.MouseButton.LeftButton)
    assert second.model is not None and second.model.read_only
    assert second.model.path == path

    banner = second.read_only_banner
    assert banner.isVisible() and banner.take_over_button.isVisible()
    assert f"prosess {os.getpid()}" in banner.text.text() and "siden" in banner.text.text()
    # The long name wraps instead of widening the window past a laptop screen.
    assert second.minimumSizeHint().width() <= 1366

    console = second.console
    assert console is not None
    entry = console.log.entry
    in_front(qtbot, second)
    entry.setFocus()
    qtbot.keyClicks(entry, "ord: Skal ikke kunne skrives")
    assert entry.text() == ""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7):
        qtbot.keyClick(entry, key)
    assert len(second.model.exercise.log.entries()) == 0
    assert len(second.model.exercise.releases()) == released
    assert second.model.state is window.model.state
    for control in (
        console.run_button,
        console.next_button,
        console.adhoc_button,
        console.board_button,
        console.checklist_button,
        console.auto_release,
        console.log.edit_button,
        console.log.delete_button,
    ):
        assert not control.isEnabled(), control.text()
    assert console.log.history_button.isEnabled()  # reading stays possible
    assert console.log.role_filter.isEnabled()
    for name in ("release_next", "toggle_run", "adhoc", "board", "checklist", "end"):
        assert not second.actions_by_name[name].isEnabled(), name

    evaluation = second.evaluation
    assert evaluation is not None
    assert editable(evaluation) == []
    assert evaluation.report_button.isEnabled()
    # A refusal shown there wraps as well.
    second.model.failed.emit(texts.STORE_FAILED.format(error=LONG_NAME * 2))
    second.go(3)
    assert evaluation.minimumSizeHint().width() <= 1300
    second.close()


def editable(page: QWidget) -> list[str]:
    """The names of the controls on ``page`` a user could still change the session with."""
    found = []
    for widget in page.findChildren(QWidget):
        if isinstance(widget.parent(), QComboBox | QTabBar) or widget.objectName() == "primary":
            continue  # a combo box's own line, a tab bar's arrows, the way to the report
        if widget.objectName() in ("evidenceKind", "evidenceRole"):
            continue  # filters of the evidence beside a goal: they change only what is shown
        if (isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly()) or (
            isinstance(widget, QAbstractButton | QComboBox) and widget.isEnabled()
        ):
            found.append(widget.objectName() or type(widget).__name__)
    return found


def test_the_store_failure_message_has_one_full_stop(
    window: MainWindow, qtbot, settings: AppSettings, clock: FakeClock, tmp_path: Path
) -> None:
    path = writer(window, qtbot, tmp_path)
    second = second_window(qtbot, settings, clock)
    assert second.open_session(path)
    assert second.model is not None and second.model.read_only
    messages: list[str] = []
    second.model.failed.connect(messages.append)
    second.model.call(second.model.exercise.pause)  # refused: read-only
    [message] = messages
    assert ".." not in message and ". ." not in message
    second.close()


@pytest.mark.parametrize("answer", [False, True])
def test_take_over_from_the_banner_after_a_question_naming_the_holder(
    window: MainWindow,
    qtbot,
    settings: AppSettings,
    clock: FakeClock,
    tmp_path: Path,
    scripted: Scripted,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    path = writer(window, qtbot, tmp_path)
    second = second_window(qtbot, settings, clock)
    assert second.open_session(path)
    assert second.model is not None and second.model.read_only
    questions: list[tuple[str, str]] = []

    def ask(_parent: object, title: str, text: str) -> bool:
        questions.append((title, text))
        return answer

    monkeypatch.setattr(confirm, "ask", ask)
    qtbot.mouseClick(second.read_only_banner.take_over_button, Qt.MouseButton.LeftButton)
    [(title, question)] = questions
    assert title == texts.TAKE_OVER_TITLE
    assert f"prosess {os.getpid()}" in question and "siden" in question
    assert second.model is not None and second.model.path == path
    if not answer:
        assert second.model.read_only and second.read_only_banner.isVisible()
        return
    assert not second.model.read_only
    assert not second.read_only_banner.isVisible()
    assert second.console is not None
    entry = second.console.log.entry
    assert second.actions_by_name["release_next"].isEnabled()
    in_front(qtbot, second)
    entry.setFocus()
    qtbot.keyClicks(entry, "ord: Overtatt i det andre vinduet")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    texts_logged = [e.text for e in second.model.exercise.log.entries()]
    assert texts_logged == ["Overtatt i det andre vinduet"]
    second.close()


def test_the_writer_that_lost_the_session_keeps_the_text_and_continues_in_a_copy(
    window: MainWindow,
    qtbot,
    settings: AppSettings,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = writer(window, qtbot, tmp_path)
    second = second_window(qtbot, settings, clock)
    assert second.open_session(path)
    monkeypatch.setattr(confirm, "ask", lambda *_args: True)
    qtbot.mouseClick(second.read_only_banner.take_over_button, Qt.MouseButton.LeftButton)
    assert second.model is not None and not second.model.read_only

    # The first window goes on typing: the entry is refused, kept, and the reason shown.
    assert window.console is not None and window.model is not None
    in_front(qtbot, window)
    entry = window.console.log.entry
    entry.setFocus()
    qtbot.keyClicks(entry, "ord: Skrevet etter overtakelsen")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.text() == "ord: Skrevet etter overtakelsen"
    assert window.model.read_only
    banner = window.read_only_banner
    assert banner.isVisible() and banner.save_as_button.isVisible()
    assert "tatt over" in banner.text.text() and "Lagre som" in banner.text.text()
    assert entry.isReadOnly() and not window.actions_by_name["release_next"].isEnabled()
    assert [e.text for e in second.model.exercise.log.entries()] == []

    # «Lagre som …» from the banner: a copy with everything, and the entry goes in there.
    copy = tmp_path / "kopi.ovelse"
    monkeypatch.setattr(save_as, "choose_path", lambda _parent, _suggested: copy)
    qtbot.mouseClick(banner.save_as_button, Qt.MouseButton.LeftButton)
    assert window.model.path == copy and not window.model.read_only
    assert not banner.isVisible() and not entry.isReadOnly()
    assert window.actions_by_name["release_next"].isEnabled()
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert [e.text for e in window.model.exercise.log.entries()] == ["Skrevet etter overtakelsen"]
    second.close()
