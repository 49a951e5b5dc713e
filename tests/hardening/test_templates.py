"""A pack's templates cannot reach Python, loop, recurse or allocate without bound.

Every attempt is refused when the pack is loaded (validation compiles each text and
renders it for every profile), with the field and a message in bokmål. The allocation
case is counted: the refusal comes before a single variable value is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import load_pack
from ovelse.scenario.render import MAX_OUTPUT_CHARS, TemplateProblem, render_text
from tests.hardening.packs import PACK_FILE, copy_pack
from tests.hardening.tally import count

FIELD = "phases[0].injects[1].text"
ORIGINAL = 'text: "Basestasjonene går tomme for batteri."'

NOT_ALLOWED = "som ikke er tillatt i scenariotekster"
TOO_COMPLEX = "malen er for sammensatt til å leses"
CASES: list[tuple[str, str, str]] = [
    # Python internals
    ("class of a string", "{{ ''.__class__.__mro__[1].__subclasses__() }}", NOT_ALLOWED),
    ("dunder through a variable", "{{ kommune.__class__ }}", "punktum («a.b»)"),
    ("dunder by subscript", "{{ kommune['__class__'] }}", "hakeparentes («a[0]»)"),
    ("attr filter", "{{ kommune|attr('__class__') }}", "filteret «attr» er ikke tillatt"),
    ("method call", "{{ kommune.upper() }}", NOT_ALLOWED),
    ("globals of cycler", "{{ cycler.__init__.__globals__.os }}", "punktum («a.b»)"),
    ("joiner", "{{ joiner() }}", "et funksjonskall"),
    ("namespace", "{{ namespace(x=1) }}", "et funksjonskall"),
    ("lipsum", "{{ lipsum(n=100000) }}", "et funksjonskall"),
    ("range", "{{ range(10) }}", "et funksjonskall"),
    ("dict", "{{ dict(a=1) }}", "et funksjonskall"),
    ("self", "{{ self }}", "navnet «self» er ikke tillatt"),
    ("self with a filter", "{{ self|upper }}", "navnet «self» er ikke tillatt"),
    ("loop", "{{ loop }}", "navnet «loop» er ikke tillatt"),
    ("super", "{{ super }}", "navnet «super» er ikke tillatt"),
    ("a private name", "{{ _hemmelig }}", "navnet «_hemmelig» er ikke tillatt"),
    ("config", "{{ config }}", "pakken har ingen variabel «config»"),
    ("request", "{% if request %}x{% endif %}", "pakken har ingen variabel «request»"),
    # statements
    ("for loop", "{% for i in range(99999999) %}x{% endfor %}", "en løkke («for»)"),
    ("set", "{% set x = kommune %}{{ x }}", "«set»"),
    ("macro recursion", "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", NOT_ALLOWED),
    ("include", "{% include 'scenario.yaml' %}", "«include» eller «import»"),
    ("import", "{% import 'os' as os %}", "«include» eller «import»"),
    ("extends", "{% extends 'x' %}", "«include» eller «import»"),
    ("filter block", "{% filter upper %}{{ kommune }}{% endfilter %}", "«FilterBlock»"),
    ("with", "{% with x = 1 %}{{ x }}{% endwith %}", "«With»"),
    ("do", "{% do kommune %}", "malfeil på linje 1"),
    # allocation and loops
    ("repeat a text", "{{ kommune * 100000000 }}", "regning"),
    ("repeat a literal", "{{ 'x' * 999999999 }}", "regning"),
    ("power", "{{ 9 ** 9 ** 9 }}", "regning"),
    ("nested replace", "{{ kommune|replace('a', kommune|replace('a', kommune)) }}", "filteret «replace»"),
    ("format", "{{ '%s'|format(kommune) }}", "filteret «format»"),
    ("join a range", "{{ range(999999999)|join }}", "filteret «join» er ikke tillatt"),
    ("list literal", "{{ [kommune] * 9 }}", NOT_ALLOWED),
    ("a huge number", "{{ " + "9" * 5000 + " }}", TOO_COMPLEX),
    ("deep brackets", "{{ " + "(" * 3000 + "kommune" + ")" * 3000 + " }}", TOO_COMPLEX),
    ("deep not", "{{ " + "not " * 3000 + "kommune }}", TOO_COMPLEX),
    ("deep ifs", "{% if kommune %}" * 60 + "x" + "{% endif %}" * 60, "nøstet for dypt"),
    ("long filter chain", "{{ kommune" + "|upper" * 200 + " }}", "nøstet for dypt"),
    ("stacked defaults", "{{ " + "kommune|default(" * 100 + "'x'" + ")" * 100 + " }}", TOO_COMPLEX),
    # arguments Jinja2 would only trip over while rendering
    ("arguments to upper", "{{ kommune|upper(1, 2) }}", "filteret «upper» tar ikke argumenter"),
    ("spread arguments", "{{ kommune|title(*kommune) }}", "filteret «title» tar ikke argumenter"),
    ("too many defaults", "{{ kommune|default(1, 2, 3) }}", "filteret «default» tar høyst 2 argumenter"),
    ("arguments to a test", "{{ kommune is defined(1) }}", "testen «defined» tar ikke argumenter"),
    ("a test not allowed", "{{ kommune is sameas kommune }}", "testen «sameas» er ikke tillatt"),
    ("text compared with a number", "{{ kommune < 1 }}", "malen kan ikke lages med disse verdiene"),
    ("trim with a number", "{{ kommune|trim(1) }}", "malen kan ikke lages med disse verdiene"),
    ("in a number", "{{ kommune in 1 }}", "malen kan ikke lages med disse verdiene"),
    ("repeated output", "{{kommune}}" * 4500, f"teksten blir over {MAX_OUTPUT_CHARS} tegn"),
]  # fmt: skip


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_pack(tmp_path_factory.mktemp("maler") / "pakke")
    file = root / PACK_FILE
    # A long default makes «repeated output» cross the limit (4500 × 30 characters).
    long_name = 'default: "Eksempelbyen i Nord-Østerdalen"'
    file.write_text(
        file.read_text(encoding="utf-8").replace('default: "Eksempel"', long_name),
        encoding="utf-8",
    )
    return root


@pytest.mark.parametrize(
    ("template", "words"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_hostile_template_is_refused_when_the_pack_is_loaded(
    pack: Path, template: str, words: str
) -> None:
    file = pack / PACK_FILE
    original = file.read_text(encoding="utf-8")
    quoted = template.replace("\\", "\\\\").replace('"', '\\"')
    file.write_text(original.replace(ORIGINAL, f'text: "{quoted}"'), encoding="utf-8")
    try:
        with pytest.raises(ScenarioError) as caught:
            load_pack(pack)
    finally:
        file.write_text(original, encoding="utf-8")
    problems = [p for p in caught.value.problems if p.path == FIELD]
    assert problems, caught.value
    assert words in problems[0].message
    assert problems[0].line > 0
    count("hostile templates refused at load")


class CountingValues(Mapping[str, str]):
    """Variable values that count how often they are read."""

    def __init__(self, values: dict[str, str]) -> None:
        self._values = values
        self.reads = 0

    def __getitem__(self, key: str) -> str:
        self.reads += 1
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


@pytest.mark.parametrize(
    "template",
    ["{{ kommune }}" * 4000, "{{ (kommune ~ kommune ~ kommune)|upper }}" * 400],
    ids=["substitution", "jinja"],
)
def test_output_that_would_be_too_long_is_refused_before_it_is_built(template: str) -> None:
    """A 50 000-character value read 4000 times would be 200 million characters."""
    values = CountingValues({"kommune": "ŋ" * 50_000})
    with pytest.raises(TemplateProblem, match=f"over {MAX_OUTPUT_CHARS} tegn"):
        render_text(template, values)
    assert values.reads == 1  # its length, once; building it would read it 4000 times
