"""Random edit sequences: what the editor says about a draft is what loading it says.

No edit may produce a pack the loader refuses without the editor having shown that
problem first, and a pack the editor finds clean must load and equal the draft.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ovelse.scenario import editing
from ovelse.scenario.editing import Change, Draft, EditError, apply
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import BoardUpdate, Question
from ovelse.scenario.timing import Duration
from ovelse.scenario.workspace import check_draft, open_draft, profile_names, save_draft

FULL = Path(__file__).parent.parent / "fixtures" / "full-pack"
DRAFT, WORKSPACE = open_draft(FULL)

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["{{ kommune }}", "{{ ukjent }}", "{% if %}", "linje\nto\n", "true", "~", "m1", "ordforer"]
)
ids = st.sampled_from(["i1", "i2", "m1", "m1.1", "ordforer", "strom", "nett-svar", "X", ""])
LISTS = [
    ("pack", "objectives"),
    ("pack", "roles"),
    ("pack", "board"),
    ("pack", "response_cells"),
    ("pack", "phases"),
    ("profiles",),
]


def _lists(draft: Draft) -> list[editing.Path]:
    found: list[editing.Path] = list(LISTS)
    for i, phase in enumerate(draft.pack.phases):
        found.append(editing.injects_path(i))
        for j in range(len(phase.injects)):
            here = editing.inject_path(i, j)
            found += [(*here, "questions"), (*here, "expected_actions"), (*here, "objectives")]
    return found


def _text_fields(draft: Draft) -> list[editing.Path]:
    found: list[editing.Path] = [("pack", "title"), ("pack", "summary"), ("pack", "id")]
    for i, phase in enumerate(draft.pack.phases):
        found.append(("pack", "phases", i, "title"))
        for j, inject in enumerate(phase.injects):
            here = editing.inject_path(i, j)
            found += [(*here, "title"), (*here, "text"), (*here, "notes"), (*here, "id")]
            found += [(*here, "questions", k, "text") for k in range(len(inject.questions))]
    found += [("pack", "roles", i, "title") for i in range(len(draft.pack.roles))]
    found += [("profiles", i, "title") for i in range(len(draft.profiles))]
    found += [("profiles", i, "id") for i in range(len(draft.profiles))]
    return found


@st.composite
def edit(draw: st.DrawFn, draft: Draft) -> Change:
    kind = draw(st.sampled_from(["text", "add", "remove", "move", "time", "roles", "board"]))
    if kind == "text":
        return editing.set_field(draft, draw(st.sampled_from(_text_fields(draft))), draw(texts))
    if kind in ("add", "remove"):
        path = draw(st.sampled_from(_lists(draft)))
        items = editing.get(draft, path)
        if kind == "add":
            return editing.add(draft, path, draw(st.integers(0, len(items))))
        return editing.remove(draft, path, draw(st.integers(0, max(0, len(items) - 1))))
    phases = len(draft.pack.phases)
    if phases == 0:
        return editing.add(draft, ("pack", "phases"))
    phase = draw(st.integers(0, phases - 1))
    count = len(draft.pack.phases[phase].injects)
    if count == 0:
        return editing.add_inject(draft, phase)
    index = draw(st.integers(0, count - 1))
    if kind == "move":
        to_phase = draw(st.integers(0, phases - 1))
        return editing.move_inject(draft, phase, index, to_phase, draw(st.integers(0, 5)))
    if kind == "time":
        at = Duration(draw(st.integers(0, 4 * 3600)))
        return editing.retime_inject(draft, phase, index, at)
    here = editing.inject_path(phase, index)
    if kind == "roles":
        roles = tuple(draw(st.lists(ids, max_size=3)))
        return editing.set_field(draft, (*here, "questions"), (Question("?", roles),))
    return editing.set_key(
        draft,
        (*here, "board"),
        draw(ids),
        BoardUpdate(draw(texts), draw(st.none() | st.just("kritisk"))),
    )


@st.composite
def edited_drafts(draw: st.DrawFn) -> tuple[Draft, list[Change]]:
    draft = DRAFT
    changes = []
    for _ in range(draw(st.integers(1, 6))):
        try:
            change = draw(edit(draft))
        except EditError:
            continue
        draft = apply(draft, change)
        changes.append(change)
    return draft, changes


def _verdict(problems: Any) -> list[tuple[str, str, str]]:
    return [(Path(p.file).name, p.path, p.message) for p in problems]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_drafts())
def test_saved_drafts_load_with_exactly_the_editors_verdict(case: tuple[Draft, list[Change]]):
    draft, changes = case
    expected = _verdict(check_draft(draft, WORKSPACE))
    folder = Path(tempfile.mkdtemp())
    try:
        save_draft(draft, WORKSPACE, folder / "pakke")
        try:
            load_pack(folder / "pakke")
        except ScenarioError as exc:
            assert _verdict(exc.problems) == expected
        else:
            assert expected == []
            reopened, workspace = open_draft(folder / "pakke")
            workspace.close()
            # Profiles come back in the order of their file names, as the loader reads them.
            assert reopened.pack == draft.pack
            names = profile_names(draft, WORKSPACE)
            order = sorted(range(len(names)), key=names.__getitem__)
            assert reopened.profiles == tuple(draft.profiles[i] for i in order)
    finally:
        shutil.rmtree(folder)
    undone = draft
    for change in reversed(changes):
        undone = apply(undone, change.inverse())
    assert undone == DRAFT
