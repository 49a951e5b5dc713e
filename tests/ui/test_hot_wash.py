"""The hot wash step with the room, keyboard only, on the real main window: three roles
answer, the projector shows the words as they are typed, the answers are offered in
Evaluate, one becomes an improvement point and reaches the report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from ovelse.exercise.kinds import EntryKind, HotWashPrompt
from ovelse.store.errors import SessionWriteError
from ovelse.ui import texts
from ovelse.ui.hot_wash_scene import CURSOR
from ovelse.ui.main_window import MainWindow

from .conftest import Scripted
from .test_flow import prepare_full_pack
from .test_read_only_view import second_window, writer
from .test_report_language import pdf_text

LOG_SECRET = "Loggført: hemmelig nøkkelboks bak rådhuset"
ROUND = {
    "ordforer": (
        "Kriseledelsen kom raskt sammen",
        "Varslingslista var gammel",
        "Ny varslingsliste",
    ),
    "kommunedirektor": ("Gode prioriteringer", "Mer tid til ressursoversikt", "Avtale om aggregat"),
    "nettselskap": (
        "God kontakt med kommunen",
        "Sein beskjed om sårbare",
        "Felles liste over sårbare",
    ),
}


def ended_with_three_roles(window: MainWindow, qtbot, scripted: Scripted) -> None:
    prepare_full_pack(window, qtbot)
    window.prepare.set_role_checked("nettselskap", True)
    qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
    model = window.model
    assert model is not None
    model.toggle_run()
    model.call(model.exercise.release_next)
    model.call(model.exercise.add_entry, EntryKind.OBSERVATION, LOG_SECRET, ["ordforer"])
    scripted.answers.append(True)
    assert window.console is not None
    window.console.end_exercise()


def focused() -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), widget
    return widget


def projector(window: MainWindow) -> str:
    assert window.participant is not None
    return "\n".join(window.participant.view.visible_texts())


def private_texts(window: MainWindow) -> list[str]:
    """What must never reach the shared screen: the log and the facilitator's notes."""
    model = window.model
    assert model is not None
    found = [LOG_SECRET]
    for inject in model.exercise.injects():
        if inject.inject.notes.strip():
            found.append(inject.inject.notes.strip()[:40])
        found += [action[:40] for action in inject.inject.expected_actions if action.strip()]
    return found


def assert_nothing_private(window: MainWindow) -> None:
    assert window.participant is not None
    stage = window.participant.view.stage()
    assert stage is not None and stage.hot_wash is not None
    # The hot wash's stage carries nothing of the inject, the board or the log.
    assert (stage.title, stage.text, stage.questions, stage.board, stage.picture) == (
        "",
        "",
        (),
        (),
        None,
    )
    shown = projector(window)
    for private in private_texts(window):
        assert private not in shown


