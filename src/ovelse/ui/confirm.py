"""Yes/no questions before something that cannot be taken back in the heat of the moment.

One function so tests can answer for the user (monkeypatch ``ask``) instead of driving a
modal message box.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText("Ja")
    box.button(QMessageBox.StandardButton.No).setText("Nei")
    return box.exec() == QMessageBox.StandardButton.Yes


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted
