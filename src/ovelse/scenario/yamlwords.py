"""The YAML parser's English, matched to a message the author can act on.

The loader uses libyaml's C event parser where it is installed and PyYAML's pure-Python
parser otherwise; they word the same mistakes differently («mapping values are not
allowed in this context» and «… here»). Both wordings of every problem either parser can
report are listed here, so no English reaches the author; anything not matched (a future
parser version) gets a general Norwegian message, never the English one.
"""

from __future__ import annotations

import re

from ovelse.scenario import messages

# (start of the parser's problem text, name of the message) — checked in this order.
_PROBLEMS: tuple[tuple[str, str], ...] = (
    # An unquoted «: » inside a value: the most common newcomer mistake.
    ("mapping values are not allowed", "YAML_COLON"),
    ("found unexpected ':'", "YAML_COLON"),
    ("found a tab character", "YAML_TAB"),
    ("found character '\\t'", "YAML_TAB"),
    ("found character", "YAML_CHARACTER"),  # C: «… that cannot start any token»
    ("could not find expected ':'", "YAML_EXPECTED_COLON"),
    ("did not find expected key", "YAML_INDENT"),
    ("did not find expected '-' indicator", "YAML_INDENT"),
    ("expected <block end>, but found '-'", "YAML_INDENT_LIST"),
    ("expected <block end>", "YAML_INDENT"),
    ("block sequence entries are not allowed", "YAML_DASH"),
    ("sequence entries are not allowed", "YAML_DASH"),
    ("mapping keys are not allowed", "YAML_QUESTION"),
    ("found unexpected end of stream", "YAML_UNCLOSED_QUOTE"),
    ("found unexpected document indicator", "YAML_UNCLOSED_QUOTE"),
    ("found unexpected document separator", "YAML_UNCLOSED_QUOTE"),
    ("found unknown escape character", "YAML_ESCAPE"),
    ("did not find expected hexdecimal number", "YAML_ESCAPE"),
    ("found invalid Unicode character escape code", "YAML_ESCAPE"),
    ("expected escape sequence", "YAML_ESCAPE"),
    ("did not find expected ',' or ']'", "YAML_UNCLOSED_SEQUENCE"),
    ("expected ',' or ']'", "YAML_UNCLOSED_SEQUENCE"),
    ("did not find expected ',' or '}'", "YAML_UNCLOSED_MAPPING"),
    ("expected ',' or '}'", "YAML_UNCLOSED_MAPPING"),
    ("invalid indentation or unclosed", "YAML_UNCLOSED_FLOW"),
    ("did not find expected node content", "YAML_NO_VALUE"),
    ("expected the node content", "YAML_NO_VALUE"),
    ("found an indentation indicator equal to 0", "YAML_BLOCK_HEADER"),
    ("expected indentation indicator", "YAML_BLOCK_HEADER"),
    ("expected chomping or indentation indicators", "YAML_BLOCK_HEADER"),
    ("found duplicate %", "YAML_DIRECTIVE"),
    ("found duplicate YAML directive", "YAML_DIRECTIVE"),
    ("found incompatible YAML document", "YAML_DIRECTIVE"),
    ("found unknown directive name", "YAML_DIRECTIVE"),
    ("could not find expected directive name", "YAML_DIRECTIVE"),
    ("did not find expected version number", "YAML_DIRECTIVE"),
    ("found extremely long version number", "YAML_DIRECTIVE"),
    ("did not find expected digit or '.' character", "YAML_DIRECTIVE"),
    ("expected a digit", "YAML_DIRECTIVE"),
    ("duplicate tag handle", "YAML_DIRECTIVE"),
    ("found undefined tag handle", "YAML_TAG"),
    ("found non-specific tag", "YAML_TAG"),
    ("did not find expected '!'", "YAML_TAG"),
    ("expected '!'", "YAML_TAG"),
    ("did not find the expected '>'", "YAML_TAG"),
    ("expected '>'", "YAML_TAG"),
    ("did not find expected tag URI", "YAML_TAG"),
    ("expected URI", "YAML_TAG"),
    ("did not find URI escaped octet", "YAML_TAG"),
    ("did not find expected <document start>", "YAML_AFTER_END"),
    ("expected '<document start>'", "YAML_AFTER_END"),
    ("exceeded maximum nesting depth", "YAML_DEPTH"),
)

