"""The console's decision log table: wrapped rows, filters, new entries and long logs."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt

from ovelse.exercise import labels
from ovelse.exercise.events import EventRecord
from ovelse.exercise.kinds import EntryKind
from ovelse.exercise.log import LogEntry
from ovelse.ui.log_panel import LogPanel
from ovelse.ui.log_table import LogTableModel
from ovelse.ui.main_window import MainWindow

from .test_screens import started

LONG = (
    "Kriseledelsen ber teknisk sjef sjekke aggregatet ved vannverket hver fjerde time, "
    "kommuneoverlegen lager en oversikt over hjemmeboende med medisinsk utstyr, og "
    "informasjon legges ut på nettsiden og henges opp på butikken i Nesseby før kvelden."
)


def console_log(window: MainWindow, qtbot) -> LogPanel:
    window.resize(1366, 1000)
    started(window, qtbot)
    assert window.console is not None
    log = window.console.log
    qtbot.waitUntil(lambda: log.table.isVisible() and log.table.viewport().height() > 200)
    return log


def type_entry(log: LogPanel, qtbot, text: str) -> str:
    log.entry.setText(text)
    qtbot.keyClick(log.entry, Qt.Key.Key_Return)
    assert log.entry.text() == "", log.message.text()
    return log.model.exercise.log.entries()[-1].id


class Batched:
    """Holds the engine's records and writes them in one commit, as benchmarks/sessions does."""

    def __init__(self) -> None:
        self.pending: list[EventRecord] = []

    def append(self, records: Sequence[EventRecord]) -> None:
        self.pending.extend(records)


def write_many(log: LogPanel, count: int) -> None:
    """Log ``count`` entries through the engine without redrawing after each one."""
    session = log.model.session
    exercise = session.exercise
    batched = Batched()
    exercise.sink = batched
    try:
        for n in range(count):
            roles = ["ordforer"] if n % 2 else ["kommunedirektor"]
            text = LONG if n % 3 == 0 else f"Føring nummer {n}"
            exercise.add_entry(tuple(EntryKind)[n % len(EntryKind)], text, roles)
    finally:
        exercise.sink = session
    session.append(batched.pending)


def row_in_view(log: LogPanel, row: int) -> bool:
    top = log.table.rowViewportPosition(row)
    return top >= 0 and top + log.table.rowHeight(row) <= log.table.viewport().height()


def rows_fit_their_text(log: LogPanel) -> bool:
    table = log.table
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    last = last if last >= 0 else log.rows.rowCount() - 1
    header = table.verticalHeader()
    return first >= 0 and all(
        table.rowHeight(row) == max(table.sizeHintForRow(row), header.sectionSizeHint(row))
        for row in range(first, last + 1)
    )


def test_a_multi_line_entry_gets_a_taller_row(window: MainWindow, qtbot) -> None:
    log = console_log(window, qtbot)
    short = type_entry(log, qtbot, "ord: Kort")
    long = type_entry(log, qtbot, f"ord: {LONG}")
    table, rows = log.table, log.rows
    short_row, long_row = rows.row_of(short), rows.row_of(long)
    assert short_row is not None and long_row is not None
    qtbot.waitUntil(lambda: rows_fit_their_text(log))
    assert table.rowHeight(long_row) > table.rowHeight(short_row) * 2
    assert rows.index(long_row, 3).data() == LONG


def test_rows_grow_again_when_the_text_column_narrows(window: MainWindow, qtbot) -> None:
    log = console_log(window, qtbot)
    window.resize(1900, 1000)  # a wide screen first
    long = type_entry(log, qtbot, f"ord: {LONG}")
    row = log.rows.row_of(long)
    assert row is not None
    qtbot.waitUntil(lambda: rows_fit_their_text(log))
    before = log.table.rowHeight(row)
    text_width = log.table.columnWidth(3)
    window.resize(1366, 1000)  # a narrower window: the text column gives up the width
    qtbot.waitUntil(lambda: log.table.columnWidth(3) < text_width)
    qtbot.waitUntil(lambda: log.table.rowHeight(row) > before)
    qtbot.waitUntil(lambda: rows_fit_their_text(log))


