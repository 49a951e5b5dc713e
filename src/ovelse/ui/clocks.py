"""The console's clock strip: exercise time (large), run state, scenario time, wall time.

A paused exercise is unmistakable: the strip turns amber and says «PAUSE» in words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ovelse import walltime
from ovelse.exercise import labels
from ovelse.exercise.kinds import RunState
from ovelse.ui import texts
from ovelse.ui.session_model import SessionModel


def state_text(state: RunState) -> str:
    """The banner word for a run state, read when shown (the language may have changed)."""
    return {
        RunState.NOT_STARTED: texts.STATE_NOT_STARTED,
        RunState.RUNNING: texts.STATE_RUNNING,
        RunState.PAUSED: texts.STATE_PAUSED,
        RunState.ENDED: texts.STATE_ENDED,
    }[state]


STATE_STYLE = {
    RunState.NOT_STARTED: "background: #e2e5ea; color: #111111;",
    RunState.RUNNING: "background: #1e7b34; color: #ffffff;",
    RunState.PAUSED: "background: #f0b323; color: #111111;",
    RunState.ENDED: "background: #4a4a4a; color: #ffffff;",
}


def _labelled(caption: str, value: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 0, 8, 0)
    layout.setSpacing(0)
    title = QLabel(caption)
    title.setObjectName("clockCaption")
    layout.addWidget(title)
    layout.addWidget(value)
    return box


class ClockStrip(QFrame):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("clockStrip")
        self.exercise_clock = QLabel()
        self.exercise_clock.setObjectName("exerciseClock")
        self.state = QLabel()
        self.state.setObjectName("runState")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state.setMinimumWidth(150)
        self.scenario_clock = QLabel()
        self.scenario_clock.setObjectName("scenarioClock")
        self.scenario_clock.setTextFormat(Qt.TextFormat.PlainText)
        self.scenario_clock.setMinimumWidth(300)
        self.wall_clock = QLabel()
        self.wall_clock.setObjectName("wallClock")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(_labelled(texts.CLOCK_EXERCISE, self.exercise_clock))
        layout.addWidget(self.state)
        layout.addWidget(_labelled(texts.CLOCK_SCENARIO, self.scenario_clock))
        layout.addWidget(_labelled(texts.CLOCK_WALL, self.wall_clock))
        layout.addStretch(1)
        model.ticked.connect(self.refresh)
        model.runChanged.connect(self.refresh)
        model.changed.connect(lambda change: self.refresh() if change.scenario_time else None)
        self.refresh()

    def refresh(self) -> None:
        exercise = self.model.exercise
        self.exercise_clock.setText(labels.clock_text(exercise.now_ms()))
        state = exercise.state
        self.state.setText(state_text(state))
        self.state.setStyleSheet(
            STATE_STYLE[state] + " font-weight: bold; font-size: 20pt; padding: 4px 14px;"
        )
        self.setProperty("paused", state is RunState.PAUSED)
        self.setStyleSheet(
            "#clockStrip { background: #fff1c7; border: 2px solid #f0b323; }"
            if state is RunState.PAUSED
            else ""
        )
        self.scenario_clock.setText(exercise.scenario_label() or "–")
        # The session's zone, as the CSV and the report print it, named beside the time.
        zone, now = self.model.session.time_zone, exercise.now_wall()
        clock = walltime.wall_text(now, zone, walltime.CLOCK_FORMAT)
        self.wall_clock.setText(f"{clock} {walltime.zone_abbreviation(now, zone)}")
        self.wall_clock.setToolTip(texts.CLOCK_WALL_ZONE.format(zone=zone))
