"""Writing a pack as YAML a person can read and diff, and that loads back to the same pack.

The writer is canonical: the same pack always gives the same text, whatever the file it
came from looked like. Keys follow the order of the format document's example (anything
newer follows in the model's order), fields at their default are left out, ids and names
stand bare, other texts in double quotes, texts over several lines as ``|`` blocks and
long one-line texts as ``>-`` blocks broken at spaces. Each field has lines of its own, so
changing one field of a file this writer made changes only that field's lines. The
comment lines at the top of a file (the editor's schema line) are kept; other comments
are not (docs/scenario-format.md says so).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ovelse.scenario.binding import FALSE_WORDS, TRUE_WORDS
from ovelse.scenario.model import Inject, Profile, ScenarioPack
from ovelse.scenario.timing import Duration, ScenarioTime

INDENT = 2
WIDTH = 92  # long one-line texts are broken before this column

# The order of the format document's complete example; fields not named follow.
_ORDER: dict[type, tuple[str, ...]] = {
    ScenarioPack: (
        "format",
        "id",
        "title",
        "summary",
        "hazard",
        "region",
        "duration",
        "exercise_form",
        "language",
        "translation",
        "version",
        "author",
        "based_on",
        "background",
        "purpose",
        "tags",
        "objectives",
        "variables",
        "roles",
        "board",
        "response_cells",
    ),
    Inject: (
        "id",
        "at",
        "scenario_time",
        "title",
        "source",
        "text",
        "notes",
        "questions",
        "translation",
        "expected_actions",
        "stall_prompts",
        "media",
        "board",
        "responses",
        "objectives",
        "auto_release",
    ),
}
_LAST: dict[type, tuple[str, ...]] = {ScenarioPack: ("phases",)}

_BARE = re.compile(r"[a-z][a-z0-9._-]*")
_NULL_WORDS = frozenset({"null", "~"})
# What YAML cannot hold as it stands: control characters (tab and newline aside), the
# line separators YAML 1.1 reads as breaks, the byte order mark and non-characters.
_ESCAPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_NAMED_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x00": "\\0"}


def pack_yaml(pack: ScenarioPack, header: str = "") -> str:
    """The text of ``scenario.yaml`` for ``pack``, after ``header`` (comment lines)."""
    return _document(pack, header)


def profile_yaml(profile: Profile, header: str = "") -> str:
    return _document(profile, header)


def leading_comments(text: str) -> str:
    """The comment lines a file starts with (a schema line), kept when the editor saves."""
    kept = []
    for line in text.lstrip("\ufeff").splitlines():
        if not line.startswith("#"):
            break
        kept.append(line + "\n")
    return "".join(kept)


def _document(obj: Any, header: str) -> str:
    lines: list[str] = []
    _mapping(obj, 0, lines)
    return header + "".join(line + "\n" for line in lines)


def _fields(obj: Any) -> list[dataclasses.Field[Any]]:
    cls = type(obj)
    first = _ORDER.get(cls, ())
    last = _LAST.get(cls, ())
    fields = list(dataclasses.fields(obj))
    rank = {name: index for index, name in enumerate(first)}

    def key(item: dataclasses.Field[Any]) -> tuple[int, int]:
        if item.name in last:
            return (2, last.index(item.name))
        return (0, rank[item.name]) if item.name in rank else (1, fields.index(item))

    return sorted(fields, key=key)


def _is_default(item: dataclasses.Field[Any], value: Any) -> bool:
    if item.default is not dataclasses.MISSING:
        return bool(value == item.default)
    if item.default_factory is not dataclasses.MISSING:
        return bool(value == item.default_factory())
    return False


def _shown_fields(obj: Any) -> list[tuple[str, Any]]:
    return [
        (item.name, getattr(obj, item.name))
        for item in _fields(obj)
        if not _is_default(item, getattr(obj, item.name))
    ]


def _short(obj: Any) -> str | None:
    """The shorthand of a role, picture or board update that sets only its main field."""
    shown = _shown_fields(obj)
    for item in dataclasses.fields(obj):
        if item.metadata.get("shorthand"):
            value = getattr(obj, item.name)
            names = [name for name, _ in shown]
            if names in ([item.name], []) and isinstance(value, str) and "\n" not in value:
                return _inline(value)
    return None


def _mapping(obj: Any, indent: int, lines: list[str]) -> None:
    for name, value in _shown_fields(obj):
        _entry(_key(name), value, indent, lines)


def _entry(key: str, value: Any, indent: int, lines: list[str]) -> None:
    pad = " " * indent
    if dataclasses.is_dataclass(value) and not isinstance(value, Duration | ScenarioTime):
        short = _short(value)
        if short is not None:
            lines.append(f"{pad}{key}: {short}")
            return
        if not _shown_fields(value):
            lines.append(f"{pad}{key}: {{}}")
            return
        lines.append(f"{pad}{key}:")
        _mapping(value, indent + INDENT, lines)
    elif isinstance(value, tuple):
        _sequence(key, value, indent, lines)
    elif isinstance(value, dict):
        if not value:
            lines.append(f"{pad}{key}: {{}}")
            return
        lines.append(f"{pad}{key}:")
        for name, item in value.items():
            _entry(_key(name), item, indent + INDENT, lines)
    elif isinstance(value, str):
        _text(f"{pad}{key}: ", value, indent, lines)
    else:
        lines.append(f"{pad}{key}: {_atom(value)}")


def _sequence(key: str, items: tuple[Any, ...], indent: int, lines: list[str]) -> None:
    pad = " " * indent
    if not items:
        lines.append(f"{pad}{key}: []")
        return
    if all(isinstance(item, str) and _bare(item) for item in items):
        flow = f"{pad}{key}: [{', '.join(items)}]"
        if len(flow) <= WIDTH:
            lines.append(flow)
            return
    lines.append(f"{pad}{key}:")
    for item in items:
        _item(item, indent + INDENT, lines)


def _item(item: Any, indent: int, lines: list[str]) -> None:
    """One list item: ``- value``, or a mapping whose first key stands after the dash."""
    pad = " " * indent
    if dataclasses.is_dataclass(item):
        short = _short(item)
        if short is not None:
            lines.append(f"{pad}- {short}")
            return
        inner: list[str] = []
        _mapping(item, indent + INDENT, inner)
        if not inner:
            lines.append(f"{pad}- {{}}")
            return
        lines.append(f"{pad}- {inner[0][indent + INDENT :]}")
        lines.extend(inner[1:])
    elif isinstance(item, str):
        _text(f"{pad}- ", item, indent, lines)
    else:
        lines.append(f"{pad}- {_atom(item)}")


def _text(lead: str, text: str, indent: int, lines: list[str]) -> None:
    """``text`` after ``lead`` (a key or a dash): on that line, or as a block below it."""
    block = _block(text, indent + INDENT)
    if block is None:
        lines.append(lead + _inline(text))
    else:
        lines.append(lead + block[0])
        lines.extend(block[1:])


def _atom(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Duration | ScenarioTime):
        return _quoted(str(value))
    if value is None:
        return "~"
    raise TypeError(f"the writer has no form for {type(value).__name__}")


def _key(name: str) -> str:
    return name if _bare(name) else _quoted(name)


def _bare(text: str) -> bool:
    """An id or a name that reads back as the same text without quotes."""
    lowered = text.lower()
    return (
        _BARE.fullmatch(text) is not None
        and lowered not in TRUE_WORDS
        and lowered not in FALSE_WORDS
        and lowered not in _NULL_WORDS
    )


def _inline(text: str) -> str:
    return text if _bare(text) else _quoted(text)


def _quoted(text: str) -> str:
    """A double-quoted YAML scalar; every character that needs it is escaped."""
    out = []
    for char in text:
        if char in _NAMED_ESCAPES:
            out.append(_NAMED_ESCAPES[char])
        elif _ESCAPED.fullmatch(char):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _block(text: str, indent: int) -> list[str] | None:
    """A ``|`` or ``>-`` block for a long or multi-line text, or None to quote it."""
    if _ESCAPED.search(text) or "\t" in text or "\r" in text or not text.strip():
        return None
    pad = " " * indent
    if "\n" in text:
        body = text[:-1] if text.endswith("\n") else text
        if body.endswith("\n"):
            return None  # trailing blank lines: quoted, rather than a «|+» few would read
        rows = body.split("\n")
        first = next(row for row in rows if row)
        if first.startswith(" ") or any(row and not row.strip() for row in rows):
            return None  # the block's indentation would be misread
        head = "|" if text.endswith("\n") else "|-"
        return [head, *(pad + row if row else "" for row in rows)]
    if len(text) + indent <= WIDTH or text != text.strip() or "  " in text:
        return None
    return [">-", *(pad + row for row in _wrap(text, WIDTH - indent))]


def _wrap(text: str, width: int) -> list[str]:
    """Break at single spaces, which a ``>-`` block reads back as those spaces."""
    rows: list[str] = []
    row = ""
    for word in text.split(" "):
        if row and len(row) + 1 + len(word) > width:
            rows.append(row)
            row = word
        else:
            row = f"{row} {word}" if row else word
    rows.append(row)
    return rows
