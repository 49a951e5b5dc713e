"""The hot wash's answers offered in Evaluate as strengths, improvement points and measures.

Taking one in writes the evaluation item through the same engine operations the rest of
the Evaluate step uses (``add_note``, ``add_action``), with the answer's text and a link
back to it (``Links.hot_wash``), so nothing is typed twice and the report can say where a
finding came from. An answer taken in leaves the list; the item can be edited as any other.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ovelse.exercise import labels
from ovelse.exercise.changes import Change
from ovelse.exercise.events import Links
from ovelse.exercise.hot_wash import SUGGESTED_SECTION, Answer, taken
from ovelse.exercise.kinds import EvaluationSection, ExemptKind, NoteSection
from ovelse.ui import exemptions, texts
from ovelse.ui.session_model import SessionModel

KEYS = {
    Qt.Key.Key_S: EvaluationSection.STRENGTHS,
    Qt.Key.Key_F: EvaluationSection.IMPROVEMENTS,
    Qt.Key.Key_T: EvaluationSection.ACTION_PLAN,
}


class OfferList(QListWidget):
    """Enter takes the answer in where it belongs; S, F or T choose the list."""

    def __init__(self, offers: HotWashOffers) -> None:
        super().__init__()
        self._offers = offers

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._offers.accept()
            return
        if plain and key in KEYS:
            self._offers.accept(KEYS[key])
            return
        super().keyPressEvent(event)


class HotWashOffers(QWidget):
    def __init__(self, model: SessionModel, tabs: QTabWidget) -> None:
        super().__init__()
        self.model = model
        self.tabs = tabs
        hint = QLabel(texts.EVAL_HOT_WASH_HINT)
        hint.setWordWrap(True)
        self.list = OfferList(self)
        self.list.setObjectName("hotWashOffers")
        self.list.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("hotWashOffersStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, section in (
            (texts.EVAL_HOT_WASH_AS_STRENGTH, EvaluationSection.STRENGTHS),
            (texts.EVAL_HOT_WASH_AS_IMPROVEMENT, EvaluationSection.IMPROVEMENTS),
            (texts.EVAL_HOT_WASH_AS_ACTION, EvaluationSection.ACTION_PLAN),
        ):
            button = QPushButton(text)
            button.clicked.connect(partial(self.accept, section))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.tabs.addTab(self, "")
        # Alt+U opens the tab with the list ready for Enter, S, F or T.
        self.tabs.currentChanged.connect(self._tab_chosen)
        exemptions.toggle_shortcut(self, self.toggle_exempt)
        model.changed.connect(self._changed)
        self.refresh()

    def offered(self) -> list[Answer]:
        """The answers not yet taken into the evaluation, in the order they were given."""
        evaluation = self.model.exercise.evaluation
        links = [note.links for section in NoteSection for note in evaluation.notes(section)]
        links += [item.fields.links for item in evaluation.action_plan]
        used = taken(links)
        return [answer for answer in evaluation.hot_wash.answers() if answer.id not in used]

    def refresh(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        offered = self.offered()
        for answer in offered:
            line = texts.EVAL_HOT_WASH_LINE.format(
                id=answer.id,
                role=self.model.role_title(answer.role_id),
                prompt=labels.HOT_WASH_PROMPTS[answer.prompt],
                text=answer.text,
            )
            item = QListWidgetItem(exemptions.tagged(self.model, ExemptKind.ITEM, answer.id, line))
            item.setData(Qt.ItemDataRole.UserRole, answer.id)
            self.list.addItem(item)
        if offered:
            self.list.setCurrentRow(min(max(row, 0), len(offered) - 1))
        self.tabs.setTabText(
            self.tabs.indexOf(self), texts.EVAL_HOT_WASH_TAB.format(count=len(offered))
        )

    def accept(self, section: EvaluationSection | None = None) -> None:
        """Take the chosen answer in: as ``section``, or where its prompt suggests.

        Nothing in a read-only view: like every command that writes, the keys are off there,
        rather than ending in a refusal that says «prøv igjen»."""
        if self.list.currentRow() < 0 or self.model.read_only:
            return
        item = self.list.currentItem()
        answer = self.model.exercise.evaluation.hot_wash.get(
            str(item.data(Qt.ItemDataRole.UserRole))
        )
        section = section or SUGGESTED_SECTION[answer.prompt]
        links = Links(hot_wash=(answer.id,))
        exercise = self.model.exercise
        if section is EvaluationSection.ACTION_PLAN:
            change = self.model.call(exercise.add_action, answer.text, links=links)
        else:
            change = self.model.call(
                exercise.add_note, NoteSection(section.value), answer.text, links
            )
        if change is not None and change.created is not None:
            self.status.setText(
                texts.EVAL_HOT_WASH_ACCEPTED.format(answer=answer.id, item=change.created)
            )
        self.list.setFocus()

    def _tab_chosen(self, index: int) -> None:
        if self.tabs.widget(index) is self:
            self.list.setFocus()

    def toggle_exempt(self) -> None:
        """Ctrl+U: the chosen answer skjermet (left out of the public report), or no longer."""
        if self.list.currentRow() >= 0 and not self.model.read_only:
            answer_id = str(self.list.currentItem().data(Qt.ItemDataRole.UserRole))
            exemptions.toggle(self.model, ExemptKind.ITEM, answer_id)

    def _changed(self, change: Change) -> None:
        if change.hot_wash or change.evaluation or change.exempt or change.roles:
            self.refresh()
