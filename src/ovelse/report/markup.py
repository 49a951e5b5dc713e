"""The one door user text goes through before it meets ReportLab's paragraph markup.

Paragraphs parse a small XML dialect, so a scribe's «<b>» or «&» would either vanish,
turn text bold, or stop the report with a parse error. Every piece of text that a user,
a scenario author or a profile wrote is passed through :func:`text` exactly once, and
only this module's output is ever concatenated with markup.
"""

from __future__ import annotations

import re

from ovelse.report.printable import printable

# Control characters other than tab and newline have no glyph and break the PDF text
# layer; a pasted form feed or NUL from another program must not stop the report.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def stripped(value: str) -> str:
    """User text without control characters, ``\\n`` line breaks kept, in stored order
    (for the PDF outline, which the viewer draws itself)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", value)


def clean(value: str) -> str:
    """User text as the report's font draws it (see :mod:`ovelse.report.printable`), with
    only printable characters and ``\\n`` line breaks, for plain cells."""
    return printable(stripped(value))


def text(value: str) -> str:
    """User text as paragraph markup that prints exactly what was typed, line breaks kept."""
    return clean(value).translate(_ENTITIES).replace("\n", "<br/>")


def line(value: str) -> str:
    """User text for a one-line place (a title, a table cell label): line breaks become spaces."""
    return text(" ".join(value.split()))
