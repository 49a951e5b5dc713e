"""The main window: the five steps (library → prepare → run → evaluate → report) and the
projector window that belongs to an open session.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QScreen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ovelse import PACK_SUFFIX, __version__
from ovelse.exercise.clock import Clock, SystemClock
from ovelse.exercise.kinds import RunState
from ovelse.ui import confirm, read_only, save_as, texts
from ovelse.ui.app import OvelseApplication
from ovelse.ui.language import LanguageMenu
from ovelse.ui.library import LibraryPage
from ovelse.ui.read_only import READ_ONLY_ACTIONS, EditingLock, ReadOnlyBanner
from ovelse.ui.screen_names import screen_label
from ovelse.ui.settings import AppSettings
from ovelse.ui.shortcuts import (
    CONSOLE_KEYS,
    STEP_SEQUENCES,
    TAILOR_SEQUENCE,
    ShortcutSheet,
    make_action,
)
from ovelse.ui.window_fit import fit_to_screen

if TYPE_CHECKING:
    from ovelse.scenario.loader import LoadedPack
    from ovelse.store.session import Session
    from ovelse.ui.console import ConsolePage
    from ovelse.ui.editor.page import EditorPage
    from ovelse.ui.evaluation import EvaluationPage
    from ovelse.ui.hot_wash import HotWashPage
    from ovelse.ui.participant import ParticipantWindow
    from ovelse.ui.prepare import Preparation, PreparePage
    from ovelse.ui.report_step import ReportPage
    from ovelse.ui.session_model import SessionModel


def step_labels() -> tuple[str, ...]:
    """The five step buttons, read when the window is built (after the language is set)."""
    return (
        texts.STEP_LIBRARY,
        texts.STEP_PREPARE,
        texts.STEP_RUN,
        texts.STEP_EVALUATE,
        texts.STEP_REPORT,
        texts.STEP_HOT_WASH,  # shown fourth, after the run (STEP_ORDER)
    )


# The steps' indices in the order their buttons stand and Ctrl+1 … Ctrl+6 reach them: the
# hot wash (index 5) comes after the run and before the evaluation.
STEP_ORDER = (0, 1, 2, 5, 3, 4)


SESSION_LABEL_WIDTH = 320  # pixels for the session's file name beside the step buttons
IMPORT_PROBLEMS_SHOWN = 5  # lines of a refused pack file's problems in the library's banner

# Keys that also work while the projector window has the focus (one-screen mode).
PROJECTOR_KEYS = (
    "release_next",
    "toggle_run",
    "hold",
    "picture",
    "participant_full",
    "swap_screens",
)


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings, clock: Clock | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.clock = clock or SystemClock()
        self.model: SessionModel | None = None
        self.console: ConsolePage | None = None
        self.evaluation: EvaluationPage | None = None
        self.report: ReportPage | None = None
        self.hot_wash: HotWashPage | None = None
        self.participant: ParticipantWindow | None = None
        self.sheet: ShortcutSheet | None = None
        # Drafts are written to disk a moment after typing stops, not on every key.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(1000)
        self._draft_timer.timeout.connect(self.settings.sync)
        self.setWindowTitle(texts.WINDOW_TITLE)

        self.steps = QButtonGroup(self)
        self.steps.setExclusive(True)
        step_row = QHBoxLayout()
        step_row.setSpacing(2)
        self.step_buttons: list[QPushButton] = []
        for index, label in enumerate(step_labels()):
            button = QPushButton(label)
            button.setObjectName("stepButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            # Seven buttons fit an 800-pixel screen. Qt: the size hint is measured in the
            # plain font, and the chosen step is drawn bold, so its label is measured bold.
            bold = button.font()
            bold.setBold(True)
            button.setMinimumWidth(max(90, QFontMetrics(bold).horizontalAdvance(label) + 22))
            button.clicked.connect(lambda _on, i=index: self.go(i))
            self.steps.addButton(button, index)
            step_row.addWidget(button)
            self.step_buttons.append(button)
        hot_wash_button = self.step_buttons[5]
        hot_wash_button.setToolTip(texts.STEP_HOT_WASH_TIP)
        step_row.removeWidget(hot_wash_button)
        step_row.insertWidget(STEP_ORDER.index(5), hot_wash_button)
        # «Tilpass» (the scenario editor) stands between the library and preparing.
        self.tailor_button = QPushButton(texts.STEP_TAILOR)
        self.tailor_button.setObjectName("stepButton")
        self.tailor_button.setToolTip(texts.STEP_TAILOR_TIP)
        self.tailor_button.setCheckable(True)
        self.tailor_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tailor_button.setMinimumWidth(100)
        self.tailor_button.clicked.connect(self.tailor)
        self.steps.addButton(self.tailor_button, len(self.step_buttons))
        step_row.insertWidget(1, self.tailor_button)
        self._editor: EditorPage | None = None
        step_row.addStretch(1)
        self.session_label = QLabel()
        self.session_label.setTextFormat(Qt.TextFormat.PlainText)
        step_row.addWidget(self.session_label)

        self.library = LibraryPage(settings)
        self._prepare: PreparePage | None = None  # built when a pack is first chosen
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library)
        self.placeholders = [QWidget(), QWidget(), QWidget(), QWidget(), QWidget()]
        for placeholder in self.placeholders:
            self.stack.addWidget(placeholder)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(step_row)
        self.read_only_banner = ReadOnlyBanner()
        self.read_only_banner.takeOverRequested.connect(self.take_over_session)
        self.read_only_banner.saveAsRequested.connect(self.save_session_as)
        self._editing_lock: EditingLock | None = None
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.library.prepareRequested.connect(self.prepare_pack)
        self.library.openSessionRequested.connect(self.open_session)
        self.library.resumeRequested.connect(self.open_session)
        self._library_tailorable = False
        self.library.tailorableChanged.connect(self._library_choice_changed)

        self.actions_by_name: dict[str, QAction] = {}
        handlers = {
            "release_next": lambda: self._console_do("release_next"),
            "toggle_run": lambda: self._console_do("toggle_run"),
            "hold": lambda: self._console_do("toggle_hold"),
            "adhoc": lambda: self._console_do("new_adhoc"),
            "board": lambda: self._console_do("edit_board"),
            "checklist": lambda: self._console_do("tick_actions"),
            "release_chosen": lambda: self._console_do("release_chosen"),
            "skip": lambda: self._console_do("skip_chosen"),
            "show_previous": lambda: self._console_do("show_previous"),
            "schedule": lambda: self._console_do("focus_schedule"),
            "end": lambda: self._console_do("end_exercise"),
            "picture": self.toggle_picture_zoom,
            "participant_full": self.toggle_participant_full_screen,
            "swap_screens": self.swap_screens,
            "help": self.show_shortcuts,
        }
        for name in CONSOLE_KEYS:
            action = make_action(self, name, handlers[name])
            self.addAction(action)
            self.actions_by_name[name] = action
        self._step_keys()
        self._menus()
        geometry = settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1600, 900)
        fit_to_screen(self)  # a wish on a 1366×768 laptop, or saved on a bigger screen
        self.statusBar().setSizeGripEnabled(False)
        self._update_steps()
        application = QCoreApplication.instance()
        if isinstance(application, OvelseApplication):
            # A bound method, not a lambda: the application must not keep a closed
            # window alive.
            application.sessionFileOpened.connect(self.open_session_from_system)
            application.packFileOpened.connect(self.import_pack_from_system)
        self.go(0)

    def _step_keys(self) -> None:
        """Ctrl+1 … Ctrl+5 choose a step as its button does (the digit is on the button),
        and Ctrl+Shift+T opens «Tilpass», so the whole way through needs no mouse."""
        keyed: list[tuple[str, Callable[[], None]]] = [
            (STEP_SEQUENCES[STEP_ORDER.index(index)], partial(self.go, index))
            for index in range(len(self.step_buttons))
        ]
        keyed.append((TAILOR_SEQUENCE, self.tailor))
        buttons = [*self.step_buttons, self.tailor_button]
        for (keys, handler), button in zip(keyed, buttons, strict=True):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, run=handler: run())
            self.addAction(action)
            tip = button.toolTip()
            button.setToolTip(f"{tip}  ({keys})" if tip else keys)

    # --- menus ----------------------------------------------------------------------------

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(texts.MENU_FILE)
        open_session = file_menu.addAction(texts.ACTION_OPEN_SESSION)
        open_session.setShortcut(QKeySequence("Ctrl+Shift+O"))  # Ctrl+O is «observasjon»
        open_session.triggered.connect(self.library.choose_session)
        open_folder = file_menu.addAction(texts.ACTION_OPEN_FOLDER)
        open_folder.triggered.connect(self._open_folder)
        import_dreiebok = file_menu.addAction(texts.ACTION_IMPORT_DREIEBOK)
        import_dreiebok.triggered.connect(self.import_dreiebok)
        export_dreiebok = file_menu.addAction(texts.ACTION_EXPORT_DREIEBOK)
        export_dreiebok.triggered.connect(self.export_dreiebok)
        print_kit = file_menu.addAction(texts.ACTION_PRINT_KIT)
        print_kit.triggered.connect(self.print_kit)
        share_pack = file_menu.addAction(texts.ACTION_SHARE_PACK)
        share_pack.triggered.connect(self.share_pack)
        import_pack = file_menu.addAction(texts.ACTION_IMPORT_PACK)
        import_pack.triggered.connect(lambda _checked=False: self.import_pack())
        self.save_as_action = file_menu.addAction(texts.SAVE_AS_ACTION)
        self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))  # Ctrl+S is «spørsmål»
        self.save_as_action.triggered.connect(self.save_session_as)
        self.close_action = file_menu.addAction(texts.ACTION_CLOSE_SESSION)
        self.close_action.triggered.connect(self.close_session)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(texts.ACTION_QUIT)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.quit_asking)
        exercise_menu = self.menuBar().addMenu(texts.MENU_EXERCISE)
        for name in CONSOLE_KEYS:
            if name not in ("picture", "participant_full", "swap_screens", "help"):
                exercise_menu.addAction(self.actions_by_name[name])
        report_menu = self.menuBar().addMenu(texts.MENU_REPORT)
        self.send_result_action = report_menu.addAction(texts.ACTION_SEND_RESULT)
        self.send_result_action.triggered.connect(self.send_result)
        rollup_action = report_menu.addAction(texts.ACTION_ROLLUP)
        rollup_action.triggered.connect(self.open_rollup)
        view_menu = self.menuBar().addMenu(texts.MENU_VIEW)
        view_menu.addAction(self.actions_by_name["picture"])
        view_menu.addAction(self.actions_by_name["participant_full"])
        view_menu.addAction(self.actions_by_name["swap_screens"])
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.settings, self.statusBar().showMessage, self)
        view_menu.addMenu(self.language_menu)
        help_menu = self.menuBar().addMenu(texts.MENU_HELP)
        help_menu.addAction(self.actions_by_name["help"])
        about = help_menu.addAction(texts.ACTION_ABOUT)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self, texts.ACTION_ABOUT, texts.ABOUT_TEXT.format(version=__version__)
            )
        )

    def quit_asking(self) -> None:
        """Ctrl+Q: while an exercise is under way, ask before the program goes."""
        model = self.model
        under_way = model is not None and model.state in (RunState.RUNNING, RunState.PAUSED)
        if (
            under_way
            and model is not None
            and not model.read_only
            and not confirm.ask(self, texts.CONFIRM_QUIT_TITLE, texts.CONFIRM_QUIT)
        ):
            return
        self.close()

    def _open_folder(self) -> None:
        self.go(0)
        self.library.choose_folder()

    def import_dreiebok(self) -> None:
        """A planner's spreadsheet as a new pack in «Mine pakker», opened for preparing."""
        from ovelse.ui import file_dialogs
        from ovelse.ui.dreiebok_dialog import DreiebokImportDialog

        chosen = file_dialogs.open_file_name(
            self,
            texts.DREIEBOK_IMPORT_CAPTION,
            self.settings.last_pack_folder(),
            texts.DREIEBOK_IMPORT_FILTER,
        )
        if not chosen:
            return
        source = Path(chosen)
        dialog = DreiebokImportDialog(source, self.settings.pack_folder(), self.settings, self)
        dialog.imported.connect(self._dreiebok_imported)
        confirm.run_dialog(dialog)

    def _dreiebok_imported(self, folder: Path) -> None:
        from ovelse.ui.library import load_entry

        self.library.reload()
        entry = load_entry(folder)
        if entry.loaded is not None:
            self.prepare_pack(entry.loaded)

    def export_dreiebok(self) -> None:
        """The pack being prepared, or else the one chosen in the library, as a workbook
        or CSV."""
        from ovelse.ui.dreiebok_dialog import export_dreiebok

        loaded = None
        if self._prepare is not None and self.stack.currentWidget() is self._prepare:
            loaded = self._prepare.loaded
        if loaded is None:
            entry = self.library.current_entry()
            loaded = entry.loaded if entry is not None else None
        line = export_dreiebok(self, loaded)
        if line:
            self.statusBar().showMessage(line, 8000)

    # --- shared packs (.ovelsepakke) ------------------------------------------------------

    def share_pack(self) -> None:
        """«Fil → Del pakke …»: the pack chosen in the library as one pack file."""
        from ovelse.app.packfiles import pack_file_name, share_pack
        from ovelse.interchange.errors import InterchangeError
        from ovelse.store.reasons import os_reason
        from ovelse.ui import file_dialogs

        entry = self.library.current_entry()
        if entry is None or entry.loaded is None:
            self.show_error(texts.SHARE_PACK_NO_PACK)
            return
        pack = entry.loaded.pack
        folder = self.settings.last_pack_folder() or str(Path.home())
        chosen = file_dialogs.save_file_name(
            self,
            texts.SHARE_PACK_CAPTION,
            str(Path(folder) / f"{pack.id}-{pack.version}{PACK_SUFFIX}"),
            texts.PACK_FILE_FILTER,
        )
        if not chosen:
            return
        path = pack_file_name(Path(chosen))
        try:
            share_pack(entry.loaded, path)
        except (OSError, InterchangeError) as exc:
            error = os_reason(exc) if isinstance(exc, OSError) else str(exc)
            self.show_error(texts.SHARE_PACK_FAILED.format(error=error))
            return
        self.settings.set_last_pack_folder(path.parent)
        self.statusBar().showMessage(texts.SHARE_PACK_DONE.format(path=path), 10000)

    def open_rollup(self) -> None:
        """«Rapport → Regional oppsummering …»: the statsforvalter's roll-up of the
        kommuners result files, in a window of its own beside the session."""
        from ovelse.ui.regional import RollupWindow

        window = getattr(self, "rollup_window", None)
        if window is None:
            window = RollupWindow(self.settings.last_pack_folder(), self)
            self.rollup_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def print_kit(self) -> None:
        """«Fil → Skriv ut utskriftssettet …»: the paper kit of the open session (with the
        directive's texts, the names and the marking it holds), else Prepare's."""
        model = self.model
        if model is None:
            if self._prepare is not None and self._prepare.loaded is not None:
                self.go(1)
                self._prepare.print_kit()
            else:
                self.show_error(texts.PRINT_NO_PACK)
            return
        from ovelse.app.kit import kit_for_session
        from ovelse.ui.print_dialog import PrintDialog
        from ovelse.ui.svg_png import svg_png

        session = model.session
        folder = model.path.parent / texts.PRINT_FOLDER_NAME.format(pack=model.path.stem)
        dialog = PrintDialog(
            lambda reveal: kit_for_session(session, reveal=reveal, svg_png=svg_png), folder, self
        )
        if confirm.run_dialog(dialog) and dialog.written:
            count = len(dialog.written)
            self.statusBar().showMessage(
                texts.PRINT_WRITTEN.for_count(count).format(
                    count=count, folder=dialog.written[0].path.parent
                ),
                10000,
            )

    def send_result(self) -> None:
        """«Rapport → Send til statsforvalteren …»: the report step, with the result
        file's dialog over it."""
        if self.report is None:
            self.show_error(texts.SEND_RESULT_NO_SESSION)
            return
        self.go(4)
        self.report.open_send_result()

    def import_pack(self, path: Path | None = None) -> bool:
        """«Fil → Importer pakke …» (or a pack file opened from the system): check it, offer
        an update of an older version, and list it under «Fra statsforvalteren». True
        when the pack is in the library (added, updated or there already)."""
        from ovelse.app.packfiles import stage_import
        from ovelse.interchange.errors import InterchangeError
        from ovelse.interchange.sharedpacks import Offer
        from ovelse.ui import file_dialogs

        if path is None:
            chosen = file_dialogs.open_file_name(
                self,
                texts.IMPORT_PACK_CAPTION,
                self.settings.last_pack_folder(),
                texts.PACK_FILE_FILTER,
            )
            if not chosen:
                return False
            path = Path(chosen)
            self.settings.set_last_pack_folder(path.parent)
        if self.model is None:  # an exercise under way keeps its page; the status bar tells
            self.go(0)
        try:
            with stage_import(path, self.settings.shared_pack_folder()) as staged:
                message = staged.message()
                if staged.offer is Offer.UPDATE and not confirm.ask(
                    self,
                    texts.IMPORT_PACK_UPDATE_TITLE,
                    texts.IMPORT_PACK_UPDATE_QUESTION.format(offer=message, new=staged.version),
                ):
                    return False
                if staged.offer in (Offer.NEW, Offer.UPDATE):
                    staged.install()
                    message = staged.done_message()
                pack_id, there = staged.loaded.pack.id, staged.offer is not Offer.OLDER
        except InterchangeError as exc:
            # The banner holds a few problems, not all: each is a line, and a pack with
            # dozens pushed the library off a laptop's screen. The rest are counted.
            problems = [str(problem) for problem in exc.problems]
            if len(problems) > IMPORT_PROBLEMS_SHOWN:
                rest = len(problems) - IMPORT_PROBLEMS_SHOWN + 1
                problems[IMPORT_PROBLEMS_SHOWN - 1 :] = [
                    texts.IMPORT_PACK_MORE.for_count(rest).format(count=rest)
                ]
            self.show_error(texts.IMPORT_PACK_FAILED.format(problems="\n".join(problems)))
            return False
        self.library.reload()
        self.library.select_pack(pack_id, shared=True)
        self.library.show_problem(message)
        self.statusBar().showMessage(message, 10000)
        return there

    def import_pack_from_system(self, path: str) -> None:
        """A pack file the operating system handed over (a double click in Finder)."""
        self.import_pack(Path(path))

    # --- steps ----------------------------------------------------------------------------

    @property
    def prepare(self) -> PreparePage:
        """The prepare page, made the first time it is needed.

        The library is all a start shows; importing and building the prepare page (the
        variables form, role and participant lists, the preview) was a sixth of a start.
        """
        if self._prepare is None:
            from ovelse.ui.prepare import PreparePage

            page = PreparePage(self.settings)
            page.createRequested.connect(self.create_session)
            page.backRequested.connect(lambda: self.go(0))
            self.stack.addWidget(page)
            self._prepare = page
        return self._prepare

    @property
    def editor(self) -> EditorPage:
        """The scenario editor, made the first time «Tilpass» is chosen."""
        if self._editor is None:
            from ovelse.ui.editor.page import EditorPage

            self._editor = EditorPage(self.settings, self.clock)
            self._editor.savedPack.connect(self._pack_saved)
            self.stack.addWidget(self._editor)
        return self._editor

    def tailor(self) -> None:
        """Open the pack chosen for preparing in the editor (a built-in one is copied on save).

        From the library, the pack chosen in its list is the one tailored (and prepared);
        a draft saved with errors opens too, to be put right, though it cannot be prepared.
        """
        on_library = self.stack.currentWidget() is self.library and self.model is None
        entry = self.library.current_entry() if on_library else None
        if entry is not None and entry.loaded is None:
            if entry.mine and self.editor.open(entry.folder):
                self._show_editor()
            else:
                self.tailor_button.setChecked(False)  # the library says why it does not load
            return
        chosen = entry.loaded if entry is not None else None
        if chosen is not None and (self._prepare is None or self._prepare.loaded is not chosen):
            self.prepare.set_pack(chosen)
            self._update_steps()
        loaded = self._prepare.loaded if self._prepare is not None else None
        if loaded is None or self.model is not None:
            self.tailor_button.setChecked(False)
            return
        editor = self.editor
        if not editor.has_unsaved_changes():
            # Edits left behind were given up when leaving; start from the pack as it is.
            editor.open(loaded.root)  # if it cannot, the page says why
        self._show_editor()

    def _show_editor(self) -> None:
        self.stack.setCurrentWidget(self.editor)
        self.tailor_button.setChecked(True)
        self.editor.outline.setFocus()

    def _pack_saved(self, folder: Path) -> None:
        """A saved pack is listed under «Mine pakker» and, if it loads, is the one prepared."""
        from ovelse.ui.library import load_entry

        self.library.reload()
        entry = load_entry(folder)
        if entry.loaded is not None:
            self.prepare.set_pack(entry.loaded)
        self._update_steps()
        if entry.loaded is None:
            # A draft with errors is saved but not run, nor the pack it was made from.
            self.step_buttons[1].setEnabled(False)

    def _pages(self) -> list[QWidget]:
        return [
            self.library,
            self._prepare or self.placeholders[0],
            self.console or self.placeholders[1],
            self.evaluation or self.placeholders[2],
            self.report or self.placeholders[3],
            self.hot_wash or self.placeholders[4],
        ]

    def _library_choice_changed(self, tailorable: bool) -> None:
        """A pack chosen in the library can be tailored by mouse too, before preparing it."""
        self._library_tailorable = tailorable
        self._update_steps()

    def _update_steps(self) -> None:
        has_session = self.model is not None
        prepared = self._prepare is not None and self._prepare.loaded is not None
        self.step_buttons[1].setEnabled(prepared and not has_session)
        self.tailor_button.setEnabled((prepared or self._library_tailorable) and not has_session)
        for index in (2, 3, 4, 5):
            self.step_buttons[index].setEnabled(has_session)
        self.close_action.setEnabled(has_session)
        self.save_as_action.setEnabled(has_session)
        if self.model is not None:
            # The name is what people recognise; the whole path is one hover away.
            # Shortened in the middle: a long name made the window wider than a laptop screen.
            metrics = self.session_label.fontMetrics()
            name = metrics.elidedText(
                self.model.path.name, Qt.TextElideMode.ElideMiddle, SESSION_LABEL_WIDTH
            )
            self.session_label.setText(name)
            self.session_label.setToolTip(str(self.model.path))
            self.setWindowTitle(texts.WINDOW_TITLE_SESSION.format(title=self.model.pack.title))
        else:
            self.session_label.clear()
            self.setWindowTitle(texts.WINDOW_TITLE)

    def go(self, index: int) -> None:
        page = self._pages()[index]
        if not self.step_buttons[index].isEnabled() and index != 0:
            return
        editor = self._editor
        if editor is not None and self.stack.currentWidget() is editor and not editor.may_leave():
            self.tailor_button.setChecked(True)
            return
        if self.evaluation is not None and self.stack.currentWidget() is self.evaluation:
            self.evaluation.report_texts.save_all()
        self.stack.setCurrentWidget(page)
        self.step_buttons[index].setChecked(True)
        if self.hot_wash is not None:
            self.hot_wash.set_on_stage(page is self.hot_wash)  # the room sees its words
        if page is self.console and self.console is not None:
            self.console.focus_log_entry()
        if page is self.library:
            self.library.refresh_recent()

    # --- packs and sessions ---------------------------------------------------------------

    def prepare_pack(self, loaded: LoadedPack) -> None:
        if self.model is not None:
            self.close_session()
        self.prepare.set_pack(loaded)
        self._update_steps()
        self.go(1)

    def create_session(self, prep: Preparation) -> bool:
        from ovelse.app.sessions import Person, SessionPlan, create_session
        from ovelse.store.errors import SessionError

        plan = SessionPlan(
            path=prep.path,
            pack=prep.rendered,
            profile_id=prep.profile_id or "",
            variables=prep.values,
            media=prep.media,
            participants=tuple(
                Person(p.name, p.organisation, tuple(p.roles)) for p in prep.participants
            ),
            auto_release=prep.auto_release,
            directive=prep.directive,
        )
        try:
            created = create_session(plan, self.clock)
        except (SessionError, OSError) as exc:
            self.prepare.show_error(texts.PREPARE_CREATE_FAILED.format(error=exc))
            return False
        if created.setup_error is not None:
            self.prepare.show_error(texts.PREPARE_CREATE_FAILED.format(error=created.setup_error))
        self.attach(created.session)
        return True

    def open_session(self, path: Path) -> bool:
        if self.model is not None and self.model.path.resolve() == Path(path).resolve():
            self.go(2 if self.model.state is not RunState.ENDED else 3)
            return True
        from ovelse.app.sessions import open_session
        from ovelse.store.errors import SessionError

        try:
            session = open_session(path, self.clock)
        except (SessionError, OSError) as exc:
            self.show_error(texts.OPEN_FAILED.format(path=path, error=exc))
            if not Path(path).exists():
                self.settings.remove_recent(Path(path))
                self.library.refresh_recent()
            return False
        if self.model is not None:
            self.close_session()
        self.attach(session)
        return True

    def open_session_from_system(self, path: str) -> None:
        """A session file the operating system handed over (macOS Finder).

        Taken even while the window is hidden behind the projector in one-screen mode:
        opening closes the running session, which brings the window back.
        """
        self.open_session(Path(path))

    def offer_resume(self) -> None:
        path = self.settings.unclean_session()
        if path is None:
            return
        # Left open by a window that is still running, not by a crash: say so.
        holder = read_only.current_holder(path)
        if holder is None:
            self.library.offer_resume(path)
        else:
            text = read_only.held_text(texts.RESUME_HELD, path.name, holder)
            self.library.offer_resume(path, text, texts.RESUME_READ_ONLY)

    def attach(self, session: Session) -> None:
        # The session's pages, the engine's file layer and the report writer are imported
        # here, when the first session opens, so the library window starts sooner.
        from ovelse.ui.console import ConsolePage
        from ovelse.ui.evaluation import EvaluationPage
        from ovelse.ui.hot_wash import HotWashPage
        from ovelse.ui.one_screen import CoveredConsole
        from ovelse.ui.participant import ParticipantWindow
        from ovelse.ui.report_step import ReportPage
        from ovelse.ui.session_model import SessionModel

        model = SessionModel(session, self, reached_ms=self.settings.reached_ms(session.path))
        self.model = model
        self.console = ConsolePage(model, self.settings)
        self.evaluation = EvaluationPage(model)
        self.report = ReportPage(model, self.settings)
        self.hot_wash = HotWashPage(model)
        for page in (self.console, self.evaluation, self.report, self.hot_wash):
            self.stack.addWidget(page)
        self.hot_wash.evaluateRequested.connect(lambda: self.go(3))
        self.console.evaluateRequested.connect(lambda: self.go(3))
        self.console.participantRequested.connect(self.toggle_participant)
        self.console.screenChosen.connect(self._screen_chosen)
        self.evaluation.reportRequested.connect(lambda: self.go(4))
        self.report.backRequested.connect(lambda: self.go(3))
        model.runChanged.connect(self._run_changed)
        model.failed.connect(self._write_refused)
        model.pathChanged.connect(self._update_steps)

        self.participant = ParticipantWindow()
        for name in PROJECTOR_KEYS:
            self.participant.addAction(self.actions_by_name[name])
        model.stageChanged.connect(self._redraw_stage)
        self._redraw_stage()
        self._fill_screens()
        # Typing reaches the log while the projector covers the console (one screen); a
        # restart after a crash with the projector up goes back to it, not to the notes.
        writer = not session.read_only
        CoveredConsole(self.participant, self.console, self.console.log, self.settings, writer)
        self.hot_wash.take_keys_from(self.participant)  # during the hot wash, not the log
        projector_was_up = writer and self.settings.participant_was_up(session.path)

        if not session.read_only:
            self.settings.add_recent(session.path)
            self.settings.mark_open(session.path)
            # Words typed but not yet saved survive a closed window or a crash.
            self.console.restore_log_draft(
                self.settings.log_draft(session.path), self._keep_log_draft
            )
        else:
            self._show_read_only(session)
        self._update_steps()
        self.go(3 if model.state is RunState.ENDED else 2)
        if projector_was_up:
            self._resume_on_projector()

    def _resume_on_projector(self) -> None:
        """The hold screen first; the console, with its notes, only when asked for."""
        self.show_participant()
        if self.one_screen() and confirm.ask(
            self.participant, texts.RESUME_SHOW_CONSOLE_TITLE, texts.RESUME_SHOW_CONSOLE
        ):
            self.hide_participant()

    def _keep_log_draft(self, text: str) -> None:
        if self.model is not None:
            self.settings.set_log_draft(self.model.path, text)
            self._draft_timer.start()

    def _redraw_stage(self) -> None:
        if self.model is not None and self.participant is not None:
            self.participant.setStage(self.model.stage())

    def _run_changed(self) -> None:
        if self.model is not None and self.model.state is RunState.ENDED:
            self.statusBar().showMessage(texts.STATE_ENDED, 5000)

    def close_session(self) -> None:
        model = self.model
        if model is None:
            return
        if self.evaluation is not None:
            self.evaluation.save_pending()
        if self.hot_wash is not None:
            self.hot_wash.save_pending()
        self.settings.sync()
        self.go(0)
        writable = not model.read_only  # a closed session reports itself read-only
        model.close()
        if writable:
            self.settings.mark_closed()
        for page in (self.console, self.evaluation, self.report, self.hot_wash):
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        if self.participant is not None:
            self.participant.allow_close()
            self.participant.close()
            self.participant.deleteLater()
        self.console = self.evaluation = self.report = None
        self.hot_wash = None
        self.participant = None
        self.model = None
        model.deleteLater()
        self._writable_again()
        if not self.isVisible():
            self.show()
        self._update_steps()

    def save_session_as(self) -> bool:
        """Fil → Lagre som: continue in a new file (after a write error, or from a view)."""
        model = self.model
        if model is None:
            return False
        folder = self.settings.session_folder()
        with contextlib.suppress(OSError):  # the dialog can still go anywhere else
            folder.mkdir(parents=True, exist_ok=True)
        suggested = save_as.suggested_path(model.path, folder)
        target = save_as.choose_path(self, suggested)
        if target is None or not model.save_as(target):
            return False
        self.settings.add_recent(target)
        self.settings.mark_open(target)
        self.library.hide_banner()  # a read-only notice no longer holds
        self._writable_again()
        self.statusBar().showMessage(texts.SAVE_AS_DONE.format(path=target))
        return True

    # --- a session seen read-only ---------------------------------------------------------

    def _show_read_only(self, session: Session, *, lost: bool = False) -> None:
        """Say who holds the session, and make nothing look editable (read_only.py).

        ``lost``: this window was the writer until another program took the session over;
        the store's own sentence says so and points to «Lagre som».
        """
        holder = session.lock_holder
        if lost and session.read_only_reason:
            text = session.read_only_reason
        elif holder is not None:
            text = read_only.held_text(texts.READ_ONLY_HELD, session.path.name, holder)
        else:
            text = session.read_only_reason or texts.READ_ONLY
        self.read_only_banner.show_reason(text, can_take_over=holder is not None)
        assert self.console is not None and self.evaluation is not None
        # Each page has marked the controls that only change what is shown.
        pages = [self.console, self.evaluation, *([self.hot_wash] if self.hot_wash else [])]
        self._editing_lock = read_only.lock_editing(pages)
        for name in READ_ONLY_ACTIONS:
            self.actions_by_name[name].setEnabled(False)

    def _write_refused(self, _message: str) -> None:
        """A write refused because another program took the session over (the store then
        names the new holder and turns the session read-only): show it as such."""
        model = self.model
        if model is None or self._editing_lock is not None or model.session.closed:
            return
        if model.read_only and model.session.lock_holder is not None:
            self._show_read_only(model.session, lost=True)

    def _writable_again(self) -> None:
        """After «Lagre som» from a read-only view, or when the session closes."""
        self.read_only_banner.hide()
        if self._editing_lock is not None:
            self._editing_lock.release()
            self._editing_lock = None
        for name in READ_ONLY_ACTIONS:
            self.actions_by_name[name].setEnabled(True)

    def take_over_session(self) -> bool:
        """«Overta økten»: after a question naming the holder, reopen the session writable."""
        model = self.model
        if model is None:
            return False
        path = model.path
        holder = read_only.current_holder(path)
        if holder is not None:
            question = read_only.held_text(texts.TAKE_OVER_QUESTION, path.name, holder)
            if not confirm.ask(self, texts.TAKE_OVER_TITLE, question):
                return False
        # A holder gone since (its window closed) needs no taking over: a plain reopen.
        from ovelse.app.sessions import open_session
        from ovelse.store.errors import SessionError

        self.close_session()
        try:
            session = open_session(path, self.clock, take_over=holder is not None)
        except (SessionError, OSError) as exc:
            self.show_error(texts.OPEN_FAILED.format(path=path, error=exc))
            return False
        self.attach(session)
        return not session.read_only

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message)
        self.library.show_problem(message)

    # --- console commands and the projector -----------------------------------------------

    def _console_do(self, name: str) -> None:
        if self.console is None or self.model is None:
            return
        active = self.stack.currentWidget() is self.console or (
            self.participant is not None and self.participant.isActiveWindow()
        )
        if name == "focus_schedule":
            self.console.focus_schedule()
            return
        if active:
            getattr(self.console, name)()

    def _screens(self) -> list[QScreen]:
        return list(QGuiApplication.screens())

    def _fill_screens(self) -> None:
        if self.console is None:
            return
        screens = self._screens()
        mine = self.screen()
        names: list[str] = []
        for screen in screens:
            template = texts.SCREEN_SAME if screen is mine else texts.SCREEN_OTHER
            names.append(template.format(name=screen_label(screen, len(names) + 1)))
        wanted = self.settings.participant_screen()
        index = next((i for i, s in enumerate(screens) if s.name() == wanted), -1)
        if index < 0:
            index = next((i for i, s in enumerate(screens) if s is not mine), 0)
        self.console.set_screens(names, index)

    def _screen_chosen(self, index: int) -> None:
        screens = self._screens()
        if 0 <= index < len(screens):
            self.settings.set_participant_screen(screens[index].name())
            if self.participant is not None and self.participant.isVisible():
                self.show_participant()

    def participant_screen(self) -> QScreen | None:
        screens = self._screens()
        index = self.console.screen_index() if self.console is not None else -1
        return screens[index] if 0 <= index < len(screens) else self.screen()

    def one_screen(self) -> bool:
        return self.participant_screen() is self.screen()

    def toggle_picture_zoom(self) -> None:
        if self.participant is not None:
            self.participant.toggle_picture_zoom()

    def show_participant(self) -> None:
        """Show the projector window; on the console's own screen it covers the console."""
        if self.participant is None:
            return
        self._redraw_stage()
        if self.one_screen():
            self.participant.place_on(self.participant_screen(), full_screen=True)
            self.participant.activateWindow()
            self.hide()  # nothing private stays on a mirrored screen
        else:
            self.participant.place_on(self.participant_screen(), full_screen=True)

    def hide_participant(self) -> None:
        if self.participant is not None:
            self.participant.hide()
        if not self.isVisible():
            self.show()
            self.activateWindow()
        if self.console is not None:
            self.console.focus_log_entry()

    def toggle_participant(self) -> None:
        if self.participant is None:
            return
        if self.participant.isVisible():
            self.hide_participant()
        else:
            self.show_participant()

    def swap_screens(self) -> None:
        """F12: in one-screen mode, flip between projector view and console."""
        if self.participant is None:
            return
        if self.participant.isVisible() and (self.one_screen() or not self.isVisible()):
            self.hide_participant()
        else:
            self.show_participant()

    def toggle_participant_full_screen(self) -> None:
        if self.participant is None:
            return
        if not self.participant.isVisible():
            self.show_participant()
        else:
            self.participant.toggle_full_screen()

    def show_shortcuts(self) -> None:
        if self.sheet is None:
            self.sheet = ShortcutSheet(self)
        self.sheet.show()
        self.sheet.raise_()

    # --- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editor is not None and not self._editor.may_leave():
            event.ignore()  # the tailored pack is not saved, and the user wants to keep it
            return
        self.settings.set_geometry("main", self.saveGeometry())
        self.close_session()
        if self.sheet is not None:
            self.sheet.close()
        self.settings.sync()
        event.accept()
