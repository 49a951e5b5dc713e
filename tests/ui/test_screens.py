"""Library errors, resume offer, write failures, one-screen mode and projector layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ovelse.exercise.kinds import RunState
from ovelse.store.errors import SessionWriteError
from ovelse.ui.fit_text import FitText
from ovelse.ui.main_window import MainWindow
from ovelse.ui.participant import ParticipantWindow
from ovelse.ui.stage import Hold, Stage, StageBoardItem, StageQuestion

from .conftest import Scripted
from .test_flow import prepare_full_pack


def started(window: MainWindow, qtbot) -> None:
    prepare_full_pack(window, qtbot)
    qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
    assert window.model is not None
    window.model.toggle_run()
    window.model.call(window.model.exercise.release_next)


def test_broken_pack_is_listed_with_its_place(window: MainWindow, full_pack_copy: Path) -> None:
    scenario = full_pack_copy / "scenario.yaml"
    scenario.write_text(
        scenario.read_text(encoding="utf-8").replace('at: "1h"', 'at: "snart"'), encoding="utf-8"
    )
    entry = window.library.add_folder(full_pack_copy)
    assert not entry.ok
    assert window.library.errors.isVisibleTo(window.library)
    text = window.library.errors.toPlainText()
    assert "scenario.yaml:" in text and "snart" in text
    assert "Traceback" not in text
    assert not window.library.prepare_button.isEnabled()
    assert window.library.pack_list.count() == len(window.library.entries)


def test_log_text_survives_a_failed_write(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    started(window, qtbot)
    model, console = window.model, window.console
    session = model.session

    def broken(records: object) -> None:
        raise SessionWriteError(session.path, "Disken er full.")

    monkeypatch.setattr(session, "append", broken)
    entry = console.log.entry
    entry.setFocus()
    qtbot.keyClick(entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(entry, "Viktig beslutning")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.text() == "Viktig beslutning"
    assert (
        "IKKE LAGRET" in console.log.message.text()
        and "Disken er full." in console.log.message.text()
    )
    assert model.exercise.log.entries() == ()
    assert console.log.table.model().rowCount() == 0
    monkeypatch.undo()
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.text() == ""
    assert [e.text for e in model.exercise.log.entries()] == ["Viktig beslutning"]


def test_one_screen_mode_hides_the_console(window: MainWindow, qtbot) -> None:
    started(window, qtbot)
    assert window.one_screen()  # offscreen has a single screen
    participant = window.participant
    qtbot.keyClick(window.console.log.entry, Qt.Key.Key_F12)
    assert participant.isVisible() and participant.isFullScreen()
    assert not window.isVisible()  # nothing private on a mirrored screen
    # The facilitator can still release and pause from the projector window.
    participant.activateWindow()
    window.actions_by_name["toggle_run"].trigger()
    assert window.model.state is RunState.PAUSED
    window.actions_by_name["swap_screens"].trigger()
    assert window.isVisible() and not participant.isVisible()


def test_resume_offer_after_unclean_exit(
    qtbot, app: QApplication, settings, clock, scripted: Scripted
) -> None:
    first = MainWindow(settings, clock)
    qtbot.addWidget(first)
    started(first, qtbot)
    path = first.model.path
    # Simulate a crash: the session is let go without the clean-close marks.
    first.model.timer.stop()
    first.model.session._store.close()
    first.model.session._store = None
    first.model.session._lock.release()
    first.model = None
    first.close()

    second = MainWindow(settings, clock)
    qtbot.addWidget(second)
    second.show()  # Qt: close() sends no close event to a window that was never shown
    second.offer_resume()
    assert second.library.banner.isVisibleTo(second.library)
    assert path.name in second.library.banner_text.text()
    qtbot.mouseClick(second.library.resume_button, Qt.MouseButton.LeftButton)
    assert second.model is not None and second.model.path == path
    assert second.model.session.recovery is not None
    assert second.model.exercise.current_inject_id() == "i1"
    assert not second.model.read_only, second.model.session.read_only_reason
    second.close_session()
    assert settings.unclean_session() is None
    second.close()


def test_long_text_shrinks_then_uses_columns(qtbot) -> None:
    widget = FitText(max_columns=2)
    qtbot.addWidget(widget)
    widget.resize(800, 300)
    widget.setSizeRange(50, 30)
    widget.setText("Kort tekst.")
    assert widget.currentFit().pixel_size == 50 and widget.currentFit().columns == 1
    widget.setText(" ".join(["Strømmen er borte i hele kommunen."] * 40))
    fit = widget.currentFit()
    assert fit.columns == 2 or fit.pixel_size < 30
    assert widget.text().startswith("Strømmen")


def test_a_fit_follows_the_box_and_the_text_and_is_the_same_when_they_come_back(qtbot) -> None:
    """Fits are remembered per text and box size: a smaller box still shrinks the text, a
    text shown again gets the size it had, and another widget with the same text and box
    gets the size it would have found itself."""
    long = " ".join(["Vannverket på reservekraft, aggregatet må fylles."] * 12)
    widget = FitText(max_columns=2)
    qtbot.addWidget(widget)
    widget.setSizeRange(60, 24)
    widget.resize(900, 500)
    widget.setText(long)
    roomy = widget.currentFit()
    widget.resize(450, 250)
    cramped = widget.currentFit()
    assert (cramped.pixel_size, -cramped.columns) < (roomy.pixel_size, -roomy.columns)
    widget.resize(900, 500)
    assert widget.currentFit() == roomy
    widget.setText("Kort tekst.")
    assert widget.currentFit().pixel_size == 60
    widget.setText(long)
    assert widget.currentFit() == roomy
    widget.setSizeRange(30, 20)
    assert widget.currentFit().pixel_size <= 30

    other = FitText(max_columns=2)
    qtbot.addWidget(other)
    other.setSizeRange(60, 24)
    other.resize(450, 250)
    other.setText(long)
    assert other.currentFit() == cramped
    other.setText(long + " Siste setning.")
    assert other.currentFit().pixel_size <= cramped.pixel_size


def test_projector_scales_with_the_window(qtbot) -> None:
    window = ParticipantWindow()
    qtbot.addWidget(window)
    stage = Stage(
        "Øvelse",
        "Unjárga/Nesseby",
        "Dag 1, kl. 06:00",
        Hold.NONE,
        "i1",
        "Strømmen går",
        "Hele kommunen er uten strøm.",
        questions=(StageQuestion("Hva gjør vi?", ("Ordfører",)),),
        board=(StageBoardItem("strom", "Strøm", "Ute", "kritisk"),),
    )
    window.resize(1920, 1080)
    window.setStage(stage)
    big = window.view.title.currentFit().pixel_size
    window.resize(960, 540)
    window.setStage(stage)
    small = window.view.title.currentFit().pixel_size
    assert big >= 60 and small < big
    assert "KRITISK Strøm: Ute" in window.view.visible_texts()
    window.allow_close()


def test_f10_lets_the_map_fill_the_projector_until_the_next_inject(
    window: MainWindow, qtbot
) -> None:
    started(window, qtbot)  # the first inject of the full pack shows a map
    window.show_participant()
    projector = window.participant
    assert projector is not None
    view = projector.view
    qtbot.waitUntil(lambda: view.picture.isVisible())
    small = view.picture.geometry()
    assert view.title.isVisible()
    action = window.actions_by_name["picture"]
    assert action in projector.actions()  # F10 works from the projector window too
    assert action.shortcut().toString() == "F10"
    action.trigger()
    assert view.picture_zoom
    assert not view.title.isVisible() and not view.board.isVisible()
    large = view.picture.geometry()
    assert large.width() > small.width() and large.height() > small.height()
    assert large.width() > view.width() * 0.9
    window.model.call(window.model.exercise.release_next)
    assert not view.picture_zoom
    assert view.title.isVisible()


def test_prepare_fits_a_small_laptop_screen_with_many_variables(window: MainWindow) -> None:
    window.library.select_pack("evakuering-ost-finnmark")  # about thirty variables
    entry = window.library.current_entry()
    assert entry is not None and entry.loaded is not None
    assert len(entry.loaded.pack.variables) > 25
    window.prepare_pack(entry.loaded)
    window.prepare.tabs.setCurrentIndex(0)
    hint = window.prepare.minimumSizeHint()
    assert hint.height() <= 700 and hint.width() <= 1366


def test_console_and_evaluation_fit_a_1366_by_768_laptop(window: MainWindow, qtbot) -> None:
    window.library.select_pack("evakuering-ost-finnmark")
    entry = window.library.current_entry()
    assert entry is not None and entry.loaded is not None
    window.prepare_pack(entry.loaded)
    for role in entry.loaded.pack.roles:  # every role at the table: the widest console
        window.prepare.set_role_checked(role.id, True)
    window.prepare.request_create()
    assert window.console is not None and window.evaluation is not None
    for page in (window.console, window.evaluation, window.report):
        hint = page.minimumSizeHint()
        assert hint.width() <= 1300 and hint.height() <= 700, (type(page).__name__, hint)


def test_the_log_keeps_room_for_rows_on_a_laptop_screen(window: MainWindow, qtbot) -> None:
    """With every role at the table, a 1366×768 screen still shows several log rows."""
    window.library.select_pack("evakuering-ost-finnmark")
    entry = window.library.current_entry()
    assert entry is not None and entry.loaded is not None
    window.prepare_pack(entry.loaded)
    for role in entry.loaded.pack.roles:
        window.prepare.set_role_checked(role.id, True)
    window.prepare.request_create()
    assert window.console is not None
    window.resize(1366, 720)  # a maximised window under a title bar and a task bar
    window.show()
    table = window.console.log.table
    qtbot.waitUntil(lambda: table.isVisible())
    rows = table.viewport().height() / table.verticalHeader().defaultSectionSize()
    assert rows > 2.5, f"room for {rows:.1f} rows"  # 1.6 before the kinds joined the heading


def test_the_console_remembers_how_the_screen_was_divided(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    started(window, qtbot)
    assert window.console is not None and window.model is not None
    window.resize(1600, 900)
    window.show()
    qtbot.waitUntil(lambda: window.console is not None and window.console.isVisible())
    _main, right = window.console.splitters
    right.moveSplitter(120, 1)  # the facilitator drags the schedule smaller
    chosen = right.sizes()
    path = window.model.path
    window.close_session()
    assert window.open_session(path)
    assert window.console is not None
    qtbot.waitUntil(lambda: window.console is not None and window.console.isVisible())
    restored = window.console.splitters[1].sizes()
    # The page around it may differ by a banner's height; the schedule keeps its size.
    assert abs(restored[0] - chosen[0]) <= 10, (restored, chosen)
    assert restored[0] < 150, "the default gives the schedule a quarter"
