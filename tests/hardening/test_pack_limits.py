"""Hostile files are refused quickly, and «quickly» is counted, not timed.

The YAML parser is lazy: our composer pulls one event at a time and stops at the first
limit. The tests count the events pulled, so an alias bomb that would expand to a billion
values is refused after reading about a hundred. Other counted limits: how many problems
get a «mente du …?» hint (each compares a word with every choice), and how many texts
Jinja2 compiles. Encodings, YAML tags that name Python objects, and files that are not
files (a link to /dev/zero, a link out of the pack) are refused with a message in bokmål.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from ovelse.scenario import binding, render, yamlsafe
from ovelse.scenario.errors import Problem, ScenarioError
from ovelse.scenario.loader import load_pack
from ovelse.scenario.validate import MAX_TEMPLATES
from tests.hardening.packs import PACK_FILE, copy_pack
from tests.hardening.tally import count

POSIX = pytest.mark.skipif(os.name == "nt", reason="symbolic links and /dev/zero are POSIX")


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return copy_pack(tmp_path / "pakke")


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many YAML events the composer pulled from the parser."""
    pulled = [0]
    real = yaml.parse

    def counting(stream: Any, Loader: Any = yaml.SafeLoader) -> Iterator[yaml.Event]:
        for event in real(stream, Loader=Loader):
            pulled[0] += 1
            yield event

    monkeypatch.setattr(yaml, "parse", counting)
    return pulled


def _refused(pack: Path) -> Problem:
    with pytest.raises(ScenarioError) as caught:
        load_pack(pack)
    return caught.value.problems[0]


def _write(pack: Path, text: str | bytes, name: str = PACK_FILE) -> None:
    data = text.encode("utf-8") if isinstance(text, str) else text
    (pack / name).write_bytes(data)


def _laughs(levels: int, fan: int) -> str:
    lines = ["l0: &l0 [" + ", ".join(["lol"] * fan) + "]"]
    for level in range(1, levels):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * fan) + "]")
    return "\n".join(lines) + "\n"


def _nested_tables(levels: int, fan: int) -> str:
    lines = ["t0: &t0 {" + ", ".join(f"k{i}: x" for i in range(fan)) + "}"]
    for level in range(1, levels):
        items = ", ".join(f"k{i}: *t{level - 1}" for i in range(fan))
        lines.append(f"t{level}: &t{level} {{{items}}}")
    return "\n".join(lines) + "\n"


def _merges(levels: int) -> str:
    lines = ["m0: &m0 {a: [x, x, x, x, x, x, x, x, x, x]}"]
    for level in range(1, levels):
        lines.append(
            f"m{level}: &m{level} {{<<: *m{level - 1}, "
            + ", ".join(f"b{i}: *m{level - 1}" for i in range(10))
            + "}"
        )
    return "\n".join(lines) + "\n"


BOMBS = [
    ("a billion laughs (lists)", _laughs(9, 10), "alias-bombe", 200),
    ("a billion laughs (tables)", _nested_tables(9, 10), "alias-bombe", 400),
    ("merge keys that multiply", _merges(9), "alias-bombe", 300),
    ("deep flow lists", "a: " + "[" * 100_000 + "]" * 100_000, "for dyp nøsting", 60),
    ("deep flow tables", "a: " + "{a: " * 20_000 + "x" + "}" * 20_000, "for dyp nøsting", 120),
    (
        "deep block indentation",
        "".join("  " * level + "a:\n" for level in range(60)) + "  " * 60 + "x\n",
        "for dyp nøsting",
        120,
    ),
    ("a huge text", "summary: " + "å" * 60_000, "over 50 000 tegn", 10),
    ("a huge key", "å" * 60_000 + ": x", "over 50 000 tegn", 10),
    ("many documents", "format: 1\n---\nformat: 1\n" * 1000, "ett YAML-dokument", 10),
]


@pytest.mark.parametrize(
    ("text", "words", "most_events"),
    [case[1:] for case in BOMBS],
    ids=[case[0] for case in BOMBS],
)
def test_bombs_are_refused_after_reading_a_little(
    pack: Path, events: list[int], text: str, words: str, most_events: int
) -> None:
    _write(pack, text)
    problem = _refused(pack)
    assert words in problem.message and problem.line >= 1
    assert 0 < events[0] <= most_events, f"pulled {events[0]} events"
    count("YAML bombs refused (events counted)")


def test_a_file_over_the_limit_is_not_parsed_at_all(pack: Path, events: list[int]) -> None:
    _write(pack, "# " + "x" * (yamlsafe.MAX_FILE_BYTES + 1))
    assert "grensen er 4 MB" in _refused(pack).message
    assert events[0] == 0


