"""Correcting a log entry, and reading its history (every version is kept by the engine)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ovelse import presentation
from ovelse.exercise import labels
from ovelse.exercise.events import EntryFields
from ovelse.exercise.kinds import EntryKind
from ovelse.exercise.log import EntryVersion
from ovelse.ui import texts
from ovelse.ui.confirm import ok_cancel
from ovelse.ui.plain_edit import PlainEdit


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


class EntryDialog(QDialog):
    def __init__(
        self,
        fields: EntryFields,
        roles: list[Choice],
        injects: list[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.LOG_EDIT_TITLE)
        self.kind = QComboBox()
        for kind, label in labels.ENTRY_KINDS.items():
            self.kind.addItem(label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(fields.kind.value))
        self.roles = QListWidget()
        for role in roles:
            item = QListWidgetItem(role.label)
            item.setData(Qt.ItemDataRole.UserRole, role.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = role.value in fields.roles
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.roles.addItem(item)
        self.text = PlainEdit(fields.text)
        self.inject = QComboBox()
        self.inject.addItem(texts.LOG_NO_INJECT, "")
        for inject in injects:
            self.inject.addItem(inject.label, inject.value)
        self.inject.setCurrentIndex(max(self.inject.findData(fields.inject_id or ""), 0))
        self.owner = QLineEdit(fields.owner)
        self.deadline = QLineEdit(fields.deadline)
        form = QFormLayout()
        form.addRow(texts.LOG_KIND, self.kind)
        form.addRow(texts.LOG_ROLE, self.roles)
        form.addRow(texts.LOG_HEADING, self.text)
        form.addRow(texts.LOG_INJECT, self.inject)
        form.addRow(texts.LOG_OWNER, self.owner)
        form.addRow(texts.LOG_DEADLINE, self.deadline)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.resize(560, 520)

    def result_fields(self) -> EntryFields:
        roles = tuple(
            str(self.roles.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.roles.count())
            if self.roles.item(row).checkState() == Qt.CheckState.Checked
        )
        inject = str(self.inject.currentData() or "") or None
        return EntryFields(
            EntryKind(str(self.kind.currentData())),
            self.text.toPlainText(),
            roles,
            inject,
            self.owner.text(),
            self.deadline.text(),
        )


class HistoryDialog(QDialog):
    def __init__(
        self,
        versions: tuple[EntryVersion, ...],
        role_title: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.LOG_HISTORY_TITLE)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for version in versions:
            roles = presentation.role_list(role_title(r) for r in version.fields.roles)  # type: ignore[operator]
            self.list.addItem(
                texts.LOG_HISTORY_LINE.format(
                    time=presentation.exercise_time(version.exercise_ms),
                    action=texts.LOG_ACTIONS.get(version.action.value, version.action.value),
                    kind=presentation.kind(version.fields.kind),
                    roles=roles,
                    text=version.fields.text,
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 420)
