"""Texts that only substitute names skip Jinja2's parser and must compile to the same thing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ovelse.scenario import render
from ovelse.scenario.render import TemplateProblem, render_text

SHARDS = [
    "{{",
    "}}",
    "{",
    "}",
    " ",
    "\t",
    "\n",
    "\r",
    "{%",
    "%}",
    "{#",
    "#}",
    "-",
    "|",
    ".",
    "kommune",
    "sted",
    "_skjult",
    "x1",
    "true",
    "None",
    "self",
    "and",
    "Unjárga æøå",
    "{{ kommune }}",
    "{{sted}}",
    "{{- kommune }}",
    "{{ kommune|upper }}",
]
VALUES = {"kommune": "Nesseby", "sted": "rådhuset", "x1": "X"}


def _through_jinja(text: str) -> render._Compiled:
    """What ``_compile`` makes of ``text`` with the fast path switched off."""
    fast = render._plain_substitution
    render._plain_substitution = lambda _text: None  # type: ignore[assignment]
    try:
        return render._compile.__wrapped__(text)
    finally:
        render._plain_substitution = fast  # type: ignore[assignment]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SHARDS), min_size=1, max_size=8).map("".join))
def test_the_fast_path_compiles_as_jinja2_does(text: str) -> None:
    fast = render._plain_substitution(text)
    if fast is None:
        return  # left to Jinja2
    slow = _through_jinja(text)  # a text the fast path takes must be one Jinja2 accepts
    assert (fast.names, fast.parts, fast.template, fast.fixed_chars) == (
        slow.names,
        slow.parts,
        slow.template,
        slow.fixed_chars,
    )
    assert dict(fast.reads) == dict(slow.reads)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ved {{ sted }} i {{kommune}}.", "Ved rådhuset i Nesseby."),
        ("{{ kommune }}{{ kommune }}", "NessebyNesseby"),
        ("{ ikke en mal } {{ kommune }}", "{ ikke en mal } Nesseby"),  # stray braces: Jinja2
    ],
)
def test_substitution_renders_the_same_text(text: str, expected: str) -> None:
    assert render_text(text, VALUES) == expected


@pytest.mark.parametrize("text", ["{{ self }}", "{{ _skjult }}", "{{ true }}{{ kommune }"])
def test_what_jinja2_refuses_is_still_refused(text: str) -> None:
    assert render._plain_substitution(text) is None
    with pytest.raises(TemplateProblem):
        render_text(text, VALUES)
