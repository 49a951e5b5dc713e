"""The built-in packs: what users judge us by in their first ten minutes."""

from __future__ import annotations

import json
import re

import pytest

from ovelse.cli import main
from ovelse.exercise.schedule import Schedule
from ovelse.scenario.catalogue import in_sami_language_area
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.library import load_library, pack_folders
from ovelse.scenario.loader import LoadedPack, load_pack
from ovelse.scenario.render import template_fields
from ovelse.scenario.tracks import core_injects, short_track, summary_time

LETTERS = set("áčđŋšŧžÁČĐŊŠŦŽ")
REAL_PACKS = {
    "evakuering-ost-finnmark",
    "gasslekkasje-karsto",
    "ekstremvaer-flom-skred",
    "langvarig-strombrudd",
    "vertskommune-evakuerte",
    "vertsnasjonsstotte",
    "helseberedskap-krig",
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


def test_all_packs_are_built_in() -> None:
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


def test_scenarios_json_lists_every_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenarios", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {item["id"] for item in listed} == ALL_PACKS
    for item in listed:
        assert item["title"] and item["region"] and item["hazard"] and item["injects"] >= 5
        assert re.match(r"^\d\d:\d\d$", item["duration"])


def test_library_reports_no_broken_pack() -> None:
    packs, errors = load_library()
    assert not errors, "\n".join(str(error) for error in errors)
    assert len(packs) == len(ALL_PACKS)


# --- what a statsforvalter adviser checks before running a pack ------------------------------


@pytest.mark.parametrize("pack_id", sorted(ALL_PACKS))
def test_every_sub_goal_has_a_measurable_indicator(pack_id: str) -> None:
    pack = LOADED[pack_id].pack
    missing = [
        sub.id for goal in pack.objectives for sub in goal.subgoals if not sub.indicator.strip()
    ]
    assert not missing, f"sub-goals without an indicator: {missing}"


@pytest.mark.parametrize("pack_id", sorted(ALL_PACKS))
def test_every_pack_can_be_run_in_ninety_minutes(pack_id: str) -> None:
    pack = LOADED[pack_id].pack
    short = short_track(pack)
    assert short.duration.seconds <= 90 * 60
    assert all(not inject.optional for inject in short.injects())
    times = [inject.at.seconds for inject in short.injects()]
    assert times == sorted(times) and times[-1] <= short.duration.seconds
    schedule = Schedule(short)
    assert schedule.all_ids() == [inject.id for inject in core_injects(pack)]


@pytest.mark.parametrize("pack_id", sorted(REAL_PACKS))
def test_last_core_inject_leaves_twenty_minutes_for_the_summary(pack_id: str) -> None:
    pack = LOADED[pack_id].pack
    assert pack.short_duration is not None, "a full pack needs its own short version"
    assert summary_time(short_track(pack)).seconds >= 20 * 60
    assert summary_time(pack).seconds >= 20 * 60
    # The short version is a real cut: fewer injects, the discussion has room.
    assert len(core_injects(pack)) < len(pack.injects())
    assert len(core_injects(pack)) >= len(pack.phases)


@pytest.mark.parametrize(("pack_id", "profile_id"), CASES)
def test_no_profile_claims_sami_duties_outside_the_administrative_area(
    pack_id: str, profile_id: str
) -> None:
    loaded = LOADED[pack_id]
    profile = loaded.profile(profile_id)
    assert profile is not None
    if pack_id != "kom-i-gang":
        assert profile.municipality, "a real profile names its municipality"
    inside = in_sami_language_area(profile.municipality)
    assert profile.sami_language_area == inside
    if inside:
        return
    rendered = loaded.render(loaded.values(profile))
    shown = " ".join(text for _, text in template_fields(rendered))
    for claim in (
        "Kommunen er i forvaltningsområdet for samisk språk",
        f"{profile.municipality} er i forvaltningsområdet",
        "skal være både på samisk og norsk",
    ):
        assert claim not in shown, f"{profile_id} claims Sámi duties: «{claim}»"


def test_finnmark_profiles_outside_the_area_say_why_they_use_sami() -> None:
    loaded = LOADED["evakuering-ost-finnmark"]
    for profile_id in ("vadso", "sor-varanger"):
        profile = loaded.profile(profile_id)
        assert profile is not None
        assert "ikke i forvaltningsområdet for samisk språk" in profile.values["sprakplikt"]
        assert "Varangerbotn" not in profile.values["reserve_lokasjon"]


def test_finnmark_numbers_scale_with_the_profile() -> None:
    loaded = LOADED["evakuering-ost-finnmark"]
    texts = {}
    for profile in loaded.profiles:
        rendered = loaded.render(loaded.values(profile))
        texts[profile.id] = " ".join(text for _, text in template_fields(rendered))
    assert "Av dem må seks ha liggende transport" in texts["nesseby"]
    assert "Av dem må 20 ha liggende transport" in texts["sor-varanger"]
    assert "15 000 liter" in texts["sor-varanger"] and "3 000 liter" in texts["nesseby"]
    assert "Finnmark landforsvar" not in " ".join(texts.values())
    assert "Statsforvalterens kontor her i Vadsø" in texts["vadso"]


@pytest.mark.parametrize(
    ("pack_id", "marking"),
    [
        ("evakuering-ost-finnmark", "offl_21"),
        ("gasslekkasje-karsto", "offl_24_3"),
        ("ekstremvaer-flom-skred", "ingen"),
        ("langvarig-strombrudd", "ingen"),
        ("kom-i-gang", "ingen"),
        ("vertskommune-evakuerte", "offl_21"),
        ("vertsnasjonsstotte", "offl_21"),
        ("helseberedskap-krig", "offl_21"),
    ],
)
def test_sensitive_packs_default_to_an_exempt_report(pack_id: str, marking: str) -> None:
    assert LOADED[pack_id].pack.marking == marking


@pytest.mark.parametrize("pack_id", sorted(REAL_PACKS))
def test_real_packs_use_one_nato_term_and_name_the_public_warning(pack_id: str) -> None:
    loaded = LOADED[pack_id]
    rendered = loaded.render(loaded.values(loaded.profiles[0]))
    shown = " ".join(text for _, text in template_fields(rendered))
    for other in ("basiskrav", "grunnkrav", "grunnleggende forventning"):
        assert other not in shown
    assert "grunnleggende krav" in shown
    assert "Nødvarsel" in shown
    assert "Viktig melding – lytt på radio" in shown or "Flyalarm" in shown
    assert shown.count("Sjekk lokalt") >= 5


def test_demo_pack_teaches_the_check_locally_convention() -> None:
    pack = LOADED["kom-i-gang"].pack
    notes = " ".join(inject.notes for inject in pack.injects())
    assert "Sjekk lokalt" in notes
    cells = " ".join(cell.text for cell in pack.response_cells)
    assert "entreprenør" in cells


def test_power_outage_pack_names_dab_not_fm() -> None:
    loaded = LOADED["langvarig-strombrudd"]
    rendered = loaded.render(loaded.values(loaded.profiles[0]))
    shown = " ".join(text for _, text in template_fields(rendered))
    assert "DAB" in shown and "KBO" in shown and "e-resept" in shown
    svg = (loaded.root / "media" / "reservestrom-tidslinje.svg").read_text(encoding="utf-8")
    assert "FM" not in svg


ROLE_PLAY = re.compile(
    r"^(Teknisk|Kommunikasjon|Helse og omsorg|Beredskapskoordinatoren|Kommunedirektøren|"
    r"Ordføreren|Kriseledelsen|Kommunen|Hjemmetjenesten) \w+er\b"
)


@pytest.mark.parametrize("pack_id", sorted(ALL_PACKS))
def test_expected_actions_say_what_the_discussion_reaches(pack_id: str) -> None:
    """A discussion exercise does not role-play the staff meeting: «Teknisk kontrollerer
    sandsekkene» becomes what the people round the table should agree on."""
    pack = LOADED[pack_id].pack
    played = [
        f"{inject.id}: {action}"
        for inject in pack.injects()
        for action in inject.expected_actions
        if ROLE_PLAY.match(action)
    ]
    assert not played, "\n".join(played)


def _shown_per_profile(pack_id: str) -> dict[str, str]:
    loaded = LOADED[pack_id]
    texts = {}
    for profile in loaded.profiles:
        rendered = loaded.render(loaded.values(profile))
        texts[profile.id] = " ".join(text for _, text in template_fields(rendered))
    return texts


def test_host_kommune_numbers_and_language_follow_the_profile() -> None:
    """A small Sámi-area kommune and a large town outside it get their own numbers, and only
    the one inside the administrative area is told it has the Sámi duties."""
    texts = _shown_per_profile("vertskommune-evakuerte")
    assert "om lag 1\u00a0200 mennesker" in texts["karasjok"]
    assert "om lag 4\u00a0000 mennesker" in texts["alta"]
    assert "Karasjok er i forvaltningsområdet for samisk språk" in texts["karasjok"]
    assert "Alta er ikke i forvaltningsområdet for samisk språk" in texts["alta"]
    for shown in texts.values():
        assert "Forsvarsbygg" in shown and "reindriftsavdelingen" in shown


def test_host_kommune_pack_speaks_northern_sami_and_says_it_must_be_checked() -> None:
    loaded = LOADED["vertskommune-evakuerte"]
    second = loaded.pack.translation
    assert second is not None and second.language == "sme"
    assert "må kontrolleres av en oversetter" in second.note
    assert all(profile.show_translation for profile in loaded.profiles)
    rendered = loaded.render(loaded.values(loaded.profile("karasjok")))
    translated = [inject for inject in rendered.injects() if inject.translation]
    assert len(translated) >= 5
    for inject in translated:
        assert inject.translation is not None
        assert inject.translation.title and inject.translation.text
        assert len(inject.translation.questions) == len(inject.questions), inject.id
    message = next(inject for inject in translated if inject.id == "ve-2-3")
    assert message.translation is not None
    assert "BURES BOAHTIN – KÁRÁŠJOHKA" in message.translation.text


def test_host_nation_support_pack_follows_the_profile_and_keeps_the_roles_apart() -> None:
    """A port town in Nordland and an airport town in Trøndelag get their own places and
    numbers; the texts send conflicts between civil and military needs to the statsforvalter."""
    texts = _shown_per_profile("vertsnasjonsstotte")
    assert "Ofotbanen" in texts["narvik"] and "Statsforvalteren i Nordland" in texts["narvik"]
    assert "Værnes" in texts["stjordal"] and "Statsforvalteren i Trøndelag" in texts["stjordal"]
    assert "8\u00a0000 allierte soldater" in texts["narvik"]
    assert "6\u00a0000 allierte soldater" in texts["stjordal"]
    for shown in texts.values():
        assert "ikke forhandlet alene med Forsvaret" in shown
        assert "skoleveien" in shown.lower() and "oppstillingsplass" in shown


def test_health_pack_scales_with_the_kommune_and_documents_its_priorities() -> None:
    texts = _shown_per_profile("helseberedskap-krig")
    assert "40 sykehjemsbeboere som er evakuert" in texts["bodo"]
    assert "25 sykehjemsbeboere som er evakuert" in texts["lillehammer"]
    assert "med tog til Lillehammer stasjon" in texts["lillehammer"]
    for shown in texts.values():
        assert "helseberedskapsloven" in shown and "Sjekk lokalt: lovgrunnlaget" in shown
        assert "skriftlige kriterier" in shown.lower()
