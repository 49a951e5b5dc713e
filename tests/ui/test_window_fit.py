"""The main window opens inside the screen: every button of the library within reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QPushButton

from ovelse.ui.main_window import MainWindow
from ovelse.ui.settings import AppSettings
from ovelse.ui.window_fit import fitted_geometry

FRAME = QSize(16, 48)  # borders and a title bar


def _frame_of(client: QRect, frame: QSize) -> QRect:
    side = frame.width() // 2
    return client.adjusted(-side, -(frame.height() - side), side, side)


@pytest.mark.parametrize(
    ("wanted", "available"),
    [
        (QRect(0, 0, 1600, 900), QRect(0, 0, 1366, 728)),  # laptop with a task bar
        (QRect(0, 0, 1600, 900), QRect(0, 0, 1280, 680)),
        (QRect(2200, 300, 1600, 900), QRect(0, 0, 1366, 768)),  # saved on a second screen
        (QRect(-40, -20, 1000, 600), QRect(0, 32, 1920, 1048)),  # menu bar on top
        (QRect(1920, 0, 1600, 900), QRect(1920, 0, 1366, 728)),  # the laptop right of a TV
    ],
)
def test_the_first_size_is_fitted_to_the_free_screen_area(wanted: QRect, available: QRect) -> None:
    fitted = fitted_geometry(wanted, available, FRAME)
    assert available.contains(_frame_of(fitted, FRAME))
    assert fitted.width() == min(wanted.width(), available.width() - FRAME.width())
    assert fitted.height() == min(wanted.height(), available.height() - FRAME.height())


def test_a_size_that_fits_is_left_alone() -> None:
    wanted = QRect(100, 100, 1200, 700)
    assert fitted_geometry(wanted, QRect(0, 0, 1920, 1040), FRAME) == wanted


def _outside(window: MainWindow) -> list[str]:
    """The visible buttons of the window that are not wholly on its screen."""
    available = window.screen().availableGeometry()
    found = []
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
            if not available.contains(rect):
                found.append(button.text())
    return found


def test_the_window_opens_inside_the_screen_with_every_button_in_reach(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    """The offscreen test screen is 800×800, smaller than the 1600×900 first size."""
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert available.width() < 1600 or available.height() < 900  # the test means something
    assert available.contains(window.frameGeometry()), (window.frameGeometry(), available)
    session = tmp_path / "økt.ovelse"
    session.write_bytes(b"")
    window.library.offer_resume(session)  # brings «Fortsett økten» and «Ikke nå»
    QApplication.processEvents()
    assert window.library.resume_button.isVisible()
    assert _outside(window) == []


def test_a_geometry_saved_on_a_bigger_screen_is_fitted(
    qtbot, app: QApplication, settings: AppSettings, clock, scripted
) -> None:
    big = MainWindow(settings, clock)
    qtbot.addWidget(big)
    big.setGeometry(2000, 200, 1900, 1000)  # a 4K monitor, saved at close
    settings.set_geometry("main", big.saveGeometry())
    big.deleteLater()

    again = MainWindow(settings, clock)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    available = again.screen().availableGeometry()
    assert available.contains(again.frameGeometry()), (again.frameGeometry(), available)
    assert _outside(again) == []
    again.close()
