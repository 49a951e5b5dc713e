"""The evaluation: goals rated, findings, learning points from the log, the action plan.

Every field is written to the session as soon as the user leaves it, so an evaluation
written over several days survives a crash like everything else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ovelse import presentation
from ovelse.exercise import labels
from ovelse.exercise.changes import Change
from ovelse.exercise.events import Links
from ovelse.exercise.kinds import (
    EvaluationField,
    EvaluationSection,
    ExemptKind,
    MarkingKind,
    NoteSection,
    Rating,
)
from ovelse.ui import confirm, exemptions, read_only, texts
from ovelse.ui.entry_dialog import Choice
from ovelse.ui.evaluation_dialogs import ActionDialog, LogPickDialog, NoteDialog
from ovelse.ui.evidence_panel import EvidencePanel
from ovelse.ui.hot_wash_offers import HotWashOffers
from ovelse.ui.plain_edit import PlainEdit
from ovelse.ui.session_model import SessionModel

AUTOSAVE_MS = 1500
SUBGOAL_INDENT = 24  # pixels a sub-goal row sits in from its objective


class NoteList(QWidget):
    """One list of findings (strengths, improvement points or learning points)."""

    def __init__(
        self,
        model: SessionModel,
        section: NoteSection,
        parent: QWidget | None = None,
        *,
        from_log: bool = False,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.section = section
        self.esection = EvaluationSection(section.value)
        title = QLabel(labels.EVALUATION_SECTIONS[self.esection])
        title.setObjectName("sectionHeading")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.edit())
        # Three lists stand side by side, so their buttons go in rows of three to keep the
        # page within a laptop screen's width.
        buttons = QGridLayout()
        actions: list[tuple[str, Callable[[], None]]] = [
            (texts.EVAL_ADD, self.add),
            (texts.EVAL_EDIT, self.edit),
            (texts.EVAL_DELETE, self.delete),
            (texts.EVAL_UP, lambda: self.move_item(-1)),
            (texts.EVAL_DOWN, lambda: self.move_item(1)),
        ]
        actions.append((texts.EVAL_EXEMPT_BUTTON, self.toggle_exempt))
        if from_log:
            actions.append((texts.EVAL_FROM_LOG, self.add_from_log))
        for index, (text, handler) in enumerate(actions):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button, *divmod(index, 3))
            if handler == self.add_from_log:
                self.from_log_button = button
        exemptions.toggle_shortcut(self, self.toggle_exempt)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for note in self.model.exercise.evaluation.notes(self.section):
            text = note.text
            # Where it came from: log entries (L3) and hot-wash answers (U2).
            sources = note.links.entries + note.links.hot_wash
            if sources:
                text += f"  [{', '.join(sources)}]"
            item = QListWidgetItem(exemptions.tagged(self.model, ExemptKind.ITEM, note.id, text))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def toggle_exempt(self) -> None:
        item_id = self._current()
        if item_id is not None:
            exemptions.toggle(self.model, ExemptKind.ITEM, item_id)

    def add(self) -> None:
        dialog = NoteDialog(labels.EVALUATION_SECTIONS[self.esection], "", self)
        if confirm.run_dialog(dialog):
            self.model.call(self.model.exercise.add_note, self.section, dialog.text.toPlainText())

    def edit(self) -> None:
        item_id = self._current()
        if item_id is None:
            return
        note = next(
            n for n in self.model.exercise.evaluation.notes(self.section) if n.id == item_id
        )
        dialog = NoteDialog(labels.EVALUATION_SECTIONS[self.esection], note.text, self)
        if confirm.run_dialog(dialog):
            self.model.call(
                self.model.exercise.edit_note,
                self.section,
                item_id,
                text=dialog.text.toPlainText(),
            )

    def delete(self) -> None:
        item_id = self._current()
        if item_id is not None and confirm.ask(self, texts.EVAL_DELETE, texts.EVAL_DELETE + "?"):
            self.model.call(self.model.exercise.delete_evaluation_item, self.esection, item_id)

    def move_item(self, step: int) -> None:
        item_id = self._current()
        row = self.list.currentRow()
        if item_id is None or not 0 <= row + step < self.list.count():
            return
        if self.model.call(
            self.model.exercise.move_evaluation_item, self.esection, item_id, row + step
        ):
            self.list.setCurrentRow(row + step)

    def add_from_log(self) -> None:
        entries = [
            Choice(entry.id, presentation.entry_line(entry))
            for entry in self.model.exercise.log.entries()
        ]
        dialog = LogPickDialog(entries, self)
        if not confirm.run_dialog(dialog):
            return
        for entry_id in dialog.chosen():
            entry = self.model.exercise.log.get(entry_id)
            links = Links(
                injects=(entry.inject_id,) if entry.inject_id else (), entries=(entry_id,)
            )
            if (
                self.model.call(self.model.exercise.add_note, self.section, entry.text, links)
                is None
            ):
                break


class ActionPlan(QWidget):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableWidget(0, len(texts.EVAL_ACTION_COLUMNS))
        self.table.setObjectName("actionPlan")
        self.table.setHorizontalHeaderLabels(list(texts.EVAL_ACTION_COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        buttons = QHBoxLayout()
        for text, handler in (
            (texts.EVAL_ADD, self.add),
            (texts.EVAL_EDIT, self.edit),
            (texts.EVAL_DELETE, self.delete),
            (texts.EVAL_UP, lambda: self.move_item(-1)),
            (texts.EVAL_DOWN, lambda: self.move_item(1)),
            (texts.EVAL_EXEMPT_BUTTON, self.toggle_exempt),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        exemptions.toggle_shortcut(self, self.toggle_exempt)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        items = self.model.exercise.evaluation.action_plan
        row = self.table.currentRow()
        self.table.setRowCount(len(items))
        for index, item in enumerate(items):
            fields = item.fields
            cells = (
                exemptions.tagged(self.model, ExemptKind.ITEM, item.id, fields.measure),
                fields.owner,
                fields.deadline.strftime("%d.%m.%Y") if fields.deadline else "",
                labels.ACTION_STATUSES[fields.status],
                fields.plan_section,
                labels.PRIORITIES[fields.priority] if fields.priority else "",
            )
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(index, column, cell)
        self.table.resizeRowsToContents()
        if items:
            self.table.setCurrentCell(min(max(row, 0), len(items) - 1), 0)

    def _current(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def toggle_exempt(self) -> None:
        item_id = self._current()
        if item_id is not None:
            exemptions.toggle(self.model, ExemptKind.ITEM, item_id)

    def add(self) -> None:
        dialog = ActionDialog(None, self)
        if confirm.run_dialog(dialog):
            self.model.call(
                self.model.exercise.add_action,
                dialog.measure.toPlainText(),
                owner=dialog.owner.text(),
                deadline=dialog.chosen_deadline(),
                status=dialog.chosen_status(),
                plan_section=dialog.section.text(),
                priority=dialog.chosen_priority(),
            )

    def edit(self) -> None:
        item_id = self._current()
        if item_id is None:
            return
        item = next(a for a in self.model.exercise.evaluation.action_plan if a.id == item_id)
        dialog = ActionDialog(item.fields, self)
        if confirm.run_dialog(dialog):
            self.model.call(
                self.model.exercise.edit_action,
                item_id,
                measure=dialog.measure.toPlainText(),
                owner=dialog.owner.text(),
                deadline=dialog.chosen_deadline(),
                status=dialog.chosen_status(),
                plan_section=dialog.section.text(),
                priority=dialog.chosen_priority(),
            )

    def delete(self) -> None:
        item_id = self._current()
        if item_id is not None and confirm.ask(self, texts.EVAL_DELETE, texts.EVAL_DELETE + "?"):
            self.model.call(
                self.model.exercise.delete_evaluation_item, EvaluationSection.ACTION_PLAN, item_id
            )

    def move_item(self, step: int) -> None:
        item_id = self._current()
        row = self.table.currentRow()
        if item_id is None or not 0 <= row + step < self.table.rowCount():
            return
        if self.model.call(
            self.model.exercise.move_evaluation_item,
            EvaluationSection.ACTION_PLAN,
            item_id,
            row + step,
        ):
            self.table.setCurrentCell(row + step, 0)


class GoalRatings(QWidget):
    """One row per goal and sub-goal: rating and comment, saved as soon as they change."""

    edited = Signal()  # a comment is being typed; the page saves it when typing pauses
    goalChosen = Signal(str)  # the cursor went into a goal's row: show its evidence

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.ratings: dict[str, QComboBox] = {}
        self.comments: dict[str, PlainEdit] = {}
        self._rows: dict[QObject, str] = {}  # each row's fields, to the goal they rate
        self.exempt: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        goals = model.exercise.evaluation.goals
        if not goals:
            grid.addWidget(QLabel(texts.EVAL_NO_GOALS), 0, 0)
        from ovelse.report import texts as report_texts  # plain strings; no ReportLab

        indicators = {
            sub.id: sub.indicator
            for objective in model.pack.objectives
            for sub in objective.subgoals
        }
        subgoal_ids = set(indicators)
        for row, (target_id, title) in enumerate(goals.items()):
            shown = title
            if indicators.get(target_id, "").strip():
                # What the evaluator judges by, under the sub-goal it measures.
                indicator = report_texts.INDICATOR.format(indicator=indicators[target_id])
                shown += "\n" + indicator
            label = QLabel(shown)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            if target_id in subgoal_ids:
                # A margin, not leading spaces: a wrapped line stays under the sub-goal.
                label.setContentsMargins(SUBGOAL_INDENT, 0, 0, 0)
            else:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            rating = QComboBox()
            rating.setObjectName(f"rating_{target_id}")
            rating.addItem(labels.NOT_RATED, "")
            for value, text in labels.RATINGS.items():
                rating.addItem(text, value.value)
            # Several lines: a comment sums up the evidence, not just a word.
            comment = PlainEdit()
            comment.setObjectName(f"comment_{target_id}")
            comment.setPlaceholderText(texts.EVAL_GOAL_COMMENT)
            comment.setMaximumHeight(3 * comment.fontMetrics().lineSpacing() + 14)
            for field in (rating, comment):
                self._rows[field] = target_id
                field.installEventFilter(self)
            grid.addWidget(label, row, 0)
            grid.addWidget(rating, row, 1)
            grid.addWidget(comment, row, 2)
            exempt = QCheckBox(texts.EVAL_EXEMPT_GOAL)
            exempt.setObjectName(f"exempt_goal_{target_id}")
            exempt.setToolTip(texts.EVAL_EXEMPT_GOAL_TIP)
            exempt.toggled.connect(lambda on, t=target_id: self.set_exempt(t, on))
            grid.addWidget(exempt, row, 3)
            self.exempt[target_id] = exempt
            self.ratings[target_id] = rating
            self.comments[target_id] = comment
            rating.currentIndexChanged.connect(lambda _i, t=target_id: self.save(t))
            comment.editingFinished.connect(lambda t=target_id: self.save(t))
            comment.textChanged.connect(self.edited)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(len(goals) + 1, 1)
        self.refresh()

    def refresh(self) -> None:
        for assessment in self.model.exercise.evaluation.assessments():
            rating = self.ratings.get(assessment.target_id)
            comment = self.comments.get(assessment.target_id)
            if rating is None or comment is None:
                continue
            rating.blockSignals(True)
            value = assessment.rating.value if assessment.rating else ""
            rating.setCurrentIndex(max(rating.findData(value), 0))
            rating.blockSignals(False)
            if not comment.hasFocus() and comment.toPlainText() != assessment.comment:
                comment.blockSignals(True)  # not typing: nothing to save
                comment.setPlainText(assessment.comment)
                comment.blockSignals(False)
        evaluation = self.model.exercise.evaluation
        for target_id, box in self.exempt.items():
            box.blockSignals(True)
            box.setChecked(evaluation.is_exempt(ExemptKind.ASSESSMENT, target_id))
            box.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self._rows:
            self.goalChosen.emit(self._rows[watched])
        return super().eventFilter(watched, event)

    def set_rating(self, target_id: str, rating: Rating) -> None:
        """Put a rating in the goal's box, as the evaluator choosing it there would."""
        box = self.ratings[target_id]
        box.setCurrentIndex(max(box.findData(rating.value), 0))

    def set_exempt(self, target_id: str, exempt: bool) -> None:
        if self.model.exercise.evaluation.is_exempt(ExemptKind.ASSESSMENT, target_id) != exempt:
            self.model.call(
                self.model.exercise.set_exempt, ExemptKind.ASSESSMENT, target_id, exempt
            )

    def save_all(self) -> None:
        for target_id in self.comments:
            self.save(target_id)

    def save(self, target_id: str) -> None:
        value = str(self.ratings[target_id].currentData() or "")
        rating = Rating(value) if value else None
        comment = self.comments[target_id].toPlainText().strip()
        current = self.model.exercise.evaluation.assessment(target_id)
        if (current.rating, current.comment) != (rating, comment):
            self.model.call(self.model.exercise.rate, target_id, rating, comment)


