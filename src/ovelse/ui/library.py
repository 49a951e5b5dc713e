"""The library: built-in packs, the user's own, those from the statsforvalter, packs
opened from a folder, and recent sessions.

Packs taken in from a pack file are listed after the others, under their own heading
«Fra statsforvalteren» (a row that cannot be chosen), each with its version.

A pack that fails to load stays in the list, marked, with every problem as
``file:line:column: field: message``; hiding it would leave an author guessing.

The built-in packs are loaded on a worker thread while the window comes up: parsing,
checking and rendering them (and importing Jinja2 and PyYAML to do it) took longer than
starting Qt. Anything that needs the list before it arrives waits for it
(``ensure_loaded``), so callers see the same list as before, only later.
"""

from __future__ import annotations

import dataclasses
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractEventDispatcher, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ovelse.scenario.visible import visible
from ovelse.ui import file_dialogs, texts
from ovelse.ui.plain_edit import PlainEdit
from ovelse.ui.settings import AppSettings

if TYPE_CHECKING:
    from ovelse.scenario.library import PackSummary
    from ovelse.scenario.loader import LoadedPack

POLL_MS = 15  # how often the window looks for the packs loading in the background


@dataclass(frozen=True)
class PackEntry:
    folder: Path
    loaded: LoadedPack | None
    summary: PackSummary | None
    problems: tuple[str, ...] = ()
    mine: bool = False  # saved by the user from the editor («Mine pakker»)
    shared: bool = False  # taken in from a pack file («Fra statsforvalteren»)

    @property
    def ok(self) -> bool:
        return self.loaded is not None


def load_entry(folder: Path) -> PackEntry:
    """Load one pack folder; any failure becomes a listed entry, never a traceback."""
    from ovelse.scenario.errors import ScenarioError
    from ovelse.scenario.library import PackSummary
    from ovelse.scenario.loader import load_pack

    try:
        loaded = load_pack(folder)
        return PackEntry(folder, loaded, PackSummary.of(loaded))
    except ScenarioError as exc:
        return PackEntry(folder, None, None, tuple(str(problem) for problem in exc.problems))
    except (OSError, ValueError) as exc:
        return PackEntry(folder, None, None, (f"{folder}: {exc}",))


def builtin_entries(root: Path | None = None) -> list[PackEntry]:
    """The shipped packs in the library's order; packs that fail to load come last."""
    from ovelse.scenario.library import library_order, pack_folders

    try:
        folders = pack_folders(root)
    except OSError as exc:
        return [PackEntry(root or Path(), None, None, (str(exc),))]

    def order(entry: PackEntry) -> tuple[bool, bool, str]:
        if entry.loaded is None:
            return (True, True, entry.folder.name)
        return (False, *library_order(entry.loaded.pack))

    return sorted((load_entry(folder) for folder in folders), key=order)


def user_entries(folder: Path) -> list[PackEntry]:
    """The packs the user saved from the editor, after the built-in ones."""
    return [dataclasses.replace(entry, mine=True) for entry in _entries_in(folder)]


def shared_entries(folder: Path) -> list[PackEntry]:
    """The packs taken in from pack files, in the order of their ids."""
    return [dataclasses.replace(entry, shared=True) for entry in _entries_in(folder)]


def _entries_in(folder: Path) -> list[PackEntry]:
    """The packs in a folder of the user's (none if it is not there yet)."""
    from ovelse.scenario.library import pack_folders

    try:
        folders = pack_folders(folder) if folder.is_dir() else []
    except OSError:
        return []
    return [load_entry(child) for child in folders]


def all_entries(settings: AppSettings, root: Path | None = None) -> list[PackEntry]:
    return (
        builtin_entries(root)
        + user_entries(settings.pack_folder())
        + shared_entries(settings.shared_pack_folder())
    )


