"""Prøvekjøring: the tailored pack run on a fast clock, in memory, to see its flow.

The engine is the real one (``Exercise``) with no sink, so nothing is written: no session
file, no lock, no recent-files entry. Its clock runs ten or sixty times faster than the
program's own (which tests replace by a fake one), and injects are given automatically
when they are due, so the banners, the pictures and the board changes come by in a few
minutes, on the participant view itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ovelse.exercise.clock import Clock
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.kinds import RunState
from ovelse.exercise.run import Exercise
from ovelse.scenario.model import ScenarioPack
from ovelse.scenario.timing import format_offset
from ovelse.ui import texts
from ovelse.ui.editor.preview import AspectBox, projector_ratio
from ovelse.ui.participant import ParticipantView
from ovelse.ui.session_model import exercise_stage

SPEEDS = (10, 60)
TICK_MS = 200  # the real timer; at ×60 that is twelve seconds of exercise time


class RehearsalClock:
    """Exercise time ``speed`` times faster than ``base``; a new speed starts from now."""

    def __init__(self, base: Clock, speed: int) -> None:
        self.base = base
        self.speed = speed
        self._base_origin = base.monotonic()
        self._origin = self._base_origin
        self._wall = base.now_utc()

    def monotonic(self) -> float:
        return self._origin + (self.base.monotonic() - self._base_origin) * self.speed

    def now_utc(self) -> datetime:
        return self._wall + timedelta(seconds=self.monotonic() - self._base_origin)

    def set_speed(self, speed: int) -> None:
        self._origin = self.monotonic()
        self._base_origin = self.base.monotonic()
        self.speed = speed


class RehearsalWindow(QDialog):
    def __init__(
        self,
        pack: ScenarioPack,
        values: Mapping[str, str],
        media: Mapping[str, bytes],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.REHEARSAL_TITLE.format(title=pack.title))
        self.pack = pack
        self.media = dict(media)
        self.municipality = values.get("kommune") or values.get("kommunenavn") or pack.region
        self.clock = RehearsalClock(clock, SPEEDS[0])
        self.exercise = Exercise(pack, self.clock)  # no sink: a rehearsal writes nothing
        self.exercise.set_auto_release(True)
        self.exercise.start()

        self.view = ParticipantView()
        self.box = AspectBox(self.view, projector_ratio())
        self.box.setMinimumSize(640, 360)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.speed = QComboBox()
        for speed in SPEEDS:
            self.speed.addItem(texts.REHEARSAL_SPEED.format(speed=speed), speed)
        self.speed.currentIndexChanged.connect(
            lambda _i: self.clock.set_speed(int(self.speed.currentData()))
        )
        self.next_button = QPushButton(texts.REHEARSAL_NEXT)
        self.next_button.clicked.connect(self.release_next)
        self.pause_button = QPushButton(texts.REHEARSAL_PAUSE)
        self.pause_button.clicked.connect(self.toggle_pause)
        close = QPushButton(texts.REHEARSAL_CLOSE)
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.speed)
        row.addWidget(self.next_button)
        row.addWidget(self.pause_button)
        row.addWidget(close)
        note = QLabel(texts.REHEARSAL_NOTE)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.box, 1)
        layout.addLayout(row)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.redraw()

    def tick(self) -> None:
        if self.exercise.state is RunState.RUNNING:
            try:
                self.exercise.tick()
                if self.exercise.now_ms() >= self.pack.duration.seconds * 1000:
                    self.exercise.end()
            except ExerciseError:
                pass  # nothing to give now; the next tick tries again
        self.redraw()

    def release_next(self) -> None:
        try:
            self.exercise.release_next()
        except ExerciseError:
            return
        self.redraw()

    def toggle_pause(self) -> None:
        try:
            if self.exercise.state is RunState.RUNNING:
                self.exercise.pause()
                self.pause_button.setText(texts.REHEARSAL_RESUME)
            elif self.exercise.state is RunState.PAUSED:
                self.exercise.resume()
                self.pause_button.setText(texts.REHEARSAL_PAUSE)
        except ExerciseError:
            return
        self.redraw()

    def redraw(self) -> None:
        self.view.setStage(
            exercise_stage(self.exercise, self.pack.title, self.municipality, self.media.get)
        )
        self.status.setText(
            texts.REHEARSAL_STATUS.format(
                time=format_offset(self.exercise.now_ms() // 1000),
                end=format_offset(self.pack.duration.seconds),
            )
        )

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)
