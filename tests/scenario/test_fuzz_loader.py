"""Mutated packs either load or fail with a located ``ScenarioError`` — never anything else."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import load_pack
from tests.conftest import FULL_PACK
from tests.hardening.packs import assert_no_english

BASE_TEXT = (FULL_PACK / "scenario.yaml").read_text(encoding="utf-8")
BASE_DATA: dict[str, Any] = yaml.safe_load(BASE_TEXT)

YAML_SHARDS = [
    "{{",
    "}}",
    "{%",
    ":",
    "- ",
    "&a",
    "*a",
    "!!python/name:os.system",
    "\t",
    "\n  ",
    '"',
    "'",
    "[",
    "]",
    "{",
    "}",
    "..",
    "/",
    "ŋ",
    "\x00",
    "\ufeff",
    "<<: *a",
    "? ",
    "|",
    ">",
    "#",
]

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(
        ["+00:45", "Dag 0 06:00", "{{ x }}", "{{ kommune }}", "../x.png", "ordforer", "m1", "i1"]
    ),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3),
)


def _load_text(tmp: Path, text: str | bytes) -> None:
    pack = tmp / "pack"
    if pack.exists():
        shutil.rmtree(pack)
    shutil.copytree(FULL_PACK, pack)
    file = pack / "scenario.yaml"
    if isinstance(text, bytes):
        file.write_bytes(text)
    else:
        file.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        loaded = load_pack(pack)
    except ScenarioError as exc:
        for problem in exc.problems:
            assert problem.file and problem.message
            assert problem.line >= 0 and problem.column >= 0
            assert_no_english(problem)
        return
    for profile in (None, *loaded.profiles):
        loaded.render(loaded.values(profile))


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(st.integers(0, len(BASE_TEXT)), st.integers(0, 8), st.sampled_from(YAML_SHARDS)),
        min_size=1,
        max_size=4,
    )
)
def test_text_mutations(tmp_path_factory: Any, edits: list[tuple[int, int, str]]) -> None:
    text = BASE_TEXT
    for position, cut, shard in edits:
        text = text[:position] + shard + text[position + cut :]
    _load_text(tmp_path_factory.mktemp("t"), text)


@settings(max_examples=150)
@given(st.binary(max_size=400))
def test_random_bytes(tmp_path_factory: Any, data: bytes) -> None:
    _load_text(tmp_path_factory.mktemp("b"), data)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


ALL_PATHS = [path for path in _paths(BASE_DATA) if path]


@settings(max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), ODD_VALUES), min_size=1, max_size=3))
def test_structural_mutations(
    tmp_path_factory: Any, edits: list[tuple[tuple[Any, ...], Any]]
) -> None:
    data = yaml.safe_load(BASE_TEXT)
    for path, value in edits:
        target = data
        try:
            for step in path[:-1]:
                target = target[step]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    _load_text(tmp_path_factory.mktemp("s"), yaml.safe_dump(data, allow_unicode=True))
