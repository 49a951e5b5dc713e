"""Export → import gives the same pack, for every built-in pack, as a workbook and a folder."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ovelse.interchange import layout
from ovelse.interchange.importing import import_dreiebok
from ovelse.interchange.workbook import workbook_bytes
from ovelse.scenario.library import load_library, pack_folders
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import (
    BoardItem,
    Inject,
    Objective,
    ResponseCell,
    Role,
    ScenarioPack,
    SubGoal,
    Variable,
)


@pytest.mark.parametrize("folder", pack_folders(), ids=lambda folder: folder.name)
def test_every_builtin_pack_survives_export_and_import(folder: Path, tmp_path: Path) -> None:
    loaded = load_pack(folder)
    workbook = tmp_path / "dreiebok.xlsx"
    workbook.write_bytes(workbook_bytes(loaded.pack))

    result = import_dreiebok(workbook, tmp_path / "pakke", media_root=loaded.root)

    assert [str(p) for p in result.problems] == []
    assert result.pack == loaded.pack
    # What was written is a pack the loader accepts, with its pictures, equal again.
    assert load_pack(tmp_path / "pakke").pack == loaded.pack
    for picture in {ref.path for inject in loaded.pack.injects() for ref in inject.media}:
        assert (tmp_path / "pakke" / picture).read_bytes() == (loaded.root / picture).read_bytes()


def test_a_pack_rendered_for_a_profile_imports_with_the_profile_texts(tmp_path: Path) -> None:
    packs, _ = load_library()
    loaded = next(p for p in packs if p.profiles)
    profile = loaded.profiles[0]
    rendered = loaded.render(loaded.values(profile))
    workbook = tmp_path / "dreiebok.xlsx"
    workbook.write_bytes(workbook_bytes(rendered))

    result = import_dreiebok(workbook, None, media_root=loaded.root)

    assert result.ok
    assert result.pack is not None
    assert result.pack.title == rendered.title
    assert [i.text for i in result.pack.injects()] == [i.text for i in rendered.injects()]
    assert "{{" not in "".join(i.text for i in result.pack.injects())


# Every field of the format has a place in the workbook; a new field fails here until the
# sheets carry it, so the round trip never drops one silently.
CARRIED = {
    ScenarioPack: {key for key, _ in layout.EXERCISE_FIELDS}
    | {"format", "phases", "objectives", "roles", "variables", "board", "response_cells"},
    Inject: {c.key for c in layout.inject_columns(1)} - {"phase", "question.1", "roles.1"}
    | {"questions"},
    Role: {c.key for c in layout.ROLE_COLUMNS},
    Objective: {c.key for c in layout.GOAL_COLUMNS} - {"parent", "indicator"} | {"subgoals"},
    SubGoal: {c.key for c in layout.GOAL_COLUMNS} - {"parent"},
    BoardItem: {c.key for c in layout.BOARD_COLUMNS},
    ResponseCell: {c.key for c in layout.RESPONSE_COLUMNS},
    Variable: {c.key for c in layout.VARIABLE_COLUMNS} - {"name"},
}


@pytest.mark.parametrize("cls", list(CARRIED), ids=lambda cls: cls.__name__)
def test_every_format_field_has_a_column(cls: type) -> None:
    assert {item.name for item in dataclasses.fields(cls)} == CARRIED[cls]
