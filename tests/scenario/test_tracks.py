"""Core and optional injects, the 90-minute version, the default marking and Sámi duties.

Each case edits a private copy of the full fixture pack, as an author would, and checks
what the facilitator gets (the short plan, the report's marking) or the located message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ovelse.exercise.evaluation import Evaluation
from ovelse.exercise.kinds import MarkingKind
from ovelse.scenario.catalogue import in_sami_language_area
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import load_pack
from ovelse.scenario.tracks import short_track, summary_time


def _edit(pack: Path, old: str, new: str, file: str = "scenario.yaml") -> None:
    path = pack / file
    text = path.read_text(encoding="utf-8")
    assert old in text, "the case no longer matches the fixture"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _with_short_version(pack: Path) -> None:
    """i1 and i3 are core (+00:00 and +00:50 in the short plan), i2 optional."""
    _edit(pack, 'duration: "2h30m"', 'duration: "2h30m"\nshort_duration: "1h30m"')
    _edit(
        pack,
        'scenario_time: "Dag 1 06:00"',
        'scenario_time: "Dag 1 06:00"\n        short_at: "+00:00"',
    )
    _edit(pack, 'at: "1h"', 'at: "1h"\n        optional: true')
    _edit(pack, 'at: "+01:45"', 'at: "+01:45"\n        short_at: "+00:50"')


def _messages(pack: Path) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        load_pack(pack)
    return [f"{problem.path}: {problem.message}" for problem in caught.value.problems]


def test_short_version_keeps_the_core_injects_on_their_short_times(full_pack_copy: Path) -> None:
    _with_short_version(full_pack_copy)
    pack = load_pack(full_pack_copy).pack
    short = short_track(pack)
    assert [(i.id, str(i.at)) for i in short.injects()] == [("i1", "+00:00"), ("i3", "+00:50")]
    assert str(short.duration) == "+01:30"
    assert summary_time(short).seconds == 40 * 60
    # The full plan is untouched: all three injects, on their own times.
    assert [i.id for i in pack.injects()] == ["i1", "i2", "i3"]
    assert summary_time(pack).seconds == 45 * 60


def test_a_pack_without_a_short_version_runs_as_written(full_pack_copy: Path) -> None:
    pack = load_pack(full_pack_copy).pack
    assert short_track(pack) is pack
    assert not any(inject.optional for inject in pack.injects())


def test_core_inject_without_a_short_time_is_named(full_pack_copy: Path) -> None:
    _with_short_version(full_pack_copy)
    _edit(full_pack_copy, '\n        short_at: "+00:50"', "")
    assert _messages(full_pack_copy) == [
        "phases[1].injects[0]: kjerneinnspillet mangler «short_at», tiden i kortversjonen; "
        "skriv den, eller merk innspillet «optional: true»"
    ]


def test_optional_inject_cannot_have_a_short_time(full_pack_copy: Path) -> None:
    _with_short_version(full_pack_copy)
    _edit(full_pack_copy, "optional: true", 'optional: true\n        short_at: "+00:20"')
    assert _messages(full_pack_copy) == [
        "phases[0].injects[1].short_at: et valgfritt innspill er ikke med i kortversjonen; "
        "fjern «short_at»"
    ]


def test_short_version_over_ninety_minutes_is_refused(full_pack_copy: Path) -> None:
    _with_short_version(full_pack_copy)
    _edit(full_pack_copy, 'short_duration: "1h30m"', 'short_duration: "1h45m"')
    assert _messages(full_pack_copy) == [
        "short_duration: kortversjonen kan vare høyst +01:30 (+01:45)"
    ]


def test_short_times_must_rise_and_fit(full_pack_copy: Path) -> None:
    _with_short_version(full_pack_copy)
    _edit(full_pack_copy, 'short_at: "+00:50"', 'short_at: "+01:40"')
    assert _messages(full_pack_copy) == [
        "phases[1].injects[0].short_at: innspillet er planlagt (+01:40) etter slutten på "
        "kortversjonen (+01:30)"
    ]


def test_short_time_without_a_short_version_is_named(full_pack_copy: Path) -> None:
    _edit(full_pack_copy, 'at: "+01:45"', 'at: "+01:45"\n        short_at: "+00:50"')
    assert _messages(full_pack_copy) == [
        "phases[1].injects[0].short_at: pakken har ingen kortversjon; skriv «short_duration» "
        "på toppnivået"
    ]


@pytest.mark.parametrize(
    ("written", "kind"),
    [("", MarkingKind.NONE), ("offl_24_3", MarkingKind.OFFL_24), ("offl_21", MarkingKind.OFFL_21)],
)
def test_pack_marking_is_the_evaluation_default(
    full_pack_copy: Path, written: str, kind: MarkingKind
) -> None:
    if written:
        _edit(full_pack_copy, 'duration: "2h30m"', f'duration: "2h30m"\nmarking: {written}')
    evaluation = Evaluation(load_pack(full_pack_copy).pack)
    assert evaluation.marking.kind is kind


def test_sami_duties_outside_the_administrative_area_are_refused(full_pack_copy: Path) -> None:
    _edit(
        full_pack_copy,
        'kommune: "Nesseby"',
        'kommune: "Vadsø"',
        file="profiles/samisk.yaml",
    )
    _edit(
        full_pack_copy,
        'title: "Unjárga/Nesseby"',
        'title: "Vadsø"\nmunicipality: "Vadsø"\nsami_language_area: true',
        file="profiles/samisk.yaml",
    )
    assert _messages(full_pack_copy) == [
        "sami_language_area: «Vadsø» er ikke i forvaltningsområdet for samisk språk, så "
        "pliktene i sameloven kapittel 3 gjelder ikke; fjern «sami_language_area» og skriv i "
        "stedet hvorfor tekstene er på samisk"
    ]


def test_sami_duties_inside_the_area_load(full_pack_copy: Path) -> None:
    _edit(
        full_pack_copy,
        'title: "Unjárga/Nesseby"',
        'title: "Unjárga/Nesseby"\nmunicipality: "Unjárga/Nesseby"\nsami_language_area: true',
        file="profiles/samisk.yaml",
    )
    profile = load_pack(full_pack_copy).profile("samisk")
    assert profile is not None and profile.sami_language_area


@pytest.mark.parametrize(
    ("name", "inside"),
    [
        ("Nesseby", True),
        ("Unjárga", True),
        ("unjárga/nesseby", True),
        ("Kárášjohka/Karasjok", True),
        ("Vadsø", False),
        ("Sør-Varanger", False),
        ("", False),
    ],
)
def test_administrative_area_is_known_by_either_name(name: str, inside: bool) -> None:
    assert in_sami_language_area(name) is inside
