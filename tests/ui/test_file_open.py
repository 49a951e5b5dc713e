"""A session file handed over by the operating system (macOS Finder) opens in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from ovelse.ui.main_window import MainWindow

from .test_screens import started


def test_a_session_handed_over_by_the_system_opens(window: MainWindow, qtbot) -> None:
    started(window, qtbot)
    assert window.model is not None
    path = window.model.path
    window.close_session()
    assert window.model is None
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    assert window.model is not None and window.model.path == path
    assert window.stack.currentWidget() is window.console


def test_other_files_are_left_to_the_system(window: MainWindow, tmp_path: Path) -> None:
    picture = tmp_path / "kart.png"
    picture.write_bytes(b"\x89PNG")
    event = QFileOpenEvent(str(picture))
    QApplication.sendEvent(QApplication.instance(), event)
    assert window.model is None
    assert window.stack.currentWidget() is window.library


def test_it_opens_while_the_window_hides_behind_the_projector(window: MainWindow, qtbot) -> None:
    """One-screen mode hides the main window; a session from Finder must still open."""
    started(window, qtbot)
    assert window.model is not None
    path = window.model.path
    window.close_session()
    window.hide()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    assert window.model is not None and window.model.path == path