class LibraryPage(QWidget):
    prepareRequested = Signal(object)  # LoadedPack
    openSessionRequested = Signal(object)  # Path
    resumeRequested = Signal(object)  # Path
    # Whether the pack now chosen in the list can be opened in «Tilpass» (it loads, or it
    # is a draft of the user's own to put right), so the step button can say so at once.
    tailorableChanged = Signal(bool)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.entries: list[PackEntry] = []
        # The entry each row of the list shows; None for a heading row.
        self._rows: list[int | None] = []
        self._resume_path: Path | None = None
        self._loaded = False
        self._loading: Future[list[PackEntry]] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

        self.banner = QFrame()
        self.banner.setObjectName("resumeBanner")
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setWordWrap(True)
        self.resume_button = QPushButton(texts.RESUME_YES)
        self.dismiss_button = QPushButton(texts.RESUME_NO)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.resume_button)
        banner_layout.addWidget(self.dismiss_button)
        self.banner.hide()
        self.resume_button.clicked.connect(self._resume)
        self.dismiss_button.clicked.connect(self._dismiss)

        heading = QLabel(texts.LIBRARY_HEADING)
        heading.setObjectName("pageHeading")

        self.pack_list = QListWidget()
        self.pack_list.setObjectName("packList")
        self.pack_list.setWordWrap(True)
        self.pack_list.setSpacing(4)
        self.pack_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pack_list.currentRowChanged.connect(self._show_details)
        self.pack_list.itemActivated.connect(lambda _item: self._prepare())
        self.open_folder_button = QPushButton(texts.LIBRARY_OPEN_FOLDER)
        self.open_folder_button.clicked.connect(self.choose_folder)

        self.title = QLabel()
        self.title.setObjectName("packTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.errors = PlainEdit()
        self.errors.setReadOnly(True)
        self.errors.setObjectName("packErrors")
        self.errors.hide()
        self.prepare_button = QPushButton(texts.LIBRARY_PREPARE)
        self.prepare_button.setObjectName("primary")
        self.prepare_button.clicked.connect(self._prepare)

        self.recent_list = QListWidget()
        self.recent_list.itemActivated.connect(lambda _item: self._open_recent())
        self.reopen_button = QPushButton(texts.LIBRARY_REOPEN)
        self.reopen_button.clicked.connect(self._open_recent)
        self.open_session_button = QPushButton(texts.LIBRARY_OPEN_SESSION)
        self.open_session_button.clicked.connect(self.choose_session)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_section(texts.LIBRARY_BUILTIN))
        left_layout.addWidget(self.pack_list, 1)
        left_layout.addWidget(self.open_folder_button)
        left_layout.addWidget(_section(texts.LIBRARY_RECENT))
        left_layout.addWidget(self.recent_list)
        recent_buttons = QHBoxLayout()
        recent_buttons.addWidget(self.reopen_button)
        recent_buttons.addWidget(self.open_session_button)
        left_layout.addLayout(recent_buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.errors, 1)
        right_layout.addStretch(0)
        right_layout.addWidget(self.prepare_button, 0, Qt.AlignmentFlag.AlignRight)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 1000])

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

        self._show_details(-1)
        self.refresh_recent()
        # Started when the event loop first runs dry, so the window is built, shown and
        # painted before the worker competes with it for the interpreter.
        QAbstractEventDispatcher.instance().aboutToBlock.connect(
            self._start_loading, Qt.ConnectionType.SingleShotConnection
        )

    def showEvent(self, event: QShowEvent) -> None:
        """The pack list takes the keys when the library shows: arrows choose, Enter prepares."""
        super().showEvent(event)
        self.pack_list.setFocus()

    # --- content --------------------------------------------------------------------------

    def _start_loading(self) -> None:
        """Load the built-in packs off the GUI thread; ``_collect`` lists them when done."""
        if self._loaded or self._loading is not None:
            return
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ovelse-library")
        settings = self.settings
        self._loading = executor.submit(lambda: all_entries(settings))
        executor.shutdown(wait=False)  # the thread ends when its one job is done
        self._poll.start()

    def _collect(self) -> None:
        if self._loading is None or self._loading.done():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """List the built-in packs now, waiting for the worker (or loading them here)."""
        if self._loaded:
            return
        loading, self._loading = self._loading, None
        self._poll.stop()
        self._loaded = True
        self.entries = loading.result() if loading is not None else all_entries(self.settings)
        self._fill_packs()

    def reload(self, root: Path | None = None) -> None:
        self._loaded = True  # a load still running in the background is not wanted now
        self._loading = None
        self._poll.stop()
        self.entries = all_entries(self.settings, root)
        self._fill_packs()
        self.refresh_recent()

    def _fill_packs(self) -> None:
        self.pack_list.clear()
        self._rows = []
        # The shared packs last, under their heading; the rest keep their order.
        order = [i for i, e in enumerate(self.entries) if not e.shared]
        shared = [i for i, e in enumerate(self.entries) if e.shared]
        for index in order:
            self._add_row(index)
        if shared:
            heading = QListWidgetItem(texts.LIBRARY_SHARED)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # the arrow keys pass over it
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.pack_list.addItem(heading)
            self._rows.append(None)
            for index in shared:
                self._add_row(index)
        if self.entries:
            first_ok = next((i for i, e in enumerate(self.entries) if e.ok), 0)
            self.pack_list.setCurrentRow(self._rows.index(first_ok))
        else:
            self._show_details(-1)

    def _add_row(self, index: int) -> None:
        entry = self.entries[index]
        item = QListWidgetItem(self._label(entry))
        if not entry.ok:
            item.setForeground(QColor("#a01c22"))
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        self.pack_list.addItem(item)
        self._rows.append(index)

    def _entry_at(self, row: int) -> PackEntry | None:
        index = self._rows[row] if 0 <= row < len(self._rows) else None
        return self.entries[index] if index is not None else None

    @staticmethod
    def _label(entry: PackEntry) -> str:
        if entry.summary is not None:
            title = entry.summary.title
            if entry.mine:
                title = texts.LIBRARY_MINE.format(title=title)
            line = f"{entry.summary.region} · {entry.summary.hazard}"
            if entry.shared and entry.loaded is not None:
                version = texts.LIBRARY_SHARED_VERSION.format(
                    version=visible(entry.loaded.pack.version)
                )
                line = f"{line}\n{version}"
            return f"{title}\n{line}"
        return texts.LIBRARY_BROKEN.format(name=entry.folder.name)

    def refresh_recent(self) -> None:
        self.recent_list.clear()
        recent = self.settings.recent_sessions()
        for path in recent:
            label = str(path) if path.is_file() else texts.LIBRARY_MISSING_FILE.format(path=path)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        if not recent:
            item = QListWidgetItem(texts.LIBRARY_NO_RECENT)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent_list.addItem(item)
        self.reopen_button.setEnabled(bool(recent))

    def add_folder(self, folder: Path) -> PackEntry:
        self.ensure_loaded()
        entry = load_entry(folder)
        self.entries.append(entry)
        self._fill_packs()
        self.pack_list.setCurrentRow(self._rows.index(len(self.entries) - 1))
        return entry

    def current_entry(self) -> PackEntry | None:
        self.ensure_loaded()
        return self._entry_at(self.pack_list.currentRow())

    def select_pack(self, pack_id: str, *, shared: bool = False) -> bool:
        """Choose the pack with this id (with ``shared``, the one from a pack file)."""
        self.ensure_loaded()
        for row, index in enumerate(self._rows):
            entry = self.entries[index] if index is not None else None
            if (
                entry is not None
                and entry.loaded is not None
                and entry.loaded.pack.id == pack_id
                and (entry.shared or not shared)
            ):
                self.pack_list.setCurrentRow(row)
                # Qt: a list just refilled lays its rows out later, and a banner shown at
                # the same time shortens it; scrolling now would land short of the row.
                QTimer.singleShot(0, self, self._scroll_to_current)
                return True
        return False

    def _scroll_to_current(self) -> None:
        item = self.pack_list.currentItem()
        if item is not None:
            self.pack_list.scrollToItem(item)

    def _show_details(self, row: int) -> None:
        entry = self._entry_at(row)
        self.tailorableChanged.emit(entry is not None and (entry.loaded is not None or entry.mine))
        if entry is None:
            self.title.clear()
            self.details.clear()
            self.summary.clear()
            self.errors.hide()
            self.prepare_button.setEnabled(False)
            return
        if entry.summary is not None and entry.loaded is not None:
            summary = entry.summary
            self.title.setText(summary.title)
            profiles = [profile.title for profile in entry.loaded.profiles]
            self.details.setText(
                texts.LIBRARY_PACK_DETAILS.for_count(summary.injects).format(
                    region=summary.region,
                    hazard=summary.hazard,
                    injects=summary.injects,
                    duration=summary.duration,
                )
                + "\n"
                + (
                    texts.LIBRARY_PACK_PROFILES.format(profiles=", ".join(profiles))
                    if profiles
                    else texts.LIBRARY_NO_PROFILES
                )
            )
            if entry.shared:
                # Who sent the pack and which version: shown, like the import's message
                # shows them, with a direction override written out, not obeyed.
                pack = entry.loaded.pack
                version, author = visible(pack.version), visible(pack.author)
                origin = (
                    texts.LIBRARY_SHARED_FROM.format(version=version, author=author)
                    if pack.author
                    else texts.LIBRARY_SHARED_FROM_NO_AUTHOR.format(version=version)
                )
                self.details.setText(f"{origin}\n{self.details.text()}")
            rendered = entry.loaded.render(entry.loaded.values())
            self.summary.setText(rendered.summary)
            self.errors.hide()
            self.prepare_button.setEnabled(True)
        else:
            self.title.setText(texts.LIBRARY_BROKEN.format(name=entry.folder.name))
            self.details.setText(texts.LIBRARY_ERRORS_HEADING)
            self.summary.setText(str(entry.folder))
            self.errors.setPlainText("\n".join(entry.problems))
            self.errors.show()
            self.prepare_button.setEnabled(False)

    # --- actions --------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = file_dialogs.existing_directory(
            self, texts.CHOOSE_PACK_FOLDER, self.settings.last_pack_folder()
        )
        if folder:
            self.settings.set_last_pack_folder(Path(folder).parent)
            self.add_folder(Path(folder))

    def choose_session(self) -> None:
        start = str(self.settings.session_folder())
        path = file_dialogs.open_file_name(
            self, texts.CHOOSE_SESSION_FILE, start, texts.SESSION_FILTER
        )
        if path:
            self.openSessionRequested.emit(Path(path))

    def _prepare(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.loaded is not None:
            self.prepareRequested.emit(entry.loaded)

    def _open_recent(self) -> None:
        item = self.recent_list.currentItem() or self.recent_list.item(0)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if value:
            self.openSessionRequested.emit(Path(str(value)))

    # --- resume banner --------------------------------------------------------------------

    def offer_resume(self, path: Path, text: str = "", action: str = "") -> None:
        """Offer the session left open; ``text`` and ``action`` when it is open elsewhere."""
        self._resume_path = path
        self.banner_text.setText(text or texts.RESUME_BANNER.format(name=path.name))
        self.resume_button.setText(action or texts.RESUME_YES)
        self.resume_button.show()
        self.banner.show()

    def show_problem(self, message: str) -> None:
        """Say in the banner why a session could not be opened (nothing to resume)."""
        self.banner_text.setText(message)
        self.resume_button.hide()
        self.banner.show()

    def hide_banner(self) -> None:
        """The offer or the problem no longer holds (the session was saved elsewhere)."""
        self.banner.hide()

    def _resume(self) -> None:
        self.banner.hide()
        if self._resume_path is not None:
            self.resumeRequested.emit(self._resume_path)

    def _dismiss(self) -> None:
        self.banner.hide()
        self.settings.mark_closed()


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label
