"""The suggested rating's rule says in words how actions left unticked are counted."""

from __future__ import annotations

import pytest

from ovelse.exercise import Exercise, FakeClock
from ovelse.exercise.evidence import gather
from ovelse.exercise.kinds import ActionMark

UNTICKED_RULE = "Handlinger som ikke er krysset av, teller som ikke gjort."


@pytest.fixture
def running(exercise: Exercise, clock: FakeClock) -> Exercise:
    exercise.start()
    exercise.release_next()  # i1 exercises m1.1, three expected actions
    clock.advance(minutes=3)
    return exercise


def test_the_rule_says_that_actions_not_ticked_count_as_not_done(running: Exercise) -> None:
    running.tick_action("i1", "1", ActionMark.DONE)
    rule = gather(running, "m1.1").suggestion.rule
    assert "1 av 3 forventede handlinger gjort, 2 ikke krysset av" in rule
    assert UNTICKED_RULE in rule
    for action_id in ("2", "3"):
        running.tick_action("i1", action_id, ActionMark.DONE)
    assert UNTICKED_RULE not in gather(running, "m1.1").suggestion.rule
