"""While the projector window covers the console: typing still reaches the log.

In one-screen mode the participant view fills the only screen and the console is hidden,
so that nothing private shows on a mirrored projector. The facilitator keeps typing all
the same: Alt+digit, Ctrl+B and the rest, the words and Enter go to the console's log as
if it were in front. A faint line in a corner says what the next entry is (kind, roles,
how many characters) and whether it was saved, never the words themselves, in type too
small and pale to read across a room; the console's other keys (F8, F2 …) say there that
they work only in the console. With two screens, when the projector window has the focus,
its keys go to the console in view on the other screen. The projector's being up is also
remembered, so a restart after a crash does not put the console's notes on the shared
screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ovelse import presentation
from ovelse.ui import texts
from ovelse.ui.log_panel import LogPanel
from ovelse.ui.settings import AppSettings

# Keys the projector window answers itself (Esc leaves full screen).
OWN_KEYS = frozenset({Qt.Key.Key_Escape})
# Pale on the projector's light background and small: legible at the laptop, not at 6 m.
STRIP_STYLE = "color: #a3a39b; font-size: 10px; background: transparent;"
# A refusal is for the facilitator to notice: the same small type, in red.
STRIP_FAILED_STYLE = "color: #a01c22; font-size: 10px; font-weight: bold; background: transparent;"
STRIP_MARGIN = 6


class CoveredConsole(QObject):
    """Hands the projector window's keystrokes to the log, and shows the faint strip."""

    def __init__(
        self,
        projector: QWidget,
        console: QWidget,
        log: LogPanel,
        settings: AppSettings,
        record: bool,
    ) -> None:
        super().__init__(projector)
        self.projector = projector
        self.console = console
        self.log = log
        self.settings = settings
        self.record = record  # a read-only view leaves the writer's marks alone
        self._refused = ""  # a console key pressed on the projector, until the next key
        self.strip = QLabel(projector)
        self.strip.setObjectName("coveredConsoleStrip")
        self.strip.setTextFormat(Qt.TextFormat.PlainText)
        self.strip.setStyleSheet(STRIP_STYLE)
        self.strip.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.strip.hide()
        projector.installEventFilter(self)
        log.entry.textChanged.connect(lambda _text: self.refresh())
        log.model.entriesChanged.connect(lambda _ids: self.refresh())

    def covering(self) -> bool:
        """True while the projector is up and the console is not to be seen."""
        return self.projector.isVisible() and not self.console.window().isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.projector:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind in (QEvent.Type.Show, QEvent.Type.Hide):
            if self.record:
                self.settings.set_participant_up(kind == QEvent.Type.Show)
            self._refused = ""
            self.refresh()
        elif kind == QEvent.Type.Resize:
            self._place()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if event.key() in OWN_KEYS:
            return False
        command = self._console_command(event)
        if command is not None:
            if self.covering():
                # A dialog or the list would open on the shared screen: say where the key
                # works instead of doing nothing.
                self._refused = QKeySequence(event.keyCombination()).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
                self.refresh()
            else:
                # Two screens, the projector window had the focus: the console is in
                # view on the other screen, so the key does its work there.
                self.console.window().activateWindow()
                command()
            return True
        self._refused = ""
        if not self.log.handle_key(event):
            copy = QKeyEvent(
                event.type(),
                event.key(),
                event.modifiers(),
                event.text(),
                event.isAutoRepeat(),
                event.count(),
            )
            QApplication.sendEvent(self.log.entry, copy)
        self.refresh()
        return True

    def _console_command(self, event: QKeyEvent) -> Callable[[], object] | None:
        """A key of the console's own (F8, Ctrl+G, F2 …) that the projector does not take."""
        handler = self.log.console_key(event)
        if handler is not None:
            return handler
        pressed = QKeySequence(event.keyCombination())
        own = set(self.projector.actions())
        for action in self.console.window().actions():
            if action in own or not action.isEnabled():
                continue
            for sequence in action.shortcuts():
                if sequence.matches(pressed) is QKeySequence.SequenceMatch.ExactMatch:
                    return action.trigger
        return None

    def refresh(self) -> None:
        """Say what the next entry is, or what became of the last one; never its words."""
        if not self.covering():
            self.strip.hide()
            return
        log = self.log
        typed = log.entry.text()
        message = log.message.text()
        if self._refused:
            message = texts.COVERED_REFUSED.format(key=self._refused)
        if typed:
            roles = presentation.role_list(log.model.role_title(r) for r in log.selected_roles)
            text = texts.COVERED_TYPING.for_count(len(typed)).format(
                kind=presentation.kind(log.kind),
                roles=roles or texts.LOG_NO_ROLE_CHIP,
                count=len(typed),
            )
            if message:  # what went wrong with these words (a saved note is cleared)
                text = f"{message}  ·  {text}"
        else:
            text = message
        failed = bool(message) and (bool(self._refused) or bool(log.message.styleSheet()))
        self.strip.setStyleSheet(STRIP_FAILED_STYLE if failed else STRIP_STYLE)
        if not text:
            self.strip.hide()
            return
        self.strip.setText(f"{text}  ·  {texts.COVERED_HINT}")
        self._place()
        self.strip.show()
        self.strip.raise_()

    def _place(self) -> None:
        self.strip.adjustSize()
        self.strip.move(STRIP_MARGIN, self.projector.height() - self.strip.height() - STRIP_MARGIN)
