"""Qt test fixtures: offscreen platform, a fake clock, settings under tmp_path, scripted dialogs.

QT_QPA_PLATFORM must be set before anything imports Qt, so it is set here at import time.
Every test ends with no window left: the windows it made are closed and deleted
(``no_windows_left``), so the suite does not slow down as it goes, with each new style or
font change reaching every window of the tests before.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ovelse.exercise.clock import FakeClock
from ovelse.ui import confirm
from ovelse.ui.app import prepare_application
from ovelse.ui.main_window import MainWindow
from ovelse.ui.settings import AppSettings

FULL_PACK = Path(__file__).parent.parent / "fixtures" / "full-pack"


class Scripted:
    """Answers for modal questions and dialogs, in the order the test expects them."""

    def __init__(self) -> None:
        self.answers: list[bool] = []
        self.dialogs: list[Callable[[QDialog], bool]] = []
        self.asked: list[str] = []

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append(title)
        assert self.answers, f"unexpected question: {title}"
        return self.answers.pop(0)

    def run_dialog(self, dialog: QDialog) -> bool:
        assert self.dialogs, f"unexpected dialog: {type(dialog).__name__}"
        result = self.dialogs.pop(0)(dialog)
        dialog.deleteLater()
        return result


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> Scripted:
    script = Scripted()
    monkeypatch.setattr(confirm, "ask", script.ask)
    monkeypatch.setattr(confirm, "run_dialog", script.run_dialog)
    return script


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "base")


@pytest.fixture(scope="session")
def app(qapp: QApplication) -> QApplication:
    """The application as the program sets it up, once: setting the style sheet again
    restyles every widget there is."""
    return prepare_application()


def delete_windows() -> None:
    """Close and delete every top-level widget, and run the deletions now.

    Closing alone keeps a window alive (signals to lambdas hold it from its own children),
    and Qt deletes ``deleteLater`` widgets only when the event loop gets to them.
    """
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def no_windows_left(qapp: QApplication) -> Iterator[None]:
    yield
    delete_windows()
    assert not QApplication.allWidgets(), "widgets outlived the test"


@pytest.fixture
def window(
    qtbot: object, app: QApplication, settings: AppSettings, clock: FakeClock, scripted: Scripted
) -> Iterator[MainWindow]:
    win = MainWindow(settings, clock)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    yield win
    win.close()
