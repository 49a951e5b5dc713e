"""A session seen read-only: who holds it, a banner with the ways out, and no editing.

A second window on a session that is open elsewhere gets the whole session to read, but
nothing in it may look editable: a facilitator who types a decision into a field that
cannot be saved loses it. The banner says who has the session and since when, and offers
«Overta økten» (take the session over, after a question) and «Lagre som …» (continue in a
copy).
"""

from __future__ import annotations

import socket
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ovelse.store.lock import LockHolder, SessionLock
from ovelse.ui import texts

# Console commands that change the session; a read-only view turns them off.
READ_ONLY_ACTIONS = (
    "release_next",
    "toggle_run",
    "hold",
    "adhoc",
    "board",
    "checklist",
    "release_chosen",
    "skip",
    "show_previous",
    "end",
)


def current_holder(path: Path) -> LockHolder | None:
    """Who has the session open for writing now; None when nobody (or a crashed program)."""
    return SessionLock(path).holder()


def holder_where(holder: LockHolder) -> str:
    """«på denne maskinen (prosess 4242)», «på kontor-pc-7 (prosess 4242)» or «i et annet
    program» for a lock that cannot be read."""
    if not holder.host or holder.pid <= 0:
        return texts.HELD_ELSEWHERE
    if holder.host == socket.gethostname():
        return texts.HELD_HERE.format(pid=holder.pid)
    return texts.HELD_ON_HOST.format(host=holder.host, pid=holder.pid)


def holder_since(holder: LockHolder) -> str:
    """« siden 04.12.2026 kl. 15:40» in local time, or "" when the lock does not say."""
    when = holder.since_time  # None for a lock that does not say, or says nonsense
    if when is None:
        return ""
    try:
        local = when.astimezone()
    except (OverflowError, OSError):  # a time the system cannot convert
        return ""
    return texts.HELD_SINCE.format(time=local.strftime(texts.HELD_SINCE_FORMAT))


def held_text(template: str, name: str, holder: LockHolder) -> str:
    return template.format(name=name, where=holder_where(holder), since=holder_since(holder))


class ReadOnlyBanner(QFrame):
    """The line above every page while the session is read-only; the text wraps."""

    takeOverRequested = Signal()
    saveAsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBanner")
        self.text = QLabel()
        self.text.setObjectName("readOnlyText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        # Qt: an unwrapped label is as wide as its text; a long file name made the window
        # wider than the screen.
        self.text.setWordWrap(True)
        self.take_over_button = QPushButton(texts.TAKE_OVER)
        self.take_over_button.clicked.connect(self.takeOverRequested)
        self.save_as_button = QPushButton(texts.SAVE_AS_ACTION)
        self.save_as_button.clicked.connect(self.saveAsRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.take_over_button)
        layout.addWidget(self.save_as_button)
        self.hide()

    def show_reason(self, text: str, *, can_take_over: bool) -> None:
        self.text.setText(text)
        self.take_over_button.setVisible(can_take_over)
        self.show()


@dataclass
class EditingLock:
    """What ``lock_editing`` changed, so a view that becomes the writer can undo it."""

    disabled: list[QWidget]
    read_only: list[QLineEdit | QPlainTextEdit | QTextEdit]

    def release(self) -> None:
        for widget in self.disabled:
            widget.setEnabled(True)
        for field in self.read_only:
            field.setReadOnly(False)
        self.disabled.clear()
        self.read_only.clear()


VIEW_ONLY = "ovelseViewOnly"  # a widget property: the control only changes what is shown


def usable_when_read_only(*widgets: QWidget) -> None:
    """Mark controls a read-only view keeps: filters, the projector, the next step.

    Each page marks its own, so the window that locks a page need not know its widgets.
    """
    for widget in widgets:
        widget.setProperty(VIEW_ONLY, True)


def lock_editing(pages: Iterable[QWidget], keep: Iterable[QWidget] = ()) -> EditingLock:
    """Make every editing control on ``pages`` inert; ``keep``, and the controls marked
    with ``usable_when_read_only``, only change what is shown.

    Text fields become read-only (their text can still be selected and copied); buttons,
    check boxes, lists to choose from and date fields are disabled. Tab bars and the
    controls already disabled are left as they are.
    """
    kept = set(keep)
    lock = EditingLock([], [])
    for page in pages:
        for widget in page.findChildren(QWidget):
            if widget in kept or widget.property(VIEW_ONLY) or _inside_tab_bar(widget):
                continue
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                if not widget.isReadOnly():
                    widget.setReadOnly(True)
                    lock.read_only.append(widget)
            elif (
                isinstance(widget, QAbstractButton | QComboBox | QAbstractSpinBox)
                and widget.isEnabled()
                and not isinstance(widget.parent(), QComboBox)
            ):
                widget.setEnabled(False)
                lock.disabled.append(widget)
    return lock


def _inside_tab_bar(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(widget, QTabBar) or isinstance(parent, QTabBar)
