"""The decision log as a table whose rows are formatted and measured only when seen.

A day-long exercise logs thousands of entries. Building a widget item per cell and
measuring every row's wrapped height cost the console most of a second on each opening,
filter change and correction, so the model keeps only the shown entry ids and formats a
cell when the view asks for it, and the view measures the heights of the rows in view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QTableView, QWidget

from ovelse import presentation
from ovelse.exercise.kinds import EntryKind
from ovelse.exercise.log import LogEntry
from ovelse.ui import texts
from ovelse.ui.session_model import SessionModel

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index a flat table's rows hang under

CLOCK, ROLES, KIND, TEXT, INJECT = range(5)
DECISION_BRUSH = QBrush(QColor("#1d4e89"))  # decisions stand out in the kind column

# Rows the header reads to size the clock, role and kind columns. Qt reads every row when
# the view is hidden and the precision is 0 ("visible rows only"), so a bound is set.
COLUMN_SAMPLE_ROWS = 40
SETTLE_PASSES = 4  # measuring can push rows out of view; enough rounds to come to rest


class LogTableModel(QAbstractTableModel):
    """The shown log entries, by id, read from the exercise's log when a cell is drawn.

    Holding ids rather than formatted rows keeps a refresh to one pass over the log; a
    correction is read back at its next redraw because the log is asked each time.
    """

    def __init__(self, session: SessionModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._ids: list[str] = []
        self._rows: dict[str, int] | None = None  # built the first time a row is looked up
        self._inject_titles: dict[str, str] = {}
        self._role_titles: dict[str, str] = {}

    # --- what is shown --------------------------------------------------------------------

    def reset(self, entry_ids: list[str]) -> None:
        """Show these entries, in this order; titles are read again for the new rows."""
        self.beginResetModel()
        self._ids = entry_ids
        self._rows = None
        self._inject_titles = {s.id: s.inject.title for s in self._session.exercise.injects()}
        self._role_titles = {}
        self.endResetModel()

    def append(self, entry_id: str) -> int:
        """Add one entry as the last row, and return that row."""
        row = len(self._ids)
        self.beginInsertRows(ROOT, row, row)
        self._ids.append(entry_id)
        if self._rows is not None:
            self._rows[entry_id] = row
        self.endInsertRows()
        return row

    def entry_ids(self) -> Sequence[str]:
        return self._ids

    def entry_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, entry_id: str) -> int | None:
        if self._rows is None:
            self._rows = {shown: row for row, shown in enumerate(self._ids)}
        return self._rows.get(entry_id)

    # --- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(texts.LOG_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return texts.LOG_COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for a dozen roles per cell and paint; the unused ones return at once.
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(self._entry(index.row()), index.column())
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == KIND:
            entry = self._entry(index.row())
            return DECISION_BRUSH if entry.kind is EntryKind.DECISION else None
        return None

    # --- formatting -----------------------------------------------------------------------

    def _entry(self, row: int) -> LogEntry:
        return self._session.exercise.log.get(self._ids[row])

    def cell_text(self, entry: LogEntry, column: int) -> str:
        # The pieces are written as in the CSV and the report (ovelse.presentation); the
        # titles are kept between redraws, since a cell is formatted each time it is drawn.
        if column == CLOCK:
            return presentation.exercise_time(entry.exercise_ms)
        if column == ROLES:
            return presentation.role_list(self._role_title(role) for role in entry.roles)
        if column == KIND:
            return presentation.kind(entry.kind)
        if column == TEXT:
            return entry_text(entry)
        return self._inject_title(entry.inject_id) if entry.inject_id else ""

    def _inject_title(self, inject_id: str) -> str:
        # An inject written during the run (ad hoc) is newer than the titles read at the
        # last reset: read it from the exercise then, not shown as an empty cell.
        title = self._inject_titles.get(inject_id)
        if title is None:
            exercise = self._session.exercise
            title = self._inject_titles[inject_id] = presentation.inject_title(exercise, inject_id)
        return title

    def _role_title(self, role_id: str) -> str:
        title = self._role_titles.get(role_id)
        if title is None:
            title = self._role_titles[role_id] = self._session.role_title(role_id)
        return title


def entry_text(entry: LogEntry) -> str:
    """The text column: the entry, «(endret)» if corrected, then owner and deadline."""
    text = " ".join(part for part in (entry.text, presentation.edited_mark(entry.edited)) if part)
    extra = presentation.DETAIL_SEPARATOR.join(
        presentation.entry_details(entry.owner, entry.deadline)
    )
    return f"{text} [{extra}]" if extra else text


class LogTableView(QTableView):
    """A word-wrapping table that sizes the heights of the rows in view, and no others.

    Rows are measured when they come into view (scrolling, a larger window, new rows) and
    measured again after a column changes width, since wrapping depends on it. A view
    resting at its last row stays there while rows grow: a log is read from the bottom.
    """

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measured: set[int] = set()
        self._busy = False
        self._at_end = True  # resting at the last row; a log opens at its newest entry
        self._remeasure = QTimer(self)
        self._remeasure.setSingleShot(True)
        self._remeasure.setInterval(0)
        self._remeasure.timeout.connect(self.measure_visible)
        self.setWordWrap(True)
        self.setModel(model)
        self.horizontalHeader().setResizeContentsPrecision(COLUMN_SAMPLE_ROWS)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        model.modelReset.connect(self.forget_heights)
        model.layoutChanged.connect(self.forget_heights)
        model.rowsRemoved.connect(self.forget_heights)
        model.rowsMoved.connect(self.forget_heights)
        model.rowsInserted.connect(self._rows_inserted)
        model.dataChanged.connect(self._data_changed)

    def measured_rows(self) -> frozenset[int]:
        """Rows whose height fits their text now; the others keep the default height."""
        return frozenset(self._measured)

    def forget_heights(self) -> None:
        self._measured.clear()

    def measure_visible(self) -> int:
        """Fit the rows in view to their text, and return how many were measured."""
        if self._at_end:
            return self._settle(self.scrollToBottom)
        return self._measure_in_view()

    def scroll_to_end(self) -> None:
        self._settle(self.scrollToBottom)

    def scroll_to_row(self, row: int) -> None:
        self._settle(lambda: self.scrollTo(self.model().index(row, 0)))

    # --- Qt hooks -------------------------------------------------------------------------

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dy:
            bar = self.verticalScrollBar()
            self._at_end = bar.value() == bar.maximum()
            self.measure_visible()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Qt: the scroll area forwards its viewport's resize events here too.
        super().resizeEvent(event)
        self.measure_visible()

    # --- measuring ------------------------------------------------------------------------

    def _settle(self, scroll: Callable[[], None]) -> int:
        """Scroll, measure what came into view, and scroll again until nothing moves.

        A measured row is usually taller than the default, which changes where the last
        row or the wanted row sits; the scroll range follows only after updateGeometries.
        """
        if self._busy:
            return 0
        total = 0
        for _ in range(SETTLE_PASSES):
            self.updateGeometries()
            scroll()
            measured = self._measure_in_view()
            total += measured
            if not measured:
                break
        bar = self.verticalScrollBar()
        self._at_end = bar.value() == bar.maximum()
        return total

    def _measure_in_view(self) -> int:
        if self._busy:
            return 0
        self._busy = True
        try:
            count = 0
            while True:
                rows = [row for row in self._rows_in_view() if row not in self._measured]
                if not rows:
                    return count
                for row in rows:
                    self.resizeRowToContents(row)
                    self._measured.add(row)
                count += len(rows)
        finally:
            self._busy = False

    def _rows_in_view(self) -> range:
        first = self.rowAt(0)
        if first < 0:  # no rows, or an offset left over from a longer table: none in view
            return range(0)
        last = self.rowAt(max(self.viewport().height() - 1, 0))
        return range(first, (last if last >= 0 else self.model().rowCount() - 1) + 1)

    def _column_resized(self, _column: int, _old: int, _new: int) -> None:
        # Qt: sectionResized is sent while the header is still laying out its sections, so
        # the widths read now are partly the old ones; measure once the header is done.
        self.forget_heights()
        self._remeasure.start()

    def _rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first <= max(self._measured, default=-1):
            self.forget_heights()  # rows below moved down: their measured rows moved too
        # Qt: the header fits its columns to new contents on dataChanged, not on an insert;
        # a new entry may be wider (a later hour, a longer role) than the rows sampled.
        QMetaObject.invokeMethod(self.horizontalHeader(), "resizeSections")

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        self._measured.difference_update(range(top_left.row(), bottom_right.row() + 1))
