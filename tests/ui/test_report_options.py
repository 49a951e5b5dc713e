"""The report step's choices reach the PDF: the log by role only when it is ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ovelse.report import texts as report_texts
from ovelse.ui.main_window import MainWindow

from .conftest import Scripted
from .test_evaluation import ended_session
from .test_report_language import pdf_text


def test_the_log_by_role_is_an_option_of_the_pdf(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path
) -> None:
    ended_session(window, qtbot, scripted)
    window.go(4)
    report = window.report
    assert report is not None and window.stack.currentWidget() is report
    assert not report.by_role.isChecked()
    assert report.write("pdf", tmp_path / "kort.pdf")
    assert report_texts.AP_LOG_BY_ROLE not in pdf_text(tmp_path / "kort.pdf")
    report.by_role.setFocus()
    qtbot.keyClick(report.by_role, Qt.Key.Key_Space)
    assert report.by_role.isChecked()
    assert report.write("pdf", tmp_path / "full.pdf")
    assert report_texts.AP_LOG_BY_ROLE in pdf_text(tmp_path / "full.pdf")


def test_a_marked_session_suggests_file_names_that_say_so(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    from ovelse.exercise.kinds import MarkingKind

    ended_session(window, qtbot, scripted)
    window.go(4)
    report = window.report
    model = window.model
    assert report is not None and model is not None
    assert "UNNTATT" not in report.default_path("csv").name
    model.call(model.exercise.set_marking, MarkingKind.OFFL_24)
    assert report.default_path("csv").name.endswith("-beslutningslogg-UNNTATT-OFFENTLIGHET.csv")
    assert "UNNTATT-OFFENTLIGHET" in report.default_path("pdf").name


def test_the_console_clock_shows_the_sessions_zone_on_a_utc_machine(
    window: MainWindow, qtbot, scripted: Scripted, monkeypatch
) -> None:
    import time

    from .test_flow import prepare_full_pack

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        prepare_full_pack(window, qtbot)
        qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
        assert window.model is not None and window.console is not None
        assert window.model.session.time_zone == "Europe/Oslo"
        strip = window.console.clocks
        strip.refresh()
        # The fake clock starts at 08:00 UTC on 12 March: 09:00 in Norway, as in the CSV.
        assert strip.wall_clock.text() == "09:00:00 CET"
        assert "Europe/Oslo" in strip.wall_clock.toolTip()
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_evaluation_asks_for_background_assumptions_and_priority(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    from PySide6.QtWidgets import QDialog

    from ovelse.exercise.kinds import EvaluationField, Priority

    ended_session(window, qtbot, scripted)
    window.go(3)
    page, model = window.evaluation, window.model
    assert page is not None and model is not None
    fields = page.report_texts.fields
    background = fields[EvaluationField.BACKGROUND]
    assert model.exercise.pack.purpose.strip()[:40] in background.placeholderText()
    assert report_texts.DEFAULT_ASSUMPTIONS in fields[EvaluationField.ASSUMPTIONS].placeholderText()
    background.setFocus()
    qtbot.keyClicks(background, "Bestilt av kommunestyret etter ROS-analysen.")
    qtbot.keyClick(background, Qt.Key.Key_Tab)  # leaving the field saves it
    evaluation = model.exercise.evaluation
    assert evaluation.text(EvaluationField.BACKGROUND) == (
        "Bestilt av kommunestyret etter ROS-analysen."
    )

    def action(dialog: QDialog) -> bool:
        dialog.measure.setPlainText("Oppdatere evakueringsplanen")
        dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.HIGH.value))
        return True

    scripted.dialogs.append(action)
    page.action_plan.add()
    (item,) = evaluation.action_plan
    assert item.fields.priority is Priority.HIGH
    assert page.action_plan.table.item(0, 5).text() == "Høy"
