"""UI responsiveness: the longest event-loop stall while a scribe types and injects auto-release.

The main window opens a session two hours into an exercise (about 350 log entries, the
projector window shown beside the console, automatic release on). Then, on the real
event loop: a keystroke into the log box every 40 ms (a fast typist), Return at the end of
each sentence (a durable write and a redrawn log), and once a second the engine's tick
after the fake clock has moved three minutes, so every remaining inject falls due and is
given automatically while the typing goes on. A 5 ms heartbeat timer stamps each turn of
the loop; the largest gap between stamps is the longest stall. The target is absolute: no
stall over 50 ms. There is no floor: the same heartbeat over an idle window measures only
the scheduler's noise, and a ratio to noise says nothing. What was running during the
worst stall is named, so a stall over target points at its cause.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.common import HEADER, run_child
from benchmarks.sessions import SENTENCES, build_session
from ovelse.exercise import FakeClock, RunState
from ovelse.ui.app import prepare_application
from ovelse.ui.main_window import MainWindow
from ovelse.ui.settings import AppSettings

HEARTBEAT_MS = 5
KEY_MS = 40
TICK_MS = 1000
ADVANCE_MIN = 3  # fake exercise minutes per tick, so injects fall due within seconds
TYPING_S = 12
STALL_S = 0.050  # the target: no turn of the event loop longer than this


class Heartbeat:
    """Stamps every turn of the event loop, and what the benchmark was doing meanwhile."""

    def __init__(self) -> None:
        self.stamps: list[float] = []
        self.spans: list[tuple[float, float, str]] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def timed(self, label: str, action: Callable[[], object]) -> None:
        start = time.perf_counter()
        action()
        self.spans.append((start, time.perf_counter(), label))

    def run(self, seconds: float) -> None:
        self.stamps, self.spans = [], []
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        self.timer.start()
        loop.exec()
        self.timer.stop()

    def gaps_over(self, seconds: float) -> int:
        return sum(1 for a, b in zip(self.stamps, self.stamps[1:], strict=False) if b - a > seconds)

    def worst(self) -> tuple[float, str]:
        """The longest gap between stamps, and the labels of what ran inside it."""
        gap, at = 0.0, 0
        for index in range(1, len(self.stamps)):
            if self.stamps[index] - self.stamps[index - 1] > gap:
                gap, at = self.stamps[index] - self.stamps[index - 1], index
        if not at:
            return gap, ""
        low, high = self.stamps[at - 1], self.stamps[at]
        inside = sorted({label for start, end, label in self.spans if start < high and end > low})
        return gap, ", ".join(inside)


def type_char(widget: QWidget, char: str) -> None:
    """Press and release one key carrying ``char``, as a keyboard layout would send it.

    Qt: ``QTest.keyClicks`` maps characters through an ASCII table and aborts on «ø» or
    ««», so the events are built here with the text attached.
    """
    key = ord(char.upper()) if char.isascii() else Qt.Key.Key_unknown.value
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def main() -> list[str]:
    """Run the measurement in a child process and return its row.

    A process of its own keeps the other benchmarks' objects out of the heap this one
    collects garbage from, and keeps an abort at exit out of the others' way: PySide6 6.12
    on Python 3.11 loses a reference to ``None`` on every Qt call that returns nothing
    (docs/performance.md). The row then gets a note saying so.
    """
    child = run_child("bench_ui", "--child")
    rows = [line for line in child.stdout.splitlines() if line.startswith("| ")]
    if not rows:
        raise RuntimeError(f"UI benchmark failed: {child.stderr.strip()[-2000:]}")
    if child.returncode != 0:
        last = next((line for line in reversed(child.stderr.splitlines()) if "Fatal" in line), "")
        rows.append(
            f"| note: the UI benchmark's process then exited with code {child.returncode}"
            f"{': ' + last if last else ''} | – | – | – | – |"
        )
    return rows


def until_idle() -> None:
    """Run the event loop until it has nothing left to do: posted events, layout, paint."""
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    loop = QEventLoop()
    dispatcher.aboutToBlock.connect(loop.quit)
    QTimer.singleShot(0, lambda: None)  # the loop must turn at least once
    loop.exec()
    dispatcher.aboutToBlock.disconnect(loop.quit)


def time_app_open(path: Path, repeat: int = 3) -> float:
    """Best seconds from «open this file» in the main window to its page shown and idle.

    A running exercise opens into the console; an ended one on evaluation.

    Each try opens a fresh copy, because opening for writing adds an «opened» event.
    """
    app: QApplication = prepare_application()
    best = float("inf")
    with tempfile.TemporaryDirectory(prefix="ovelse-bench-") as folder:
        window = MainWindow(AppSettings(Path(folder) / "base"), FakeClock())
        window.resize(1600, 900)
        window.show()
        until_idle()
        for attempt in range(repeat):
            copy = Path(folder) / f"kopi-{attempt}.ovelse"
            shutil.copyfile(path, copy)
            start = time.perf_counter()
            opened = window.open_session(copy)
            until_idle()
            best = min(best, time.perf_counter() - start)
            assert opened and window.console is not None
            window.close_session()
            until_idle()
        window.close()
        app.processEvents()
    return best


def measure() -> list[str]:
    app: QApplication = prepare_application()
    with tempfile.TemporaryDirectory(prefix="ovelse-bench-") as folder:
        clock = FakeClock()
        path = build_session(
            Path(folder) / "ui.ovelse", 400, hours=2, clock=clock, auto_release=True, end=False
        )
        window = MainWindow(AppSettings(Path(folder) / "base"), clock)
        window.show()
        window.open_session(path)
        model, console, participant = window.model, window.console, window.participant
        assert model is not None and console is not None and participant is not None
        model.timer.stop()  # the benchmark ticks, after moving the fake clock
        if model.exercise.state is RunState.PAUSED:  # a reopened run comes back paused
            model.call(model.exercise.resume)
        participant.show()  # beside the console, as on a second screen
        panel = console.log
        panel.choose_role(model.table_roles()[0])
        panel.pin.setChecked(True)  # one speaker for the whole run, kept after each Return
        entry = panel.entry
        entry.setFocus()
        beat = Heartbeat()
        QTest.qWait(200)  # let the first layout and paint settle

        script = " ".join(SENTENCES)
        sentence_ends = {i for i, ch in enumerate(script) if ch == "."}
        position = 0
        before = len(model.exercise.schedule.releases)

        def key() -> None:
            nonlocal position
            char = script[position % len(script)]
            beat.timed("keystroke", lambda: type_char(entry, char))
            if position % len(script) in sentence_ends:
                beat.timed("Return: entry saved", lambda: QTest.keyClick(entry, Qt.Key.Key_Return))
            position += 1

        def tick() -> None:
            clock.advance(minutes=ADVANCE_MIN)
            beat.timed("engine tick", model.tick)

        keys = QTimer()
        keys.setInterval(KEY_MS)
        keys.timeout.connect(key)
        ticks = QTimer()
        ticks.setInterval(TICK_MS)
        ticks.timeout.connect(tick)
        keys.start()
        ticks.start()
        beat.run(TYPING_S)
        keys.stop()
        ticks.stop()
        busy_gap, cause = beat.worst()
        stalls = beat.gaps_over(STALL_S)
        released = len(model.exercise.schedule.releases) - before
        saved = sum(1 for _s, _e, label in beat.spans if label.startswith("Return"))
        entries = len(model.exercise.log.entries())
        window.close()
        app.processEvents()
    return [
        f"| longest event-loop stall while typing {TYPING_S} s ({position} keys, {saved} "
        f"entries saved into a log of {entries}) during {released} auto-releases; "
        f"{stalls} stall(s) over 50 ms; worst during: {cause or 'painting (no timed call)'} "
        f"| {busy_gap * 1000:.1f} ms | – | – | no stall > 50 ms |"
    ]


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        print("\n".join(measure()), flush=True)
    elif sys.argv[1:2] == ["--open"] and len(sys.argv) == 3:
        print(f"opened {time_app_open(Path(sys.argv[2]))}", flush=True)
    else:
        print(HEADER)
        print("\n".join(main()))
