"""Jinja2's English about a template it cannot read, matched to a message in bokmål.

The parser's wording is matched by its start, as the YAML parser's is in ``yamlwords``;
whatever is not listed gets a general Norwegian message, never the English one.
"""

from __future__ import annotations

import re

from jinja2 import nodes

from ovelse.scenario import messages

_UNKNOWN_TAG = re.compile(r"Encountered unknown tag '([^']{1,40})'")
_CHARACTER = re.compile(r"unexpected char '(.)'")
_ARITHMETIC = (
    nodes.Add, nodes.Sub, nodes.Mul, nodes.Div, nodes.FloorDiv, nodes.Mod, nodes.Pow,
    nodes.Neg, nodes.Pos,
)  # fmt: skip
_IMPORTS = (nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)


def syntax_detail(english: str) -> str:
    """What went wrong, in bokmål, for one of Jinja2's syntax error messages."""
    if english.startswith("unexpected '}'"):
        return messages.TEMPLATE_STRAY_BRACE.format()
    if english.startswith("unexpected end of template, expected 'end of print statement'"):
        return messages.TEMPLATE_UNCLOSED_PRINT.format()
    if english.startswith("Unexpected end of template") and "'endif'" in english:
        return messages.TEMPLATE_UNCLOSED_IF.format()
    if found := _UNKNOWN_TAG.match(english):
        return messages.TEMPLATE_UNKNOWN_TAG.format(tag=found.group(1))
    if english.startswith("Expected an expression"):
        return messages.TEMPLATE_NO_EXPRESSION.format()
    if english.startswith("expected token 'name'"):
        return messages.TEMPLATE_NO_FILTER.format()
    if found := _CHARACTER.match(english):
        return messages.TEMPLATE_CHARACTER.format(character=found.group(1))
    if english.startswith("expected token 'end of print statement'"):
        return messages.TEMPLATE_TWO_NAMES.format()
    return messages.TEMPLATE_UNREADABLE.format()


def construct_name(node: nodes.Node) -> str:
    """How an author would call a part of a template that scenario texts may not use."""
    name = type(node).__name__
    if isinstance(node, _ARITHMETIC):
        key = "arithmetic"
    elif isinstance(node, _IMPORTS):
        key = "Include"
    elif isinstance(node, nodes.CallBlock | nodes.Macro):
        key = "Macro"
    elif name in messages.TEMPLATE_CONSTRUCTS:
        key = name
    else:
        key = "other"
    return messages.TEMPLATE_CONSTRUCTS[key].format(name=name)
