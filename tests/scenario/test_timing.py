"""The offset and scenario-time forms authors write."""

from __future__ import annotations

import pytest

from ovelse.exercise import labels
from ovelse.scenario.timing import Duration, ScenarioTime, TimingError, format_offset


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("+00:45", 2700),
        ("00:45", 2700),
        ("1:30", 5400),
        ("+01:30:15", 5415),
        ("1h30m", 5400),
        ("90m", 5400),
        ("2h", 7200),
        ("45 min", 2700),
        ("1t 15m", 4500),
        ("30s", 30),
    ],
)
def test_offsets(text: str, seconds: int) -> None:
    assert Duration.parse(text).seconds == seconds


@pytest.mark.parametrize("text", ["", "+", "soon", "1:75", "h", "-00:10", "1.5h"])
def test_bad_offsets_are_refused_with_an_example(text: str) -> None:
    with pytest.raises(TimingError, match="skriv for eksempel"):
        Duration.parse(text)


def test_offsets_print_as_facilitators_say_them() -> None:
    assert str(Duration(5400)) == "+01:30"
    assert format_offset(-480) == "-00:08"
    assert format_offset(3725, sign=False) == "01:02:05"


def test_scenario_time_forms_and_labels() -> None:
    assert labels.scenario_time_text(ScenarioTime.parse("Dag 2 06:00")) == "Dag 2, kl. 06:00"
    assert ScenarioTime.parse("dag 3, kl. 7.15") == ScenarioTime(7, 15, day=3)
    assert labels.scenario_time_text(ScenarioTime.parse("06:30")) == "kl. 06:30"
    when = ScenarioTime.parse("2023-08-07 14:00")
    assert labels.scenario_time_text(when) == "mandag 7. august kl. 14:00"
    assert str(ScenarioTime.parse("2023-08-07T14:00")) == "2023-08-07 14:00"


@pytest.mark.parametrize(
    "text", ["Dag 0 06:00", "25:00", "Dag 1 12:60", "2023-02-30 10:00", "i morgen"]
)
def test_impossible_scenario_times(text: str) -> None:
    with pytest.raises(TimingError):
        ScenarioTime.parse(text)
