"""«Rapport → Send til statsforvalteren …»: what the result file will hold, the items the
kommune flags for follow-up from the region or the state, and saving the file.

The summary is read from the very value the file is written from
(``app.results.result_of_session``), so the dialog cannot say one thing and send
another. A tick is an event in the session (``Exercise.set_follow_up``), written before
the list shows it, so the choice is there the next time the dialog opens. Everything
works from the keyboard: the list has the focus, Space ticks, Alt+N and Alt+S choose
names and exempt content, Alt+L (or Enter) saves, Esc closes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ovelse.app import results
from ovelse.exercise import labels
from ovelse.exercise.kinds import ExemptKind, RunState
from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.results.model import ExerciseResult
from ovelse.store.reasons import os_reason
from ovelse.ui import file_dialogs, texts
from ovelse.ui.session_model import SessionModel
from ovelse.ui.settings import AppSettings

ERROR_STYLE = "color: #a01c22; font-weight: bold;"


def _items(result: ExerciseResult) -> int:
    return sum(
        len(part)
        for part in (result.strengths, result.improvements, result.learning_points, result.actions)
    )


def held_back(full: ExerciseResult, public: ExerciseResult) -> int:
    """How many parts are exempt: items the public file leaves out, and withheld verdicts."""
    return _items(full) - _items(public) + sum(1 for g in public.all_goals() if g.withheld)


def summary_lines(sent: ExerciseResult, exempt: int, state: RunState) -> list[str]:
    """What the file ``sent`` will hold, one line each; ``exempt`` is how many parts are
    skjermet (sent or held back, as ``sent.exempt_included`` says)."""
    goals = sent.all_goals()
    lines = [
        texts.SEND_KOMMUNE.format(
            kommune=sent.kommune.name,
            pack=sent.pack.title,
            version=sent.pack.version,
            date=sent.exercise_date.strftime("%d.%m.%Y")
            if sent.exercise_date
            else texts.SEND_NO_DATE,
        ),
        texts.SEND_COUNTS.format(
            rated=sum(1 for g in goals if g.rating is not None),
            goals=len(goals),
            strengths=len(sent.strengths),
            improvements=len(sent.improvements),
            learning=len(sent.learning_points),
            actions=len(sent.actions),
            people=sent.participants_total,
        ),
        texts.SEND_MARKING.format(marking=sent.marking.text)
        if sent.marking.text
        else texts.SEND_MARKING_NONE,
        texts.SEND_NAMES_YES if sent.names_included else texts.SEND_NAMES_NO,
    ]
    if exempt == 0:
        lines.append(texts.SEND_EXEMPT_NONE)
    elif sent.exempt_included:
        lines.append(texts.SEND_EXEMPT_YES.for_count(exempt).format(count=exempt))
    else:
        lines.append(texts.SEND_EXEMPT_NO.for_count(exempt).format(count=exempt))
    lines.append(texts.SEND_FLAGGED.format(count=len(sent.follow_ups())))
    if state is not RunState.ENDED:
        lines.append(texts.SEND_NOT_ENDED)
    return lines


class SendResultDialog(QDialog):
    def __init__(
        self,
        model: SessionModel,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.settings = settings
        self.written: Path | None = None
        # Asks where to save, given the suggested path; "" when the user cancels. Tests
        # put their own here, as the file dialog is the platform's.
        self.ask_path: Callable[[Path], str] = self._ask_path
        self.setWindowTitle(texts.SEND_TITLE)
        intro = QLabel(texts.SEND_INTRO)
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("send_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # kommune and pack are data
        self.summary.setWordWrap(True)
        box = QGroupBox(texts.SEND_WHAT)
        QVBoxLayout(box).addWidget(self.summary)
        self.items = QListWidget()
        self.items.setObjectName("send_items")
        items_label = QLabel(texts.SEND_ITEMS)
        items_label.setBuddy(self.items)
        self.include_names = QCheckBox(texts.SEND_INCLUDE_NAMES)
        self.include_names.setObjectName("send_names")
        self.include_exempt = QCheckBox(texts.SEND_INCLUDE_EXEMPT)
        self.include_exempt.setObjectName("send_exempt")
        self.message = QLabel()
        self.message.setObjectName("send_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(texts.SEND_SAVE)
        self.save_button.setObjectName("send_save")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(texts.SEND_CLOSE, QDialogButtonBox.ButtonRole.RejectRole)
        assert close is not None
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(items_label)
        layout.addWidget(self.items, 1)
        if model.read_only:
            note = QLabel(texts.SEND_READ_ONLY)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.include_names)
        layout.addWidget(self.include_exempt)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill_items()
        self.refresh()
        self.items.itemChanged.connect(self._ticked)
        self.include_names.toggled.connect(self.refresh)
        self.include_exempt.toggled.connect(self._exempt_toggled)
        model.evaluationChanged.connect(self._evaluation_changed)
        self.items.setFocus()
        self.resize(720, 620)

    # --- what is shown ----------------------------------------------------------------

    def choices(self) -> results.ResultChoices:
        return results.ResultChoices(
            include_names=self.include_names.isChecked(),
            include_exempt=self.include_exempt.isChecked(),
        )

    def sent_result(self) -> ExerciseResult:
        return results.result_of_session(self.model.session, self.choices())

    def refresh(self) -> None:
        session, names = self.model.session, self.include_names.isChecked()
        full = results.result_of_session(session, results.ResultChoices(names, True))
        public = results.result_of_session(session, results.ResultChoices(names, False))
        sent = full if self.include_exempt.isChecked() else public
        lines = summary_lines(sent, held_back(full, public), self.model.state)
        self.summary.setText("\n".join(lines))

    def _fill_items(self) -> None:
        evaluation = self.model.exercise.evaluation
        exempt = evaluation.exempt_ids(ExemptKind.ITEM)
        self.items.blockSignals(True)
        current = self.items.currentRow()
        self.items.clear()
        for section, item_id, text in results.flaggable_items(self.model.session):
            line = texts.SEND_ITEM.format(
                section=labels.EVALUATION_SECTIONS[section], id=item_id, text=" ".join(text.split())
            )
            if item_id in exempt and not self.include_exempt.isChecked():
                line = texts.SEND_ITEM_LEFT_OUT + line
            item = QListWidgetItem(line)  # plain text: the finding is data
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self.model.read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            checked = evaluation.needs_follow_up(item_id)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.setCurrentRow(max(0, min(current, self.items.count() - 1)))
        self.items.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        item_id = str(item.data(Qt.ItemDataRole.UserRole))
        wanted = item.checkState() == Qt.CheckState.Checked
        exercise = self.model.exercise
        if exercise.evaluation.needs_follow_up(item_id) == wanted:
            return
        if self.model.call(exercise.set_follow_up, item_id, wanted) is None:
            self._fill_items()  # refused or not saved: show what the session holds
        self.refresh()

    def _exempt_toggled(self) -> None:
        self._fill_items()
        self.refresh()

    def _evaluation_changed(self, _change: object) -> None:
        self._fill_items()
        self.refresh()

    # --- saving -----------------------------------------------------------------------

    def suggested_path(self) -> Path:
        folder = self.model.path.parent
        if self.settings is not None and self.settings.report_folder():
            folder = Path(self.settings.report_folder())
        return folder / results.suggested_result_name(self.sent_result())

    def _ask_path(self, suggested: Path) -> str:
        return file_dialogs.save_file_name(
            self, texts.SEND_CAPTION, str(suggested), texts.SEND_FILTER
        )

    def save(self) -> bool:
        chosen = self.ask_path(self.suggested_path())
        if not chosen:
            return False
        path = results.with_result_suffix(Path(chosen))
        try:
            results.write_result_of_session(self.model.session, path, self.choices())
        except (InterchangeError, OSError) as exc:
            error = os_reason(exc) if isinstance(exc, OSError) else str(exc)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(texts.SEND_FAILED.format(error=error))
            return False
        self.message.setStyleSheet("")
        self.message.setText(texts.SEND_SAVED.format(path=path))
        self.written = path
        return True

    def done(self, result: int) -> None:
        # The dialog may outlive this opening (Qt keeps a parented dialog): stop listening.
        with contextlib.suppress(RuntimeError, TypeError):
            self.model.evaluationChanged.disconnect(self._evaluation_changed)
        super().done(result)
