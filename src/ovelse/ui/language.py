"""The interface language: choosing it at start-up, Qt's own words, and the Språk menu.

The order is ``--lang``, then the language saved from the Språk menu, then the system
locale (``ovelse.i18n.detect`` with Qt's idea of the system locale as the last word).
A new choice is saved and takes effect at the next start: every window reads its texts
when it is built, and rebuilding them under an open exercise is not worth the risk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ovelse import i18n
from ovelse.ui import texts
from ovelse.ui.settings import AppSettings

# Contexts in which Qt looks up the words in texts.QT_STANDARD_TEXTS: the standard dialog
# buttons, and the context menus of single- and multi-line text fields.
QT_CONTEXTS = frozenset({"QPlatformTheme", "QLineEdit", "QWidgetTextControl"})
# ... and of Qt's own file dialog, in texts.QT_FILE_DIALOG_TEXTS (file_dialogs.py).
QT_FILE_CONTEXTS = frozenset({"QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider"})

_installed: list[QTranslator] = []  # kept alive here: Qt does not own a translator

# The locale Qt's own widgets take their month and day names from (a date field's calendar).
QT_LOCALES = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": (QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def startup_language(settings: AppSettings, requested: str | None = None) -> str:
    """``--lang`` if given, else the saved choice, else what the system locale asks for."""
    if requested in i18n.LANGUAGES:
        return requested
    # Qt: uiLanguages() is the user's language list (macOS, Windows); name() is the locale
    # for formats, which may be Norwegian for an English-speaking user, or the reverse.
    system = QLocale.system()
    preferred = next(iter(system.uiLanguages()), system.name())
    return settings.language() or i18n.detect(system=preferred)


class StandardTexts(QTranslator):
    """Qt's standard buttons, edit menus and file dialog in the app's language, from ``texts``.

    Qt ships no bokmål catalogue, and its nynorsk one may lag behind ours; answering these
    few lookups ourselves keeps «Avbryt» beside «OK» in every dialog whatever Qt ships.
    """

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # Qt: returning None (a null QString) lets the next translator answer; "" would not.
        if context in QT_CONTEXTS:
            return texts.QT_STANDARD_TEXTS.get(source)
        if context in QT_FILE_CONTEXTS:
            return texts.QT_FILE_DIALOG_TEXTS.get(source)
        return None

    def isEmpty(self) -> bool:
        return False


def install_qt_translations(language: str) -> list[str]:
    """Load Qt's catalogue for the language, if the Qt build has one, then our own words;
    and the language's locale, so a calendar names «januar» and «mandag» in bokmål.

    Returns the catalogue files that were loaded (for tests and the log). The PySide6
    wheel has ``qtbase_nn`` and ``qtbase_en`` but no ``qtbase_nb``.
    """
    remove_qt_translations()
    system = QLocale.system()
    wanted, territory = QT_LOCALES.get(language, (system.language(), system.territory()))
    # An English system keeps its own formats for English; any other gets the language's.
    if wanted != system.language():
        QLocale.setDefault(QLocale(wanted, territory))
    loaded: list[str] = []
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_catalogue = QTranslator()
    if qt_catalogue.load(f"qtbase_{language}", folder):
        QCoreApplication.installTranslator(qt_catalogue)
        _installed.append(qt_catalogue)
        loaded.append(qt_catalogue.filePath())
    # Installed last, so Qt asks it first.
    ours = StandardTexts()
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    return loaded


def remove_qt_translations() -> None:
    """Back to Qt's built-in English (tests; and before loading another language)."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.system())


class LanguageMenu(QMenu):
    """Bokmål, Nynorsk, English, each in its own name; a choice is saved for the next start.

    ``tell`` shows a line to the user (the status bar); the note that the change waits for
    a restart is written in the chosen language, since that is the one the user reads.
    """

    def __init__(
        self, settings: AppSettings, tell: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(texts.MENU_LANGUAGE, parent)
        self.setObjectName("languageMenu")
        self.settings = settings
        self.tell = tell
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for language in i18n.LANGUAGES:
            action = QAction(i18n.NAMES[language], self)
            action.setObjectName(f"language_{language}")
            action.setCheckable(True)
            action.setChecked(language == i18n.current())
            action.triggered.connect(lambda _checked=False, chosen=language: self.choose(chosen))
            self.group.addAction(action)
            self.addAction(action)

    def choose(self, language: str) -> None:
        self.settings.set_language(language)
        if language == i18n.current():
            self.tell("")
            return
        note = i18n.lookup(language, "ovelse.ui.texts", "LANGUAGE_RESTART")
        assert isinstance(note, str)
        self.tell(note)
