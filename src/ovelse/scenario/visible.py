"""Control and direction characters from a pack, made visible before anyone prints them.

A message quotes what the author wrote («ukjent felt «…»»). Printed raw, an escape
sequence in a pack could retitle the terminal, clear it or colour a refusal to look like
«OK», and a right-to-left override could make a file name read backwards. Such characters
are shown as what they are instead: ``\\x1b`` for control characters, ``U+202E`` for
invisible format characters (direction marks, zero-width characters, line separators).
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the invisible format characters that change how the rest
# of a line is shown: Arabic letter mark, zero-width and direction marks, line and
# paragraph separators, embeddings and overrides, isolates, word joiner and invisible
# operators, the byte order mark, interlinear annotation; and lone surrogates (JSON can
# spell one as «\\ud800»), which no terminal, label or UTF-8 file can take.
_HIDDEN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\ud800-\udfff\ufeff\ufff9-\ufffb]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _shown(match: re.Match[str]) -> str:
    character = match.group()
    code = ord(character)
    if character in _NAMED:
        return _NAMED[character]
    if code < 0xA0:
        return f"\\x{code:02x}"
    return f"U+{code:04X}"


def visible(text: str) -> str:
    """``text`` with every control and invisible format character written out."""
    return _HIDDEN.sub(_shown, text)


def first_hidden(text: str) -> str | None:
    """The first character ``visible`` would write out, or None if there is none."""
    found = _HIDDEN.search(text)
    return found.group() if found else None


def without_hidden(text: str) -> str:
    """``text`` with those characters taken out (line breaks and tabs become spaces), for
    a name that must read, sort and compare as what it shows."""
    return " ".join(_HIDDEN.sub(lambda m: " " if m.group() in _NAMED else "", text).split())
