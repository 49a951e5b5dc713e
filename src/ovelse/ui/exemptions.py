"""Marking parts of the evaluation skjermet (exempt): left out of the public report.

The full report keeps everything; the public version (offentlig versjon) leaves out what
is marked here. Every mark is an event in the session (``Exercise.set_exempt``), so it is
on disk before the screen shows it. Everything works from the keyboard: Space ticks a log
entry in the list, Tab and Space reach every text and appendix box, and the finding lists
and the action plan toggle their current item with Ctrl+U («unntatt»).

A running session can hold thousands of log entries, and the evaluation page is made when
it opens. The list of entries is therefore made the first time the tab is shown, and it
is the decision log's table (``log_table``): a line is formatted when it is drawn and only
the rows in view are measured. After that it follows the log: a new entry is added as a
row, and a mark redraws the row it concerns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ovelse import presentation
from ovelse.exercise import labels
from ovelse.exercise.kinds import Appendix, EvaluationField, ExemptKind
from ovelse.report.public import appendix_title  # plain strings; no ReportLab
from ovelse.ui import texts
from ovelse.ui.log_table import ROOT, Index, LogTableModel, LogTableView
from ovelse.ui.session_model import SessionModel

TOGGLE_KEY = "Ctrl+U"


def toggle(model: SessionModel, kind: ExemptKind, target_id: str) -> None:
    """Mark the part exempt, or no longer exempt if it was."""
    exempt = not model.exercise.evaluation.is_exempt(kind, target_id)
    model.call(model.exercise.set_exempt, kind, target_id, exempt)


def tagged(model: SessionModel, kind: ExemptKind, target_id: str, text: str) -> str:
    """A list line with «[skjermet]» in front when the item is exempt (read aloud too)."""
    if model.exercise.evaluation.is_exempt(kind, target_id):
        return texts.EVAL_EXEMPT_TAG + text
    return text


def toggle_shortcut(widget: QWidget, handler: Callable[[], None]) -> QShortcut:
    """Ctrl+U on the widget (and only there) toggles its current item."""
    shortcut = QShortcut(QKeySequence(TOGGLE_KEY), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(handler)
    return shortcut


class ExemptEntriesModel(LogTableModel):
    """The log's entries on one line each, ticked when skjermet.

    The shown ids, finding an id's row and adding a new entry are the decision log's; the
    line is formatted and the tick read from the evaluation when the row is drawn.
    """

    def __init__(self, session: SessionModel, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self._exempt: frozenset[str] = frozenset()  # as last drawn, to find what changed

    def read_log(self) -> None:
        """Show every entry the log reads now (ids only: nothing is formatted here)."""
        exercise = self._session.exercise
        self._exempt = exercise.evaluation.exempt_ids(ExemptKind.ENTRY)
        self.reset(exercise.log.ids_where())

    def exemptions_changed(self) -> None:
        """Redraw the rows whose mark changed since the last look, and no others."""
        exempt = self._session.exercise.evaluation.exempt_ids(ExemptKind.ENTRY)
        changed, self._exempt = exempt ^ self._exempt, exempt
        for entry_id in changed:
            self.entry_changed(entry_id, Qt.ItemDataRole.CheckStateRole)

    def entry_changed(self, entry_id: str, *roles: int) -> bool:
        """Redraw the entry's row; False if it is not shown."""
        row = self.row_of(entry_id)
        if row is None:
            return False
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, list(roles))
        return True

    # --- Qt's model interface -------------------------------------------------------------

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return None  # one column without a header

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return presentation.entry_line(self._entry(index.row()))
        if role == Qt.ItemDataRole.CheckStateRole:
            exempt = self._session.exercise.evaluation.is_exempt(
                ExemptKind.ENTRY, self._ids[index.row()]
            )
            return Qt.CheckState.Checked if exempt else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        # The tick is the session's: the row is redrawn from it once the mark is recorded
        # (or not, if it was refused), never set here ahead of the disk.
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        exempt = Qt.CheckState(value) == Qt.CheckState.Checked
        entry_id = self._ids[index.row()]
        exercise = self._session.exercise
        if exercise.evaluation.is_exempt(ExemptKind.ENTRY, entry_id) != exempt:
            self._session.call(exercise.set_exempt, ExemptKind.ENTRY, entry_id, exempt)
        return True


