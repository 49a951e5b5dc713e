"""Fitting a window onto the screen it opens on, so no button starts out of reach.

The main window's first size (1600×900) and a size saved on a bigger screen are wishes;
on a 1366×768 laptop they put «Forbered øvelse» and «Åpne valgt økt» below the task bar.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Title bar and borders, for a window the window manager has not framed yet.
FRAME_ALLOWANCE = QSize(16, 48)


def fitted_geometry(wanted: QRect, available: QRect, frame: QSize) -> QRect:
    """The client rectangle nearest to ``wanted`` whose frame lies inside ``available``.

    ``frame`` is how much wider and taller the frame is than the client area; the frame's
    own top-left offset is taken as half the width and the whole title bar above.
    """
    width = max(min(wanted.width(), available.width() - frame.width()), 1)
    height = max(min(wanted.height(), available.height() - frame.height()), 1)
    side = frame.width() // 2
    top = frame.height() - side
    left_min, top_min = available.left() + side, available.top() + top
    left_max = available.right() + 1 - side - width
    top_max = available.bottom() + 1 - side - height
    x = min(max(wanted.x(), left_min), max(left_max, left_min))
    y = min(max(wanted.y(), top_min), max(top_max, top_min))
    return QRect(QPoint(x, y), QSize(width, height))


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so its frame lies inside its screen's free area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    if frame.width() <= 0 and frame.height() <= 0:
        frame = FRAME_ALLOWANCE
    wanted = window.geometry()
    fitted = fitted_geometry(wanted, available, frame)
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    if fitted.width() < minimum.width() or fitted.height() < minimum.height():
        # Too small a screen for the layout: maximised, the window manager fits it.
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    if fitted != wanted:
        window.setGeometry(fitted)
