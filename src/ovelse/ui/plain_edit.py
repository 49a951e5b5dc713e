"""The multi-line text field every form uses: Tab leaves it, and it says when it is left.

A plain ``QPlainTextEdit`` takes Tab as a character, so a facilitator tabbing from the
participant text to the private notes typed a tab and went on writing the note into the
text the room sees. Every multi-line field in the program is this class, so the keyboard
works the same in every dialog; Ctrl+Enter confirms a dialog (``confirm.ok_cancel``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class PlainEdit(QPlainTextEdit):
    """A multi-line field where Tab moves on, and which tells when the user leaves it."""

    editingFinished = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        # Qt: the default inserts a tab character; Ctrl+Tab would still move on, but no
        # one knows that.
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()
