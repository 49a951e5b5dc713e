"""Loading the fixture pack that uses every field, and rendering it per profile."""

from __future__ import annotations

from pathlib import Path

from ovelse.scenario.loader import load_pack
from ovelse.scenario.serialize import pack_from_plain, pack_to_plain
from ovelse.scenario.timing import Duration, ScenarioTime
from tests.conftest import FULL_PACK


def test_every_field_is_read() -> None:
    loaded = load_pack(FULL_PACK)
    pack = loaded.pack
    assert pack.id == "full-pack"
    assert pack.duration == Duration(9000)
    assert [phase.id for phase in pack.phases] == ["f1", "f2"]
    first = pack.injects()[0]
    assert first.scenario_time == ScenarioTime(6, 0, day=1)
    assert first.questions[0].roles == ("ordforer", "kommunedirektor")
    assert first.media[1].path == "media/bilde.png"  # shorthand
    assert first.board["mobil"].value == "Redusert" and first.board["mobil"].status is None
    assert first.board["strom"].status == "kritisk"
    assert first.auto_release is False and pack.injects()[1].auto_release is True
    assert pack.injects()[2].scenario_time == ScenarioTime(8, 0, date="2026-01-15")
    assert [profile.id for profile in loaded.profiles] == ["enkel", "samisk"]


def test_catalogue_roles_get_title_and_description() -> None:
    pack = load_pack(FULL_PACK).pack
    mayor = pack.role("ordforer")
    assert mayor is not None and mayor.title == "Ordfører" and mayor.essential
    assert pack.role("kommunedirektor").title == "Kommunedirektør"  # type: ignore[union-attr]


def test_profile_values_reach_every_text_including_sami_letters() -> None:
    loaded = load_pack(FULL_PACK)
    rendered = loaded.render(loaded.values(loaded.profile("samisk")))
    assert rendered.title == "Fullstendig testpakke for Nesseby"
    assert "Samisk navn: Unjárga." in rendered.background
    assert rendered.purpose == "Øve kriseledelsen i NESSEBY."
    assert rendered.roles[2].title == "Nettselskapet i Finnmark"
    assert rendered.response_cells[0].text.endswith("til Nesseby.")
    assert rendered.injects()[0].media[0].caption == "Kart over Nesseby"
    assert "{{" not in str(rendered)


def test_defaults_fill_what_a_profile_leaves_out() -> None:
    loaded = load_pack(FULL_PACK)
    values = loaded.values(loaded.profile("enkel"), overrides={"fylke": "Vestland", "ukjent": "x"})
    assert values == {"kommune": "Lom", "fylke": "Vestland", "kommune_samisk": ""}
    rendered = loaded.render(values)
    assert "Samisk navn" not in rendered.background


def test_rendered_pack_survives_the_session_snapshot() -> None:
    loaded = load_pack(FULL_PACK)
    rendered = loaded.render(loaded.values(loaded.profile("samisk")))
    assert pack_from_plain(pack_to_plain(rendered)) == rendered


def test_media_bytes_are_collected_for_the_snapshot() -> None:
    media = load_pack(FULL_PACK).media()
    assert set(media) == {"media/kart.svg", "media/bilde.png"}
    assert media["media/bilde.png"].startswith(b"\x89PNG")


def test_a_pack_can_be_named_by_its_yaml_file() -> None:
    assert load_pack(FULL_PACK / "scenario.yaml").root == FULL_PACK


def test_utf8_bom_from_windows_editors_is_accepted(full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    file.write_bytes(b"\xef\xbb\xbf" + file.read_bytes())
    assert load_pack(full_pack_copy).pack.id == "full-pack"
