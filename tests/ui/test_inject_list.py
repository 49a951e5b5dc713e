"""The inject list on a laptop: it follows the exercise and shows more than a few rows."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from ovelse.ui.console import LIVE_BLUE
from ovelse.ui.main_window import MainWindow

from .test_screens import started


def _open_builtin(window: MainWindow, pack_id: str) -> None:
    window.library.ensure_loaded()
    assert window.library.select_pack(pack_id)
    entry = window.library.current_entry()
    assert entry is not None and entry.loaded is not None
    window.prepare_pack(entry.loaded)
    window.prepare.request_create()
    assert window.console is not None and window.model is not None


def test_the_list_follows_the_inject_under_discussion(window: MainWindow, qtbot) -> None:
    started(window, qtbot)  # i1 is out
    console = window.console
    live = console.schedule.item(0, 1)
    assert console.chosen_inject_id() == "i2"  # the next one, not the one just given
    assert live.background().color() == LIVE_BLUE and live.font().bold()
    console.select_inject("i3")  # the facilitator looks ahead …
    window.model.tick()
    assert console.chosen_inject_id() == "i3"  # … and the list leaves the choice alone
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(console.log.entry, Qt.Key.Key_F5)  # i2 goes out
    assert window.model.exercise.current_inject_id() == "i2"
    assert console.chosen_inject_id() == "i3"
    assert console.schedule.item(1, 1).background().color() == LIVE_BLUE
    assert console.schedule.item(0, 1).background().color() != LIVE_BLUE


def test_a_laptop_screen_shows_several_injects_and_the_live_one(window: MainWindow, qtbot) -> None:
    _open_builtin(window, "evakuering-ost-finnmark")
    model, console = window.model, window.console
    window.resize(1366, 768)
    qtbot.waitUntil(console.schedule.isVisible)
    schedule = console.schedule
    rows = schedule.viewport().height() / schedule.verticalHeader().defaultSectionSize()
    assert rows >= 4, f"room for {rows:.1f} injects"  # 2½ before
    model.toggle_run()
    for _ in range(schedule.rowCount() - 1):
        model.call(model.exercise.release_next)
    live = model.exercise.current_inject_id()
    row = next(
        r
        for r in range(schedule.rowCount())
        if schedule.item(r, 0).data(Qt.ItemDataRole.UserRole) == live
    )
    shown = schedule.visualItemRect(schedule.item(row, 1))
    assert schedule.viewport().rect().contains(shown), "the live inject is scrolled into view"


def test_the_screen_chooser_names_screens_for_people(window: MainWindow, qtbot) -> None:
    started(window, qtbot)
    combo = window.console.screen_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert re.match(r"Skjerm 1 – \d+×\d+ \(samme skjerm", names[0]), names
    assert not any(re.search(r"\b(off)?screen\b", name) for name in names), names