def test_hot_wash_round_evaluate_and_report(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path
) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    ended_with_three_roles(window, qtbot, scripted)
    assert window.hot_wash is not None and window.model is not None
    page, model = window.hot_wash, window.model
    assert len(private_texts(window)) > 1  # the fixture pack has notes to keep private

    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is page
    assert page.round() == ["ordforer", "kommunedirektor", "nettselskap"]
    qtbot.waitUntil(lambda: focused() is page.fields[HotWashPrompt.WORKED])

    for role_id, answers in ROUND.items():
        assert page.current_role() == role_id
        assert model.role_title(role_id) in projector(window)
        for prompt, answer in zip(HotWashPrompt, answers, strict=True):
            edit = focused()
            assert edit is page.fields[prompt]
            QTest.keyClicks(edit, answer[:12])
            # The room sees the words while they are written, with the cursor after them.
            assert answer[:12] + CURSOR in projector(window)
            assert_nothing_private(window)
            QTest.keyClicks(edit, answer[12:])
            QTest.keyClick(edit, Qt.Key.Key_Return)
            saved = [a.text for a in model.exercise.evaluation.hot_wash.for_role(role_id)]
            assert answer in saved  # on disk before the page moves on
            if prompt is not HotWashPrompt.CHANGE:
                assert "• " + answer in projector(window)

    hot_wash = model.exercise.evaluation.hot_wash
    assert len(hot_wash.answers()) == 9
    assert {a.role_id for a in hot_wash.answers()} == set(ROUND)
    # Past the last role the round stays put; Ctrl+PgUp goes back round the table.
    assert page.current_role() == "nettselskap"
    QTest.keyClick(focused(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.current_role() == "kommunedirektor"
    assert "• Gode prioriteringer" in projector(window)
    QTest.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert page.current_role() == "nettselskap"

    # F3: the summary on the projector, with the counts and every «endre i planen».
    QTest.keyClick(focused(), Qt.Key.Key_F3)
    shown = projector(window)
    assert texts.HOT_WASH_CHANGES in shown
    for answers in ROUND.values():
        assert answers[2] in shown
    assert "Hva fungerte?  3 svar" in shown
    assert_nothing_private(window)

    # Evaluate: the nine answers are offered; F takes one in as an improvement point.
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    evaluation_page = window.evaluation
    assert evaluation_page is not None and window.stack.currentWidget() is evaluation_page
    offers = evaluation_page.hot_wash_offers
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert evaluation_page.tabs.currentWidget() is offers
    assert QApplication.focusWidget() is offers.list  # ready for Enter, S, F or T
    assert offers.list.count() == 9
    QTest.keyClick(offers.list, Qt.Key.Key_Home)
    QTest.keyClick(offers.list, Qt.Key.Key_Down)  # U2: the mayor's «kan bli bedre»
    QTest.keyClick(offers.list, Qt.Key.Key_F)
    improvements = model.exercise.evaluation.improvements
    assert [(n.text, n.links.hot_wash) for n in improvements] == [
        ("Varslingslista var gammel", ("U2",))
    ]
    assert offers.list.count() == 8
    assert evaluation_page.improvements.list.item(0).text().endswith("[U2]")  # the link back
    assert "(8)" in evaluation_page.tabs.tabText(evaluation_page.tabs.indexOf(offers))
    # Enter takes the next one (U3, now where U2 was) in where its prompt belongs:
    # «endre i planen» → tiltak.
    QTest.keyClick(offers.list, Qt.Key.Key_Return)
    assert [a.measure for a in model.exercise.evaluation.action_plan] == ["Ny varslingsliste"]

    # The report: the improvement point and the chapter of the room's own assessment.
    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    report = window.report
    assert report is not None and window.stack.currentWidget() is report
    assert report.write("pdf", tmp_path / "rapport.pdf")
    text = pdf_text(tmp_path / "rapport.pdf")
    assert "Deltakernes egen vurdering" in text
    assert "Varslingslista var gammel" in text
    assert "umiddelbar evaluering U2" in " ".join(text.split())
    for answers in ROUND.values():
        for answer in answers:
            assert answer in " ".join(text.split())


def test_the_projector_never_shows_notes_or_the_log_during_the_hot_wash(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    ended_with_three_roles(window, qtbot, scripted)
    assert window.hot_wash is not None and window.participant is not None
    page = window.hot_wash
    window.go(5)
    assert_nothing_private(window)
    QTest.keyClicks(page.fields[HotWashPrompt.WORKED], "Bra")
    assert_nothing_private(window)
    QTest.keyClick(page.fields[HotWashPrompt.WORKED], Qt.Key.Key_Return)
    page.toggle_summary()
    assert_nothing_private(window)
    # Leaving the step with the summary up keeps it; the round goes with the step.
    window.go(3)
    assert window.participant.view.stage().hot_wash is not None
    window.go(5)
    page.toggle_summary()
    window.go(3)
    assert window.participant.view.stage().hot_wash is None


def test_words_not_saved_are_kept_when_moving_round(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    ended_with_three_roles(window, qtbot, scripted)
    page = window.hot_wash
    assert page is not None and window.model is not None
    window.go(5)
    QTest.keyClicks(page.fields[HotWashPrompt.BETTER], "Ikke lagret ennå")
    QTest.keyClick(
        page.fields[HotWashPrompt.BETTER], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert page.current_role() == "ordforer"
    assert page.fields[HotWashPrompt.BETTER].text() == "Ikke lagret ennå"
    assert page.status.text() == texts.HOT_WASH_UNSAVED


def test_answers_are_corrected_and_deleted_from_the_keyboard(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    ended_with_three_roles(window, qtbot, scripted)
    page, model = window.hot_wash, window.model
    assert page is not None and model is not None
    window.go(5)
    edit = page.fields[HotWashPrompt.WORKED]
    QTest.keyClicks(edit, "Rask varsling")
    QTest.keyClick(edit, Qt.Key.Key_Return)

    def corrected(dialog) -> bool:
        dialog.text.setPlainText("Rask varsling av kriseledelsen")
        return True

    scripted.dialogs.append(corrected)
    QTest.keyClick(focused(), Qt.Key.Key_F2)
    assert model.exercise.evaluation.hot_wash.get("U1").text == "Rask varsling av kriseledelsen"
    assert "• Rask varsling av kriseledelsen" in projector(window)
    for _ in range(6):  # Tab from the prompts to the saved answers
        if QApplication.focusWidget() is page.answers:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.answers
    QTest.keyClick(page.answers, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert page.answers.item(0).text().startswith(texts.EVAL_EXEMPT_TAG)
    scripted.answers.append(True)
    QTest.keyClick(page.answers, Qt.Key.Key_Delete)
    assert model.exercise.evaluation.hot_wash.answers() == ()
    assert "Rask varsling" not in projector(window)


def test_typing_on_the_covering_projector_reaches_the_hot_wash_not_the_log(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    """One screen: the projector covers the console, and the words still go to the answer."""
    ended_with_three_roles(window, qtbot, scripted)
    page, model, participant = window.hot_wash, window.model, window.participant
    assert page is not None and model is not None and participant is not None
    window.go(5)
    entries = len(model.exercise.log.entries())
    window.show_participant()
    assert window.one_screen() and not window.isVisible()
    QTest.keyClicks(participant, "Rask oppmøte")
    assert "• Rask oppmøte" + CURSOR in projector(window)
    QTest.keyClick(participant, Qt.Key.Key_Return)
    QTest.keyClick(participant, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(participant, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert page.current_role() == "kommunedirektor"
    QTest.keyClicks(participant, "Bedre varsling")
    QTest.keyClick(participant, Qt.Key.Key_Return)
    answers = [(a.role_id, a.prompt, a.text) for a in model.exercise.evaluation.hot_wash.answers()]
    assert answers == [
        ("ordforer", HotWashPrompt.WORKED, "Rask oppmøte"),
        ("kommunedirektor", HotWashPrompt.WORKED, "Bedre varsling"),
    ]
    assert len(model.exercise.log.entries()) == entries  # nothing went to the log
    window.hide_participant()


def test_an_answer_the_disk_refused_stays_in_its_field_and_is_not_shown_as_saved(
    window: MainWindow, qtbot, scripted: Scripted, monkeypatch: pytest.MonkeyPatch
) -> None:
    ended_with_three_roles(window, qtbot, scripted)
    page, model = window.hot_wash, window.model
    assert page is not None and model is not None
    window.go(5)
    session = model.session

    def broken(records: object) -> None:
        raise SessionWriteError(session.path, "Disken er full.")

    monkeypatch.setattr(session, "append", broken)
    edit = page.fields[HotWashPrompt.WORKED]
    QTest.keyClicks(edit, "Gode rutiner")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "Gode rutiner" and edit.hasFocus()
    assert "Disken er full." in page.status.text()
    assert model.exercise.evaluation.hot_wash.answers() == ()
    assert "• Gode rutiner" + CURSOR in projector(window)  # still being written, not saved
    monkeypatch.undo()
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == ""
    assert [a.text for a in model.exercise.evaluation.hot_wash.answers()] == ["Gode rutiner"]
    assert page.status.text().startswith("Lagret")


def test_a_role_added_during_the_run_is_asked_too(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    ended_with_three_roles(window, qtbot, scripted)
    page, model = window.hot_wash, window.model
    assert page is not None and model is not None
    model.call(model.exercise.add_role, "Frivillige")
    window.go(5)
    assert page.round() == ["ordforer", "kommunedirektor", "nettselskap", "rolle-1"]
    QTest.keyClick(focused(), Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert page.current_role() == "rolle-1"
    assert "Frivillige" in projector(window)


def test_a_summary_put_up_during_the_run_does_not_hide_the_next_inject(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    """The step opened mid-run: back in the console, the inject released reaches the room."""
    prepare_full_pack(window, qtbot)
    qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
    page, model, participant = window.hot_wash, window.model, window.participant
    assert page is not None and model is not None and participant is not None
    model.toggle_run()
    window.go(5)
    QTest.keyClick(focused(), Qt.Key.Key_F3)
    assert participant.view.stage().hot_wash is not None
    window.go(2)
    model.call(model.exercise.release_next)
    stage = participant.view.stage()
    assert stage.hot_wash is None and stage.title == "Strømmen går i Nesseby"
    window.go(5)  # back in the step, the round is shown again, not the summary
    assert page.summary_button.text() == texts.HOT_WASH_SHOW_SUMMARY


def test_words_typed_but_not_saved_are_kept_when_the_session_closes(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    """Closing the session (or the window) saves what was typed, as Evaluate's fields do."""
    ended_with_three_roles(window, qtbot, scripted)
    page, model = window.hot_wash, window.model
    assert page is not None and model is not None
    path = model.path
    window.go(5)
    QTest.keyClicks(page.fields[HotWashPrompt.WORKED], "Rask innkalling")
    QTest.keyClicks(page.fields[HotWashPrompt.CHANGE], "Ny varslingsliste")
    window.close_session()
    assert window.open_session(path) and window.model is not None
    answers = window.model.exercise.evaluation.hot_wash.answers()
    assert [(a.role_id, a.prompt, a.text) for a in answers] == [
        ("ordforer", HotWashPrompt.WORKED, "Rask innkalling"),
        ("ordforer", HotWashPrompt.CHANGE, "Ny varslingsliste"),
    ]


def test_a_read_only_view_offers_no_correction_or_deletion_of_answers(
    window: MainWindow, qtbot, scripted: Scripted, settings, clock, tmp_path
) -> None:
    """Like every command that writes, F2, Delete and Ctrl+U do nothing in a view of a
    session another window holds: no dialog to type a correction that cannot be saved."""
    writer(window, qtbot, tmp_path)
    model = window.model
    assert model is not None
    model.call(model.exercise.add_hot_wash_answer, "ordforer", HotWashPrompt.WORKED, "Bra")
    second = second_window(qtbot, settings, clock)
    second.offer_resume()
    qtbot.mouseClick(second.library.resume_button, Qt.MouseButton.LeftButton)
    assert second.model is not None and second.model.read_only
    second.go(5)
    page = second.hot_wash
    assert page is not None and page.answers.count() == 1
    page.answers.setFocus()
    page.answers.setCurrentRow(0)
    for key, modifier in (
        (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier),
    ):
        QTest.keyClick(page.answers, key, modifier)
    assert scripted.asked == []  # no dialog was opened either (it would have failed)
    assert not page.answers.item(0).text().startswith(texts.EVAL_EXEMPT_TAG)
    assert [a.text for a in model.exercise.evaluation.hot_wash.answers()] == ["Bra"]
    second.close()


def test_a_read_only_view_takes_no_answer_into_the_evaluation(
    window: MainWindow, qtbot, scripted: Scripted, settings, clock, tmp_path
) -> None:
    """Enter, S, F, T and Ctrl+U on Evaluate's list of answers write nothing in a view of a
    session another window holds, and show no refusal: they are off there."""
    writer(window, qtbot, tmp_path)
    model = window.model
    assert model is not None
    model.call(model.exercise.add_hot_wash_answer, "ordforer", HotWashPrompt.WORKED, "Bra")
    second = second_window(qtbot, settings, clock)
    second.offer_resume()
    qtbot.mouseClick(second.library.resume_button, Qt.MouseButton.LeftButton)
    assert second.model is not None and second.model.read_only
    second.go(3)
    evaluation = second.evaluation
    assert evaluation is not None
    offers = evaluation.hot_wash_offers
    evaluation.tabs.setCurrentWidget(offers)
    offers.list.setCurrentRow(0)
    for key, modifier in (
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_S, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_T, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier),
    ):
        QTest.keyClick(offers.list, key, modifier)
    assert evaluation.status.text() in ("", texts.EVAL_SAVED)  # no refusal to read
    assert offers.list.count() == 1 and offers.status.text() == ""
    assert model.exercise.evaluation.strengths == ()
    second.close()
