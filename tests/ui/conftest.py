"""Qt test fixtures: offscreen platform, a fake clock, settings under tmp_path, scripted dialogs.

QT_QPA_PLATFORM must be set before anything imports Qt, so it is set here at import time.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
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


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    return prepare_application()


@pytest.fixture
def window(
    qtbot: object, app: QApplication, settings: AppSettings, clock: FakeClock, scripted: Scripted
) -> Iterator[MainWindow]:
    win = MainWindow(settings, clock)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    yield win
    win.close()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
