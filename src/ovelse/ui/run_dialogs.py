"""Small forms the console opens during a run: an ad-hoc inject, the board, a past inject."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ovelse.exercise.board import BoardEntry
from ovelse.scenario.model import Question
from ovelse.ui import texts
from ovelse.ui.confirm import ok_cancel
from ovelse.ui.entry_dialog import Choice
from ovelse.ui.plain_edit import PlainEdit


class AdhocDialog(QDialog):
    def __init__(self, roles: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.ADHOC_TITLE)
        self.heading = QLineEdit()
        self.text = PlainEdit()
        self.notes = PlainEdit()
        self.notes.setMaximumHeight(90)
        self.question = QLineEdit()
        self.roles = QListWidget()
        self.roles.setMaximumHeight(140)
        for role in roles:
            item = QListWidgetItem(role.label)
            item.setData(Qt.ItemDataRole.UserRole, role.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.roles.addItem(item)
        self.release = QCheckBox(texts.ADHOC_RELEASE)
        self.release.setChecked(True)
        form = QFormLayout()
        form.addRow(texts.ADHOC_HEADING, self.heading)
        form.addRow(texts.ADHOC_TEXT, self.text)
        form.addRow(texts.ADHOC_NOTES, self.notes)
        form.addRow(texts.ADHOC_QUESTION, self.question)
        form.addRow(texts.ADHOC_QUESTION_ROLES, self.roles)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.release)
        layout.addWidget(ok_cancel(self))
        self.resize(640, 560)

    def questions(self) -> tuple[Question, ...]:
        text = self.question.text().strip()
        if not text:
            return ()
        roles = tuple(
            str(self.roles.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.roles.count())
            if self.roles.item(row).checkState() == Qt.CheckState.Checked
        )
        return (Question(text, roles),)


class BoardDialog(QDialog):
    """One row per board item; only the rows the facilitator changed are written."""

    def __init__(self, entries: tuple[BoardEntry, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.BOARD_TITLE)
        self.entries = entries
        self.values: dict[str, QLineEdit] = {}
        self.statuses: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for column, title in enumerate((texts.BOARD_ITEM, texts.BOARD_VALUE, texts.BOARD_STATUS)):
            heading = QLabel(title)
            heading.setObjectName("sectionHeading")
            grid.addWidget(heading, 0, column)
        for row, entry in enumerate(entries, start=1):
            name = QLabel(entry.label)
            name.setTextFormat(Qt.TextFormat.PlainText)
            value = QLineEdit(entry.value)
            status = QComboBox()
            for key, label in texts.BOARD_STATUS_LABELS.items():
                status.addItem(label, key)
            status.setCurrentIndex(status.findData(entry.status))
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(status, row, 2)
            self.values[entry.item_id] = value
            self.statuses[entry.item_id] = status
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(ok_cancel(self))
        self.resize(620, 80 + 40 * len(entries))

    def changes(self) -> list[tuple[str, str, str]]:
        result = []
        for entry in self.entries:
            value = self.values[entry.item_id].text().strip()
            status = str(self.statuses[entry.item_id].currentData())
            if (value, status) != (entry.value, entry.status):
                result.append((entry.item_id, value, status))
        return result


class ChooseInjectDialog(QDialog):
    def __init__(self, injects: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.CHOOSE_PREVIOUS_TITLE)
        self.list = QListWidget()
        for inject in injects:
            item = QListWidgetItem(inject.label)
            item.setData(Qt.ItemDataRole.UserRole, inject.value)
            self.list.addItem(item)
        if injects:
            self.list.setCurrentRow(len(injects) - 1)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(texts.CHOOSE_PREVIOUS_LABEL))
        layout.addWidget(self.list)
        layout.addWidget(ok_cancel(self))

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
