"""The application object: the QApplication with its names, bundled fonts and style.

Starting the program (language, settings, the main window) is ``ovelse.ui.launch``; the
main window imports this module, so this module imports no window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QFileOpenEvent, QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from ovelse import PACK_SUFFIX, SESSION_SUFFIX
from ovelse.resources import asset
from ovelse.ui import texts

FONT_FAMILY_FALLBACK = "DejaVu Sans"
# The program's id on the desktop: Wayland's window-to-.desktop match, Windows' taskbar
# grouping; packaging/ uses the same string for the desktop entry and the installer.
APP_ID = "no.ovelse.Ovelse"
_registered: list[str] = []


class OvelseApplication(QApplication):
    """The application object, which also takes the session and pack files the system
    hands over.

    macOS does not put a double-clicked document on the command line: Finder sends the
    application a ``QFileOpenEvent``, at start-up as well as while it runs. Other systems
    start a process with the file as its argument, which ``ovelse FILE`` handles. Only
    events sent to the application object itself pass through here, not every widget's.
    """

    sessionFileOpened = Signal(str)
    packFileOpened = Signal(str)  # a shared pack (.ovelsepakke), imported into the library

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent):
            name = event.file().lower()
            if name.endswith(SESSION_SUFFIX):
                self.sessionFileOpened.emit(event.file())
                return True
            if name.endswith(PACK_SUFFIX):
                self.packFileOpened.emit(event.file())
                return True
        return super().event(event)


def register_fonts() -> str:
    """Load assets/fonts/DejaVuSans*.ttf once; returns the family to use everywhere.

    The bundled font covers æ ø å and Northern Sámi á č đ ŋ š ŧ ž, which the system
    fonts on a locked-down municipal laptop may not.
    """
    if _registered:
        return _registered[0]
    family = ""
    for path in sorted(asset("fonts").glob("DejaVuSans*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family:
            family = families[0]
    _registered.append(family or FONT_FAMILY_FALLBACK)
    return _registered[0]


def style_sheet() -> str:
    path = asset("style", "console.qss")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def app_icon() -> QIcon:
    path = asset("icons", "app", "ovelse.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def prepare_application() -> QApplication:
    """The QApplication with names, fonts and style set; reuses one that exists (tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else OvelseApplication(sys.argv)
    QCoreApplication.setOrganizationName("Ovelse")
    QCoreApplication.setApplicationName("Ovelse")
    app.setApplicationDisplayName(texts.APP_NAME)
    # Wayland matches windows to the installed .desktop file by this name.
    app.setDesktopFileName(APP_ID)
    if sys.platform == "win32":
        # Windows groups taskbar buttons and pins by this id; without it the program shows
        # up as «Python» (from source) or under the launcher's path (frozen).
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
    family = register_fonts()
    font = QFont(family)
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    app.setWindowIcon(app_icon())
    app.setStyleSheet(style_sheet())
    return app
