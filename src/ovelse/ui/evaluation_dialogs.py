"""Forms for one evaluation item: a finding, a measure in the action plan, log picks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ovelse.exercise import labels
from ovelse.exercise.events import ActionFields
from ovelse.exercise.kinds import ActionStatus, Priority
from ovelse.ui import texts
from ovelse.ui.confirm import ok_cancel
from ovelse.ui.entry_dialog import Choice
from ovelse.ui.plain_edit import PlainEdit


class NoteDialog(QDialog):
    def __init__(self, title: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = PlainEdit(text)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(texts.EVAL_NOTE_TEXT))
        layout.addWidget(self.text)
        layout.addWidget(ok_cancel(self))
        self.resize(560, 300)


class ActionDialog(QDialog):
    def __init__(self, fields: ActionFields | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.EVAL_ACTION_TITLE)
        fields = fields or ActionFields("")
        self.measure = PlainEdit(fields.measure)
        self.measure.setMaximumHeight(110)
        self.owner = QLineEdit(fields.owner)
        self.has_deadline = QCheckBox()
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd.MM.yyyy")
        chosen = fields.deadline or date.today()
        self.deadline.setDate(QDate(chosen.year, chosen.month, chosen.day))
        self.has_deadline.setChecked(fields.deadline is not None)
        self.deadline.setEnabled(fields.deadline is not None)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        self.status = QComboBox()
        for status, label in labels.ACTION_STATUSES.items():
            self.status.addItem(label, status.value)
        self.status.setCurrentIndex(self.status.findData(fields.status.value))
        self.section = QLineEdit(fields.plan_section)
        self.priority = QComboBox()
        self.priority.setObjectName("actionPriority")
        self.priority.addItem(labels.NO_PRIORITY, "")
        for priority, label in labels.PRIORITIES.items():
            self.priority.addItem(label, priority.value)
        chosen_priority = fields.priority.value if fields.priority else ""
        self.priority.setCurrentIndex(self.priority.findData(chosen_priority))
        form = QFormLayout()
        form.addRow(texts.EVAL_ACTION_MEASURE, self.measure)
        form.addRow(texts.EVAL_ACTION_OWNER, self.owner)
        form.addRow(texts.EVAL_ACTION_DEADLINE, deadline_row)
        form.addRow(texts.EVAL_ACTION_STATUS, self.status)
        form.addRow(texts.EVAL_ACTION_SECTION, self.section)
        form.addRow(texts.EVAL_ACTION_PRIORITY, self.priority)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.resize(560, 380)

    def chosen_deadline(self) -> date | None:
        if not self.has_deadline.isChecked():
            return None
        value = self.deadline.date()
        return date(value.year(), value.month(), value.day())

    def chosen_status(self) -> ActionStatus:
        return ActionStatus(str(self.status.currentData()))

    def chosen_priority(self) -> Priority | None:
        value = str(self.priority.currentData() or "")
        return Priority(value) if value else None


class LogPickDialog(QDialog):
    def __init__(self, entries: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.EVAL_FROM_LOG_TITLE)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for entry in entries:
            item = QListWidgetItem(entry.label)
            item.setData(Qt.ItemDataRole.UserRole, entry.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(texts.EVAL_FROM_LOG_LABEL))
        layout.addWidget(self.list)
        layout.addWidget(ok_cancel(self))
        self.resize(640, 480)

    def set_checked(self, entry_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == entry_id:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