# Anchors, aliases and directives share generic problem wordings («expected alphabetic or
# numeric character»), so for those the context decides before the problem.
_FIRST_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("while scanning an anchor", "YAML_ANCHOR"),
    ("while scanning an alias", "YAML_ANCHOR"),
    ("while scanning a directive", "YAML_DIRECTIVE"),
    ("while scanning a tag directive", "YAML_DIRECTIVE"),
    ("while parsing a tag directive", "YAML_DIRECTIVE"),
    ("while scanning a %", "YAML_DIRECTIVE"),
    ("while parsing a %", "YAML_DIRECTIVE"),
)

# Problems whose wording does not say what was being read; the context does.
_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("while scanning a tag", "YAML_TAG"),
    ("while parsing a tag", "YAML_TAG"),
    ("while scanning a block scalar", "YAML_BLOCK_HEADER"),
    ("while scanning a quoted scalar", "YAML_UNCLOSED_QUOTE"),
    ("while scanning a double-quoted scalar", "YAML_ESCAPE"),
    ("while increasing", "YAML_DEPTH"),
    ("while parsing a flow sequence", "YAML_UNCLOSED_SEQUENCE"),
    ("while parsing a flow mapping", "YAML_UNCLOSED_MAPPING"),
)


def message_name(problem: str | None, context: str | None) -> str:
    """The name of the message for a parser error (a constant in ``messages``)."""
    context = context or ""
    for start, name in _FIRST_CONTEXTS:
        if context.startswith(start):
            return name
    problem = problem or ""
    for start, name in _PROBLEMS:
        if problem.startswith(start):
            return name
    for start, name in _CONTEXTS:
        if context.startswith(start):
            return name
    return "YAML_UNKNOWN"


# Where the parser stops a few lines after a quote that was never closed, the quote is
# the mistake: its text ran on and swallowed the lines after it.
_QUOTE_BLAMED = frozenset(
    {
        "YAML_INDENT",
        "YAML_INDENT_LIST",
        "YAML_EXPECTED_COLON",
        "YAML_COLON",
        "YAML_DASH",
        "YAML_NO_VALUE",
        "YAML_AFTER_END",
        "YAML_UNKNOWN",
        "YAML_UNCLOSED_SEQUENCE",
        "YAML_UNCLOSED_MAPPING",
    }
)
_VALUE_QUOTE = re.compile(r"""(?:^\s*(?:-\s+)?|:\s+)(["'])""")
LOOK_BACK = 3  # lines above the parser's place searched for an open quote


def open_quote(text: str, line: int) -> tuple[int, int] | None:
    """(line, column) of a quoted value left open just above ``line`` (1-based), or None."""
    lines = text.split("\n", line)[:line]
    for number in range(len(lines) - 1, max(len(lines) - 1 - LOOK_BACK, 0) - 1, -1):
        found = _VALUE_QUOTE.search(lines[number])
        if found is None:
            continue
        quote = found.group(1)
        rest = lines[number][found.end() :]
        if quote == '"':
            closed = re.search(r'(?<!\\)"', rest) is not None
        else:
            closed = "'" in rest.replace("''", "")
        if not closed:
            return number + 1, found.start(1) + 1
    return None


def blames_quote(problem: str | None, context: str | None) -> bool:
    """Whether an open quote above would explain this parser error better."""
    return message_name(problem, context) in _QUOTE_BLAMED


def parser_message(problem: str | None, context: str | None, *, character: str, depth: int) -> str:
    """The author's message for a parser error; ``character`` is the one at its place."""
    name = message_name(problem, context)
    # libyaml does not name the character it stopped at; the text at its place does.
    if name == "YAML_CHARACTER" and character == "\t":
        name = "YAML_TAB"
    elif name == "YAML_INDENT" and character == "-":
        name = "YAML_INDENT_LIST"
    text: str = getattr(messages, name)
    return text.format(character=character or "?", limit=depth)
