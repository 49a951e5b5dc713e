"""Evaluation and report steps on an ended session of the full fixture pack."""

from __future__ import annotations

import json
from datetime import date

import docx
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from ovelse.exercise.kinds import (
    ActionStatus,
    Appendix,
    EntryKind,
    EvaluationField,
    ExemptKind,
    MarkingKind,
    NoteSection,
    Rating,
)
from ovelse.ui import texts
from ovelse.ui.exemptions import ExemptEntriesModel
from ovelse.ui.main_window import MainWindow
from ovelse.ui.report_step import ReportPage

from .conftest import Scripted
from .test_flow import prepare_full_pack


def ended_session(window: MainWindow, qtbot, scripted: Scripted) -> None:
    prepare_full_pack(window, qtbot)
    qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
    model = window.model
    assert model is not None
    model.toggle_run()
    model.call(model.exercise.release_next)
    model.call(model.exercise.add_entry, EntryKind.DECISION, "Kriseledelsen settes", ["ordforer"])
    model.call(model.exercise.add_entry, EntryKind.LEARNING_POINT, "Nødstrøm mangler", ["ordforer"])
    scripted.answers.append(True)
    window.console.end_exercise()


def test_evaluate_and_export(window: MainWindow, qtbot, scripted: Scripted, tmp_path) -> None:
    ended_session(window, qtbot, scripted)
    window.go(3)
    page = window.evaluation
    assert page is not None and window.model is not None
    evaluation = window.model.exercise.evaluation

    rating = page.goals.ratings["m1"]
    rating.setCurrentIndex(rating.findData(Rating.WELL.value))
    page.goals.comments["m1"].setPlainText("Raskt på plass")
    page.goals.save("m1")
    assert evaluation.assessment("m1").rating is Rating.WELL
    assert evaluation.assessment("m1").comment == "Raskt på plass"

    def note(dialog: QDialog) -> bool:
        dialog.text.setPlainText("God rolleforståelse")
        return True

    scripted.dialogs.append(note)
    page.strengths.add()
    assert [n.text for n in evaluation.strengths] == ["God rolleforståelse"]

    def pick(dialog: QDialog) -> bool:
        dialog.set_checked("L2")
        return True

    scripted.dialogs.append(pick)
    page.learning.add_from_log()
    (point,) = evaluation.learning_points
    assert point.text == "Nødstrøm mangler" and point.links.entries == ("L2",)

    def action(dialog: QDialog) -> bool:
        dialog.measure.setPlainText("Kjøpe aggregat til rådhuset")
        dialog.owner.setText("Teknisk")
        dialog.has_deadline.setChecked(True)
        dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.IN_PROGRESS.value))
        dialog.section.setText("ROS 4.2")
        return True

    scripted.dialogs.append(action)
    page.action_plan.add()
    (item,) = evaluation.action_plan
    assert item.owner == "Teknisk" and item.fields.plan_section == "ROS 4.2"
    assert item.deadline == date.today()
    assert page.action_plan.table.item(0, 3).text() == "Pågår"

    texts = page.report_texts
    texts.set_text(EvaluationField.SUMMARY, "Øvelsen gikk godt.")
    texts.set_text(EvaluationField.DATE, "2026-03-12")
    texts.marking.setCurrentIndex(texts.marking.findData(MarkingKind.OFFL_24.value))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert evaluation.text(EvaluationField.SUMMARY) == "Øvelsen gikk godt."
    assert evaluation.marking.kind is MarkingKind.OFFL_24
    assert window.stack.currentWidget() is window.report
    assert evaluation.notes(NoteSection.STRENGTHS)

    report = window.report
    assert report is not None
    csv_path = tmp_path / "logg.csv"
    json_path = tmp_path / "okt.json"
    assert report.write("csv", csv_path)
    assert "Kriseledelsen settes" in csv_path.read_text(encoding="utf-8-sig")
    assert report.write("json", json_path)
    assert json.loads(json_path.read_text(encoding="utf-8"))
    assert report.open_button.isEnabled()
    pdf_path = tmp_path / "rapport.pdf"
    assert report.write("pdf", pdf_path)
    pages = PdfReader(pdf_path).pages
    assert len(pages) > 3
    assert all("Unntatt offentlighet" in page.extract_text() for page in pages)


