"""The keyboard map, in one table, and the F1 sheet that shows it.

Role keys use Alt+digit so digits stay free for typing («3 kommuner», «kl. 14»); the
entry kinds use Ctrl+letter. Everything the console does has a key.
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
    keys: tuple[str, ...]
    label: str


CONSOLE_KEYS: dict[str, Key] = {
    "release_next": Key(("F5", "Ctrl+Space"), "Gi neste innspill"),
    "toggle_run": Key(("F6", "Ctrl+P"), "Start øvelsen / pause / fortsett"),
    "hold": Key(("F7",), "Vis ventebildet på storskjermen / vis innspillet igjen"),
    "adhoc": Key(("F8",), "Nytt innspill"),
    "board": Key(("F9",), "Oppdater situasjonsbildet"),
    "release_chosen": Key(("Ctrl+G",), "Gi innspillet som er valgt i listen"),
    "skip": Key(("Ctrl+J",), "Hopp over innspillet som er valgt i listen"),
    "show_previous": Key(("Ctrl+R",), "Vis et tidligere innspill på storskjermen"),
    "schedule": Key(("F4",), "Gå til innspillisten"),
    "end": Key(("Ctrl+Shift+E",), "Avslutt øvelsen (spør først)"),
    "picture": Key(("F10",), "Vis bildet stort på storskjermen / vis hele innspillet igjen"),
    "participant_full": Key(("F11",), "Storskjermen i fullskjerm av/på"),
    "swap_screens": Key(("F12",), "Én skjerm: bytt mellom storskjerm og konsoll"),
    "help": Key(("F1",), "Vis hurtigtastene"),
}

LOG_KEYS: dict[str, Key] = {
    "roles": Key(("Alt+1 … Alt+9",), "Velg eller fjern rolle nr. 1–9 (tallene står på knappene)"),
    "clear_roles": Key(("Alt+0",), "Fjern valgte roller"),
    "prefix": Key(("ord: …",), "Rolle med forkortelse: skriv starten av rollen og kolon"),
    "decision": Key(("Ctrl+B",), "Type: beslutning"),
    "action": Key(("Ctrl+T",), "Type: tiltak"),
    "question": Key(("Ctrl+S",), "Type: spørsmål"),
    "observation": Key(("Ctrl+O",), "Type: observasjon"),
    "learning": Key(("Ctrl+L",), "Type: læringspunkt"),
    "save": Key(("Enter",), "Lagre føringen (teksten blir stående hvis den ikke ble lagret)"),
    "focus_log": Key(("F3",), "Gå til loggen; Esc tilbake til skrivefeltet"),
    "edit": Key(("F2",), "Rediger valgt føring"),
    "delete": Key(("Delete",), "Slett valgt føring (spør først)"),
    "history": Key(("Ctrl+H",), "Vis historikken til valgt føring"),
}

KIND_KEYS: dict[EntryKind, str] = {
    EntryKind.DECISION: "Ctrl+B",
    EntryKind.ACTION: "Ctrl+T",
    EntryKind.QUESTION: "Ctrl+S",
    EntryKind.OBSERVATION: "Ctrl+O",
    EntryKind.LEARNING_POINT: "Ctrl+L",
}


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
        rows = [(" / ".join(k.keys), k.label) for k in CONSOLE_KEYS.values()]
        rows += [(" / ".join(k.keys), k.label) for k in LOG_KEYS.values()]
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
