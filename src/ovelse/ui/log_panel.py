"""The decision log: quick entry that keeps focus, and the filtered, correctable log.

An entry appears in the list only after the session reports it written. If the write
fails, the text stays in the box with a message in red: a scribe never loses a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QShortcut
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ovelse.exercise import labels
from ovelse.exercise.kinds import EntryKind
from ovelse.exercise.log import LogEntry
from ovelse.ui import confirm, read_only, texts
from ovelse.ui.entry_dialog import Choice, EntryDialog, HistoryDialog
from ovelse.ui.log_table import CLOCK, INJECT, KIND, ROLES, TEXT, LogTableModel, LogTableView
from ovelse.ui.session_model import SessionModel
from ovelse.ui.shortcuts import KIND_KEYS, LOG_KEYS

PREFIX = re.compile(r"^\s*([^\s:]{2,24}):\s*(.*)$", re.S)


ROLE_COLUMNS = 4
PIN_KEY = LOG_KEYS["pin_roles"].keys[0]
CHIP_MAX_WIDTH = 320  # pixels of role names beside the entry box


class RoleButton(QToolButton):
    """A role button that remembers whether Ctrl was held: a click chooses, Ctrl+click adds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adding = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.adding = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        super().mousePressEvent(event)


class LogPanel(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.kind = EntryKind.DECISION
        self.selected_roles: list[str] = []
        self._saving = False
        self._role_buttons: list[RoleButton] = []
        # The keys that shape the next entry (roles, kind, pin), so a window that covers
        # the console (the projector in one-screen mode) can hand them on; the log's other
        # keys open the list or a dialog, which only make sense with the console in front.
        self._keys: list[tuple[QKeySequence, Callable[[], object]]] = []
        self._console_keys: list[tuple[QKeySequence, Callable[[], object]]] = []

        heading = QLabel(texts.LOG_HEADING)
        heading.setObjectName("sectionHeading")
        # A grid, not a row: twelve role buttons in one row would make the console wider
        # than a 1366-pixel laptop screen.
        self.roles_row = QGridLayout()
        self.roles_row.setSpacing(4)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        # The kinds share the heading's line: on a 768-pixel laptop screen every line above
        # the table is a log row less. Their shortcuts are on the buttons, the roles' digits
        # on theirs, so the keyboard hint lives in the entry's tooltip.
        heading_row = QHBoxLayout()
        heading_row.setSpacing(4)
        heading_row.addWidget(heading)
        heading_row.addSpacing(12)
        for kind, label in labels.ENTRY_KINDS.items():
            button = QToolButton()
            button.setText(f"{label}  {KIND_KEYS[kind]}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("kind", kind.value)
            button.clicked.connect(lambda _on, k=kind: self.set_kind(k))
            self.kind_group.addButton(button)
            heading_row.addWidget(button)
        heading_row.addStretch(1)

        self.entry = QLineEdit()
        self.entry.setObjectName("logEntry")
        self.entry.setPlaceholderText(texts.LOG_PLACEHOLDER)
        self.entry.setToolTip(texts.LOG_ROLE_HINT)
        self.entry.returnPressed.connect(self.submit)
        self.entry.textEdited.connect(self._typing)
        # The roles the next entry is saved under, in the entry line itself, so the scribe
        # sees who is speaking where the eyes are; a pin keeps them for the next entry.
        self.role_chip = QLabel()
        self.role_chip.setObjectName("roleChip")
        self.role_chip.setTextFormat(Qt.TextFormat.PlainText)
        self.pin = QToolButton()
        self.pin.setObjectName("pinRoles")
        self.pin.setText(texts.LOG_PIN)
        self.pin.setToolTip(texts.LOG_PIN_TIP.format(key=PIN_KEY))
        self.pin.setCheckable(True)
        self.pin.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pin.toggled.connect(lambda _on: self._sync_buttons())
        entry_row = QHBoxLayout()
        entry_row.setSpacing(4)
        entry_row.addWidget(self.role_chip)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.pin)
        self.message = QLabel()
        self.message.setObjectName("logMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        self.role_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.inject_filter = QComboBox()
        for combo in (self.role_filter, self.kind_filter, self.inject_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            # Qt: a combo box is as wide as its longest item by default, and inject titles
            # are long; the row would push the inject text on the left narrower.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.role_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.inject_filter, 1)
        filters.addWidget(self.count)

        self.rows = LogTableModel(model, self)
        self.table = LogTableView(self.rows)
        self.table.setObjectName("logTable")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in (CLOCK, KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        # Role and inject columns wrap instead of taking the width the text column needs:
        # a role list or an inject title can be longer than the entry itself.
        for column, width in ((ROLES, 170), (INJECT, 160)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.edit_button = QPushButton(texts.LOG_EDIT)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(texts.LOG_DELETE)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton(texts.LOG_HISTORY)
        self.history_button.clicked.connect(self.show_history)
        read_only.usable_when_read_only(
            self.role_filter, self.kind_filter, self.inject_filter, self.history_button
        )
        # The corrections share the filters' line, for the same reason as the kinds.
        filters.addSpacing(8)
        filters.addWidget(self.edit_button)
        filters.addWidget(self.delete_button)
        filters.addWidget(self.history_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading_row)
        layout.addLayout(self.roles_row)
        layout.addLayout(entry_row)
        layout.addWidget(self.message)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

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

    def _shortcut(
        self, key: str, handler: Callable[[], object], *, entry_key: bool = True
    ) -> QShortcut:
        sequence = QKeySequence(key)
        shortcut = QShortcut(sequence, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(handler)
        if entry_key:
            self._keys.append((sequence, handler))
        else:
            self._console_keys.append((sequence, handler))
        return shortcut

    def _shortcuts(self) -> None:
        for digit in range(1, 10):
            self._shortcut(f"Alt+{digit}", partial(self.choose_role_number, digit))
            self._shortcut(f"Alt+Shift+{digit}", partial(self.add_role_number, digit))
        self._shortcut("Alt+0", self.clear_roles)
        self._shortcut(PIN_KEY, self.pin.toggle)
        for kind, key in KIND_KEYS.items():
            self._shortcut(key, partial(self.set_kind, kind))
        self._shortcut("F3", self.table.setFocus, entry_key=False)
        self._shortcut("F2", self.edit_selected, entry_key=False)
        self._shortcut("Ctrl+H", self.show_history, entry_key=False)
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
            button = RoleButton()
            prefix = f"{number} " if number <= 9 else ""
            button.setText(prefix + self.model.role_title(role_id))
            button.setToolTip(
                texts.LOG_ROLE_BUTTON_TIP.format(number=number)
                if number <= 9
                else texts.LOG_ROLE_BUTTON_TIP_NO_KEY
            )
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("role", role_id)
            button.setChecked(role_id in self.selected_roles)
            button.clicked.connect(lambda _on, r=role_id, b=button: self._role_clicked(r, b))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.roles_row.addWidget(button, *divmod(number - 1, ROLE_COLUMNS))
            self._role_buttons.append(button)
        known = set(self.model.table_roles())
        self.selected_roles = [role for role in self.selected_roles if role in known]
        self._sync_buttons()
        self._fill_role_filter()

    def _role_number(self, number: int) -> str | None:
        roles = self.model.table_roles()
        return roles[number - 1] if 1 <= number <= len(roles) else None

    def choose_role_number(self, number: int) -> None:
        """Alt+digit: this role speaks now, in place of whoever was chosen before."""
        role = self._role_number(number)
        if role is not None:
            self.choose_role(role)

    def add_role_number(self, number: int) -> None:
        """Alt+Shift+digit: one more role in the choice (or one less, if it was in it)."""
        role = self._role_number(number)
        if role is not None:
            self.toggle_role(role)

    def choose_role(self, role_id: str) -> None:
        self.selected_roles = [role_id]
        self._sync_buttons()

    def toggle_role(self, role_id: str) -> None:
        if role_id in self.selected_roles:
            self.selected_roles.remove(role_id)
        else:
            self.selected_roles.append(role_id)
        self._sync_buttons()

    def _role_clicked(self, role_id: str, button: RoleButton) -> None:
        if button.adding:
            self.toggle_role(role_id)
        else:
            self.choose_role(role_id)

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
        if self.selected_roles:
            chip = ", ".join(self.model.role_title(role) for role in self.selected_roles)
            if self.pin.isChecked():
                chip = texts.LOG_ROLES_PINNED.format(roles=chip)
            # Five long role names would squeeze the entry box: cut, whole in the tooltip.
            metrics = self.role_chip.fontMetrics()
            shown = metrics.elidedText(chip, Qt.TextElideMode.ElideMiddle, CHIP_MAX_WIDTH)
            self.role_chip.setText(shown)
            self.role_chip.setToolTip(chip if shown != chip else "")
            self.role_chip.setStyleSheet(
                "background: #dbe7f7; color: #0b2e59; font-weight: bold;"
                " border-radius: 3px; padding: 2px 6px;"
            )
        else:
            self.role_chip.setText(texts.LOG_NO_ROLE_CHIP)
            self.role_chip.setToolTip("")
            self.role_chip.setStyleSheet("color: #5c5c5c; padding: 2px 6px;")

    def handle_key(self, event: QKeyEvent) -> bool:
        """Do what a key does to the next entry, for a window that covers the console.

        Returns False for keys that do not shape the entry, which the caller may then type
        into it or refuse (``console_key``).
        """
        pressed = QKeySequence(event.keyCombination())
        for sequence, handler in self._keys:
            if sequence.matches(pressed) is QKeySequence.SequenceMatch.ExactMatch:
                handler()
                return True
        return False

    def console_key(self, event: QKeyEvent) -> Callable[[], object] | None:
        """What the log's keys for the list (F2, F3, Ctrl+H) do; None for other keys."""
        pressed = QKeySequence(event.keyCombination())
        for sequence, handler in self._console_keys:
            if sequence.matches(pressed) is QKeySequence.SequenceMatch.ExactMatch:
                return handler
        return None

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
        if not self.pin.isChecked():
            self.clear_roles()  # the next entry is someone else's unless pinned
        self.message.setStyleSheet("")
        now = labels.clock_text(self.model.exercise.now_ms())
        self.message.setText(texts.LOG_SAVED.format(time=now))
        self.entry.setFocus()
        return True

    def _typing(self, _text: str) -> None:
        """New words are not saved yet: a «Lagret» from the entry before must not say so."""
        if not self.message.styleSheet():
            self.message.clear()

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
        # One refresh for the three: each combo's change would otherwise read the log.
        for combo, wanted in (
            (self.role_filter, role),
            (self.kind_filter, kind),
            (self.inject_filter, inject),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            combo.blockSignals(False)
        self.refresh()

    def visible_entries(self) -> list[LogEntry]:
        log = self.model.exercise.log
        return [log.get(entry_id) for entry_id in log.ids_where(*self._filters())]

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

        Redrawing a long log on each Return took longer than a keystroke may wait, and new
        entries are by far the common case; nothing here reads the whole log.
        """
        log = self.model.exercise.log
        last = log.newest()
        if (
            last is None
            or ids != {last.id}
            or last.version != 1
            or self.rows.entry_id(self.rows.rowCount() - 1) == last.id  # shown already
        ):
            self.refresh()
            return
        selected = self.selected_entry_id()
        if self._visible(last, self._filters()):
            self.rows.append(last.id)
        self._show_count(log.live_count())
        self._restore(selected)

    def refresh(self) -> None:
        """Read the log again: the shown ids from the log's index; cells are formatted when
        drawn."""
        selected = self.selected_entry_id()
        log = self.model.exercise.log
        self.rows.reset(log.ids_where(*self._filters()))
        self._show_count(log.live_count())
        self._restore(selected)

    def _show_count(self, total: int) -> None:
        shown = self.rows.rowCount()
        self.count.setText(texts.LOG_COUNT.for_count(total).format(shown=shown, total=total))

    def _restore(self, selected: str | None) -> None:
        """Select the entry that was selected, or else show the newest entry.

        If the selected entry is gone (deleted, or filtered out) the view stays where it
        was rather than jump to the end, away from the place the scribe was correcting.
        """
        if selected is None:
            self.table.scroll_to_end()
        elif not self.select_entry(selected):
            self.table.measure_visible()

    def selected_entry_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.rows.entry_id(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: str) -> bool:
        row = self.rows.row_of(entry_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.rows.index(row, 0))
        self.table.scroll_to_row(row)
        return True

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