def test_expansion_is_weighed_not_walked(pack: Path, events: list[int]) -> None:
    """Just under the limit loads the way YAML says; the binder then reports the shape."""
    _write(pack, _laughs(4, 10) + "format: 1\n")
    with pytest.raises(ScenarioError) as caught:
        load_pack(pack)
    assert any("ukjent felt «l0»" in problem.message for problem in caught.value.problems)
    assert events[0] < 100


# --- encodings --------------------------------------------------------------------------

TEXT = "format: 1\nid: x\ntitle: «Øvelse» på Unjárga\n"
ENCODINGS = [
    ("UTF-16 LE with BOM", TEXT.encode("utf-16-le"), "UTF-16", b"\xff\xfe"),
    ("UTF-16 BE with BOM", TEXT.encode("utf-16-be"), "UTF-16", b"\xfe\xff"),
    ("UTF-32 LE with BOM", TEXT.encode("utf-32-le"), "UTF-16", b"\xff\xfe\x00\x00"),
    ("UTF-32 BE with BOM", TEXT.encode("utf-32-be"), "UTF-16", b"\x00\x00\xfe\xff"),
    ("UTF-16 without BOM", TEXT.encode("utf-16-le"), "UTF-16", b""),
    ("Windows-1252 quotes", "title: “Øvelse”\n".encode("cp1252"), "ikke UTF-8", b""),
    ("overlong slash", b"title: a\xc0\xafb\n", "ikke UTF-8", b""),
    ("a lone surrogate", b"title: a\xed\xa0\x80b\n", "ikke UTF-8", b""),
    ("NUL first", b"\x00format: 1\n", "NUL-tegn", b""),
    ("an escape character", b"title: a\x1bb\n", "U+001B, et styretegn", b""),
]


@pytest.mark.parametrize(
    ("data", "words", "bom"), [case[1:] for case in ENCODINGS], ids=[c[0] for c in ENCODINGS]
)
def test_odd_encodings_are_refused_with_advice(
    pack: Path, data: bytes, words: str, bom: bytes
) -> None:
    _write(pack, bom + data)
    problem = _refused(pack)
    assert words in problem.message
    assert problem.file.endswith(PACK_FILE)
    count("odd encodings refused")


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_a_bom_and_windows_or_old_mac_line_ends_are_fine(pack: Path, ending: str) -> None:
    file = pack / PACK_FILE
    text = file.read_text(encoding="utf-8").replace("\n", ending)
    file.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    loaded = load_pack(pack)
    assert loaded.pack.id == "full-pack"


# --- tags -------------------------------------------------------------------------------


def _tags(marker: Path) -> list[tuple[str, str]]:
    command = f"touch {marker}"
    return [
        ("python object", f'summary: !!python/object/apply:os.system ["{command}"]'),
        ("python name", "summary: !!python/name:os.system"),
        ("python module", "summary: !!python/module:os"),
        ("verbatim tag", f'summary: !<tag:yaml.org,2002:python/object/apply:os.system> ["{command}"]'),
        (
            "TAG directive",
            f'%TAG !p! tag:yaml.org,2002:python/\n---\nsummary: !p!object/apply:os.system ["{command}"]',
        ),
        ("binary", "summary: !!binary aGVp"),
        ("timestamp", "summary: !!timestamp 2026-01-15"),
        ("set", "summary: !!set {a, b}"),
        ("omap", "summary: !!omap [a: 1]"),
        ("a local tag", "summary: !kommune Lom"),
        ("a tag on a key", "!!python/name:os.system : x"),
    ]  # fmt: skip


@pytest.mark.parametrize("case", range(11), ids=[name for name, _ in _tags(Path("m"))])
def test_tags_that_name_objects_are_refused_and_nothing_runs(
    pack: Path, tmp_path: Path, case: int
) -> None:
    marker = tmp_path / "kjørt"
    _name, snippet = _tags(marker)[case]
    text = (pack / PACK_FILE).read_text(encoding="utf-8")
    if snippet.startswith("%TAG"):
        text = snippet + "\n" + text.replace("summary: ", "old_summary: ", 1)
    else:
        text = text.replace('summary: "Alle felt i formatet, brukt én gang."', snippet, 1)
    _write(pack, text)
    problem = _refused(pack)
    assert "YAML-taggen" in problem.message and "ikke tillatt" in problem.message
    assert not marker.exists()
    count("YAML tags refused")


# --- files that are not plain files inside the pack -------------------------------------


