"""The built-in packs: what users judge us by in their first ten minutes."""

from __future__ import annotations

import json
import re

import pytest

from ovelse.cli import main
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.library import load_library, pack_folders
from ovelse.scenario.loader import LoadedPack, load_pack
from ovelse.scenario.render import template_fields

LETTERS = set("áčđŋšŧžÁČĐŊŠŦŽ")
REAL_PACKS = {
    "evakuering-ost-finnmark",
    "gasslekkasje-karsto",
    "ekstremvaer-flom-skred",
    "langvarig-strombrudd",
}
ALL_PACKS = REAL_PACKS | {"kom-i-gang"}


def _load_all() -> dict[str, LoadedPack]:
    loaded = {}
    for folder in pack_folders():
        try:
            loaded[folder.name] = load_pack(folder)
        except ScenarioError:
            continue  # reported by test_library_reports_no_broken_pack
    return loaded


LOADED = _load_all()
CASES = [
    (pack_id, profile.id)
    for pack_id, loaded in sorted(LOADED.items())
    for profile in loaded.profiles
]


def test_all_five_packs_are_built_in() -> None:
    assert set(LOADED) == ALL_PACKS
    assert {loaded.pack.id for loaded in LOADED.values()} == ALL_PACKS


@pytest.mark.parametrize(("pack_id", "profile_id"), CASES)
def test_every_profile_renders_completely(pack_id: str, profile_id: str) -> None:
    loaded = LOADED[pack_id]
    profile = loaded.profile(profile_id)
    rendered = loaded.render(loaded.values(profile))
    for path, text in template_fields(rendered):
        assert not re.search(r"\{\{|\}\}|\{%|%\}", text), f"{path} is not rendered: {text[:80]}"
    media = loaded.media(rendered)
    for inject in rendered.injects():
        for question in inject.questions:
            assert all(rendered.role(role) for role in question.roles)
        for ref in inject.media:
            assert media.get(ref.path)
    if any(LETTERS & set(value) for value in profile.values.values()):
        shown = " ".join(text for _, text in template_fields(rendered))
        assert LETTERS & set(shown), "the profile's Sámi names never reach the texts"


@pytest.mark.parametrize("pack_id", sorted(REAL_PACKS))
def test_real_packs_meet_the_bar(pack_id: str) -> None:
    loaded: LoadedPack = LOADED[pack_id]
    pack = loaded.pack
    injects = pack.injects()
    assert 3 <= len(pack.phases) <= 4
    assert len(injects) >= 12
    assert 2 * 3600 <= pack.duration.seconds <= 3 * 3600
    assert 8 <= len(pack.roles) <= 14
    assert pack.objectives and all(goal.subgoals for goal in pack.objectives)
    assert len(loaded.profiles) >= 2
    assert len(pack.response_cells) >= 5
    assert any(inject.media for inject in injects)
    assert sum(1 for inject in injects if inject.board) >= len(injects) // 3
    days = {
        inject.scenario_time.day
        for inject in injects
        if inject.scenario_time and inject.scenario_time.day
    }
    dates = {
        inject.scenario_time.date
        for inject in injects
        if inject.scenario_time and inject.scenario_time.date
    }
    assert len(days) + len(dates) >= 2, "scenario time should move from hours to days"
    for phase in pack.phases:
        assert any(inject.questions for inject in phase.injects), f"{phase.id} has no questions"
    for inject in injects:
        assert inject.notes and inject.expected_actions and inject.stall_prompts, inject.id


def test_demo_pack_is_short() -> None:
    pack = LOADED["kom-i-gang"].pack
    assert len(pack.injects()) == 5
    assert pack.duration.seconds <= 15 * 60


def test_finnmark_pack_speaks_northern_sami() -> None:
    loaded = LOADED["evakuering-ost-finnmark"]
    profile = loaded.profile("nesseby")
    rendered = loaded.render(loaded.values(profile))
    text = " ".join(inject.text for inject in rendered.injects())
    assert "Unjárga" in text


def test_scenarios_json_lists_all_five(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenarios", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {item["id"] for item in listed} == ALL_PACKS
    for item in listed:
        assert item["title"] and item["region"] and item["hazard"] and item["injects"] >= 5
        assert re.match(r"^\d\d:\d\d$", item["duration"])


def test_library_reports_no_broken_pack() -> None:
    packs, errors = load_library()
    assert not errors, "\n".join(str(error) for error in errors)
    assert len(packs) == 5
