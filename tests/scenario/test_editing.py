"""Editing a pack without Qt: every operation, its undo, saving, and the editor's verdict."""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from ovelse.scenario import editing
from ovelse.scenario.editing import Change, Draft, EditError, StaleChange, apply
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.library import pack_folders
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import BoardUpdate, Question, Variable
from ovelse.scenario.timing import Duration
from ovelse.scenario.workspace import (
    PictureError,
    SaveError,
    Workspace,
    by_field,
    check_draft,
    import_picture,
    open_draft,
    prepared_for,
    save_draft,
)

FULL = Path(__file__).parent.parent / "fixtures" / "full-pack"


@pytest.fixture
def opened() -> Iterator[tuple[Draft, Workspace]]:
    draft, workspace = open_draft(FULL)
    yield draft, workspace
    workspace.close()


def _undoable(draft: Draft, change: Change) -> Draft:
    """Apply ``change``, check its inverse gives the draft back, and return the edited one."""
    edited = apply(draft, change)
    assert edited != draft
    assert apply(edited, change.inverse()) == draft
    assert apply(apply(edited, change.inverse()), change) == edited
    return edited


def _titles(draft: Draft, phase: int) -> list[str]:
    return [inject.id for inject in draft.pack.phases[phase].injects]


def test_add_inject_gets_a_free_id_and_the_time_of_the_one_before(opened):
    draft, _ = opened
    edited = _undoable(draft, editing.add_inject(draft, 0, 1))
    new = edited.pack.phases[0].injects[1]
    assert new.id == "i4"
    assert new.at == draft.pack.phases[0].injects[0].at
    assert _titles(edited, 0) == ["i1", "i4", "i2"]


def test_delete_duplicate_move_and_retime_injects(opened):
    draft, _ = opened
    deleted = _undoable(draft, editing.delete_inject(draft, 0, 0))
    assert _titles(deleted, 0) == ["i2"]
    copied = _undoable(draft, editing.duplicate_inject(draft, 0, 0))
    assert _titles(copied, 0) == ["i1", "i1-1", "i2"]
    assert copied.pack.phases[0].injects[1].text == draft.pack.phases[0].injects[0].text
    reordered = _undoable(draft, editing.move_inject(draft, 0, 1, 0, 0))
    assert _titles(reordered, 0) == ["i2", "i1"]
    moved = _undoable(draft, editing.move_inject(draft, 0, 1, 1, 0))
    assert _titles(moved, 0) == ["i1"] and _titles(moved, 1) == ["i2", "i3"]
    retimed = _undoable(draft, editing.retime_inject(draft, 1, 0, Duration(7200)))
    assert retimed.pack.phases[1].injects[0].at == Duration(7200)


def test_every_field_can_be_edited_and_undone(opened):
    draft, _ = opened
    inject = editing.inject_path(0, 0)
    edits = [
        ((*inject, "text"), "Ny tekst\nmed to linjer\n"),
        ((*inject, "questions", 0, "roles"), ("nettselskap",)),
        ((*inject, "auto_release"), None),
        ((*inject, "board", "strom"), BoardUpdate("Tilbake", "normal")),
        (("pack", "objectives", 0, "subgoals", 0, "title"), "Nytt delmål"),
        (("pack", "roles", 1, "essential"), True),
        (("pack", "board", 0, "status"), "kritisk"),
        (("pack", "response_cells", 0, "channel"), "SMS"),
        (("pack", "variables", "fylke", "default"), "Troms"),
        (("profiles", 0, "title"), "Ny tittel"),
        (("pack", "duration"), Duration(3 * 3600)),
    ]
    for path, value in edits:
        edited = _undoable(draft, editing.set_field(draft, path, value))
        assert editing.get(edited, path) == value


