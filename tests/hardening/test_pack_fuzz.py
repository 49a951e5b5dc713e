"""Property-based fuzzing of pack loading beyond ``tests/scenario/test_fuzz_loader.py``.

That file mutates the pack's text, feeds it random bytes and puts flat odd values at
random fields. Here hypothesis builds whole YAML documents (nested lists and tables of
scalars that mean something to the format) and puts them at random places in the pack
and its profiles, sometimes the same value twice so the dump carries an anchor and an
alias, and it writes random media paths against a pack with symbolic links in and out.
The promise is always the same: a pack that works, or a ``ScenarioError`` that says where.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FULL_PACK
from tests.hardening.packs import PACK_FILE, PROFILES, copy_pack, edited, load_or_refuse
from tests.hardening.tally import count

PACK_DATA: dict[str, Any] = yaml.safe_load((FULL_PACK / PACK_FILE).read_text(encoding="utf-8"))
PROFILE_DATA = {
    name: yaml.safe_load((FULL_PACK / "profiles" / name).read_text(encoding="utf-8"))
    for name in PROFILES
}

# Words the format knows, so random tables sometimes look like the real thing.
FIELDS = [
    "format", "id", "title", "text", "at", "roles", "media", "path", "caption", "board",
    "value", "status", "questions", "injects", "phases", "objectives", "subgoals",
    "variables", "default", "label", "values", "responses", "scenario_time", "duration",
    "essential", "auto_release", "notes", "<<", "kommune",
]  # fmt: skip
TRICKY = [
    "{{ kommune }}", "{{", "}}", "{% if kommune %}", "{{ kommune|upper(1) }}", "{{ _x }}",
    "{{ self }}", "{{ ''.__class__ }}", "<<", "*a", "&a", "!!python/object:os.system",
    "+00:45", "+99999999:00", "Dag 1 06:00", "Dag 0 06:00", "2026-02-30 08:00", "25:61",
    "1h", "-1h", "ordforer", "m1", "m1.1", "i1", "f1", "strom", "nett-svar", "normal",
    "kritisk", "media/bilde.png", "media/kart.svg", "../x.png", "media\\bilde.png",
    "yes", "no", "ja", "nei", "null", "~", "", " ", "\t", "ŋ", "\u202e", "\x00", "\ufeff",
    "1e400", ".inf", "0x1F", "0o17", "-0", "x" * 300,
]  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.text(max_size=40),
    st.sampled_from(TRICKY),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from(FIELDS), st.text(max_size=8)), children, max_size=4
        ),
    ),
    max_leaves=16,
)


def _places(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _places(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _places(value, (*prefix, index))
    return found


PACK_PLACES = _places(PACK_DATA)
PROFILE_PLACES = {name: _places(data) for name, data in PROFILE_DATA.items()}


def _put(data: Any, place: tuple[Any, ...], value: Any, *, new_key: str | None) -> Any:
    """``data`` with ``value`` at ``place`` (or under a new key there); the root may go."""
    if not place and new_key is None:
        return value
    target = data
    for step in place:
        target = target[step]
    if new_key is not None:
        if isinstance(target, dict):
            target[new_key] = value
        elif isinstance(target, list):
            target.append(value)
        return data
    parent = data
    for step in place[:-1]:
        parent = parent[step]
    parent[place[-1]] = value
    return data


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


EDITS = st.lists(
    st.tuples(
        st.integers(0, 10**6),  # which place (modulo the number of places)
        DOCUMENTS,
        st.one_of(st.none(), st.sampled_from(FIELDS)),  # a new key instead of a replacement
        st.booleans(),  # put the same value at a second place too: an anchor and an alias
    ),
    min_size=1,
    max_size=3,
)


@pytest.fixture(scope="module")
def pack_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_pack(tmp_path_factory.mktemp("fuzz") / "pakke")


def _apply(data: Any, places: list[tuple[Any, ...]], edits: list[Any]) -> Any:
    for which, value, new_key, twice in edits:
        for offset in (0, 7) if twice else (0,):
            place = places[(which + offset) % len(places)]
            try:
                data = _put(data, place, value, new_key=new_key)
            except (KeyError, IndexError, TypeError):
                continue  # an earlier edit replaced what this place pointed into
    return data


@settings(max_examples=300)
@given(edits=EDITS)
def test_random_documents_anywhere_in_the_pack(pack_dir: Path, edits: list[Any]) -> None:
    data = _apply(copy.deepcopy(PACK_DATA), PACK_PLACES, edits)
    with edited(pack_dir, {PACK_FILE: _dump(data)}):
        load_or_refuse(pack_dir)
    count("packs with random YAML documents at random fields")


@settings(max_examples=150)
@given(profile=st.sampled_from(PROFILES), edits=EDITS)
def test_random_documents_anywhere_in_a_profile(
    pack_dir: Path, profile: str, edits: list[Any]
) -> None:
    data = _apply(copy.deepcopy(PROFILE_DATA[profile]), PROFILE_PLACES[profile], edits)
    with edited(pack_dir, {f"profiles/{profile}": _dump(data)}):
        load_or_refuse(pack_dir)
    count("profiles with random YAML documents at random fields")


PROFILE_SHARDS = [
    "{{", "}}", ":", "- ", "&a", "*a", "<<: *a", "!!python/name:os.system", "\t", "\n  ",
    '"', "'", "[", "{", "..", "ŋ", "\x00", "\ufeff", "? ", "|", "#", "---\n", "values:\n",
    "  kommune: ", "  ukjent: x\n", "id: samisk\n", "format: 2\n",
]  # fmt: skip


@settings(max_examples=150)
@given(
    profile=st.sampled_from(PROFILES),
    edits=st.lists(
        st.tuples(st.integers(0, 400), st.integers(0, 6), st.sampled_from(PROFILE_SHARDS)),
        min_size=1,
        max_size=4,
    ),
)
def test_text_mutations_of_a_profile(
    pack_dir: Path, profile: str, edits: list[tuple[int, int, str]]
) -> None:
    text = (FULL_PACK / "profiles" / profile).read_text(encoding="utf-8")
    for position, cut, shard in edits:
        position %= len(text) + 1
        text = text[:position] + shard + text[position + cut :]
    with edited(pack_dir, {f"profiles/{profile}": text}):
        load_or_refuse(pack_dir)
    count("profiles with text mutations")


# --- media paths ------------------------------------------------------------------------

SEGMENTS = [
    "media", "..", ".", "", "kart.svg", "bilde.png", "BILDE.PNG", "x.png", "C:", "c:", "\\",
    "~", "%2e%2e", "..\\..", "media\\bilde.png", "\x00", " ", "profiles", "scenario.yaml",
    "lenke", "lenke.png", "ring.png", "ut.png", "mappe.png", "ŋ.png", "file:", "http:",
]  # fmt: skip
MEDIA_PATHS = st.one_of(
    st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=6).map("/".join),
    st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=4).map("\\".join),
    st.text(alphabet="./\\:aekmt~ \x00ŋ", max_size=24),
)


@pytest.fixture(scope="module")
def linked_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pack whose media folder holds links out of it, a link in a ring, and a folder
    named like a picture, beside pictures outside the pack that must never be read."""
    base = tmp_path_factory.mktemp("lenker")
    root = copy_pack(base / "pakke")
    outside = base / "utenfor"
    outside.mkdir()
    for name in ("x.png", "ut.png", "bilde.png", "kart.svg"):
        (outside / name).write_bytes(b"\x89PNG hemmelig")
    (base / "ut.png").write_bytes(b"\x89PNG hemmelig")
    media = root / "media"
    if os.name != "nt":
        os.symlink(outside, media / "lenke")
        os.symlink(outside / "x.png", media / "lenke.png")
        os.symlink("ring.png", media / "ring.png")
    (media / "mappe.png").mkdir()
    (media / "ŋ.png").write_bytes(b"\x89PNG ok")
    return root


@settings(max_examples=200)
@given(paths=st.lists(MEDIA_PATHS, min_size=1, max_size=3), shorthand=st.booleans())
def test_random_media_paths_stay_inside_the_pack(
    linked_pack: Path, paths: list[str], shorthand: bool
) -> None:
    data = copy.deepcopy(PACK_DATA)
    inject = data["phases"][0]["injects"][0]
    inject["media"] = [path if shorthand else {"path": path, "caption": "K"} for path in paths]
    with edited(linked_pack, {PACK_FILE: _dump(data)}):
        loaded = load_or_refuse(linked_pack)  # checks every picture read is inside the pack
    if loaded is not None:
        for path in paths:
            assert ".." not in path.replace("\\", "/").split("/")
    count("media path sets tried")
