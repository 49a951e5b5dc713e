"""Export → import gives the same pack, for every built-in pack, as a workbook and a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from ovelse.interchange import layout
from ovelse.interchange.importing import import_dreiebok
from ovelse.interchange.workbook import workbook_bytes
from ovelse.scenario.library import load_library, pack_folders
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import Inject, ScenarioPack, SubGoal


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


def test_a_field_without_a_column_of_its_own_survives_in_a_column_named_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A field added to the format before the sheets give it a name of their own: here
    four fields are made to look like that, and the built-in packs still come back whole."""
    monkeypatch.setitem(layout.CARRIED, Inject, layout.CARRIED[Inject] - {"optional", "short_at"})
    monkeypatch.setitem(
        layout.CARRIED, ScenarioPack, layout.CARRIED[ScenarioPack] - {"marking", "short_duration"}
    )
    monkeypatch.setitem(layout.CARRIED, SubGoal, layout.CARRIED[SubGoal] - {"indicator"})
    monkeypatch.setattr(
        layout,
        "INJECT_COLUMNS_AFTER",
        tuple(c for c in layout.INJECT_COLUMNS_AFTER if c.key not in ("optional", "short_at")),
    )
    monkeypatch.setattr(
        layout,
        "EXERCISE_FIELDS",
        tuple(f for f in layout.EXERCISE_FIELDS if f[0] not in ("marking", "short_duration")),
    )
    monkeypatch.setitem(
        layout._BASE_COLUMNS,
        layout.GOALS,
        tuple(c for c in layout.GOAL_COLUMNS if c.key != "indicator"),
    )
    # «translation» (the second language) has no column of its own yet either.
    assert layout.extras(Inject) == ("translation", "optional", "short_at")
    for folder in pack_folders():
        loaded = load_pack(folder)
        workbook = tmp_path / f"{folder.name}.xlsx"
        workbook.write_bytes(workbook_bytes(loaded.pack))

        result = import_dreiebok(workbook, None, media_root=loaded.root)

        assert [str(p) for p in result.problems] == []
        assert result.pack == loaded.pack
    headers = [c.header for c in layout.inject_columns(1)]
    assert headers[-2:] == ["optional", "short_at"]


def test_a_pack_being_checked_is_not_yet_a_pack_a_library_would_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were Øvelse stopped while an import is checked, the staging folder beside «Mine
    pakker» would have no scenario.yaml, so it could not turn up as a pack."""
    from ovelse.interchange import importing

    loaded = load_pack(pack_folders()[0])
    workbook = tmp_path / "dreiebok.xlsx"
    workbook.write_bytes(workbook_bytes(loaded.pack))
    seen: list[list[str]] = []
    real = importing.load_pack

    def watching(path: Path) -> object:
        seen.append(sorted(p.name for p in path.parent.iterdir()))
        return real(path)

    monkeypatch.setattr(importing, "load_pack", watching)
    result = import_dreiebok(workbook, tmp_path / "mine" / "pakke", media_root=loaded.root)

    assert result.ok
    assert "scenario.yaml" not in seen[0] and "import.yaml" in seen[0]
    assert sorted(p.name for p in (tmp_path / "mine").iterdir()) == ["pakke"]
    assert (tmp_path / "mine" / "pakke" / "scenario.yaml").is_file()
    assert not (tmp_path / "mine" / "pakke" / "import.yaml").exists()


def test_a_staging_folder_a_day_old_is_removed_a_fresh_one_kept(tmp_path: Path) -> None:
    import os

    from ovelse.interchange.importing import STAGING_PREFIX

    mine = tmp_path / "mine"
    old = mine / f"{STAGING_PREFIX}gammel"
    fresh = mine / f"{STAGING_PREFIX}fersk"
    for folder in (old, fresh):
        folder.mkdir(parents=True)
        (folder / "import.yaml").write_text("id: x\n", encoding="utf-8")
    two_days_ago = old.stat().st_mtime - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    loaded = load_pack(pack_folders()[0])
    workbook = tmp_path / "dreiebok.xlsx"
    workbook.write_bytes(workbook_bytes(loaded.pack))

    assert import_dreiebok(workbook, mine / "pakke", media_root=loaded.root).ok

    assert sorted(p.name for p in mine.iterdir()) == [fresh.name, "pakke"]


def test_a_problem_about_the_whole_pack_is_placed_at_the_file_not_at_a_cell(
    tmp_path: Path,
) -> None:
    """Reading a sub-goal's «Delmål av» or a variable's name marks no field path; the
    file as a whole stays the place of what has no cell."""
    from ovelse.interchange.build import build
    from ovelse.interchange.sheets import read_input

    loaded = load_pack(pack_folders()[0])
    workbook = tmp_path / "dreiebok.xlsx"
    workbook.write_bytes(workbook_bytes(loaded.pack))

    built = build(read_input(workbook))

    assert built.place_of("no.such.field", "x") == ("dreiebok.xlsx", "")
    assert built.place_of("objectives[0].subgoals[0].title", "x")[0].startswith("Mål!C")
