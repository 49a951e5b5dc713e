"""The evidence beside the goal being rated: injects, ticks, log entries, linked findings.

What it shows comes from ``ovelse.exercise.evidence``, the same gathering the report uses.
The suggested rating is shown with its rule; «Bruk forslaget» puts it in the goal's rating
box, and only the evaluator pressing it does: the suggestion never sets a rating by itself.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ovelse import presentation
from ovelse.exercise import labels
from ovelse.exercise.changes import Change
from ovelse.exercise.evidence import GoalEvidence, gather, mark_text
from ovelse.exercise.kinds import EntryKind, Rating
from ovelse.exercise.log import LogEntry
from ovelse.ui import read_only, texts
from ovelse.ui.session_model import SessionModel
from ovelse.ui.shortcuts import EVALUATE_KEYS

STYLE = (
    "h3 { margin: 8px 0 2px 0; } ul { margin: 0 0 0 -16px; } "
    ".meta { color: #555; } .done { color: #1b6e2a; } .partly { color: #8a5a00; } "
    ".not { color: #a01c22; }"
)
MARK_CLASS = {"gjort": "done", "delvis": "partly", "ikke_gjort": "not"}


class EntryLines(QAbstractTableModel):
    """The goal's log entries, a row each (time, kind, roles, text), the text as tooltip.

    A table of fixed row height draws only the rows in sight, so a goal with thousands of
    entries shows as fast as one with ten: laid out as text they took over a second.
    """

    COLUMNS = 4

    def __init__(self, model: SessionModel) -> None:
        super().__init__()
        self.model = model
        self.entries: tuple[LogEntry, ...] = ()

    def set_entries(self, entries: tuple[LogEntry, ...]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return presentation.exercise_time(entry.exercise_ms)
            if column == 1:
                return presentation.kind(entry.kind)
            if column == 2:
                titles = presentation.role_titles(self.model.exercise, entry.roles)
                return presentation.role_list(titles)
            return one_line(entry.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.text
        return None


def one_line(text: str) -> str:
    return " ".join(text.split())


class EvidencePanel(QWidget):
    """Shows ``gather`` for one goal or sub-goal; ``useSuggestion`` carries the rating."""

    useSuggestion = Signal(str, object)  # target id, Rating

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.target_id: str | None = None
        self.evidence: GoalEvidence | None = None
        self.heading = QLabel(texts.EVIDENCE_PICK_GOAL)
        self.heading.setObjectName("sectionHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("evidenceSuggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setWordWrap(True)
        self.use_button = QPushButton(f"{texts.EVIDENCE_USE}  {self.use_key()}")
        self.use_button.setObjectName("useSuggestion")
        self.use_button.clicked.connect(self._use)
        self.kind = QComboBox()
        self.kind.setObjectName("evidenceKind")
        self.kind.addItem(texts.EVIDENCE_ALL_KINDS, "")
        for kind, label in labels.ENTRY_KINDS.items():
            self.kind.addItem(label, kind.value)
        self.role = QComboBox()
        self.role.setObjectName("evidenceRole")
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.role.currentIndexChanged.connect(lambda _i: self.refresh())
        read_only.usable_when_read_only(self.kind, self.role)
        filters = QHBoxLayout()
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.role, 1)
        self.browser = QTextBrowser()
        self.browser.setObjectName("evidence")
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.entries_heading = QLabel()
        self.entries_heading.setObjectName("sectionHeading")
        self.entries_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.entry_lines = EntryLines(model)
        self.entries = QTableView()
        self.entries.setObjectName("evidenceEntries")
        self.entries.setModel(self.entry_lines)
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setWordWrap(False)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.entries.verticalHeader()
        rows.hide()
        # Qt: rows sized to their contents are measured one by one; fixed ones are not.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        columns = self.entries.horizontalHeader()
        columns.hide()
        metrics = self.entries.fontMetrics()
        widths = (
            metrics.horizontalAdvance("00:00:00"),
            max(metrics.horizontalAdvance(label) for label in labels.ENTRY_KINDS.values()),
            metrics.averageCharWidth() * 16,
        )
        for column, width in enumerate(widths):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            columns.resizeSection(column, width + 14)
        columns.setStretchLastSection(True)
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        log_box = QWidget()
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addWidget(self.entries_heading)
        log_layout.addLayout(filters)
        log_layout.addWidget(self.entries, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.browser)
        split.addWidget(log_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(suggestion_row)
        layout.addWidget(split, 1)
        self._stale = False  # something changed while the panel was hidden
        model.changed.connect(self._changed)
        self._fill_roles()
        goals = list(model.exercise.evaluation.goals)
        self.target_id = goals[0] if goals else None
        self.refresh()

    @staticmethod
    def use_key() -> str:
        return EVALUATE_KEYS["use_suggestion"].keys[0]

    def take_key_from(self, area: QWidget) -> None:
        """The suggestion key anywhere in ``area`` (the goals' rows) presses «Bruk forslaget»:
        the panel shows the goal the cursor is in, and Tab to the button would cross the
        goals below it and show the last one's evidence instead."""
        shortcut = QShortcut(QKeySequence(self.use_key()), area)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.use_button.click)  # a disabled button does nothing

    def _changed(self, change: Change) -> None:
        """Follow ticks, log entries and findings; a hidden panel catches up when shown."""
        if not (change.actions or change.entries or change.evaluation or change.roles):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _fill_roles(self) -> None:
        chosen = self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        self.role.addItem(texts.EVIDENCE_ALL_ROLES, "")
        for role in self.model.exercise.roles():
            self.role.addItem(role.title or role.id, role.id)
        self.role.setCurrentIndex(max(self.role.findData(chosen), 0))
        self.role.blockSignals(False)

    def show_goal(self, target_id: str) -> None:
        if target_id != self.target_id:
            self.target_id = target_id
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        exercise = self.model.exercise
        if self.target_id is None or self.target_id not in exercise.evaluation.goals:
            self.heading.setText(texts.EVIDENCE_PICK_GOAL)
            self.suggestion.clear()
            self.use_button.setEnabled(False)
            self.browser.clear()
            self.entries_heading.clear()
            self.entry_lines.set_entries(())
            return
        if self.role.count() != len(exercise.roles()) + 1:
            self._fill_roles()
        kind_value = str(self.kind.currentData() or "")
        evidence = gather(
            exercise,
            self.target_id,
            kind=EntryKind(kind_value) if kind_value else None,
            role=str(self.role.currentData() or ""),
        )
        self.evidence = evidence
        self.heading.setText(
            texts.EVIDENCE_HEADING.format(title=exercise.evaluation.goals[self.target_id])
        )
        suggestion = evidence.suggestion
        rating = (
            presentation.rating(suggestion.rating)
            if suggestion.rating is not None
            else texts.EVIDENCE_NO_SUGGESTION
        )
        self.suggestion.setText(
            texts.EVIDENCE_SUGGESTION.format(rating=rating, rule=suggestion.rule)
        )
        self.use_button.setEnabled(suggestion.rating is not None and not self.model.read_only)
        self.browser.setHtml(self.html(evidence))
        self.entries_heading.setText(texts.EVIDENCE_ENTRIES.format(count=len(evidence.entries)))
        self.entry_lines.set_entries(evidence.entries)

    def html(self, evidence: GoalEvidence) -> str:
        """Injects, their actions with ticks, and linked findings; the entries are listed
        apart (``EntryLines``)."""
        parts = [f"<h3>{escape(texts.EVIDENCE_INJECTS)}</h3>"]
        if not evidence.injects:
            parts.append(f"<p class='meta'>{escape(texts.EVIDENCE_NONE)}</p>")
        for inject in evidence.injects:
            title = escape(inject.title)
            if not inject.given:
                title += f" <span class='meta'>{escape(texts.EVIDENCE_NOT_GIVEN)}</span>"
            parts.append(f"<p><b>{title}</b></p>")
            if not inject.actions:
                continue
            rows = []
            for item in inject.actions:
                mark = mark_text(item.mark)
                css = MARK_CLASS.get(item.mark.value, "") if item.mark is not None else "meta"
                line = escape(item.text)
                if item.observed:
                    line += f" <i>({escape(labels.ACTION_OBSERVED)})</i>"
                line += f" — <span class='{css}'>{escape(mark)}</span>"
                if item.note:
                    line += f" <span class='meta'>({escape(item.note)})</span>"
                rows.append(f"<li>{line}</li>")
            parts.append("<ul>" + "".join(rows) + "</ul>")
        for title, notes in (
            (texts.EVIDENCE_STRENGTHS, evidence.strengths),
            (texts.EVIDENCE_IMPROVEMENTS, evidence.improvements),
        ):
            parts.append(f"<h3>{escape(title)}</h3>")
            if notes:
                parts.append(
                    "<ul>" + "".join(f"<li>{escape(note.text)}</li>" for note in notes) + "</ul>"
                )
            else:
                parts.append(f"<p class='meta'>{escape(texts.EVIDENCE_NONE)}</p>")
        return "".join(parts)

    def _use(self) -> None:
        if self.evidence is not None and self.evidence.suggestion.rating is not None:
            rating: Rating = self.evidence.suggestion.rating
            self.useSuggestion.emit(self.evidence.target_id, rating)
