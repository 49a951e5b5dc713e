"""File dialogs in the program's language: the system's own where it speaks it, else Qt's.

The system's file dialog (Windows, macOS, a GTK desktop) is drawn in the system's language,
which need not be the one chosen in Øvelse; an English Windows would ask «File name» in a
bokmål program. Qt's own dialog takes our words (``language.StandardTexts``), so it is used
whenever the system would speak another language than the program.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from ovelse import i18n


def system_language() -> str | None:
    """The language the system's own dialogs speak (one of ours), if it is one of ours."""
    system = QLocale.system()
    # Qt: uiLanguages() is the user's language list; name() is the locale for formats.
    preferred = next(iter(system.uiLanguages()), system.name())
    return i18n.from_locale_name(preferred)


def options(language: str | None = None, system: str | None = None) -> QFileDialog.Option:
    """``DontUseNativeDialog`` unless the system dialog speaks the program's language."""
    wanted = language or i18n.current()
    spoken = system if system is not None else system_language()
    if spoken == wanted:
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def save_file_name(parent: QWidget | None, caption: str, path: str, file_filter: str) -> str:
    """The path the user chose to save to, or "" when they cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, caption, path, file_filter, options=options()
    )
    return chosen


def open_file_name(parent: QWidget | None, caption: str, folder: str, file_filter: str) -> str:
    """The file the user chose to open, or "" when they cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, caption, folder, file_filter, options=options()
    )
    return chosen


def open_file_names(
    parent: QWidget | None, caption: str, folder: str, file_filter: str
) -> list[str]:
    """The files the user chose to open, or none when they cancelled."""
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent, caption, folder, file_filter, options=options()
    )
    return list(chosen)


def existing_directory(parent: QWidget | None, caption: str, folder: str) -> str:
    """The folder the user chose, or "" when they cancelled."""
    return QFileDialog.getExistingDirectory(
        parent, caption, folder, options=QFileDialog.Option.ShowDirsOnly | options()
    )