# Multi-line fields; the first two are the longest texts of the report.
LONG_FIELDS = (
    EvaluationField.SUMMARY,
    EvaluationField.WAY_FORWARD,
    EvaluationField.BACKGROUND,
    EvaluationField.ASSUMPTIONS,
    EvaluationField.METHOD,
)


class ReportTexts(QWidget):
    """Summary, way forward, names, date, place and the marking on every page."""

    edited = Signal()

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.fields: dict[EvaluationField, PlainEdit | QLineEdit] = {}
        self._seen: dict[EvaluationField, str] = {}
        form = QFormLayout(self)
        for field in EvaluationField:
            edit: PlainEdit | QLineEdit
            if field in LONG_FIELDS:
                edit = PlainEdit()
                edit.setMinimumHeight(120 if field in LONG_FIELDS[:2] else 80)
                default = self._default(field)
                if default:
                    # What the report prints while the field is empty, so it is never a
                    # surprise (and the pack's purpose is seen before it goes out).
                    edit.setPlaceholderText(f"{texts.EVAL_DEFAULT_HINT}\n{default}")
                if field is EvaluationField.BACKGROUND:
                    edit.setToolTip(texts.EVAL_BACKGROUND_HINT)
            else:
                edit = QLineEdit()
                if field is EvaluationField.DATE:
                    edit.setPlaceholderText(texts.EVAL_DATE_HINT)
            edit.setObjectName(f"text_{field.value}")
            edit.editingFinished.connect(lambda f=field: self.save(f))
            edit.textChanged.connect(self.edited)
            form.addRow(labels.EVALUATION_FIELDS[field], edit)
            self.fields[field] = edit
        self.marking = QComboBox()
        self.marking.setObjectName("marking")
        for kind, label in labels.MARKING_CHOICES.items():
            self.marking.addItem(label, kind.value)
        self.marking_text = QLineEdit()
        self.marking_text.setPlaceholderText(texts.EVAL_MARKING_CUSTOM)
        self.marking.currentIndexChanged.connect(lambda _i: self.save_marking())
        self.marking_text.editingFinished.connect(self.save_marking)
        form.addRow(texts.EVAL_MARKING, self.marking)
        form.addRow(texts.EVAL_MARKING_CUSTOM, self.marking_text)
        self.refresh()

    def _default(self, field: EvaluationField) -> str:
        """The text the report uses for an empty field (see ovelse.report.from_session)."""
        from ovelse.report import texts as report_texts  # plain strings; no ReportLab

        return {
            EvaluationField.BACKGROUND: self.model.exercise.pack.purpose.strip(),
            EvaluationField.ASSUMPTIONS: report_texts.DEFAULT_ASSUMPTIONS,
            EvaluationField.METHOD: report_texts.DEFAULT_EVALUATION_METHOD,
        }.get(field, "")

    def _text(self, field: EvaluationField) -> str:
        edit = self.fields[field]
        return edit.toPlainText() if isinstance(edit, PlainEdit) else edit.text()

    def set_text(self, field: EvaluationField, value: str) -> None:
        edit = self.fields[field]
        if isinstance(edit, PlainEdit):
            edit.setPlainText(value)
        else:
            edit.setText(value)

    def refresh(self) -> None:
        evaluation = self.model.exercise.evaluation
        for field, edit in self.fields.items():
            stored = evaluation.text(field)
            # Only a value that changed in the session replaces what is in the field, so
            # saving one field never wipes another the user is still typing in.
            if stored != self._seen.get(field) and not edit.hasFocus():
                self.set_text(field, stored)
            self._seen[field] = stored
        marking = evaluation.marking
        self.marking.blockSignals(True)
        self.marking.setCurrentIndex(max(self.marking.findData(marking.kind.value), 0))
        self.marking.blockSignals(False)
        self.marking_text.setEnabled(marking.kind is MarkingKind.CUSTOM)
        if not self.marking_text.hasFocus():
            self.marking_text.setText(marking.custom_text)

    def save(self, field: EvaluationField) -> None:
        value = self._text(field)
        if value.strip() != self.model.exercise.evaluation.text(field):
            self.model.call(self.model.exercise.set_evaluation_text, field, value)

    def save_all(self) -> None:
        for field in self.fields:
            self.save(field)
        self.save_marking()

    def save_marking(self) -> None:
        kind = MarkingKind(str(self.marking.currentData()))
        self.marking_text.setEnabled(kind is MarkingKind.CUSTOM)
        text = self.marking_text.text() if kind is MarkingKind.CUSTOM else ""
        if kind is MarkingKind.CUSTOM and not text.strip():
            return  # wait for the text before writing a custom marking
        current = self.model.exercise.evaluation.marking
        if (kind, text.strip()) != (current.kind, current.custom_text):
            self.model.call(self.model.exercise.set_marking, kind, text)


