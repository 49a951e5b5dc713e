"""«Regional oppsummering»: the statsforvalter drops the kommuners result files here and
saves the roll-up as PDF and as a workbook; the window shows the matrix, the files left
out and why, who of the invited has not reported, and the items flagged for follow-up.

The window only shows what :mod:`ovelse.regional` decides: the files are read once when
they are added (never written), the roll-up is made again when files come or go, and the
invitation list, typed or pasted, only changes who is missing. Everything is reachable
from the keyboard: each button and tab has its Alt letter, the list takes Tab out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ovelse import presentation
from ovelse.interchange.errors import InterchangeError
from ovelse.regional import compose
from ovelse.regional import texts as rollup_texts
from ovelse.regional.invited import invite, parse_invited, read_invited
from ovelse.regional.model import Rejected, Rollup
from ovelse.regional.rollup import Loaded, read_all, roll_up
from ovelse.report.styles import RATING_COLOURS
from ovelse.ui import file_dialogs, texts
from ovelse.ui.plain_edit import PlainEdit

WINDOW_SIZE = (980, 720)
INVITED_HEIGHT = 90  # pixels: four or five lines of the pasted list


def _tip(text: str) -> str:
    """A tooltip that shows the kommuner's text as written.

    Qt: a tooltip that looks like HTML is rendered as HTML (an <img> would load a file).
    """
    return f"<p>{escape(text)}</p>"


class RollupWindow(QWidget):
    """The screen; ``folder`` is where the file dialogs start."""

    def __init__(self, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(texts.ROLLUP_TITLE)
        self.setAcceptDrops(True)
        self.folder = folder
        self.paths: list[Path] = []
        self.loaded: list[Loaded] = []
        self.unread: list[Rejected] = []
        self.rollup: Rollup | None = None
        self.packs: list[tuple[str, str]] = []  # (id, version) in the pack list's order

        intro = QLabel(texts.ROLLUP_INTRO)
        intro.setWordWrap(True)
        self.add_files_button = QPushButton(texts.ROLLUP_ADD_FILES)
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton(texts.ROLLUP_ADD_FOLDER)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.clear_button = QPushButton(texts.ROLLUP_CLEAR)
        self.clear_button.clicked.connect(self.clear)
        adding = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.clear_button):
            adding.addWidget(button)
        adding.addStretch(1)

        invited_label = QLabel(texts.ROLLUP_INVITED)
        self.invited = PlainEdit()
        self.invited.setFixedHeight(INVITED_HEIGHT)
        invited_label.setBuddy(self.invited)
        self.invited.textChanged.connect(self._invited_changed)
        self.invited_file_button = QPushButton(texts.ROLLUP_INVITED_FILE)
        self.invited_file_button.clicked.connect(self.choose_invited)

        pack_label = QLabel(texts.ROLLUP_PACK)
        self.pack = QComboBox()
        self.pack.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        pack_label.setBuddy(self.pack)
        self.pack.currentIndexChanged.connect(self._pack_changed)
        choosing = QHBoxLayout()
        choosing.addWidget(pack_label)
        choosing.addWidget(self.pack)
        choosing.addStretch(1)

        self.status = QLabel(texts.ROLLUP_EMPTY)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # pack titles are outside text
        # What «M1», «M2» … stand for, as the PDF's key above its matrix says it.
        self.goal_key = QLabel()
        self.goal_key.setWordWrap(True)
        self.goal_key.setTextFormat(Qt.TextFormat.PlainText)

        self.matrix = QTableWidget(0, 0)
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.matrix.setTabKeyNavigation(False)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rejected = QTableWidget(0, 2)
        self.rejected.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rejected.setTabKeyNavigation(False)
        self.rejected.setWordWrap(True)
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.missing = QListWidget()
        self.follow_ups = QTableWidget(0, 4)
        self.follow_ups.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.follow_ups.setTabKeyNavigation(False)
        self.follow_ups.setWordWrap(True)
        self.follow_ups.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.matrix, texts.ROLLUP_TAB_MATRIX)
        self.tabs.addTab(self.rejected, texts.ROLLUP_TAB_REJECTED.format(count=0))
        self.tabs.addTab(self.missing, texts.ROLLUP_TAB_MISSING.format(count=0))
        self.tabs.addTab(self.follow_ups, texts.ROLLUP_TAB_FOLLOW_UP.format(count=0))

        self.save_pdf_button = QPushButton(texts.ROLLUP_SAVE_PDF)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.save_xlsx_button = QPushButton(texts.ROLLUP_SAVE_XLSX)
        self.save_xlsx_button.clicked.connect(self.save_xlsx)
        close = QPushButton(texts.ROLLUP_CLOSE)
        close.clicked.connect(self.close)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a path may hold anything
        saving = QHBoxLayout()
        saving.addWidget(self.message, 1)
        for button in (self.save_pdf_button, self.save_xlsx_button, close):
            saving.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(adding)
        layout.addWidget(invited_label)
        inviting = QHBoxLayout()
        inviting.addWidget(self.invited, 1)
        inviting.addWidget(self.invited_file_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(inviting)
        layout.addLayout(choosing)
        layout.addWidget(self.status)
        layout.addWidget(self.goal_key)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(saving)
        self.resize(*WINDOW_SIZE)
        self._show()

    # --- files in ---------------------------------------------------------------------

    def add_paths(self, paths: list[Path]) -> None:
        """Read files (and folders of them) not added before, and roll up again."""
        new = [path for path in paths if path not in self.paths]
        if not new:
            return
        self.paths += new
        # A region's files take a second to read and roll up; the country's several.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            loaded, unread = read_all(new)
            self.loaded += loaded
            self.unread += unread
            self._roll_up()
        finally:
            QApplication.restoreOverrideCursor()

    def clear(self) -> None:
        self.paths, self.loaded, self.unread = [], [], []
        self._roll_up()

    def choose_files(self) -> None:
        chosen = file_dialogs.open_file_names(
            self, texts.ROLLUP_FILES_CAPTION, self.folder, texts.ROLLUP_FILES_FILTER
        )
        if chosen:
            self.folder = str(Path(chosen[0]).parent)
            self.add_paths([Path(name) for name in chosen])

    def choose_folder(self) -> None:
        chosen = file_dialogs.existing_directory(self, texts.ROLLUP_FOLDER_CAPTION, self.folder)
        if chosen:
            self.folder = chosen
            self.add_paths([Path(chosen)])

    def choose_invited(self) -> None:
        chosen = file_dialogs.open_file_name(
            self, texts.ROLLUP_INVITED_CAPTION, self.folder, texts.ROLLUP_INVITED_FILTER
        )
        if not chosen:
            return
        try:
            invited = read_invited(Path(chosen))
        except InterchangeError as exc:
            self.message.setText(str(exc))
            return
        self.invited.setPlainText(
            "\n".join(f"{e.number};{e.name}" if e.number else e.name for e in invited)
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.add_paths(paths)

    # --- the roll-up --------------------------------------------------------------------

    def _roll_up(self) -> None:
        self._offer_packs()
        invited = parse_invited(self.invited.toPlainText())
        pack = self.chosen_pack()
        self.rollup = (
            roll_up(self.loaded, self.unread, pack=pack, invited=invited) if self.paths else None
        )
        self._show()

    def _offer_packs(self) -> None:
        """The packs and versions the files are for, the most files first; the one chosen
        stays chosen while it is still among them."""
        counts = Counter((i.result.pack.id, i.result.pack.version) for i in self.loaded)
        titles = {
            (i.result.pack.id, i.result.pack.version): i.result.pack.title for i in self.loaded
        }
        chosen = self.chosen_pack()
        self.packs = [key for key, _count in counts.most_common()]
        self.pack.blockSignals(True)  # Qt: refilling would announce every index it passes
        self.pack.clear()
        for key in self.packs:
            self.pack.addItem(
                texts.ROLLUP_PACK_ITEM.format(title=titles[key], version=key[1], count=counts[key])
            )
        index = self.packs.index(chosen) if chosen in self.packs else 0
        self.pack.setCurrentIndex(index if self.packs else -1)
        self.pack.blockSignals(False)

    def chosen_pack(self) -> tuple[str, str] | None:
        """The pack id and version chosen in the list, or None before any file is read."""
        index = self.pack.currentIndex()
        return self.packs[index] if 0 <= index < len(self.packs) else None

    def _pack_changed(self, _index: int) -> None:
        self._roll_up()

    def _invited_changed(self) -> None:
        if self.rollup is not None:
            self.rollup = invite(self.rollup, parse_invited(self.invited.toPlainText()))
            self._show_missing(self.rollup)

    def _show(self) -> None:
        rollup = self.rollup
        ready = rollup is not None and bool(rollup.rows)
        self.save_pdf_button.setEnabled(ready)
        self.save_xlsx_button.setEnabled(ready)
        self.matrix.clear()
        self.rejected.clear()
        self.rejected.setHorizontalHeaderLabels(
            [rollup_texts.COLUMN_FILE, rollup_texts.COLUMN_REASON]
        )
        self._show_follow_ups(rollup)
        self.goal_key.setText(
            "   ".join(f"{compose.goal_label(g)} {g.title}" for g in rollup.goals)
            if rollup is not None
            else ""
        )
        if rollup is None:
            self.status.setText(texts.ROLLUP_EMPTY)
            self.matrix.setRowCount(0)
            self.matrix.setColumnCount(0)
            self.rejected.setRowCount(0)
            self._show_missing(None)
            return
        goals = rollup.goals
        self.matrix.setColumnCount(len(goals))
        self.matrix.setRowCount(len(rollup.rows))
        for column, goal in enumerate(goals):
            header = QTableWidgetItem(compose.goal_label(goal))
            header.setToolTip(_tip(goal.title))
            self.matrix.setHorizontalHeaderItem(column, header)
        self.matrix.setVerticalHeaderLabels([row.kommune for row in rollup.rows])
        for number, row in enumerate(rollup.rows):
            for column, rating in enumerate(row.ratings):
                withheld = column in row.withheld
                word = rollup_texts.WITHHELD if withheld else presentation.rating(rating)
                item = QTableWidgetItem(word)
                item.setBackground(QBrush(QColor("#" + RATING_COLOURS[rating].hexval()[2:])))
                item.setForeground(QBrush(QColor("white")))
                item.setToolTip(_tip(f"{row.kommune} · {goals[column].title}: {word}"))
                self.matrix.setItem(number, column, item)
        self.rejected.setRowCount(len(rollup.rejected))
        for number, left_out in enumerate(rollup.rejected):
            self.rejected.setItem(number, 0, QTableWidgetItem(left_out.file))
            self.rejected.setItem(number, 1, QTableWidgetItem(left_out.reason))
        self.rejected.resizeColumnToContents(0)
        self.rejected.resizeRowsToContents()
        self.tabs.setTabText(1, texts.ROLLUP_TAB_REJECTED.format(count=len(rollup.rejected)))
        self._show_missing(rollup)

    def _show_follow_ups(self, rollup: Rollup | None) -> None:
        """Every item a kommune flagged «trenger oppfølging fra region/stat»."""
        items = rollup.follow_ups if rollup is not None else ()
        self.follow_ups.clear()
        self.follow_ups.setHorizontalHeaderLabels(
            [
                rollup_texts.COLUMN_KOMMUNE,
                rollup_texts.COLUMN_KIND,
                rollup_texts.COLUMN_TEXT,
                rollup_texts.COLUMN_GOAL,
            ]
        )
        self.follow_ups.setRowCount(len(items))
        for number, item in enumerate(items):
            for column, value in enumerate((item.kommune, item.kind, item.text, item.goals)):
                self.follow_ups.setItem(number, column, QTableWidgetItem(value))
        self.follow_ups.resizeRowsToContents()
        self.tabs.setTabText(3, texts.ROLLUP_TAB_FOLLOW_UP.format(count=len(items)))

    def _show_missing(self, rollup: Rollup | None) -> None:
        self.missing.clear()
        missing = rollup.missing if rollup is not None else ()
        self.missing.addItems(list(missing))
        self.tabs.setTabText(2, texts.ROLLUP_TAB_MISSING.format(count=len(missing)))
        if rollup is not None and not rollup.rows:
            self.status.setText(texts.ROLLUP_NONE_TAKEN)
        elif rollup is not None:
            self.status.setText(
                texts.ROLLUP_STATUS.format(
                    pack=rollup.pack_title,
                    version=rollup.pack_version,
                    kommuner=len(rollup.rows),
                    rejected=len(rollup.rejected),
                    missing=len(missing) if rollup.invited else "–",
                )
            )

    # --- saving ---------------------------------------------------------------------------

    def save_pdf(self) -> None:
        from ovelse.regional.pdf import write_pdf

        self._save(
            texts.ROLLUP_PDF_CAPTION, texts.ROLLUP_PDF_NAME, texts.ROLLUP_PDF_FILTER, write_pdf
        )

    def save_xlsx(self) -> None:
        from ovelse.regional.xlsx import write_xlsx

        self._save(
            texts.ROLLUP_XLSX_CAPTION, texts.ROLLUP_XLSX_NAME, texts.ROLLUP_XLSX_FILTER, write_xlsx
        )

    def _save(
        self, caption: str, name: str, file_filter: str, write: Callable[[Rollup, Path], object]
    ) -> None:
        rollup = self.rollup
        if rollup is None or not rollup.rows:
            return
        suffix = Path(name).suffix
        chosen = file_dialogs.save_file_name(
            self, caption, str(Path(self.folder or ".") / name), file_filter
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            write(rollup, path)
        except OSError as exc:
            self.message.setText(texts.ROLLUP_SAVE_FAILED.format(error=exc.strerror or exc))
            return
        self.folder = str(path.parent)
        self.message.setText(texts.ROLLUP_SAVED.format(path=path))
