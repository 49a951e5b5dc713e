"""The interface in the language chosen at start-up, and the Språk menu that changes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QTreeView,
)

from ovelse import i18n
from ovelse.exercise.clock import FakeClock
from ovelse.ui import file_dialogs
from ovelse.ui.evaluation_dialogs import ActionDialog
from ovelse.ui.language import (
    LanguageMenu,
    install_qt_translations,
    remove_qt_translations,
    startup_language,
)
from ovelse.ui.main_window import MainWindow
from ovelse.ui.settings import AppSettings
from ovelse.ui.shortcuts import ShortcutSheet


@pytest.fixture
def qt_words() -> Iterator[None]:
    yield
    remove_qt_translations()


def english_window(qtbot: object, settings: AppSettings, clock: FakeClock) -> MainWindow:
    i18n.install("en")  # as run_app does, before any window is built
    window = MainWindow(settings, clock)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_main_window_speaks_english(
    qtbot: object, app: QApplication, settings: AppSettings, clock: FakeClock
) -> None:
    window = english_window(qtbot, settings, clock)
    assert [button.text() for button in window.step_buttons] == [
        "1 Library",
        "2 Prepare",
        "3 Run",
        "5 Evaluate",
        "6 Report",
        "4 Hot wash",
    ]
    assert menu_titles(window) == ["&File", "E&xercise", "&Report", "&View", "&Help"]
    assert window.windowTitle() == "Øvelse – discussion-based exercises"
    assert window.actions_by_name["release_next"].text() == "Release the next inject"
    labels = {label.text() for label in window.library.findChildren(QLabel)}
    assert "Choose a scenario pack" in labels
    sheet = ShortcutSheet(window)
    qtbot.addWidget(sheet)  # type: ignore[attr-defined]
    assert sheet.table.item(0, 1).text() == "Release the next inject"


def test_bokmal_comes_back_for_the_next_window(
    qtbot: object, app: QApplication, settings: AppSettings, clock: FakeClock
) -> None:
    english_window(qtbot, settings, clock)
    i18n.install("nb")
    window = MainWindow(settings, clock)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.step_buttons[0].text() == "1 Bibliotek"
    assert menu_titles(window) == ["&Fil", "&Øvelse", "&Rapport", "&Vis", "&Hjelp"]


def test_the_language_menu_saves_the_choice_for_the_next_start(
    qtbot: object, app: QApplication, settings: AppSettings, clock: FakeClock
) -> None:
    window = english_window(qtbot, settings, clock)
    menu = window.findChild(QMenu, "languageMenu")
    assert isinstance(menu, LanguageMenu)
    assert menu.title() == "Language"
    assert [action.text() for action in menu.actions()] == ["Bokmål", "Nynorsk", "English"]
    assert [action.isChecked() for action in menu.actions()] == [False, False, True]
    menu.actions()[1].trigger()
    assert settings.language() == "nn"
    assert menu.actions()[1].isChecked() and not menu.actions()[2].isChecked()
    # Said in the language chosen, which the user can read; the window stays English.
    assert window.statusBar().currentMessage() == (
        "Øvelse brukar det nye språket neste gong programmet startar."
    )
    assert i18n.current() == "en" and window.step_buttons[0].text() == "1 Library"
    reopened = AppSettings(settings.basedir)
    assert startup_language(reopened) == "nn"
    assert startup_language(reopened, "en") == "en"  # --lang wins over the saved choice


def test_without_a_saved_choice_the_locale_decides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = AppSettings(tmp_path / "fresh")
    assert fresh.language() is None
    monkeypatch.setenv("LC_ALL", "nn_NO.UTF-8")
    assert startup_language(fresh) == "nn"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert startup_language(fresh) == "en"


@pytest.mark.parametrize(
    ("language", "cancel", "close"),
    [("nb", "Avbryt", "Lukk"), ("nn", "Avbryt", "Lukk"), ("en", "Cancel", "Close")],
)
def test_qt_standard_buttons_follow_the_language(
    qtbot: object, app: QApplication, qt_words: None, language: str, cancel: str, close: str
) -> None:
    i18n.install(language)
    install_qt_translations(language)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)  # type: ignore[attr-defined]
    cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
    assert cancel_button is not None and close_button is not None
    assert (cancel_button.text(), close_button.text()) == (cancel, close)


def test_qt_catalogues_load_where_qt_ships_them(app: QApplication, qt_words: None) -> None:
    """The PySide6 wheel has qtbase_nn and qtbase_en but no qtbase_nb (docs/translations.md)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in i18n.LANGUAGES:
        shipped = (folder / f"qtbase_{language}.qm").is_file()
        assert bool(install_qt_translations(language)) == shipped, language


ENGLISH_FILE_DIALOG = {"&Look in:", "File &name:", "Files of &type:", "&Save", "Cancel", "Name"}


def _dialog_words(dialog: QFileDialog) -> set[str]:
    words = {label.text() for label in dialog.findChildren(QLabel)}
    words |= {button.text() for button in dialog.findChildren(QAbstractButton)}
    header = dialog.findChild(QTreeView)
    if header is not None:
        model = header.model()
        words |= {
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        }
    return words


@pytest.mark.parametrize(
    ("language", "expected", "english_left"),
    [
        (
            "nb",
            {"&Se i:", "Fil&navn:", "Fil&type:", "&Lagre", "Avbryt", "Navn", "Sist endret"},
            set(),
        ),
        (
            "nn",
            {"&Sjå i:", "Fil&namn:", "Fil&type:", "&Lagre", "Avbryt", "Namn", "Sist endra"},
            set(),
        ),
        ("en", ENGLISH_FILE_DIALOG, ENGLISH_FILE_DIALOG),
    ],
)
def test_the_file_dialog_speaks_the_program_language(
    qtbot: object,
    app: QApplication,
    qt_words: None,
    tmp_path: Path,
    language: str,
    expected: set[str],
    english_left: set[str],
) -> None:
    """Qt's own dialog, as shown when the system's would speak another language."""
    i18n.install(language)
    install_qt_translations(language)
    dialog = QFileDialog(None, "Lagre økten som", str(tmp_path), "Øktfiler (*.ovelse)")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.setOptions(file_dialogs.options(language, system="en" if language != "en" else "nb"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    words = _dialog_words(dialog)
    assert expected <= words, sorted(words)
    assert words & ENGLISH_FILE_DIALOG == english_left
    dialog.close()


@pytest.mark.parametrize(
    ("language", "system", "native"),
    [("nb", "en", False), ("nn", "nb", False), ("en", "nb", False), ("nb", "nb", True)],
)
def test_the_system_file_dialog_is_used_only_when_it_speaks_the_program_language(
    language: str, system: str, native: bool
) -> None:
    chosen = file_dialogs.options(language, system=system)
    assert bool(chosen & QFileDialog.Option.DontUseNativeDialog) is not native


@pytest.mark.parametrize(
    ("language", "month", "day"),
    [("nb", "januar", "mandag"), ("nn", "januar", "måndag"), ("en", "January", "Monday")],
)
def test_the_deadline_calendar_names_months_and_days_in_the_program_language(
    qtbot: object, app: QApplication, qt_words: None, language: str, month: str, day: str
) -> None:
    """Qt's calendar takes its names from the locale, not from a catalogue."""
    i18n.install(language)
    install_qt_translations(language)
    dialog = ActionDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    calendar = dialog.deadline.calendarWidget()
    names = (calendar.locale().monthName(1), calendar.locale().dayName(1))
    assert names == (month, day)