class EvaluationPage(QWidget):
    reportRequested = Signal()

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        heading = QLabel(texts.EVAL_HEADING)
        heading.setObjectName("pageHeading")
        self.goals = GoalRatings(model)
        goals_scroll = QScrollArea()
        goals_scroll.setWidgetResizable(True)
        goals_scroll.setWidget(self.goals)
        # Beside the goals, the evidence for the one the cursor is in.
        self.evidence = EvidencePanel(model)
        self.goals.goalChosen.connect(self.evidence.show_goal)
        self.evidence.useSuggestion.connect(self.goals.set_rating)
        self.evidence.take_key_from(goals_scroll)
        goals_split = QSplitter()
        goals_split.setObjectName("goalsSplit")
        goals_split.addWidget(goals_scroll)
        goals_split.addWidget(self.evidence)
        # Halves: at 1366 a third left the evidence's log entries a dozen letters wide.
        goals_split.setStretchFactor(0, 1)
        goals_split.setStretchFactor(1, 1)
        goals_split.setChildrenCollapsible(False)
        self.strengths = NoteList(model, NoteSection.STRENGTHS)
        self.improvements = NoteList(model, NoteSection.IMPROVEMENTS)
        self.learning = NoteList(model, NoteSection.LEARNING_POINTS, from_log=True)
        findings = QWidget()
        findings_layout = QHBoxLayout(findings)
        findings_layout.addWidget(self.strengths)
        findings_layout.addWidget(self.improvements)
        findings_layout.addWidget(self.learning)
        self.action_plan = ActionPlan(model)
        self.report_texts = ReportTexts(model)
        # Eight fields and the marking are taller than a laptop's screen: they scroll.
        texts_scroll = QScrollArea()
        texts_scroll.setWidgetResizable(True)
        texts_scroll.setWidget(self.report_texts)
        self.tabs = QTabWidget()
        self.tabs.addTab(goals_split, texts.EVAL_GOALS)
        self.tabs.addTab(findings, texts.EVAL_FINDINGS)
        self.tabs.addTab(self.action_plan, texts.EVAL_ACTION_PLAN)
        self.tabs.addTab(texts_scroll, texts.EVAL_TEXTS)
        self.exemptions = exemptions.ExemptionsPanel(model)
        # Its list of log entries is made when the tab is first shown, and follows the log.
        self.tabs.addTab(self.exemptions, texts.EVAL_EXEMPT)
        # What the room said in the hot wash, offered as findings and measures.
        self.hot_wash_offers = HotWashOffers(model, self.tabs)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("evalStatus")
        self.status.setWordWrap(True)  # a long refusal must not widen the window
        self.report_button = QPushButton(texts.EVAL_TO_REPORT)
        self.report_button.setObjectName("primary")
        self.report_button.clicked.connect(self._to_report)
        read_only.usable_when_read_only(self.report_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._handlers: list[tuple[Callable[[Change], bool], Callable[[], None]]] = [
            (lambda c: bool(c.ratings), self.goals.refresh),
            (lambda c: EvaluationSection.STRENGTHS in c.evaluation, self.strengths.refresh),
            (lambda c: EvaluationSection.IMPROVEMENTS in c.evaluation, self.improvements.refresh),
            (lambda c: EvaluationSection.LEARNING_POINTS in c.evaluation, self.learning.refresh),
            (lambda c: EvaluationSection.ACTION_PLAN in c.evaluation, self.action_plan.refresh),
            (lambda c: bool(c.evaluation_text) or c.marking, self.report_texts.refresh),
            (lambda c: c.exempt, self.goals.refresh),
            (lambda c: c.exempt, self.strengths.refresh),
            (lambda c: c.exempt, self.improvements.refresh),
            (lambda c: c.exempt, self.learning.refresh),
            (lambda c: c.exempt, self.action_plan.refresh),
            (lambda c: c.exempt, self.exemptions.refresh),
        ]
        model.evaluationChanged.connect(self._changed)
        model.failed.connect(self._failed)
        # Long texts are saved when typing pauses, so a closed lid or a crash in the middle
        # of the summary loses seconds, not the evening's writing.
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_pending)
        self.goals.edited.connect(self._autosave.start)
        self.report_texts.edited.connect(self._autosave.start)
        # Words typed since the last save are not saved: «Lagret.» must not say they are.
        self.goals.edited.connect(self._unsaved)
        self.report_texts.edited.connect(self._unsaved)

    def save_pending(self) -> None:
        """Write every field whose text differs from the session; unchanged ones are skipped."""
        self._autosave.stop()
        self.goals.save_all()
        self.report_texts.save_all()

    def _changed(self, change: Change) -> None:
        self.status.setStyleSheet("")
        self.status.setText(texts.EVAL_SAVED)
        for wanted, refresh in self._handlers:
            if wanted(change):
                refresh()

    def _unsaved(self) -> None:
        if self.status.text() == texts.EVAL_SAVED:
            self.status.clear()

    def _failed(self, message: str) -> None:
        if self.isVisible():
            self.status.setStyleSheet("color: #a01c22; font-weight: bold;")
            self.status.setText(message)

    def _to_report(self) -> None:
        self.save_pending()
        self.reportRequested.emit()
