"""The evaluation page shows each sub-goal's indicator under it, as the report does."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QLabel

from ovelse.exercise.clock import FakeClock
from ovelse.scenario.loader import load_pack
from ovelse.store import Session
from ovelse.ui.evaluation import GoalRatings
from ovelse.ui.session_model import SessionModel

DEMO = Path(__file__).parents[2] / "scenarios" / "kom-i-gang"


def test_sub_goal_rows_carry_their_indicator(qtbot, tmp_path: Path) -> None:
    loaded = load_pack(DEMO)
    pack = loaded.render(loaded.values(loaded.profiles[0]))
    clock = FakeClock(datetime(2026, 3, 12, 8, 0, tzinfo=UTC))
    with Session.create(tmp_path / "demo.ovelse", pack, clock=clock) as session:
        model = SessionModel(session)
        goals = GoalRatings(model)
        qtbot.addWidget(goals)
        shown = [label.text() for label in goals.findChildren(QLabel)]
        sub = pack.objectives[0].subgoals[1]
        row = next(text for text in shown if sub.title in text)
        assert row.splitlines()[1].strip() == f"Indikator: {sub.indicator}"
        objective_row = next(text for text in shown if text == pack.objectives[0].title)
        assert "Indikator" not in objective_row
        goals.close()
        model.deleteLater()


def test_a_wrapped_sub_goal_stays_indented_under_its_objective(qtbot, tmp_path: Path) -> None:
    loaded = load_pack(DEMO)
    pack = loaded.render(loaded.values(loaded.profiles[0]))
    clock = FakeClock(datetime(2026, 3, 12, 8, 0, tzinfo=UTC))
    with Session.create(tmp_path / "demo.ovelse", pack, clock=clock) as session:
        model = SessionModel(session)
        goals = GoalRatings(model)
        qtbot.addWidget(goals)
        sub = pack.objectives[0].subgoals[1]
        labels = goals.findChildren(QLabel)
        row = next(label for label in labels if sub.title in label.text())
        objective = next(label for label in labels if label.text() == pack.objectives[0].title)
        # The indent is the label's margin, so every wrapped line keeps it, not only the
        # first as leading spaces would.
        assert not any(line.startswith(" ") for line in row.text().splitlines())
        assert row.contentsMargins().left() > objective.contentsMargins().left()
        goals.close()
        model.deleteLater()
