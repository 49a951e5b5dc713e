"""The evidence beside the goal being rated: injects, ticks, log entries, linked findings.

What it shows comes from ``ovelse.exercise.evidence``, the same gathering the report uses.
The suggested rating is shown with its rule; «Bruk forslaget» puts it in the goal's rating
box, and only the evaluator pressing it does: the suggestion never sets a rating by itself.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ovelse import presentation
from ovelse.exercise import labels
from ovelse.exercise.changes import Change
from ovelse.exercise.evidence import GoalEvidence, gather, mark_text
from ovelse.exercise.kinds import EntryKind, Rating
from ovelse.ui import read_only, texts
from ovelse.ui.session_model import SessionModel

STYLE = (
    "h3 { margin: 8px 0 2px 0; } ul { margin: 0 0 0 -16px; } "
    ".meta { color: #555; } .done { color: #1b6e2a; } .partly { color: #8a5a00; } "
    ".not { color: #a01c22; }"
)
MARK_CLASS = {"gjort": "done", "delvis": "partly", "ikke_gjort": "not"}


class EvidencePanel(QWidget):
    """Shows ``gather`` for one goal or sub-goal; ``useSuggestion`` carries the rating."""

    useSuggestion = Signal(str, object)  # target id, Rating

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.target_id: str | None = None
        self.evidence: GoalEvidence | None = None
        self.heading = QLabel(texts.EVIDENCE_PICK_GOAL)
        self.heading.setObjectName("sectionHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("evidenceSuggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setWordWrap(True)
        self.use_button = QPushButton(texts.EVIDENCE_USE)
        self.use_button.setObjectName("useSuggestion")
        self.use_button.clicked.connect(self._use)
        self.kind = QComboBox()
        self.kind.setObjectName("evidenceKind")
        self.kind.addItem(texts.EVIDENCE_ALL_KINDS, "")
        for kind, label in labels.ENTRY_KINDS.items():
            self.kind.addItem(label, kind.value)
        self.role = QComboBox()
        self.role.setObjectName("evidenceRole")
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.role.currentIndexChanged.connect(lambda _i: self.refresh())
        read_only.usable_when_read_only(self.kind, self.role)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(texts.EVIDENCE_FILTER))
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.role, 1)
        self.browser = QTextBrowser()
        self.browser.setObjectName("evidence")
        self.browser.document().setDefaultStyleSheet(STYLE)
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(suggestion_row)
        layout.addLayout(filters)
        layout.addWidget(self.browser, 1)
        self._stale = False  # something changed while the panel was hidden
        model.changed.connect(self._changed)
        self._fill_roles()
        goals = list(model.exercise.evaluation.goals)
        self.target_id = goals[0] if goals else None
        self.refresh()

    def _changed(self, change: Change) -> None:
        """Follow ticks, log entries and findings; a hidden panel catches up when shown."""
        if not (change.actions or change.entries or change.evaluation or change.roles):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _fill_roles(self) -> None:
        chosen = self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        self.role.addItem(texts.EVIDENCE_ALL_ROLES, "")
        for role in self.model.exercise.roles():
            self.role.addItem(role.title or role.id, role.id)
        self.role.setCurrentIndex(max(self.role.findData(chosen), 0))
        self.role.blockSignals(False)

    def show_goal(self, target_id: str) -> None:
        if target_id != self.target_id:
            self.target_id = target_id
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        exercise = self.model.exercise
        if self.target_id is None or self.target_id not in exercise.evaluation.goals:
            self.heading.setText(texts.EVIDENCE_PICK_GOAL)
            self.suggestion.clear()
            self.use_button.setEnabled(False)
            self.browser.clear()
            return
        if self.role.count() != len(exercise.roles()) + 1:
            self._fill_roles()
        kind_value = str(self.kind.currentData() or "")
        evidence = gather(
            exercise,
            self.target_id,
            kind=EntryKind(kind_value) if kind_value else None,
            role=str(self.role.currentData() or ""),
        )
        self.evidence = evidence
        self.heading.setText(
            texts.EVIDENCE_HEADING.format(title=exercise.evaluation.goals[self.target_id])
        )
        suggestion = evidence.suggestion
        rating = (
            presentation.rating(suggestion.rating)
            if suggestion.rating is not None
            else texts.EVIDENCE_NO_SUGGESTION
        )
        self.suggestion.setText(
            texts.EVIDENCE_SUGGESTION.format(rating=rating, rule=suggestion.rule)
        )
        self.use_button.setEnabled(suggestion.rating is not None and not self.model.read_only)
        self.browser.setHtml(self.html(evidence))

    def html(self, evidence: GoalEvidence) -> str:
        exercise = self.model.exercise
        parts = [f"<h3>{escape(texts.EVIDENCE_INJECTS)}</h3>"]
        if not evidence.injects:
            parts.append(f"<p class='meta'>{escape(texts.EVIDENCE_NONE)}</p>")
        for inject in evidence.injects:
            title = escape(inject.title)
            if not inject.given:
                title += f" <span class='meta'>{escape(texts.EVIDENCE_NOT_GIVEN)}</span>"
            parts.append(f"<p><b>{title}</b></p>")
            if not inject.actions:
                continue
            rows = []
            for item in inject.actions:
                mark = mark_text(item.mark)
                css = MARK_CLASS.get(item.mark.value, "") if item.mark is not None else "meta"
                line = escape(item.text)
                if item.observed:
                    line += f" <i>({escape(labels.ACTION_OBSERVED)})</i>"
                line += f" — <span class='{css}'>{escape(mark)}</span>"
                if item.note:
                    line += f" <span class='meta'>({escape(item.note)})</span>"
                rows.append(f"<li>{line}</li>")
            parts.append("<ul>" + "".join(rows) + "</ul>")
        parts.append(
            f"<h3>{escape(texts.EVIDENCE_ENTRIES.format(count=len(evidence.entries)))}</h3>"
        )
        if evidence.entries:
            rows = []
            for entry in evidence.entries:
                roles = presentation.role_list(presentation.role_titles(exercise, entry.roles))
                rows.append(
                    f"<li><span class='meta'>{escape(presentation.exercise_time(entry.exercise_ms))}"
                    f" · {escape(presentation.kind(entry.kind))} · {escape(roles)}</span><br>"
                    f"{escape(entry.text)}</li>"
                )
            parts.append("<ul>" + "".join(rows) + "</ul>")
        else:
            parts.append(f"<p class='meta'>{escape(texts.EVIDENCE_NONE)}</p>")
        for title, notes in (
            (texts.EVIDENCE_STRENGTHS, evidence.strengths),
            (texts.EVIDENCE_IMPROVEMENTS, evidence.improvements),
        ):
            parts.append(f"<h3>{escape(title)}</h3>")
            if notes:
                parts.append(
                    "<ul>" + "".join(f"<li>{escape(note.text)}</li>" for note in notes) + "</ul>"
                )
            else:
                parts.append(f"<p class='meta'>{escape(texts.EVIDENCE_NONE)}</p>")
        return "".join(parts)

    def _use(self) -> None:
        if self.evidence is not None and self.evidence.suggestion.rating is not None:
            rating: Rating = self.evidence.suggestion.rating
            self.useSuggestion.emit(self.evidence.target_id, rating)
