"""The øvingsdirektiv's texts kept in a pack's profile for the next exercise with it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ovelse.resources import builtin_scenarios
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import Directive
from ovelse.scenario.workspace import SaveError, save_profile_directive

DIRECTIVE = Directive(
    date="11. mars 2027",
    place="Rådhuset i Unjárga",
    rules="Ingen fasit.\n\nSi det høyt når du ville gjort noe.",
    contact="Áilu Hansen, tlf. 900 00 000",
)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "kom-i-gang"
    shutil.copytree(builtin_scenarios() / "kom-i-gang", folder)
    return folder


def test_the_directive_is_written_into_the_profile_and_read_back(pack: Path) -> None:
    file = save_profile_directive(pack, "demo", DIRECTIVE)
    assert file.read_text(encoding="utf-8").startswith("# yaml-language-server")  # kept
    loaded = load_pack(pack)
    assert loaded.profile("demo").directive == DIRECTIVE
    assert loaded.profile("demo").values["kommune"] == "Eksempel kommune"  # the rest kept


def test_a_built_in_pack_or_a_profile_no_longer_there_is_refused_with_a_sentence(
    pack: Path,
) -> None:
    builtin = builtin_scenarios() / "kom-i-gang"
    before = (builtin / "profiles" / "demo.yaml").read_bytes()
    with pytest.raises(SaveError, match="innebygd"):
        save_profile_directive(builtin, "demo", DIRECTIVE)
    assert (builtin / "profiles" / "demo.yaml").read_bytes() == before
    with pytest.raises(SaveError, match="borte"):
        save_profile_directive(pack, "borte", DIRECTIVE)