def test_goals_roles_board_replies_variables_and_profiles_can_be_added_and_removed(opened):
    draft, _ = opened
    for path in [
        ("pack", "objectives"),
        ("pack", "objectives", 0, "subgoals"),
        ("pack", "roles"),
        ("pack", "board"),
        ("pack", "response_cells"),
        ("pack", "phases"),
        ("profiles",),
        (*editing.inject_path(0, 0), "questions"),
        (*editing.inject_path(0, 0), "expected_actions"),
    ]:
        before = editing.get(draft, path)
        added = _undoable(draft, editing.add(draft, path))
        assert len(editing.get(added, path)) == len(before) + 1
        removed = _undoable(draft, editing.remove(draft, path, 0))
        assert editing.get(removed, path) == before[1:]
        if hasattr(before[0], "id"):
            copied = _undoable(draft, editing.duplicate(draft, path, 0))
            ids = [item.id for item in editing.get(copied, path)]
            assert len(set(ids)) == len(ids)
    new_sub = editing.new_item(draft, ("pack", "objectives", 0, "subgoals"))
    assert new_sub.id == "m1.2"
    with_variable = _undoable(draft, editing.add_variable(draft, "sykehjem"))
    assert list(with_variable.pack.variables)[-1] == "sykehjem"
    renamed = _undoable(draft, editing.rename_key(draft, ("pack", "variables"), "kommune", "by"))
    assert list(renamed.pack.variables) == ["by", "fylke", "kommune_samisk"]
    dropped = _undoable(draft, editing.remove_key(draft, ("pack", "variables"), "fylke"))
    assert "fylke" not in dropped.pack.variables
    board = (*editing.inject_path(0, 0), "board")
    kept = _undoable(draft, editing.set_key(draft, board, "strom", BoardUpdate("Ok")))
    assert list(kept.pack.phases[0].injects[0].board) == ["strom", "mobil"]


def test_a_change_made_for_another_state_is_refused(opened):
    draft, _ = opened
    change = editing.set_field(draft, (*editing.inject_path(0, 0), "title"), "A")
    other = apply(draft, editing.set_field(draft, (*editing.inject_path(0, 0), "title"), "B"))
    with pytest.raises(StaleChange):
        apply(other, change)
    with pytest.raises(EditError):
        editing.rename_key(draft, ("pack", "variables"), "kommune", "fylke")
    with pytest.raises(EditError):
        editing.remove(draft, editing.injects_path(0), 9)
    with pytest.raises(EditError):  # an inject cannot go into a goal
        editing.transfer(draft, editing.injects_path(0), 0, ("pack", "objectives", 0, "injects"), 0)


def test_field_paths_are_the_validators():
    assert (
        editing.field_path(("pack", "phases", 0, "injects", 2, "at")) == "phases[0].injects[2].at"
    )
    assert editing.field_path(("profiles", 1, "values", "kommune")) == "profiles[1].values.kommune"


# --- saving -------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", [*pack_folders(), FULL], ids=lambda folder: folder.name)
def test_load_save_load_gives_the_same_pack(folder: Path, tmp_path: Path):
    draft, workspace = open_draft(folder)
    try:
        assert check_draft(draft, workspace) == []
        save_draft(draft, workspace, tmp_path / "copy")
    finally:
        workspace.close()
    original, saved = load_pack(folder), load_pack(tmp_path / "copy")
    assert saved.pack == original.pack
    assert saved.profiles == original.profiles
    assert saved.media() == original.media()
    again, workspace = open_draft(tmp_path / "copy")
    save_draft(again, workspace, tmp_path / "again")
    workspace.close()
    for name in ["scenario.yaml", *(p.name for p in (tmp_path / "copy" / "profiles").glob("*"))]:
        first = (
            tmp_path / "copy" / name
            if name == "scenario.yaml"
            else tmp_path / "copy" / "profiles" / name
        )
        second = tmp_path / "again" / first.relative_to(tmp_path / "copy")
        assert first.read_text("utf-8") == second.read_text("utf-8")