class ExemptEntriesView(LogTableView):
    """The entries as a list: one wrapping column, no header or grid; Tab leaves it."""

    def __init__(self, model: ExemptEntriesModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setObjectName("exemptEntries")
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


class ExemptionsPanel(QWidget):
    """The «Skjerming» tab: log entries, free texts and appendices to leave out."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        intro = QLabel(texts.EVAL_EXEMPT_INTRO)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        # The list of entries is made when the tab is first shown (see the module's text).
        self.rows: ExemptEntriesModel | None = None
        self.entries: ExemptEntriesView | None = None
        entries_box = QGroupBox(texts.EVAL_EXEMPT_ENTRIES)
        self._entries_layout = QVBoxLayout(entries_box)
        self.texts: dict[EvaluationField, QCheckBox] = {}
        texts_box = QGroupBox(texts.EVAL_EXEMPT_TEXTS)
        grid = QGridLayout(texts_box)
        for index, field in enumerate(EvaluationField):
            box = QCheckBox(labels.EVALUATION_FIELDS[field])
            box.setObjectName(f"exempt_text_{field.value}")
            box.toggled.connect(lambda on, f=field: self._set(ExemptKind.TEXT, f.value, on))
            grid.addWidget(box, *divmod(index, 3))
            self.texts[field] = box
        self.appendices: dict[Appendix, QCheckBox] = {}
        appendix_box = QGroupBox(texts.EVAL_EXEMPT_APPENDICES)
        appendix_layout = QVBoxLayout(appendix_box)
        for appendix in Appendix:
            box = QCheckBox(appendix_title(appendix))
            box.setObjectName(f"exempt_appendix_{appendix.value}")
            box.toggled.connect(lambda on, a=appendix: self._set(ExemptKind.APPENDIX, a.value, on))
            appendix_layout.addWidget(box)
            self.appendices[appendix] = box
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(entries_box, 1)
        layout.addWidget(texts_box)
        layout.addWidget(appendix_box)
        model.entriesChanged.connect(self._entries_changed)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.build_entries()
        super().showEvent(event)

    def build_entries(self) -> ExemptEntriesView:
        """The list of log entries, made now if it was not made before."""
        if self.entries is not None:
            return self.entries
        self.rows = ExemptEntriesModel(self.model, self)
        self.rows.read_log()
        self.entries = ExemptEntriesView(self.rows)
        self._entries_layout.addWidget(self.entries)
        if self.rows.rowCount():
            self.entries.setCurrentIndex(self.rows.index(0, 0))
        self.entries.scroll_to_row(0)  # read from the top, as the report lists them
        return self.entries

    def _set(self, kind: ExemptKind, target_id: str, exempt: bool) -> None:
        if self.model.exercise.evaluation.is_exempt(kind, target_id) != exempt:
            self.model.call(self.model.exercise.set_exempt, kind, target_id, exempt)

    def _entries_changed(self, ids: frozenset[str]) -> None:
        """A new entry becomes the last row, a correction redraws its row; anything else
        (a deleted entry) reads the ids again, which formats nothing."""
        if self.rows is None or self.entries is None:
            return  # not made yet: it reads the whole log when it is
        log = self.model.exercise.log
        last = log.newest()
        if last is not None and ids == {last.id} and self.rows.row_of(last.id) is None:
            self.rows.append(last.id)
        elif not all(not log.get(i).deleted and self.rows.entry_changed(i) for i in ids):
            current = self.rows.entry_id(self.entries.currentIndex().row())
            self.rows.read_log()
            row = self.rows.row_of(current) if current is not None else None
            if row is not None:
                self.entries.setCurrentIndex(self.rows.index(row, 0))
        self.entries.measure_visible()

    def refresh(self) -> None:
        """Show the marks as the session has them now."""
        evaluation = self.model.exercise.evaluation
        if self.rows is not None:
            self.rows.exemptions_changed()
        for field, box in self.texts.items():
            box.blockSignals(True)
            box.setChecked(evaluation.is_exempt(ExemptKind.TEXT, field.value))
            box.blockSignals(False)
        for appendix, box in self.appendices.items():
            box.blockSignals(True)
            box.setChecked(evaluation.is_exempt(ExemptKind.APPENDIX, appendix.value))
            box.blockSignals(False)