def test_filters_show_the_matching_rows_and_the_count(window: MainWindow, qtbot) -> None:
    log = console_log(window, qtbot)
    type_entry(log, qtbot, "ord: Kriseledelsen kalles inn")
    qtbot.keyClick(log.entry, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    question = type_entry(log, qtbot, "kommunedir: Hvem har nøkkelen til aggregatet?")
    assert log.count.text() == "2 av 2 føringer"

    log.set_filters(kind=EntryKind.QUESTION.value)
    assert list(log.rows.entry_ids()) == [question]
    assert log.rows.index(0, 2).data() == "Spørsmål"
    assert log.count.text() == "1 av 2 føringer"

    log.set_filters(role="ordforer")
    assert [log.rows.index(0, 3).data()] == ["Kriseledelsen kalles inn"]
    log.set_filters()
    assert log.rows.rowCount() == 2
    assert log.count.text() == "2 av 2 føringer"


def test_a_filtered_log_follows_corrections_and_new_entries(window: MainWindow, qtbot) -> None:
    """The filter reads the log's index of roles; moving an entry to another role by a
    correction, deleting it and restoring it must show in the filtered table at once."""
    log = console_log(window, qtbot)
    write_many(log, 12)  # odd entries are the mayor's, even ones the chief executive's
    log.refresh()
    log.role_filter.setCurrentIndex(log.role_filter.findData("ordforer"))
    mayor = [f"L{n + 1}" for n in range(12) if n % 2]
    assert list(log.rows.entry_ids()) == mayor
    assert log.count.text() == "6 av 12 føringer"

    exercise = log.model.exercise
    log.model.call(exercise.edit_entry, "L1", roles=["ordforer"])  # now the mayor's too
    log.model.call(exercise.edit_entry, "L2", roles=["kommunedirektor"])  # no longer
    assert list(log.rows.entry_ids()) == ["L1", *mayor[1:]]
    log.model.call(exercise.delete_entry, "L4")
    assert list(log.rows.entry_ids()) == ["L1", *mayor[2:]]
    assert log.count.text() == "5 av 11 føringer"
    log.model.call(exercise.restore_entry, "L4")
    new = type_entry(log, qtbot, "ord: Ny føring fra ordføreren")
    assert list(log.rows.entry_ids()) == ["L1", "L4", *mayor[2:], new]
    assert log.count.text() == "7 av 13 føringer"
    log.set_filters(kind=EntryKind.DECISION.value)
    decisions = [e.id for e in exercise.log.entries() if e.kind is EntryKind.DECISION]
    assert list(log.rows.entry_ids()) == decisions


def test_a_decision_is_marked_in_blue(window: MainWindow, qtbot) -> None:
    log = console_log(window, qtbot)
    type_entry(log, qtbot, "ord: Kriseledelsen kalles inn")
    brush = log.rows.index(0, 2).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == "#1d4e89"
    assert log.rows.index(0, 0).data(Qt.ItemDataRole.UserRole) == "L1"


def test_a_new_entry_is_the_last_row_and_in_view(window: MainWindow, qtbot) -> None:
    log = console_log(window, qtbot)
    write_many(log, 60)
    log.refresh()
    table = log.table
    table.scrollToTop()
    assert not row_in_view(log, log.rows.rowCount() - 1)

    new = type_entry(log, qtbot, f"ord: {LONG}")
    last = log.rows.rowCount() - 1
    assert log.rows.entry_id(last) == new
    assert row_in_view(log, last)
    qtbot.waitUntil(lambda: rows_fit_their_text(log) and row_in_view(log, last))


def test_the_selection_survives_a_new_entry(window: MainWindow, qtbot) -> None:
    log = console_log(window, qtbot)
    write_many(log, 60)
    log.refresh()
    assert log.select_entry("L5")
    assert row_in_view(log, 4)

    type_entry(log, qtbot, "ord: Ny føring mens L5 er valgt")
    assert log.rows.rowCount() == 61
    assert log.selected_entry_id() == "L5"
    assert row_in_view(log, 4)


def test_a_correction_redraws_the_row_and_keeps_the_selection(
    window: MainWindow, qtbot, scripted
) -> None:
    log = console_log(window, qtbot)
    write_many(log, 30)
    log.refresh()
    assert log.select_entry("L4")

    def edit(dialog) -> bool:
        dialog.text.setPlainText(f"{LONG} Ferdig kl. 18.")
        return True

    scripted.dialogs.append(edit)
    qtbot.keyClick(log.table, Qt.Key.Key_F2)
    assert log.selected_entry_id() == "L4"
    assert log.rows.index(3, 3).data() == f"{LONG} Ferdig kl. 18. {labels.ENTRY_EDITED}"
    qtbot.waitUntil(lambda: rows_fit_their_text(log))


def test_a_long_log_formats_and_measures_only_the_rows_in_view(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = console_log(window, qtbot)
    write_many(log, 3000)
    formatted: set[str] = set()
    cell_text = LogTableModel.cell_text

    def counting(self: LogTableModel, entry: LogEntry, column: int) -> str:
        formatted.add(entry.id)
        return cell_text(self, entry, column)

    monkeypatch.setattr(LogTableModel, "cell_text", counting)
    log.refresh()
    qtbot.waitUntil(lambda: rows_fit_their_text(log))
    assert log.rows.rowCount() == 3000
    assert log.count.text() == "3000 av 3000 føringer"
    assert row_in_view(log, 2999)
    assert 0 < len(log.table.measured_rows()) < 50
    assert 0 < len(formatted) < 200, len(formatted)

    # Scrolling to the middle measures the rows that come into view, and only those.
    formatted.clear()
    bar = log.table.verticalScrollBar()
    bar.setValue(1500)
    assert rows_fit_their_text(log)
    assert log.table.rowAt(0) == 1500
    assert len(formatted) < 200, len(formatted)

    # A filter change reads the log again without formatting the rows it hides.
    formatted.clear()
    log.set_filters(kind=EntryKind.QUESTION.value)
    assert log.rows.rowCount() == 600
    assert len(formatted) < 200, len(formatted)
    assert log.select_entry(log.rows.entry_id(100) or "")
    assert row_in_view(log, 100)
