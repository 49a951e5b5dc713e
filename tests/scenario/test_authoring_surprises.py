"""Things a newcomer author met that the format did silently: each now does what they meant."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from ovelse.scenario import messages
from ovelse.scenario.binding import template_field_names
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.library import load_library
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import ScenarioPack
from ovelse.scenario.render import render_text

DOCS = Path(__file__).parents[2] / "docs" / "scenario-format.md"


def test_the_first_letter_filter_leaves_place_names_alone() -> None:
    values = {"sted": "omsorgssenteret i Svelgen"}
    assert render_text("{{ sted | stor_forbokstav }}.", values) == "Omsorgssenteret i Svelgen."
    # What authors met before: Jinja2's capitalize lowercases the rest.
    assert render_text("{{ sted | capitalize }}", values) == "Omsorgssenteret i svelgen"
    assert render_text("{{ sted | stor_forbokstav }}", {"sted": ""}) == ""


def test_a_pack_may_use_the_first_letter_filter(full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(
        text.replace('region: "{{ fylke }}"', 'region: "{{ fylke | stor_forbokstav }}"', 1),
        encoding="utf-8",
    )
    loaded = load_pack(full_pack_copy)
    assert loaded.render(loaded.values(overrides={"fylke": "indre Østfold"})).region == (
        "Indre Østfold"
    )


@pytest.mark.parametrize(
    ("language", "title", "description_start"),
    [
        ("nb", "Ordfører", "Kommunens øverste leder"),
        ("nn", "Ordførar", "Den øvste leiaren i kommunen"),
        ("en", "Mayor", "The municipality's leader"),
        ("se", "Ordfører", "Kommunens øverste leder"),
    ],
)
def test_catalogue_roles_follow_the_packs_language(
    full_pack_copy: Path, language: str, title: str, description_start: str
) -> None:
    file = full_pack_copy / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("language: nb", f"language: {language}", 1), encoding="utf-8")
    pack = load_pack(full_pack_copy).pack
    mayor = pack.role("ordforer")
    assert mayor is not None and mayor.title == title
    assert mayor.description.startswith(description_start)
    # A title the pack gives itself is kept in any language.
    own = pack.role("nettselskap")
    assert own is not None and own.title == "Nettselskapet i {{ fylke }}"


def test_line_breaks_inside_a_paragraph_are_folded_and_paragraphs_and_lists_kept(
    full_pack_copy: Path,
) -> None:
    file = full_pack_copy / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    block = (
        "text: |\n"
        "          Hele {{ kommune }} er uten strøm, og nettselskapet\n"
        "          vet ikke når den kommer tilbake.\n"
        "\n"
        "          Meldt inn så langt:\n"
        "          - sykehjemmet\n"
        "          - vannverket\n"
    )
    old = 'text: "Hele {{ kommune }} er uten strøm. Ŋ ŧ á č đ š ž."'
    assert old in text
    file.write_text(text.replace(old, block.rstrip("\n"), 1), encoding="utf-8")
    loaded = load_pack(full_pack_copy)
    inject = loaded.render(loaded.values()).injects()[0]
    assert inject.text == (
        "Hele Eksempel er uten strøm, og nettselskapet vet ikke når den kommer tilbake.\n"
        "\n"
        "Meldt inn så langt:\n"
        "- sykehjemmet\n"
        "- vannverket\n"
    )


def test_a_pipe_named_scenario_yaml_is_named_for_what_it_is(tmp_path: Path) -> None:
    root = tmp_path / "pakke"
    root.mkdir()
    os.mkfifo(root / "scenario.yaml")  # opening it for reading would wait for ever
    with pytest.raises(ScenarioError) as caught:
        load_pack(root)
    problem = caught.value.problems[0]
    assert problem.file == str(root / "scenario.yaml")
    assert problem.message == messages.NOT_A_REGULAR_FILE.format(kind=messages.FILE_KINDS["fifo"])
    # The library shows it as a pack with an error instead of leaving it out.
    packs, errors = load_library(tmp_path)
    assert packs == [] and errors[0].problems == caught.value.problems


def test_a_missing_scenario_yaml_is_still_not_found(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError) as caught:
        load_pack(tmp_path)
    assert caught.value.problems[0].message == "fant ikke scenario.yaml i mappen"


def _docs_example(target: Path) -> Path:
    """Write the docs' complete example («kokevarsel») as the files it describes."""
    docs = DOCS.read_text(encoding="utf-8")
    for name in (
        "scenario.yaml",
        "profiles/storby.yaml",
        "media/forsyningsomrade.svg",
    ):
        found = re.search(rf"`kokevarsel/{re.escape(name)}`:\n\n```\w*\n(.*?)\n```", docs, re.S)
        assert found, name
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(found.group(1) + "\n", encoding="utf-8")
    return target


def test_the_docs_complete_example_loads_and_templates_only_template_fields(
    tmp_path: Path,
) -> None:
    loaded = load_pack(_docs_example(tmp_path / "kokevarsel"))
    assert len(loaded.pack.injects()) == 3 and len(loaded.profiles) == 1
    plain_fields = {
        name
        for name in ScenarioPack.__dataclass_fields__
        if name not in template_field_names(ScenarioPack)
    }
    for name in plain_fields:
        value = getattr(loaded.pack, name)
        if isinstance(value, str):  # «author» was templated, and printed with its braces
            assert "{{" not in value, f"{name} is not a template field but uses one"