@POSIX
def test_a_pack_file_linked_to_an_endless_device_is_refused(pack: Path) -> None:
    (pack / PACK_FILE).unlink()
    os.symlink("/dev/zero", pack / PACK_FILE)
    # It exists, so not «fant ikke»: the link is refused before the device is opened.
    assert _refused(pack).message == "filen peker ut av pakken (symbolsk lenke)"


@POSIX
def test_a_profile_linked_to_an_endless_device_is_refused(pack: Path) -> None:
    os.symlink("/dev/zero", pack / "profiles" / "null.yaml")
    problem = _refused(pack)
    assert problem.file.endswith("null.yaml")
    assert "ikke en vanlig fil" in problem.message or "peker ut av pakken" in problem.message


@POSIX
def test_an_endless_device_is_not_read_even_inside_the_pack(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="ikke en vanlig fil"):
        yamlsafe.read_text(Path("/dev/zero"))


@POSIX
def test_profiles_that_link_out_of_the_pack_are_refused(pack: Path, tmp_path: Path) -> None:
    outside = tmp_path / "utenfor.yaml"
    outside.write_text("format: 1\nid: ute\ntitle: Ute\nvalues: {}\n", encoding="utf-8")
    os.symlink(outside, pack / "profiles" / "ute.yaml")
    problem = _refused(pack)
    assert problem.file.endswith("ute.yaml") and "peker ut av pakken" in problem.message


@POSIX
def test_a_profile_folder_linked_out_of_the_pack_is_refused(pack: Path, tmp_path: Path) -> None:
    (pack / "profiles").rename(tmp_path / "andre-profiler")
    os.symlink(tmp_path / "andre-profiler", pack / "profiles")
    assert "peker ut av pakken" in _refused(pack).message


@POSIX
def test_a_profile_link_in_a_ring_is_refused(pack: Path) -> None:
    os.symlink("ring.yaml", pack / "profiles" / "ring.yaml")
    assert "lenke i ring" in _refused(pack).message


# --- work that grows with the input is bounded ------------------------------------------


@pytest.mark.parametrize("roles", [300, 2000])
def test_hints_and_problems_are_capped_for_a_pack_full_of_mistakes(
    pack: Path, monkeypatch: pytest.MonkeyPatch, roles: int
) -> None:
    """3000 wrong role names against 2000 roles would cost six million string comparisons."""
    compared = [0]
    real = difflib.get_close_matches

    def counting(word: str, options: Any, *args: Any, **kwargs: Any) -> list[str]:
        compared[0] += 1
        return list(real(word, options, *args, **kwargs))

    monkeypatch.setattr(difflib, "get_close_matches", counting)
    text = (pack / PACK_FILE).read_text(encoding="utf-8")
    declared = "".join(f"  - {{id: rolle{i:04d}, title: Rolle {i}}}\n" for i in range(roles))
    wrong = ", ".join(f"rolx{i:04d}" for i in range(3000))
    text = text.replace("roles:\n", "roles:\n" + declared, 1)
    text = text.replace("roles: [ordforer, kommunedirektor]", f"roles: [{wrong}]")
    _write(pack, text)
    with pytest.raises(ScenarioError) as caught:
        load_pack(pack)
    problems = caught.value.problems
    assert len(problems) == binding.MAX_PROBLEMS + 1
    assert problems[-1].message.startswith("… og 2900 feil til")
    # A hint for the first problems only, and none against more than 500 choices.
    assert compared[0] <= (binding.MAX_PROBLEMS if roles <= binding.MAX_HINT_CHOICES else 0)


def test_templates_compiled_are_capped(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = [0]
    real = render._ENV.parse

    def counting(source: Any, *args: Any, **kwargs: Any) -> Any:
        parsed[0] += 1
        return real(source, *args, **kwargs)

    render._compile.cache_clear()
    monkeypatch.setattr(render._ENV, "parse", counting)
    items = ", ".join(f'"{{{{ kommune|upper }}}} {i}"' for i in range(MAX_TEMPLATES + 500))
    text = (pack / PACK_FILE).read_text(encoding="utf-8")
    text = text.replace(
        'expected_actions: ["Kriseledelsen kalles inn i {{ kommune }}"]',
        f"expected_actions: [{items}]",
    )
    _write(pack, text)
    with pytest.raises(ScenarioError) as caught:
        load_pack(pack)
    assert any(
        f"over {MAX_TEMPLATES} tekster med maler" in p.message for p in caught.value.problems
    )
    assert MAX_TEMPLATES - 10 <= parsed[0] <= MAX_TEMPLATES  # each is parsed; the rest never
    render._compile.cache_clear()
