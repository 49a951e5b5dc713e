from __future__ import annotations

import pytest

from ovelse.exercise import Exercise, FakeClock
from ovelse.scenario.model import ScenarioPack
from tests.exercise.packs import build_pack
from tests.exercise.sinks import ListSink


@pytest.fixture
def pack() -> ScenarioPack:
    return build_pack()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sink() -> ListSink:
    return ListSink()


@pytest.fixture
def exercise(pack: ScenarioPack, clock: FakeClock, sink: ListSink) -> Exercise:
    return Exercise(pack, clock, sink)
