"""Every mistake the YAML parser can report reaches the author in bokmål, with a hint.

The loader reads with libyaml's C parser and falls back to PyYAML's pure-Python one;
both are fed every class of error they raise, and neither's English may show through.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
import yaml

from ovelse.scenario import messages, yamlsafe
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import load_pack
from ovelse.scenario.yamlwords import message_name

PARSERS = {"C": getattr(yaml, "CSafeLoader", None), "Python": yaml.SafeLoader}

# Text, the message it must give, and where (line, column). One per class of error.
MISTAKES = {
    "unquoted colon in a title": ("title: Fase 1: Varsling\n", "YAML_COLON", (1, 14)),
    "two colons": ("a: b: c\n", "YAML_COLON", (1, 5)),
    "tab indentation": ("a:\n\tb: 1\n", "YAML_TAB", (2, 1)),
    "reserved character": ("title: @kommune\n", "YAML_CHARACTER", (1, 8)),
    "backtick": ("title: `x`\n", "YAML_CHARACTER", (1, 8)),
    "percent first": ("title: %50\n", "YAML_CHARACTER", (1, 8)),
    "line without colon": ("a: 1\nb\nc: 2\n", "YAML_EXPECTED_COLON", (3, 1)),
    "key indented less": ("a:\n  b: 1\n c: 2\n", "YAML_INDENT", (3, 2)),
    "list indented less": ("a:\n  - 1\n - 2\n", "YAML_INDENT_LIST", (3, 2)),
    "list item after a value": ("a: 1\n- 2\n", "YAML_INDENT_LIST", (2, 1)),
    "empty key": (": a\n", "YAML_INDENT", (1, 1)),
    "question mark": ("a: b ? c\nd: ? e\n  ? f\n", "YAML_QUESTION", (2, 4)),
    "unclosed double quote": ('title: "abc\n', "YAML_UNCLOSED_QUOTE", (2, 1)),
    "unclosed single quote": ("title: 'abc\n", "YAML_UNCLOSED_QUOTE", (2, 1)),
    "document marker in quote": ('title: "abc\n---\n"\n', "YAML_UNCLOSED_QUOTE", (2, 1)),
    "windows path in double quotes": ('title: "C:\\Users"\n', "YAML_ESCAPE", (1, 13)),
    "bad hex escape": ('title: "\\xZZ"\n', "YAML_ESCAPE", (1, 11)),
    "unclosed list": ("tags: [a, b\nc: 1\n", "YAML_UNCLOSED_SEQUENCE", None),
    "unclosed table": ("x: {a: 1, b\n", "YAML_UNCLOSED_MAPPING", None),
    "table without commas": ("x: {a: 1 b: 2 c: d}\n", "YAML_UNCLOSED_MAPPING", (1, 11)),
    "table closed as a list": ("x: {a: 1] \n", "YAML_UNCLOSED_MAPPING", (1, 9)),
    "no value": ("- ]\n", "YAML_NO_VALUE", (1, 3)),
    "block indicator zero": ("text: |0\n  abc\n", "YAML_BLOCK_HEADER", (1, 8)),
    "text after the block indicator": ("text: | Her er tekst\n  mer\n", "YAML_BLOCK_HEADER", None),
    "letter after the block indicator": ("text: |x\n  mer\n", "YAML_BLOCK_HEADER", (1, 8)),
    "directive twice": ("%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "YAML_DIRECTIVE", (2, 1)),
    "directive of another version": ("%YAML 2.0\n---\na: 1\n", "YAML_DIRECTIVE", (1, 1)),
    "directive without a version": ("%YAML x\n---\na: 1\n", "YAML_DIRECTIVE", (1, 7)),
    "directive without a name": ("%\n---\na: 1\n", "YAML_DIRECTIVE", (1, 2)),
    "tag directive twice": ("%TAG ! !a\n%TAG ! !b\n---\na: 1\n", "YAML_DIRECTIVE", (2, 1)),
    "tag directive cut short": ("%TAG !x\n---\na: 1\n", "YAML_DIRECTIVE", (1, 8)),
    "anchor without a name": ("a: & x\n", "YAML_ANCHOR", (1, 5)),
    "alias without a name": ("a: *, b\n", "YAML_ANCHOR", (1, 5)),
    "undefined tag handle": ("a: !x!y 1\n", "YAML_TAG", (1, 4)),
    "unclosed verbatim tag": ("a: !<abc 1\n", "YAML_TAG", (1, 9)),
    "empty verbatim tag": ("a: !<> 1\n", "YAML_TAG", (1, 6)),
    "bad tag escape": ("a: !<%zz> 1\n", "YAML_TAG", None),
    "content after the end": ("a: 1\n...\nb: 2\n", "YAML_AFTER_END", (3, 1)),
}

# Every problem wording either parser has (libyaml 0.2.5's scanner.c and parser.c, and
# PyYAML's scanner.py and parser.py), with a context that reaches it.
PARSER_WORDINGS = [
    (None, "mapping values are not allowed in this context"),
    (None, "mapping values are not allowed here"),
    (None, "mapping keys are not allowed in this context"),
    (None, "mapping keys are not allowed here"),
    (None, "block sequence entries are not allowed in this context"),
    (None, "sequence entries are not allowed here"),
    ("while scanning for the next token", "found character that cannot start any token"),
    ("while scanning for the next token", "found character '@' that cannot start any token"),
    ("while scanning for the next token", "found a tab character that violates indentation"),
    ("while scanning a plain scalar", "found a tab character that violates indentation"),
    (None, "found a tab character where an indentation space is expected"),
    ("while scanning a simple key", "could not find expected ':'"),
    ("while scanning a plain scalar", "found unexpected ':'"),
    (None, "invalid indentation or unclosed '[' or '{'"),
    ("while parsing a block mapping", "did not find expected key"),
    ("while parsing a block mapping", "expected <block end>, but found '<scalar>'"),
    ("while parsing a block collection", "did not find expected '-' indicator"),
    ("while parsing a block collection", "expected <block end>, but found '-'"),
    ("while parsing a block node", "did not find expected node content"),
    ("while parsing a flow node", "expected the node content, but found ']'"),
    ("while parsing a flow sequence", "did not find expected ',' or ']'"),
    ("while parsing a flow sequence", "expected ',' or ']', but got ':'"),
    ("while parsing a flow mapping", "did not find expected ',' or '}'"),
    ("while parsing a flow mapping", "expected ',' or '}', but got ':'"),
    ("while scanning a quoted scalar", "found unexpected end of stream"),
    ("while scanning a quoted scalar", "found unexpected document indicator"),
    ("while scanning a quoted scalar", "found unexpected document separator"),
    ("while parsing a quoted scalar", "found unknown escape character"),
    ("while scanning a double-quoted scalar", "found unknown escape character 'q'"),
    ("while parsing a quoted scalar", "did not find expected hexdecimal number"),
    ("while parsing a quoted scalar", "found invalid Unicode character escape code"),
    (
        "while scanning a double-quoted scalar",
        "expected escape sequence of 2 hexadecimal numbers, but found 'Z'",
    ),
    ("while scanning a block scalar", "found an indentation indicator equal to 0"),
    ("while scanning a block scalar", "did not find expected comment or line break"),
    (
        "while scanning a block scalar",
        "expected indentation indicator in the range 1-9, but found 0",
    ),
    ("while scanning a block scalar", "expected chomping or indentation indicators, but found 'x'"),
    ("while scanning a block scalar", "expected a comment or a line break, but found 'H'"),
    ("while scanning a directive", "found unknown directive name"),
    ("while scanning a directive", "could not find expected directive name"),
    ("while scanning a directive", "did not find expected alphabetic or numeric character"),
    ("while scanning a directive", "expected alphabetic or numeric character, but found '\\n'"),
    ("while scanning a directive", "did not find expected comment or line break"),
    ("while scanning a directive", "expected a digit or '.', but found 'x'"),
    ("while scanning a directive", "expected ' ', but found 'x'"),
    ("while scanning a %YAML directive", "did not find expected version number"),
    ("while scanning a %YAML directive", "found extremely long version number"),
    ("while scanning a %YAML directive", "did not find expected digit or '.' character"),
    ("while scanning a %YAML directive", "did not find expected whitespace"),
    ("while scanning a %TAG directive", "did not find expected whitespace"),
    ("while scanning a %TAG directive", "did not find expected whitespace or line break"),
    ("while parsing a %TAG directive", "did not find expected '!'"),
    ("while parsing a tag directive", "did not find expected '!'"),
    (None, "found duplicate %YAML directive"),
    (None, "found duplicate %TAG directive"),
    (None, "found duplicate YAML directive"),
    (None, "found incompatible YAML document"),
    (None, "found incompatible YAML document (version 1.* is required)"),
    (None, "duplicate tag handle '!'"),
    ("while scanning an anchor", "did not find expected alphabetic or numeric character"),
    ("while scanning an alias", "expected alphabetic or numeric character, but found ' '"),
    ("while scanning a tag", "did not find the expected '>'"),
    ("while scanning a tag", "did not find expected whitespace or line break"),
    ("while parsing a tag", "expected '>', but found ' '"),
    ("while parsing a tag", "did not find expected tag URI"),
    ("while parsing a tag", "expected URI, but found '>'"),
    ("while parsing a tag", "did not find URI escaped octet"),
    ("while parsing a tag", "did not find expected '!'"),
    ("while scanning a tag", "expected URI escape sequence of 2 hexadecimal numbers"),
    ("while scanning a tag", "expected ' ', but found 'x'"),
    ("while parsing a node", "found undefined tag handle"),
    ("while parsing a node", "found undefined tag handle '!x!'"),
    ("while parsing a node", "found non-specific tag '!'"),
    (None, "did not find expected <document start>"),
    (None, "expected '<document start>', but found '<block mapping start>'"),
    ("while increasing flow level", "exceeded maximum nesting depth"),
    ("while increasing block level", None),
]

# Words of the parsers' English that must never reach an author.
ENGLISH = re.compile(
    r"\b(found|expected|allowed|while|scanning|parsing|mapping|character|token|"
    r"indentation|stream|context|directive name)\b",
    re.IGNORECASE,
)


def _available() -> list[str]:
    return [name for name, loader in PARSERS.items() if loader is not None]


@pytest.fixture(params=_available())
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(yamlsafe, "_Parser", PARSERS[request.param])
    return str(request.param)


def _refusal(text: str) -> tuple[str, int, int]:
    with pytest.raises(ScenarioError) as caught:
        yamlsafe.parse(text, "scenario.yaml")
    problem = caught.value.problems[0]
    return problem.message, problem.line, problem.column


@pytest.mark.parametrize("name", MISTAKES)
def test_every_parser_mistake_is_told_in_bokmal_with_its_place(parser: str, name: str) -> None:
    text, message_name_expected, place = MISTAKES[name]
    message, line, column = _refusal(text)
    template: str = getattr(messages, message_name_expected)
    detail = template.format(character=text[column - 1 :][:1] if column else "?", limit=40)
    if message_name_expected == "YAML_CHARACTER":
        detail = template.format(character=text.split(": ", 1)[1][0], limit=40)
    assert message == messages.YAML_INVALID.format(detail=detail)
    assert not ENGLISH.search(message), message
    if place is not None:
        assert (line, column) == place
    else:
        assert line >= 1 and column >= 1


@pytest.mark.parametrize(("context", "problem"), PARSER_WORDINGS)
def test_every_wording_of_either_parser_has_its_own_message(
    context: str | None, problem: str | None
) -> None:
    assert message_name(problem, context) != "YAML_UNKNOWN"


def test_a_wording_no_parser_has_yet_still_gets_norwegian() -> None:
    assert message_name("something new went wrong", None) == "YAML_UNKNOWN"
    assert not ENGLISH.search(messages.YAML_UNKNOWN)


def test_the_colon_in_a_title_tells_the_author_to_quote_it(full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(
        text.replace('title: "Fase 1 – Varsling"', "title: Fase 1: Varsling", 1), encoding="utf-8"
    )
    with pytest.raises(ScenarioError) as caught:
        load_pack(full_pack_copy)
    problem = caught.value.problems[0]
    assert "anførselstegn" in problem.message and "Fase 1: Varsling" in problem.message
    assert problem.line == text[: text.index('title: "Fase 1 – Varsling"')].count("\n") + 1


def test_a_pack_indented_with_tabs_is_refused_in_bokmal(parser: str, full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    lines = file.read_text(encoding="utf-8").splitlines()
    tabbed = [
        "\t" * ((len(line) - len(line.lstrip(" "))) // 2) + line.lstrip(" ") for line in lines
    ]
    file.write_text("\n".join(tabbed) + "\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_pack(full_pack_copy)
    problem = caught.value.problems[0]
    assert problem.message == messages.YAML_INVALID.format(detail=messages.YAML_TAB)
    assert tabbed[problem.line - 1].startswith("\t")


def test_the_operating_systems_reason_is_told_in_bokmal_too(tmp_path: Path) -> None:
    denied = PermissionError(errno.EACCES, "Permission denied")
    assert yamlsafe.os_reason(denied) == "ingen lesetilgang"
    odd = OSError(errno.EXDEV, "Invalid cross-device link")
    assert yamlsafe.os_reason(odd) == "feil fra operativsystemet, kode EXDEV"
    (tmp_path / "scenario.yaml").write_text("format: 1\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        yamlsafe.read_text(tmp_path / "scenario.yaml" / "under")  # a file is not a folder
    assert caught.value.problems[0].message == (
        "kan ikke lese filen (en del av stien er ikke en mappe)"
    )
