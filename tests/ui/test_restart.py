"""Coming back after a crash or a close: the clock waits, and nothing private is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ovelse.exercise.events import RunPaused
from ovelse.exercise.kinds import RunState
from ovelse.ui.main_window import MainWindow
from ovelse.ui.one_screen import CoveredConsole
from ovelse.ui.stage import Hold

from .conftest import Scripted
from .test_screens import started


def crash(window: MainWindow) -> None:
    """Let the session go without the clean-close marks, as a killed program would."""
    model = window.model
    assert model is not None
    model.timer.stop()
    model.session._store.close()
    model.session._store = None
    model.session._lock.release()
    window.model = None
    if window.participant is not None:
        # A killed program takes its windows with it without hiding them first.
        covered = window.participant.findChild(CoveredConsole)
        assert covered is not None
        window.participant.removeEventFilter(covered)
        window.participant.allow_close()
        window.participant.close()
    window.close()


def resumed(qtbot, settings, clock) -> MainWindow:
    """Start the program again and take the library's offer to go on with the session."""
    second = MainWindow(settings, clock)
    qtbot.addWidget(second)
    second.show()
    second.offer_resume()
    qtbot.mouseClick(second.library.resume_button, Qt.MouseButton.LeftButton)
    return second


def test_the_downtime_after_a_crash_is_a_pause_and_fortsett_goes_on(
    qtbot, app: QApplication, settings, clock, scripted: Scripted
) -> None:
    first = MainWindow(settings, clock)
    qtbot.addWidget(first)
    first.show()
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    started(first, qtbot)
    clock.advance(minutes=12)
    entry = first.console.log.entry
    qtbot.keyClick(entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(entry, "Siste føring før krasjet")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert first.model.exercise.log.entries()[-1].fields.text == "Siste føring før krasjet"
    crash(first)
    clock.advance(minutes=30)  # the program is down for half an hour
    clock.restart()

    second = resumed(qtbot, settings, clock)
    model, console = second.model, second.console
    assert model is not None and console is not None
    assert model.state is RunState.PAUSED
    assert model.exercise.now_ms() == 12 * 60_000  # not 42 minutes
    last = model.exercise.last
    assert isinstance(last.event, RunPaused) and last.exercise_ms == 12 * 60_000
    assert console.clocks.state.text() == "PAUSE"
    assert console.downtime_banner.isVisibleTo(console)
    assert "00:12:00" in console.downtime_text.text()
    assert console.downtime_resume.text().startswith("Fortsett")

    qtbot.mouseClick(console.downtime_resume, Qt.MouseButton.LeftButton)
    assert model.state is RunState.RUNNING
    assert not console.downtime_banner.isVisibleTo(console)
    clock.advance(minutes=1)
    model.tick()
    assert console.clocks.exercise_clock.text() == "00:13:00"
    second.close()


def test_after_a_crash_the_clock_stops_where_it_was_seen_running_not_at_the_last_entry(
    qtbot, app: QApplication, settings, clock, scripted: Scripted
) -> None:
    first = MainWindow(settings, clock)
    qtbot.addWidget(first)
    started(first, qtbot)  # i1 given at 00:00:00, the last thing recorded
    for _ in range(12):  # twelve minutes of discussion, nothing logged
        clock.advance(minutes=1)
        first.model.tick()
    crash(first)
    clock.advance(minutes=30)
    clock.restart()

    second = resumed(qtbot, settings, clock)
    assert second.model.state is RunState.PAUSED
    assert second.model.exercise.now_ms() == 12 * 60_000
    second.close()


def test_reopening_a_session_closed_while_running_waits_on_a_pause(
    window: MainWindow, qtbot, clock
) -> None:
    started(window, qtbot)
    clock.advance(minutes=20)
    path = window.model.path
    window.close_session()
    clock.advance(hours=3)
    assert window.open_session(path)
    model, console = window.model, window.console
    assert model.state is RunState.PAUSED and model.exercise.now_ms() == 20 * 60_000
    assert console.downtime_banner.isVisibleTo(console)
    entry = console.log.entry
    qtbot.keyClick(entry, Qt.Key.Key_F6)  # F6 is «Fortsett» too
    assert model.state is RunState.RUNNING
    # The file with the downtime pause in it reads back, and counts only the time run.
    clock.advance(minutes=2)
    window.close_session()
    clock.advance(minutes=30)
    assert window.open_session(path)
    assert window.model.state is RunState.PAUSED
    assert window.model.exercise.now_ms() == 22 * 60_000
    assert window.model.exercise.run.pauses == 2


def _crash_with_the_projector_up(qtbot, settings, clock) -> None:
    first = MainWindow(settings, clock)
    qtbot.addWidget(first)
    first.show()
    started(first, qtbot)
    first.actions_by_name["swap_screens"].trigger()  # one screen: the projector covers all
    assert first.participant.isVisible() and not first.isVisible()
    crash(first)


def test_a_restart_after_a_crash_in_one_screen_mode_shows_the_hold_screen_first(
    qtbot, app: QApplication, settings, clock, scripted: Scripted
) -> None:
    _crash_with_the_projector_up(qtbot, settings, clock)
    scripted.answers.append(False)  # «Vise konsollen?» – not while the room is watching
    second = resumed(qtbot, settings, clock)
    assert scripted.asked == ["Vise konsollen?"]
    participant = second.participant
    assert participant.isVisible() and participant.isFullScreen()
    assert not second.isVisible()  # the notes stay off the shared screen
    assert participant.view.stage().hold is Hold.PAUSE
    assert "Hva sier beredskapsplanen?" not in "\n".join(participant.view.visible_texts())
    # F12 brings the console when the facilitator is ready.
    second.actions_by_name["swap_screens"].trigger()
    assert second.isVisible() and not participant.isVisible()
    second.close()


def test_after_the_crash_the_console_comes_back_when_asked_for(
    qtbot, app: QApplication, settings, clock, scripted: Scripted
) -> None:
    _crash_with_the_projector_up(qtbot, settings, clock)
    scripted.answers.append(True)
    second = resumed(qtbot, settings, clock)
    assert second.isVisible() and not second.participant.isVisible()
    assert second.stack.currentWidget() is second.console
    second.close_session()
    # A clean close forgets the projector: the next opening goes to the console at once.
    assert second.open_session(second.settings.recent_sessions()[0])
    assert second.isVisible() and not second.participant.isVisible()
    second.close()
