"""The hot wash step (umiddelbar evaluering): round the table, three prompts per person.

Built for the keyboard: the facilitator types what each person says, Enter saves it (on
disk before the page says «Lagret») and moves to the next prompt, then to the next role;
Ctrl+PgDn / Ctrl+PgUp go round the table, Alt+digit picks a role in free order. While the
step is on screen the projector shows the role, the three prompts and the answers, the
words appearing as they are typed, so the room sees its own words written down; F3 puts
the summary (answers per prompt and every «endre i planen») up instead. What the projector
shows is a ``Stage`` built here from the answers only: never notes, never the log.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ovelse.exercise import labels
from ovelse.exercise.changes import Change
from ovelse.exercise.hot_wash import Answer
from ovelse.exercise.kinds import ExemptKind, HotWashPrompt, RunState
from ovelse.ui import confirm, exemptions, read_only, texts
from ovelse.ui.evaluation_dialogs import NoteDialog
from ovelse.ui.session_model import SessionModel
from ovelse.ui.shortcuts import HOT_WASH_KEYS
from ovelse.ui.stage import Hold, Stage, StageHotWash, StageHotWashPrompt

PROMPTS = tuple(HotWashPrompt)


class HotWashPage(QWidget):
    evaluateRequested = Signal()

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.index = 0  # the role round the table now speaking
        self.summary = False  # the projector shows the summary instead of the round
        self.on_stage = False
        self._typing: HotWashPrompt | None = None  # the prompt whose words are shown live
        self._projector: QWidget | None = None

        heading = QLabel(texts.HOT_WASH_HEADING)
        heading.setObjectName("pageHeading")
        hint = QLabel(texts.HOT_WASH_HINT)
        hint.setWordWrap(True)
        self.roles = QListWidget()
        self.roles.setObjectName("hotWashRoles")
        self.roles.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+digit and Ctrl+PgDn choose
        self.roles.currentRowChanged.connect(self._row_chosen)
        read_only.usable_when_read_only(self.roles)
        left = QVBoxLayout()
        left.addWidget(QLabel(texts.HOT_WASH_ROLES))
        left.addWidget(self.roles, 1)

        self.who = QLabel()
        self.who.setObjectName("hotWashWho")
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        font = self.who.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.who.setFont(font)
        self.place = QLabel()
        self.fields: dict[HotWashPrompt, QLineEdit] = {}
        grid = QGridLayout()
        for row, prompt in enumerate(PROMPTS):
            label = QLabel(labels.HOT_WASH_PROMPTS[prompt])
            edit = QLineEdit()
            edit.setObjectName(f"hotWash_{prompt.value}")
            edit.returnPressed.connect(partial(self.save_and_next, prompt))
            edit.textEdited.connect(partial(self._edited, prompt))
            edit.installEventFilter(self)
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            self.fields[prompt] = edit
        self.answers = QListWidget()
        self.answers.setObjectName("hotWashAnswers")
        self.answers.setWordWrap(True)
        self.answers.itemActivated.connect(lambda _item: self.edit_answer())
        exemptions.toggle_shortcut(self, self.toggle_exempt)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.answers)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_answer)
        self.status = QLabel()
        self.status.setObjectName("hotWashStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.previous_button = QPushButton(texts.HOT_WASH_PREVIOUS)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(texts.HOT_WASH_NEXT)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.summary_button = QPushButton(texts.HOT_WASH_SHOW_SUMMARY)
        self.summary_button.clicked.connect(self.toggle_summary)
        evaluate = QPushButton(texts.HOT_WASH_TO_EVALUATE)
        evaluate.setObjectName("primary")
        evaluate.clicked.connect(self.evaluateRequested)
        for button in (self.previous_button, self.next_button, self.summary_button, evaluate):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        read_only.usable_when_read_only(
            self.previous_button, self.next_button, self.summary_button, evaluate
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.summary_button)
        buttons.addStretch(1)
        buttons.addWidget(evaluate)

        right = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.who, 1)
        top.addWidget(self.place)
        right.addLayout(top)
        right.addLayout(grid)
        right.addWidget(QLabel(texts.HOT_WASH_ANSWERS))
        right.addWidget(self.answers, 1)
        right.addWidget(self.status)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        next_role, previous_role = HOT_WASH_KEYS["hot_wash_round"].keys
        keys: list[tuple[str, Callable[[], None]]] = [
            (next_role, lambda: self.step(1)),
            (previous_role, lambda: self.step(-1)),
            (HOT_WASH_KEYS["hot_wash_summary"].keys[0], self.toggle_summary),
            (HOT_WASH_KEYS["hot_wash_edit"].keys[0], self.edit_answer),
        ]
        keys += [(f"Alt+{digit}", partial(self.choose, digit - 1)) for digit in range(1, 10)]
        for sequence, handler in keys:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        model.changed.connect(self._model_changed)
        model.rolesChanged.connect(self.refresh)
        model.participantsChanged.connect(self.refresh)
        model.failed.connect(self._failed)
        self.refresh()

    # --- what is shown ----------------------------------------------------------------

    def round(self) -> list[str]:
        """The role ids in the order the facilitator goes round the table: the roles seated
        at it, then those added during the run (someone came to the table)."""
        seated = self.model.table_roles()
        return seated + [r for r in self.model.exercise.extra_roles if r not in seated]

    def current_role(self) -> str | None:
        round_ = self.round()
        return round_[self.index] if 0 <= self.index < len(round_) else None

    def _names(self, role_id: str) -> list[str]:
        return [
            person.name or person.organisation
            for person in self.model.exercise.participants.all()
            if person.present and role_id in person.roles and (person.name or person.organisation)
        ]

    def _who(self, role_id: str) -> str:
        title = self.model.role_title(role_id)
        names = self._names(role_id)
        return texts.HOT_WASH_WHO.format(role=title, names=", ".join(names)) if names else title

    def refresh(self) -> None:
        round_ = self.round()
        self.index = min(self.index, max(len(round_) - 1, 0))
        hot_wash = self.model.exercise.evaluation.hot_wash
        self.roles.blockSignals(True)
        self.roles.clear()
        for number, seated in enumerate(round_, start=1):
            count = len(hot_wash.for_role(seated))
            counted = texts.HOT_WASH_COUNT.for_count(count).format(count=count)
            key = f"{number}  " if number < 10 else "    "
            self.roles.addItem(f"{key}{self.model.role_title(seated)} – {counted}")
        if round_:
            self.roles.setCurrentRow(self.index)
        self.roles.blockSignals(False)
        role_id = self.current_role()
        if role_id is None:
            self.who.setText(texts.HOT_WASH_NO_ROLES)
            self.place.clear()
        else:
            self.who.setText(self._who(role_id))
            self.place.setText(
                texts.HOT_WASH_PLACE.format(number=self.index + 1, total=len(round_))
            )
        self.answers.clear()
        for answer in hot_wash.for_role(role_id) if role_id is not None else ():
            line = f"{labels.HOT_WASH_PROMPTS[answer.prompt]}  {answer.text}"
            item = QListWidgetItem(exemptions.tagged(self.model, ExemptKind.ITEM, answer.id, line))
            item.setData(Qt.ItemDataRole.UserRole, answer.id)
            self.answers.addItem(item)
        if self.answers.count():
            self.answers.setCurrentRow(self.answers.count() - 1)
        self.summary_button.setText(
            texts.HOT_WASH_SHOW_ROUND if self.summary else texts.HOT_WASH_SHOW_SUMMARY
        )
        self._redraw_stage()

    def stage_for(self, base: Stage) -> Stage:
        """The shared screen during the hot wash: a new Stage with nothing but the scene."""
        return Stage(
            scenario_title=base.scenario_title,
            municipality=base.municipality,
            hold=Hold.ENDED,
            hot_wash=self.summary_scene() if self.summary else self.round_scene(),
        )

    def round_scene(self) -> StageHotWash:
        role_id = self.current_role()
        if role_id is None:
            return StageHotWash(texts.HOT_WASH_HEADING, texts.HOT_WASH_NO_ROLES)
        answers = self.model.exercise.evaluation.hot_wash.for_role(role_id)
        prompts = []
        for prompt in PROMPTS:
            typing = self.fields[prompt].text() if prompt is self._typing else None
            prompts.append(
                StageHotWashPrompt(
                    labels.HOT_WASH_PROMPTS[prompt],
                    tuple(a.text for a in answers if a.prompt is prompt),
                    typing,
                )
            )
        place = texts.HOT_WASH_PLACE.format(number=self.index + 1, total=len(self.round()))
        return StageHotWash(
            texts.HOT_WASH_HEADING, self._who(role_id), place, prompts=tuple(prompts)
        )

    def summary_scene(self) -> StageHotWash:
        hot_wash = self.model.exercise.evaluation.hot_wash
        counts = hot_wash.counts()
        changes = tuple(
            (answer.text, self.model.role_title(answer.role_id))
            for answer in hot_wash.answers()
            if answer.prompt is HotWashPrompt.CHANGE
        )
        return StageHotWash(
            texts.HOT_WASH_HEADING,
            texts.HOT_WASH_SUMMARY,
            summary=True,
            counts=tuple((labels.HOT_WASH_PROMPTS[p], counts[p]) for p in PROMPTS),
            changes=changes,
        )

    def set_on_stage(self, on: bool) -> None:
        """The window calls this as the step is entered or left. The round leaves the
        projector with the step; the summary stays up until the hot wash is entered again,
        but only once the run has ended: during the run the injects own the projector, and
        one released from the console must not sit behind a summary the room cannot leave."""
        self.on_stage = on
        if on:
            self.model.stage_scene = self.stage_for
            self.focus_prompt(self._first_open_prompt())
        elif self.model.stage_scene == self.stage_for and not (
            self.summary and self.model.state is RunState.ENDED
        ):
            self.model.stage_scene = None
            if self.summary:
                self.summary = False
                self.refresh()
        self.model.stageChanged.emit()

    def _redraw_stage(self) -> None:
        if self.model.stage_scene == self.stage_for:
            self.model.stageChanged.emit()

    # --- typing -----------------------------------------------------------------------

    def focus_prompt(self, prompt: HotWashPrompt) -> None:
        self.fields[prompt].setFocus()
        self._typing = prompt
        self._redraw_stage()

    def _first_open_prompt(self) -> HotWashPrompt:
        role_id = self.current_role()
        given = {a.prompt for a in self.model.exercise.evaluation.hot_wash.for_role(role_id or "")}
        return next((p for p in PROMPTS if p not in given), PROMPTS[0])

    def _edited(self, prompt: HotWashPrompt, _text: str) -> None:
        self._typing = prompt
        self.status.clear()  # «Lagret» must not stand over words not yet saved
        self._redraw_stage()

    def save_and_next(self, prompt: HotWashPrompt) -> None:
        """Enter: save what was typed (if anything), then the next prompt or the next role."""
        edit = self.fields[prompt]
        role_id = self.current_role()
        text = edit.text().strip()
        if text and role_id is not None:
            change = self.model.call(self.model.exercise.add_hot_wash_answer, role_id, prompt, text)
            if change is None:
                return  # refused or not saved: the words stay in the field
            edit.clear()
            self.status.setText(texts.HOT_WASH_SAVED.format(prompt=labels.HOT_WASH_PROMPTS[prompt]))
        position = PROMPTS.index(prompt)
        if position + 1 < len(PROMPTS):
            self.focus_prompt(PROMPTS[position + 1])
        else:
            self.step(1)

    def save_pending(self) -> None:
        """Save the words typed but not yet saved with Enter, under the role now speaking.

        The window calls this as the session closes, as it has Evaluate save its fields:
        closing the window or opening another session must not lose what the room said.
        """
        role_id = self.current_role()
        if role_id is None or self.model.read_only:
            return
        add = self.model.exercise.add_hot_wash_answer
        for prompt, edit in self.fields.items():
            text = edit.text().strip()
            if text and self.model.call(add, role_id, prompt, text) is not None:
                edit.clear()

    def take_keys_from(self, projector: QWidget) -> None:
        """Typing on the projector window reaches the hot wash while the step is on screen.

        In one-screen mode the projector covers the console, and the words must go to the
        answer being written, not to the decision log (the covered console's filter, which
        the window installed first, would send them there; this one runs before it).
        """
        self._projector = projector
        projector.installEventFilter(self)

    def _projector_key(self, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        ctrl = modifiers & Qt.KeyboardModifier.ControlModifier
        alt = modifiers & Qt.KeyboardModifier.AltModifier
        prompt = self._typing or self._first_open_prompt()
        if key == Qt.Key.Key_Escape:
            return False  # the projector's own: leaves full screen
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl and not alt:
            self.save_and_next(prompt)
        elif ctrl and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.step(1 if key == Qt.Key.Key_PageDown else -1)
        elif alt and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.choose(key - Qt.Key.Key_1)
        elif key == Qt.Key.Key_F3:
            self.toggle_summary()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            position = PROMPTS.index(prompt) + (-1 if key == Qt.Key.Key_Up else 1)
            if 0 <= position < len(PROMPTS):
                self.focus_prompt(PROMPTS[position])
        else:
            self._typing = prompt
            copy = QKeyEvent(
                event.type(), key, modifiers, event.text(), event.isAutoRepeat(), event.count()
            )
            QApplication.sendEvent(self.fields[prompt], copy)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↑ and ↓ in a prompt's field go to the prompt above or below; the projector's keys
        come here while the step is on screen."""
        if (
            watched is self._projector
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if self.on_stage and not self.model.read_only:
                return self._projector_key(event)
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            for prompt, edit in self.fields.items():
                if watched is edit and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                    move = -1 if event.key() == Qt.Key.Key_Up else 1
                    position = PROMPTS.index(prompt) + move
                    if 0 <= position < len(PROMPTS):
                        self.focus_prompt(PROMPTS[position])
                    return True
        if event.type() == QEvent.Type.FocusIn:
            for prompt, edit in self.fields.items():
                if watched is edit and self._typing is not prompt:
                    self._typing = prompt
                    self._redraw_stage()
        return super().eventFilter(watched, event)

    # --- round the table --------------------------------------------------------------

    def step(self, move: int) -> None:
        self.choose(self.index + move)

    def choose(self, index: int) -> None:
        if not 0 <= index < len(self.round()) or index == self.index:
            self.roles.setCurrentRow(self.index)
            self.focus_prompt(self._first_open_prompt())
            return
        unsaved = next((p for p in PROMPTS if self.fields[p].text().strip()), None)
        if unsaved is not None:
            # Words not saved would be lost, or land under the next role: neither.
            self.roles.setCurrentRow(self.index)
            self.status.setText(texts.HOT_WASH_UNSAVED)
            self.focus_prompt(unsaved)
            return
        self.index = index
        self.summary = False
        self.refresh()
        self.focus_prompt(PROMPTS[0])

    def _row_chosen(self, row: int) -> None:
        if row >= 0 and row != self.index:
            self.choose(row)

    def toggle_summary(self) -> None:
        self.summary = not self.summary
        if self.on_stage or self.summary:
            self.model.stage_scene = self.stage_for
        self.refresh()
        self.model.stageChanged.emit()

    # --- saved answers ----------------------------------------------------------------

    def _chosen_answer(self) -> Answer | None:
        """The saved answer chosen to correct, delete or mark skjermet: none in a read-only
        view, where these keys, like every command that writes, do nothing."""
        if self.answers.currentRow() < 0 or self.model.read_only:
            return None
        item = self.answers.currentItem()
        answer_id = str(item.data(Qt.ItemDataRole.UserRole))
        hot_wash = self.model.exercise.evaluation.hot_wash
        return hot_wash.get(answer_id) if hot_wash.known(answer_id) else None

    def edit_answer(self) -> None:
        answer = self._chosen_answer()
        if answer is None:
            return
        dialog = NoteDialog(texts.HOT_WASH_EDIT, answer.text, self)
        if confirm.run_dialog(dialog):
            self.model.call(
                self.model.exercise.edit_hot_wash_answer,
                answer.id,
                text=dialog.text.toPlainText(),
            )

    def delete_answer(self) -> None:
        answer = self._chosen_answer()
        if answer is not None and confirm.ask(self, texts.HOT_WASH_DELETE, answer.text):
            self.model.call(self.model.exercise.delete_hot_wash_answer, answer.id)

    def toggle_exempt(self) -> None:
        answer = self._chosen_answer()
        if answer is not None:
            exemptions.toggle(self.model, ExemptKind.ITEM, answer.id)

    def _model_changed(self, change: Change) -> None:
        if change.hot_wash or change.exempt:
            self.refresh()

    def _failed(self, message: str) -> None:
        if self.isVisible():
            self.status.setText(message)
