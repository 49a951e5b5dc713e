"""The expected actions of the inject under discussion, ticked from the keyboard.

A digit ticks that action «gjort»; the same digit again makes it «delvis», then «ikke
gjort», then takes the tick back. Space does the same for the action chosen with the
arrow keys, so a list longer than nine is ticked from the keyboard too. F2 on an observed
action puts its text back in the field to be corrected. Each press is written to the session file before the
list shows it, with the time it was pressed. Tab goes to a note for the chosen action and
to a field for an action the table took that the pack did not expect (observert handling);
Enter saves either, and so does leaving the field or closing the list with Esc: a
facilitator under pressure closes the list mid-sentence, and the words must not be lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ovelse.exercise import labels
from ovelse.exercise.changes import Change
from ovelse.exercise.checklist import ChecklistItem
from ovelse.exercise.evidence import mark_text
from ovelse.exercise.kinds import ActionMark
from ovelse.ui import texts
from ovelse.ui.session_model import SessionModel

# What the same digit does next: gjort → delvis → ikke gjort → no tick → gjort.
NEXT_MARK: dict[ActionMark | None, ActionMark | None] = {
    None: ActionMark.DONE,
    ActionMark.DONE: ActionMark.PARTLY,
    ActionMark.PARTLY: ActionMark.NOT_DONE,
    ActionMark.NOT_DONE: None,
}


def item_line(number: int, item: ChecklistItem) -> str:
    """«2  Delvis 00:12:30  —  Kalle inn kriseledelsen (bare halve lista)»: the tick first,
    where the eye finds it, then the action, which may run over several lines."""
    line = f"{number}  {mark_text(item.mark)}"
    if item.tick is not None and item.mark is not None:
        line += f" {labels.clock_text(item.tick.exercise_ms)}"
    line += f"  —  {item.text}"
    if item.observed:
        line += f"  ({labels.ACTION_OBSERVED})"
    if item.note:
        line += f"  ({item.note})"
    return line


class ActionList(QListWidget):
    """The checklist; digits tick the action with that number, Space the chosen one."""

    def __init__(self, dialog: ChecklistDialog) -> None:
        super().__init__()
        self.dialog = dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if text.isdigit() and text != "0" and modifiers == Qt.KeyboardModifier.NoModifier:
            self.dialog.cycle(int(text) - 1)
            return
        if event.key() == Qt.Key.Key_Space and modifiers == Qt.KeyboardModifier.NoModifier:
            self.dialog.cycle(self.currentRow())
            return
        if event.key() == Qt.Key.Key_F2:
            self.dialog.edit_observed(self.currentRow())
            return
        super().keyPressEvent(event)


class ChecklistDialog(QDialog):
    def __init__(self, model: SessionModel, inject_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.inject_id = inject_id
        self.editing: str | None = None  # the observed action whose text is being corrected
        title = model.exercise.inject(inject_id).inject.title
        self.setWindowTitle(texts.CHECKLIST_TITLE.format(title=title))
        self.list = ActionList(self)
        self.list.setObjectName("checklist")
        self.list.setWordWrap(True)
        # Qt: a list that may scroll sideways never wraps its items.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note = QLineEdit()
        self.note.setObjectName("checklistNote")
        self.note.setPlaceholderText(texts.CHECKLIST_NOTE_HINT)
        self.note.returnPressed.connect(self.save_note)
        self.note.editingFinished.connect(self._keep_note)
        self.observed = QLineEdit()
        self.observed.setObjectName("checklistObserved")
        self.observed.setPlaceholderText(texts.CHECKLIST_OBSERVED_HINT)
        self.observed.returnPressed.connect(self.add_observed)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        hint = QLabel(texts.CHECKLIST_HINT)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(texts.CHECKLIST_NOTE, self.note)
        form.addRow(texts.CHECKLIST_OBSERVED, self.observed)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        self.list.currentRowChanged.connect(lambda _row: self._show_note())
        model.changed.connect(self._changed)
        model.failed.connect(self._failed)
        self.refresh()
        self.list.setCurrentRow(0)
        self.list.setFocus()
        self.resize(720, 420)

    def items(self) -> tuple[ChecklistItem, ...]:
        return self.model.exercise.actions(self.inject_id)

    def refresh(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        items = self.items()
        for number, item in enumerate(items, start=1):
            entry = QListWidgetItem(item_line(number, item))
            entry.setData(Qt.ItemDataRole.UserRole, item.action_id)
            self.list.addItem(entry)
        if not items:
            self.status.setText(texts.CHECKLIST_EMPTY)
        if 0 <= row < len(items):
            self.list.setCurrentRow(row)

    def cycle(self, index: int) -> None:
        """Tick action number ``index + 1`` one step on (see ``NEXT_MARK``)."""
        items = self.items()
        if not 0 <= index < len(items):
            return
        self.list.setCurrentRow(index)
        item = items[index]
        self.model.call(
            self.model.exercise.tick_action, self.inject_id, item.action_id, NEXT_MARK[item.mark]
        )

    def save_note(self) -> None:
        self._keep_note()
        self.list.setFocus()

    def _keep_note(self) -> None:
        """Save the note field for the chosen action, if it says something new."""
        items = self.items()
        row = self.list.currentRow()
        if not 0 <= row < len(items) or self.note.text().strip() == items[row].note:
            return
        item = items[row]
        self.model.call(
            self.model.exercise.tick_action,
            self.inject_id,
            item.action_id,
            item.mark,
            self.note.text(),
        )

    def edit_observed(self, row: int) -> None:
        """Put an observed action's text in the field, to be corrected and saved with Enter."""
        items = self.items()
        if not 0 <= row < len(items) or not items[row].observed:
            return
        self.editing = items[row].action_id
        self.observed.setText(items[row].text)
        self.observed.setFocus()

    def add_observed(self) -> None:
        """Enter in the field: a new observed action, or the corrected text (F2)."""
        exercise = self.model.exercise
        editing = self.editing
        if editing is not None:
            change = self.model.call(
                exercise.edit_observed_action, self.inject_id, editing, self.observed.text()
            )
        else:
            change = self.model.call(
                exercise.observe_action, self.observed.text(), inject_id=self.inject_id
            )
        if change is not None:
            self.editing = None
            self.observed.clear()
            ids = [item.action_id for item in self.items()]
            self.list.setCurrentRow(ids.index(editing) if editing in ids else len(ids) - 1)
            self.list.setFocus()

    def _show_note(self) -> None:
        items = self.items()
        row = self.list.currentRow()
        self.note.setText(items[row].note if 0 <= row < len(items) else "")

    def _changed(self, change: Change) -> None:
        if self.inject_id in change.actions:
            self.status.clear()
            self.refresh()
            self._show_note()

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def done(self, result: int) -> None:
        # Words typed but not yet saved with Enter are saved as if it had been pressed.
        self._keep_note()
        if self.observed.text().strip():
            self.add_observed()
        # The model outlives the dialog: its signals must not reach a closed list.
        self.model.changed.disconnect(self._changed)
        self.model.failed.disconnect(self._failed)
        super().done(result)
