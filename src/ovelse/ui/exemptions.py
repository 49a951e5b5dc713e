"""Marking parts of the evaluation skjermet (exempt): left out of the public report.

The full report keeps everything; the public version (offentlig versjon) leaves out what
is marked here. Every mark is an event in the session (``Exercise.set_exempt``), so it is
on disk before the screen shows it. Everything works from the keyboard: Space ticks a log
entry in the list, Tab and Space reach every text and appendix box, and the finding lists
and the action plan toggle their current item with Ctrl+U («unntatt»).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ovelse import presentation
from ovelse.exercise import labels
from ovelse.exercise.kinds import Appendix, EvaluationField, ExemptKind
from ovelse.report.public import appendix_title  # plain strings; no ReportLab
from ovelse.ui import texts
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


class ExemptionsPanel(QWidget):
    """The «Skjerming» tab: log entries, free texts and appendices to leave out."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        intro = QLabel(texts.EVAL_EXEMPT_INTRO)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.entries = QListWidget()
        self.entries.setObjectName("exemptEntries")
        self.entries.setWordWrap(True)
        self.entries.itemChanged.connect(self._entry_changed)
        entries_box = QGroupBox(texts.EVAL_EXEMPT_ENTRIES)
        QVBoxLayout(entries_box).addWidget(self.entries)
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
        self.refresh()

    def _set(self, kind: ExemptKind, target_id: str, exempt: bool) -> None:
        if self.model.exercise.evaluation.is_exempt(kind, target_id) != exempt:
            self.model.call(self.model.exercise.set_exempt, kind, target_id, exempt)

    def _entry_changed(self, item: QListWidgetItem) -> None:
        entry_id = str(item.data(Qt.ItemDataRole.UserRole))
        self._set(ExemptKind.ENTRY, entry_id, item.checkState() == Qt.CheckState.Checked)

    def refresh(self) -> None:
        evaluation = self.model.exercise.evaluation
        row = self.entries.currentRow()
        self.entries.blockSignals(True)
        self.entries.clear()
        for entry in self.model.exercise.log.entries():
            item = QListWidgetItem(presentation.entry_line(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            exempt = evaluation.is_exempt(ExemptKind.ENTRY, entry.id)
            item.setCheckState(Qt.CheckState.Checked if exempt else Qt.CheckState.Unchecked)
            self.entries.addItem(item)
        if self.entries.count():
            self.entries.setCurrentRow(min(max(row, 0), self.entries.count() - 1))
        self.entries.blockSignals(False)
        for field, box in self.texts.items():
            box.blockSignals(True)
            box.setChecked(evaluation.is_exempt(ExemptKind.TEXT, field.value))
            box.blockSignals(False)
        for appendix, box in self.appendices.items():
            box.blockSignals(True)
            box.setChecked(evaluation.is_exempt(ExemptKind.APPENDIX, appendix.value))
            box.blockSignals(False)
