"""Words typed but not yet saved are not lost to a closed window, a crash or a pause."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ovelse.exercise.kinds import EvaluationField
from ovelse.store.session import Session
from ovelse.ui.evaluation import EvaluationPage
from ovelse.ui.main_window import MainWindow
from ovelse.ui.settings import AppSettings

from .test_screens import started


def typing_the_summary(window: MainWindow, qtbot) -> tuple[EvaluationPage, QWidget]:
    """End a started exercise, open the evaluation page and type into the summary."""
    started(window, qtbot)
    window.model.call(window.model.exercise.end)
    window.go(3)
    page = window.evaluation
    summary = page.report_texts.fields[EvaluationField.SUMMARY]
    summary.setFocus()
    qtbot.keyClicks(summary, "Kriseledelsen kom raskt på plass")
    return page, summary


def test_log_draft_survives_closing_the_session(
    window: MainWindow, qtbot, settings: AppSettings
) -> None:
    started(window, qtbot)
    path = window.model.session.path
    qtbot.keyClicks(window.console.log.entry, "Ordføreren vil ha pressemøte kl. 14")
    window.close_session()
    # A fresh settings object reads what is on disk, as after a crash and restart.
    assert AppSettings(settings.basedir).log_draft(path) == "Ordføreren vil ha pressemøte kl. 14"
    window.open_session(path)
    assert window.console.log.entry.text() == "Ordføreren vil ha pressemøte kl. 14"
    entry = window.console.log.entry
    qtbot.keyClick(entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.text() == ""
    assert AppSettings(settings.basedir).log_draft(path) == ""


def test_evaluation_text_is_saved_when_typing_pauses(window: MainWindow, qtbot) -> None:
    _page, summary = typing_the_summary(window, qtbot)
    evaluation = window.model.exercise.evaluation
    assert evaluation.text(EvaluationField.SUMMARY) == ""  # still typing
    qtbot.waitUntil(
        lambda: evaluation.text(EvaluationField.SUMMARY) == "Kriseledelsen kom raskt på plass",
        timeout=5000,
    )
    assert summary.hasFocus()  # saving did not take the cursor away


def test_a_goal_comment_being_typed_is_saved_on_close(window: MainWindow, qtbot) -> None:
    started(window, qtbot)
    window.model.call(window.model.exercise.end)
    window.go(3)
    goals = window.evaluation.goals
    target, comment = next(iter(goals.comments.items()))
    comment.setFocus()
    qtbot.keyClicks(comment, "Godt samarbeid med politiet")
    session = window.model.session
    window.close_session()
    with Session.open(session.path, read_only=True) as reopened:
        assessment = reopened.exercise.evaluation.assessment(target)
        assert assessment.comment == "Godt samarbeid med politiet"