def test_editing_one_field_changes_only_its_lines(opened, tmp_path: Path):
    draft, workspace = opened
    save_draft(draft, workspace, tmp_path / "a")
    path = (*editing.inject_path(1, 0), "title")
    edited = apply(draft, editing.set_field(draft, path, "Vanntrykket er borte"))
    save_draft(edited, workspace, tmp_path / "b")
    diff = [
        line
        for line in difflib.unified_diff(
            (tmp_path / "a" / "scenario.yaml").read_text("utf-8").splitlines(),
            (tmp_path / "b" / "scenario.yaml").read_text("utf-8").splitlines(),
            lineterm="",
            n=0,
        )
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert diff == [
        '-        title: "Vanntrykket faller"',
        '+        title: "Vanntrykket er borte"',
    ]


def test_long_and_awkward_texts_come_back_exactly(opened, tmp_path: Path):
    draft, workspace = opened
    texts = [
        "ord " * 60 + "slutt",
        "  innrykk først\nog så mer\n",
        "to\n\n\ntomme linjer\n\n",
        'sitat "her" og \\ skråstrek\tog tab',
        "true",
        "~",
        "",
        "\ufeffBOM og \u2028 linjeskille og \x07 bjelle",
        "- ser ut som en liste: men er tekst # ikke kommentar",
    ]
    for index, text in enumerate(texts):
        path = (*editing.inject_path(0, 0), "text")
        edited = apply(draft, editing.set_field(draft, path, text))
        save_draft(edited, workspace, tmp_path / str(index))
        assert load_pack(tmp_path / str(index)).pack.phases[0].injects[0].text == text
    long_file = (tmp_path / "0" / "scenario.yaml").read_text("utf-8")
    assert "text: >-" in long_file


def test_a_saved_copy_remembers_where_it_came_from(opened, tmp_path: Path):
    draft, workspace = opened
    saved = prepared_for(draft, workspace, tmp_path / "mine")
    save_draft(saved, workspace, tmp_path / "mine")
    assert load_pack(tmp_path / "mine").pack.based_on == "full-pack 3"
    assert 'based_on: "full-pack 3"' in (tmp_path / "mine" / "scenario.yaml").read_text("utf-8")


def test_a_built_in_pack_is_never_written(tmp_path: Path):
    folder = pack_folders()[0]
    draft, workspace = open_draft(folder)
    try:
        with pytest.raises(SaveError, match="innebygd"):
            save_draft(draft, workspace, folder)
        assert workspace.builtin
    finally:
        workspace.close()


def test_a_folder_with_other_files_is_not_overwritten(opened, tmp_path: Path):
    draft, workspace = opened
    (tmp_path / "brev.docx").write_bytes(b"x")
    with pytest.raises(SaveError, match="ikke en pakke"):
        save_draft(draft, workspace, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brev.docx"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")
def test_a_read_only_folder_says_so_and_keeps_the_draft(opened, tmp_path: Path):
    draft, workspace = opened
    locked = tmp_path / "låst"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(SaveError) as caught:
            save_draft(draft, workspace, locked / "pakke")
    finally:
        locked.chmod(0o700)
    assert "kunne ikke lagres" in str(caught.value)
    assert "Traceback" not in str(caught.value)
    save_draft(draft, workspace, tmp_path / "annen")
    assert load_pack(tmp_path / "annen").pack == load_pack(FULL).pack


def test_a_vanished_folder_says_so(opened, tmp_path: Path):
    draft, workspace = opened
    (tmp_path / "fil").write_text("x")
    with pytest.raises(SaveError, match="kunne ikke lagres"):
        save_draft(draft, workspace, tmp_path / "fil" / "pakke")


def test_deleted_profiles_are_gone_after_saving_again(opened, tmp_path: Path):
    draft, workspace = opened
    save_draft(draft, workspace, tmp_path / "p")
    fewer = apply(draft, editing.remove(draft, ("profiles",), 0))
    save_draft(fewer, workspace, tmp_path / "p")
    assert [p.id for p in load_pack(tmp_path / "p").profiles] == [draft.profiles[1].id]


# --- pictures -----------------------------------------------------------------------------


def test_a_chosen_picture_is_copied_into_the_pack(opened, tmp_path: Path):
    draft, workspace = opened
    picture = tmp_path / "Sykehjem kart.PNG"
    picture.write_bytes((FULL / "media" / "bilde.png").read_bytes())
    reference = import_picture(picture, workspace)
    assert reference == "media/sykehjem-kart.png"
    media = (*editing.inject_path(1, 0), "media")
    from ovelse.scenario.model import MediaRef

    edited = apply(draft, editing.insert(draft, media, 0, MediaRef(reference, alt="Kart")))
    assert check_draft(edited, workspace) == []
    picture.unlink()
    save_draft(edited, workspace, tmp_path / "p")
    assert (tmp_path / "p" / "media" / "sykehjem-kart.png").read_bytes() == (
        FULL / "media" / "bilde.png"
    ).read_bytes()


def test_pictures_that_are_not_images_too_large_or_links_are_refused(opened, tmp_path: Path):
    _, workspace = opened
    fake = tmp_path / "virus.png"
    fake.write_bytes(b"MZ\x90\x00 not a picture")
    with pytest.raises(PictureError, match="ikke et PNG-, JPEG- eller SVG-bilde"):
        import_picture(fake, workspace)
    huge = tmp_path / "stor.jpg"
    with huge.open("wb") as stream:
        stream.write(b"\xff\xd8\xff")
        stream.truncate(21 * 1024 * 1024)
    with pytest.raises(PictureError, match="større enn 20 MB"):
        import_picture(huge, workspace)
    link = tmp_path / "lenke.svg"
    link.symlink_to(FULL / "media" / "kart.svg")
    with pytest.raises(PictureError, match="symbolsk lenke"):
        import_picture(link, workspace)
    with pytest.raises(PictureError, match="ikke en vanlig fil"):
        import_picture(tmp_path, workspace)
    assert not (workspace.working / "media" / "virus.png").exists()


# --- the editor's verdict -----------------------------------------------------------------


def test_the_editor_shows_the_loaders_problems_at_their_fields(opened, tmp_path: Path):
    draft, workspace = opened
    question = (*editing.inject_path(0, 0), "questions", 0, "roles")
    edited = apply(draft, editing.set_field(draft, question, ("ordforer", "komuneoverlege")))
    edited = apply(edited, editing.retime_inject(edited, 1, 0, Duration(60)))
    problems = check_draft(edited, workspace)
    assert {(p.path, p.message.split(" – ")[0]) for p in problems} == {
        (
            "phases[0].injects[0].questions[0].roles[1]",
            "rollen «komuneoverlege» finnes ikke i pakken",
        ),
        ("phases[1].injects[0].at", "innspillet er planlagt (+00:01) før det forrige (+01:00)"),
    }
    save_draft(edited, workspace, tmp_path / "draft")
    with pytest.raises(ScenarioError) as caught:
        load_pack(tmp_path / "draft")
    assert [(p.path, p.message) for p in caught.value.problems] == [
        (p.path, p.message) for p in problems
    ]


def test_a_profiles_problem_is_named_by_its_place_in_the_draft(opened):
    draft, workspace = opened
    values = ("profiles", 1, "values")
    edited = apply(draft, editing.set_key(draft, values, "ukjent", "x"))
    problems = check_draft(edited, workspace)
    assert [p.path for p in problems] == ["values.ukjent"]
    assert Path(problems[0].file).name == "samisk.yaml"
    assert [p.path for p in by_field(problems, edited, workspace)] == ["profiles[1].values.ukjent"]


def test_two_profiles_with_one_id_are_both_saved_and_the_clash_shown(opened, tmp_path: Path):
    draft, workspace = opened
    twin = apply(draft, editing.set_field(draft, ("profiles", 1, "id"), "enkel"))
    problems = check_draft(twin, workspace)
    assert [p.message for p in problems] == ["profil-id-en «enkel» er brukt i en annen profil"]
    save_draft(twin, workspace, tmp_path / "p")
    assert sorted(p.name for p in (tmp_path / "p" / "profiles").iterdir()) == [
        "enkel-2.yaml",
        "enkel.yaml",
    ]
    with pytest.raises(ScenarioError) as caught:
        load_pack(tmp_path / "p")
    assert [p.message for p in caught.value.problems] == [p.message for p in problems]


def test_a_text_too_long_for_the_reader_is_shown_before_saving(opened, tmp_path: Path):
    draft, workspace = opened
    path = (*editing.inject_path(0, 1), "notes")
    edited = apply(draft, editing.set_field(draft, path, "x" * 50_001))
    problems = check_draft(edited, workspace)
    assert [(p.path, p.message) for p in problems] == [
        ("phases[0].injects[1].notes", "teksten er over 50 000 tegn")
    ]
    save_draft(edited, workspace, tmp_path / "p")
    with pytest.raises(ScenarioError) as caught:
        load_pack(tmp_path / "p")
    assert [p.message for p in caught.value.problems] == ["teksten er over 50 000 tegn"]


def test_variables_and_question_roles_are_plain_values(opened):
    draft, _ = opened
    assert draft.pack.variables["kommune"] == Variable("Kommune", "Eksempel")
    assert isinstance(draft.pack.phases[0].injects[0].questions[0], Question)
    assert draft.pack.roles[1].title == ""  # as written: the catalogue fills it in on load
