"""The decision log: quick entry that keeps focus, and the filtered, correctable log.

An entry appears in the list only after the session reports it written. If the write
fails, the text stays in the box with a message in red: a scribe never loses a word.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ovelse.exercise import labels
from ovelse.exercise.kinds import EntryKind
from ovelse.exercise.log import LogEntry
from ovelse.ui import confirm, texts
from ovelse.ui.entry_dialog import Choice, EntryDialog, HistoryDialog
from ovelse.ui.session_model import SessionModel
from ovelse.ui.shortcuts import KIND_KEYS

PREFIX = re.compile(r"^\s*([^\s:]{2,24}):\s*(.*)$", re.S)


ROLE_COLUMNS = 4


class LogPanel(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.kind = EntryKind.DECISION
        self.selected_roles: list[str] = []
        self._saving = False
        self._role_buttons: list[QToolButton] = []
        self._shown_ids: list[str] = []  # the entry in each row of the table

        heading = QLabel(texts.LOG_HEADING)
        heading.setObjectName("sectionHeading")
        # A grid, not a row: twelve role buttons in one row would make the console wider
        # than a 1366-pixel laptop screen.
        self.roles_row = QGridLayout()
        self.roles_row.setSpacing(4)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        kinds_row = QHBoxLayout()
        kinds_row.setSpacing(4)
        for kind, label in labels.ENTRY_KINDS.items():
            button = QToolButton()
            button.setText(f"{label}  {KIND_KEYS[kind]}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("kind", kind.value)
            button.clicked.connect(lambda _on, k=kind: self.set_kind(k))
            self.kind_group.addButton(button)
            kinds_row.addWidget(button)
        kinds_row.addStretch(1)

        self.entry = QLineEdit()
        self.entry.setObjectName("logEntry")
        self.entry.setPlaceholderText(texts.LOG_PLACEHOLDER)
        self.entry.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("logMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        hint = QLabel(texts.LOG_ROLE_HINT)
        hint.setObjectName("hint")

        self.role_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.inject_filter = QComboBox()
        for combo in (self.role_filter, self.kind_filter, self.inject_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.role_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.inject_filter, 1)
        filters.addWidget(self.count)

        self.table = QTableWidget(0, len(texts.LOG_COLUMNS))
        self.table.setObjectName("logTable")
        self.table.setHorizontalHeaderLabels(list(texts.LOG_COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 220)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.edit_button = QPushButton(texts.LOG_EDIT)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(texts.LOG_DELETE)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton(texts.LOG_HISTORY)
        self.history_button.clicked.connect(self.show_history)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.history_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(self.roles_row)
        layout.addLayout(kinds_row)
        layout.addWidget(self.entry)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._shortcuts()
        model.entriesChanged.connect(self._entries_changed)
        model.rolesChanged.connect(self.rebuild_roles)
        model.participantsChanged.connect(self.rebuild_roles)
        model.injectsChanged.connect(lambda _ids: self._fill_inject_filter())
        model.failed.connect(self._failed)
        self.rebuild_roles()
        self._fill_filters()
        self.set_kind(EntryKind.DECISION)
        self.refresh()

    # --- keys -----------------------------------------------------------------------------

    def _shortcut(self, key: str, handler: object) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(handler)
        return shortcut

    def _shortcuts(self) -> None:
        for digit in range(1, 10):
            self._shortcut(f"Alt+{digit}", lambda d=digit: self.toggle_role_number(d))
        self._shortcut("Alt+0", self.clear_roles)
        for kind, key in KIND_KEYS.items():
            self._shortcut(key, lambda k=kind: self.set_kind(k))
        self._shortcut("F3", self.table.setFocus)
        self._shortcut("F2", self.edit_selected)
        self._shortcut("Ctrl+H", self.show_history)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        back = QShortcut(QKeySequence("Esc"), self.table)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.entry.setFocus)

    # --- roles and kind -------------------------------------------------------------------

    def rebuild_roles(self) -> None:
        for button in self._role_buttons:
            self.roles_row.removeWidget(button)
            button.deleteLater()
        self._role_buttons = []
        while self.roles_row.count():
            self.roles_row.takeAt(0)
        for column in range(ROLE_COLUMNS):
            self.roles_row.setColumnStretch(column, 0)
        for number, role_id in enumerate(self.model.table_roles(), start=1):
            button = QToolButton()
            prefix = f"{number} " if number <= 9 else ""
            button.setText(prefix + self.model.role_title(role_id))
            button.setToolTip(f"Alt+{number}" if number <= 9 else "")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("role", role_id)
            button.setChecked(role_id in self.selected_roles)
            button.clicked.connect(lambda _on, r=role_id: self.toggle_role(r))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.roles_row.addWidget(button, *divmod(number - 1, ROLE_COLUMNS))
            self._role_buttons.append(button)
        self._fill_role_filter()

    def toggle_role_number(self, number: int) -> None:
        roles = self.model.table_roles()
        if 1 <= number <= len(roles):
            self.toggle_role(roles[number - 1])

    def toggle_role(self, role_id: str) -> None:
        if role_id in self.selected_roles:
            self.selected_roles.remove(role_id)
        else:
            self.selected_roles.append(role_id)
        self._sync_buttons()

    def clear_roles(self) -> None:
        self.selected_roles = []
        self._sync_buttons()

    def set_kind(self, kind: EntryKind) -> None:
        self.kind = kind
        for button in self.kind_group.buttons():
            button.setChecked(button.property("kind") == kind.value)

    def _sync_buttons(self) -> None:
        for button in self._role_buttons:
            button.setChecked(button.property("role") in self.selected_roles)

    def _role_from_prefix(self, prefix: str) -> str | None:
        wanted = prefix.casefold()
        matches = [
            role.id
            for role in self.model.exercise.roles()
            if role.id.casefold().startswith(wanted)
            or (role.title or "").casefold().startswith(wanted)
        ]
        exact = [role for role in matches if role.casefold() == wanted]
        if exact:
            return exact[0]
        return matches[0] if len(matches) == 1 else None

    # --- saving ---------------------------------------------------------------------------

    def submit(self) -> bool:
        raw = self.entry.text()
        if not raw.strip():
            return False
        roles, text = list(self.selected_roles), raw
        match = PREFIX.match(raw)
        if match:
            role = self._role_from_prefix(match.group(1))
            if role is not None:
                roles, text = [role], match.group(2)
        if not roles:
            self._show_error(texts.LOG_NEED_ROLE)
            return False
        self._saving = True
        try:
            change = self.model.call(self.model.exercise.add_entry, self.kind, text, roles)
        finally:
            self._saving = False
        if change is None:
            return False
        self.entry.clear()
        self.message.setStyleSheet("")
        now = labels.clock_text(self.model.exercise.now_ms())
        self.message.setText(texts.LOG_SAVED.format(time=now))
        self.entry.setFocus()
        return True

    def _failed(self, message: str) -> None:
        if self._saving:
            self._show_error(texts.LOG_NOT_SAVED.format(message=message))

    def _show_error(self, message: str) -> None:
        self.message.setStyleSheet("color: #a01c22; font-weight: bold;")
        self.message.setText(message)
        self.entry.setFocus()

    # --- the list -------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(texts.LOG_ALL_KINDS, "")
        for kind, label in labels.ENTRY_KINDS.items():
            self.kind_filter.addItem(label, kind.value)
        self.kind_filter.blockSignals(False)
        self._fill_role_filter()
        self._fill_inject_filter()

    def _fill_role_filter(self) -> None:
        current = self.role_filter.currentData()
        self.role_filter.blockSignals(True)
        self.role_filter.clear()
        self.role_filter.addItem(texts.LOG_ALL_ROLES, "")
        for role in self.model.exercise.roles():
            self.role_filter.addItem(role.title or role.id, role.id)
        self.role_filter.setCurrentIndex(max(self.role_filter.findData(current), 0))
        self.role_filter.blockSignals(False)

    def _fill_inject_filter(self) -> None:
        current = self.inject_filter.currentData()
        self.inject_filter.blockSignals(True)
        self.inject_filter.clear()
        self.inject_filter.addItem(texts.LOG_ALL_INJECTS, "")
        for scheduled in self.model.exercise.injects():
            self.inject_filter.addItem(scheduled.inject.title, scheduled.id)
        self.inject_filter.setCurrentIndex(max(self.inject_filter.findData(current), 0))
        self.inject_filter.blockSignals(False)

    def set_filters(self, role: str = "", kind: str = "", inject: str = "") -> None:
        self.role_filter.setCurrentIndex(max(self.role_filter.findData(role), 0))
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(kind), 0))
        self.inject_filter.setCurrentIndex(max(self.inject_filter.findData(inject), 0))
        self.refresh()

    def visible_entries(self) -> list[LogEntry]:
        filters = self._filters()
        return [e for e in self.model.exercise.log.entries() if self._visible(e, filters)]

    def _filters(self) -> tuple[str, str, str]:
        return (
            str(self.role_filter.currentData() or ""),
            str(self.kind_filter.currentData() or ""),
            str(self.inject_filter.currentData() or ""),
        )

    @staticmethod
    def _visible(entry: LogEntry, filters: tuple[str, str, str]) -> bool:
        role, kind, inject = filters
        return (
            (not role or role in entry.roles)
            and (not kind or entry.kind.value == kind)
            and (not inject or entry.inject_id == inject)
        )

    def _entries_changed(self, ids: frozenset[str]) -> None:
        """A new entry is added as one row at the end; a correction redraws the table.

        Redrawing a long log (and measuring every row's height) on each Return took
        longer than a keystroke may wait, and new entries are by far the common case.
        """
        entries = self.model.exercise.log.entries()
        last = entries[-1] if entries else None
        if (
            last is None
            or ids != {last.id}
            or last.version != 1
            or last.id in self._shown_ids
            or len(self._shown_ids) != self.table.rowCount()
        ):
            self.refresh()
            return
        selected = self.selected_entry_id()
        if self._visible(last, self._filters()):
            row = self.table.rowCount()
            self.table.setRowCount(row + 1)
            self._fill_row(row, last, {s.id: s.inject.title for s in self.model.exercise.injects()})
            self._shown_ids.append(last.id)
            self.table.resizeRowToContents(row)
        self.count.setText(texts.LOG_COUNT.format(shown=len(self._shown_ids), total=len(entries)))
        if selected:
            self.select_entry(selected)
        elif self._shown_ids:
            self.table.scrollToBottom()

    def refresh(self) -> None:
        selected = self.selected_entry_id()
        entries = self.visible_entries()
        total = len(self.model.exercise.log.entries())
        self.table.setRowCount(len(entries))
        titles = {s.id: s.inject.title for s in self.model.exercise.injects()}
        for row, entry in enumerate(entries):
            self._fill_row(row, entry, titles)
        self._shown_ids = [entry.id for entry in entries]
        self.table.resizeRowsToContents()
        self.count.setText(texts.LOG_COUNT.format(shown=len(entries), total=total))
        if selected:
            self.select_entry(selected)
        elif entries:
            self.table.scrollToBottom()

    def _fill_row(self, row: int, entry: LogEntry, titles: dict[str, str]) -> None:
        roles = ", ".join(self.model.role_title(role) for role in entry.roles)
        text = entry.text + (texts.LOG_EDITED_MARK if entry.edited else "")
        if entry.owner or entry.deadline:
            extra = " · ".join(
                part
                for part in (
                    f"{texts.LOG_OWNER}: {entry.owner}" if entry.owner else "",
                    f"{texts.LOG_DEADLINE}: {entry.deadline}" if entry.deadline else "",
                )
                if part
            )
            text += f" [{extra}]"
        cells = [
            labels.clock_text(entry.exercise_ms),
            roles,
            labels.ENTRY_KINDS[entry.kind],
            text,
            titles.get(entry.inject_id or "", ""),
        ]
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            if entry.kind is EntryKind.DECISION and column == 2:
                item.setForeground(QColor("#1d4e89"))
            self.table.setItem(row, column, item)

    def selected_entry_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_entry(self, entry_id: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == entry_id:
                self.table.setCurrentCell(row, 0)
                return True
        return False

    # --- corrections ----------------------------------------------------------------------

    def edit_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None:
            return
        entry = self.model.exercise.log.get(entry_id)
        roles = [Choice(r.id, r.title or r.id) for r in self.model.exercise.roles()]
        injects = [Choice(s.id, s.inject.title) for s in self.model.exercise.injects()]
        dialog = EntryDialog(entry.fields, roles, injects, self)
        if not confirm.run_dialog(dialog):
            return
        fields = dialog.result_fields()
        self.model.call(
            self.model.exercise.edit_entry,
            entry_id,
            kind=fields.kind,
            text=fields.text,
            roles=fields.roles,
            inject_id=fields.inject_id,
            owner=fields.owner,
            deadline=fields.deadline,
        )

    def delete_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None:
            return
        entry = self.model.exercise.log.get(entry_id)
        if confirm.ask(
            self,
            texts.LOG_CONFIRM_DELETE_TITLE,
            texts.LOG_CONFIRM_DELETE.format(text=entry.text[:120]),
        ):
            self.model.call(self.model.exercise.delete_entry, entry_id)
        self.entry.setFocus()

    def show_history(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None:
            return
        versions = self.model.exercise.log.history(entry_id)
        confirm.run_dialog(HistoryDialog(versions, self.model.role_title, self))
