"""The keyboard map, in one table, and the F1 sheet that shows it.

Role keys use Alt+digit so digits stay free for typing («3 kommuner», «kl. 14»); Alt+digit
chooses one speaker, Alt+Shift+digit adds another, and the choice is cleared after each
saved entry unless pinned, so an entry is never logged under the previous speaker by
accident. The entry kinds use Ctrl+letter. Everything the console does has a key.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ovelse.exercise.kinds import EntryKind
from ovelse.ui import texts


@dataclass(frozen=True)
class Key:
    name: str
    keys: tuple[str, ...]

    @property
    def label(self) -> str:
        """What the key does, read when shown so the language chosen at start-up applies."""
        return texts.SHORTCUT_LABELS[self.name]


def _table(keys: dict[str, tuple[str, ...]]) -> dict[str, Key]:
    return {name: Key(name, sequences) for name, sequences in keys.items()}


CONSOLE_KEYS: dict[str, Key] = _table(
    {
        "release_next": ("F5", "Ctrl+Space"),
        "toggle_run": ("F6", "Ctrl+P"),
        "hold": ("F7",),
        "adhoc": ("F8",),
        "board": ("F9",),
        "checklist": ("Ctrl+K",),
        "release_chosen": ("Ctrl+G",),
        "skip": ("Ctrl+J",),
        "show_previous": ("Ctrl+R",),
        "schedule": ("F4",),
        "end": ("Ctrl+Shift+E",),
        "picture": ("F10",),
        "participant_full": ("F11",),
        "swap_screens": ("F12",),
        "help": ("F1",),
    }
)

LOG_KEYS: dict[str, Key] = _table(
    {
        "roles": ("Alt+1 … Alt+9",),
        "add_role": ("Alt+Shift+1 … Alt+Shift+9",),
        "clear_roles": ("Alt+0",),
        "pin_roles": ("Ctrl+Shift+F",),
        "prefix": ("ord: …",),
        "decision": ("Ctrl+B",),
        "action": ("Ctrl+T",),
        "question": ("Ctrl+S",),
        "observation": ("Ctrl+O",),
        "learning": ("Ctrl+L",),
        "save": ("Enter",),
        "focus_log": ("F3",),
        "edit": ("F2",),
        "delete": ("Delete",),
        "history": ("Ctrl+H",),
    }
)

# The steps of the window, from anywhere in it: the digits are on the step buttons.
STEP_KEYS: dict[str, Key] = _table(
    {
        "steps": ("Ctrl+1 … Ctrl+6",),
        "tailor": ("Ctrl+Shift+T",),
        "print_kit": ("Ctrl+Shift+P",),
    }
)
# Keys of the list of expected actions (Ctrl+K); the list binds them itself
# (ui/checklist_dialog.py), the sheet lists them.
CHECKLIST_KEYS: dict[str, Key] = _table(
    {"tick_digits": ("1 … 9",), "tick_chosen": ("Space",), "edit_observed": ("F2",)}
)
# Evaluate: Ctrl+F in a goal's row takes the suggested rating beside it
# (ui/evidence_panel.py binds it); Tab to «Bruk forslaget» would cross the goals below.
EVALUATE_KEYS: dict[str, Key] = _table({"use_suggestion": ("Ctrl+F",)})
# Keys of every dialog with fields (the «Nytt innspill», Funn and Tiltak forms …); the
# dialogs bind them themselves (ui/plain_edit.py, confirm.ok_cancel), the sheet lists them.
FORM_KEYS: dict[str, Key] = _table(
    {
        "form_next": ("Tab",),
        "form_confirm": ("Ctrl+Enter",),
    }
)
STEP_SEQUENCES = tuple(f"Ctrl+{number}" for number in range(1, 7))
# The hot wash step (umiddelbar evaluering), round the table; Enter saves and moves on there
# too, and Alt+digit chooses the role as in the console.
HOT_WASH_KEYS: dict[str, Key] = _table(
    {
        "hot_wash_round": ("Ctrl+PgDown", "Ctrl+PgUp"),
        "hot_wash_summary": ("F3",),
        "hot_wash_edit": ("F2",),
    }
)
TAILOR_SEQUENCE = "Ctrl+Shift+T"

KIND_KEYS: dict[EntryKind, str] = {
    EntryKind.DECISION: "Ctrl+B",
    EntryKind.ACTION: "Ctrl+T",
    EntryKind.QUESTION: "Ctrl+S",
    EntryKind.OBSERVATION: "Ctrl+O",
    EntryKind.LEARNING_POINT: "Ctrl+L",
}


def key_text(keys: tuple[str, ...]) -> str:
    """Keys as the sheet and the README write them: «Space» in the reader's language."""
    return " / ".join(keys).replace("Space", texts.KEY_SPACE)


def make_action(parent: QWidget, name: str, handler: object) -> QAction:
    """A window-wide action for one entry of ``CONSOLE_KEYS``."""
    key = CONSOLE_KEYS[name]
    action = QAction(key.label, parent)
    action.setObjectName(f"action_{name}")
    action.setShortcuts([QKeySequence(sequence) for sequence in key.keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(handler)
    return action


class ShortcutSheet(QDialog):
    """A non-modal list of every key, so it can stay open beside the console."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.SHORTCUTS_TITLE)
        rows = [(key_text(k.keys), k.label) for k in CONSOLE_KEYS.values()]
        rows += [(key_text(k.keys), k.label) for k in LOG_KEYS.values()]
        rows += [(key_text(k.keys), k.label) for k in STEP_KEYS.values()]
        rows += [(key_text(k.keys), k.label) for k in CHECKLIST_KEYS.values()]
        rows += [(key_text(k.keys), k.label) for k in EVALUATE_KEYS.values()]
        rows += [(key_text(k.keys), k.label) for k in FORM_KEYS.values()]
        rows += [(key_text(k.keys), k.label) for k in HOT_WASH_KEYS.values()]
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcutTable")
        table.horizontalHeader().hide()
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, label) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(label))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(QLabel(texts.SHORTCUTS_HINT))
        self.table = table
        self.resize(720, 640)
