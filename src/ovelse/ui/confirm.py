"""Yes/no questions before something that cannot be taken back in the heat of the moment.

One function so tests can answer for the user (monkeypatch ``ask``) instead of driving a
modal message box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from ovelse.ui import texts


def question_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    # Qt: a message box guesses rich text from the first tag it sees; the question quotes
    # a log entry or an inject title, which is the user's text and must print as typed.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(texts.ANSWER_YES)
    box.button(QMessageBox.StandardButton.No).setText(texts.ANSWER_NO)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    return question_box(parent, title, text).exec() == QMessageBox.StandardButton.Yes


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


CONFIRM_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """The OK/Cancel row every editing dialog ends with, wired to accept and reject.

    Ctrl+Enter presses OK from anywhere in the dialog, also from a multi-line field, where
    Enter starts a new line; it is the one way to confirm a form without the mouse.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    for keys in CONFIRM_KEYS:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: ok.click() if ok.isEnabled() else None)
    return buttons