def test_exempt_parts_by_keyboard_and_the_public_report(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path
) -> None:
    ended_session(window, qtbot, scripted)
    window.go(3)
    page = window.evaluation
    model = window.model
    assert page is not None and model is not None
    evaluation = model.exercise.evaluation
    model.call(model.exercise.add_note, NoteSection.STRENGTHS, "Ordføreren på Skallelv svarte")
    model.call(model.exercise.add_note, NoteSection.STRENGTHS, "Rask innkalling")
    model.call(model.exercise.rate, "m1", Rating.PARTLY, "Trafostasjonen mangler vakthold")
    model.call(model.exercise.set_marking, MarkingKind.OFFL_24)

    page.tabs.setCurrentIndex(4)  # the log was written after the page was made
    entries = page.exemptions.entries
    entries.setFocus()
    entries.setCurrentIndex(entries.model().index(0, 0))
    QTest.keyClick(entries, Qt.Key.Key_Space)
    assert evaluation.is_exempt(ExemptKind.ENTRY, "L1")
    appendix = page.exemptions.appendices[Appendix.PARTICIPANTS]
    appendix.setFocus()
    QTest.keyClick(appendix, Qt.Key.Key_Space)
    assert evaluation.is_exempt(ExemptKind.APPENDIX, "deltakere")

    page.tabs.setCurrentIndex(1)
    page.strengths.list.setCurrentRow(0)
    page.strengths.list.setFocus()
    QTest.keyClick(page.strengths.list, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert evaluation.is_exempt(ExemptKind.ITEM, "S1")
    assert page.strengths.list.item(0).text().startswith(texts.EVAL_EXEMPT_TAG)

    page.tabs.setCurrentIndex(0)
    box = page.goals.exempt["m1"]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert evaluation.is_exempt(ExemptKind.ASSESSMENT, "m1")

    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    report = window.report
    assert report is not None
    assert set(report.buttons) == {
        "pdf",
        "docx",
        "public_pdf",
        "public_docx",
        "csv",
        "actions_csv",
        "json",
    }
    public = tmp_path / "offentlig.pdf"
    assert report.write("public_pdf", public)
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(public).pages)
    for exempt in ("Ordføreren på Skallelv svarte", "Trafostasjonen mangler vakthold"):
        assert "".join(exempt.split()) not in text
    assert "Kriseledelsensettes" not in text, "the exempt log entry is left out"
    assert "Raskinnkalling" in text and "Unntattoffentlighet" not in text
    word = tmp_path / "rapport.docx"
    assert report.write("docx", word)
    assert docx.Document(str(word)).tables
    assert window.settings.report_kind() == "docx"
    assert report.default_path("public_docx").name.endswith("-offentlig.docx")
    assert report.default_path("public_docx").parent == tmp_path
    again = ReportPage(model, window.settings)
    qtbot.addWidget(again)
    assert again.buttons["docx"].isDefault() and not again.buttons["pdf"].isDefault()


def running_session(window: MainWindow, qtbot) -> None:
    prepare_full_pack(window, qtbot)
    qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
    assert window.model is not None
    window.model.toggle_run()


def test_the_exempt_list_follows_the_log_written_after_it_was_shown(
    window: MainWindow, qtbot
) -> None:
    running_session(window, qtbot)
    model = window.model
    assert model is not None
    model.call(model.exercise.add_entry, EntryKind.DECISION, "Kriseledelsen settes", ["ordforer"])
    window.go(3)
    page = window.evaluation
    assert page is not None
    page.tabs.setCurrentIndex(4)
    entries = page.exemptions.entries
    assert entries is not None
    rows = entries.model()
    assert rows.rowCount() == 1

    # The exercise goes on while the evaluation is begun: later entries are listed too.
    model.call(model.exercise.add_entry, EntryKind.DECISION, "Skolen stenges", ["ordforer"])
    assert rows.rowCount() == 2
    added = rows.index(1, 0)
    assert "Skolen stenges" in added.data()
    entries.setFocus()
    entries.setCurrentIndex(added)
    QTest.keyClick(entries, Qt.Key.Key_Space)
    assert model.exercise.evaluation.is_exempt(ExemptKind.ENTRY, "L2")
    assert Qt.CheckState(added.data(Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked
    assert Qt.CheckState(rows.index(0, 0).data(Qt.ItemDataRole.CheckStateRole)) == (
        Qt.CheckState.Unchecked
    )

    model.call(model.exercise.edit_entry, "L2", text="Skolene stenges")
    assert "Skolene stenges" in rows.index(1, 0).data()
    model.call(model.exercise.delete_entry, "L1")
    assert rows.rowCount() == 1 and "Skolene stenges" in rows.index(0, 0).data()
    assert entries.currentIndex().row() == 0, "the ticked entry stays the current one"


def test_the_evaluation_page_opens_without_formatting_every_log_entry(
    window: MainWindow, qtbot, monkeypatch
) -> None:
    running_session(window, qtbot)
    model = window.model
    assert model is not None
    for number in range(150):
        model.call(model.exercise.add_entry, EntryKind.OBSERVATION, f"Notat {number}", ["ordforer"])
    window.go(3)
    page = window.evaluation
    assert page is not None
    assert page.exemptions.entries is None, "the list is made when its tab is first shown"

    drawn: set[int] = set()
    data = ExemptEntriesModel.data

    def counted(self: ExemptEntriesModel, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole:
            drawn.add(index.row())
        return data(self, index, role)

    monkeypatch.setattr(ExemptEntriesModel, "data", counted)
    page.tabs.setCurrentIndex(4)
    entries = page.exemptions.entries
    assert entries is not None and entries.model().rowCount() == 150
    qtbot.waitExposed(entries)
    entries.viewport().repaint()
    assert drawn and max(drawn) < 60, "only the lines in view are formatted"
    assert entries.measured_rows() <= drawn
