"""How the list-valued fields of an inject are written in one cell, and read back.

Each item is one line: expected actions and stall prompts as they are, board changes as
``punkt: verdi`` with an optional ``[status]``, pictures as ``sti | bildetekst | alt``,
ids separated by commas or lines. Reading returns plain data for the binder, or a
message for the cell; writing and reading are inverse for every pack the loader accepts
(tests/interchange/test_round_trip.py).
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from ovelse.interchange import layout, messages
from ovelse.scenario.binding import to_plain
from ovelse.scenario.model import BoardUpdate, MediaRef, Question

_STATUS = re.compile(r"^(.*?)\s*\[([^\]]*)\]\s*$", re.DOTALL)
_ID_LIST = re.compile(r"[,;\n]")
_QUESTION_LINE = re.compile(r"^\s*([^:]{1,200}?)\s*:\s*(.*)$")


class CellProblem(ValueError):
    """A cell that cannot be read; the message is for the planner."""


def lines(text: str) -> list[str]:
    return [line for line in (part.strip() for part in text.splitlines()) if line]


def ids(text: str) -> list[str]:
    return [part.strip() for part in _ID_LIST.split(text) if part.strip()]


def write_ids(values: tuple[str, ...]) -> str:
    return ", ".join(values)


def write_lines(values: tuple[str, ...]) -> str:
    return "\n".join(values)


def write_board(board: dict[str, BoardUpdate]) -> str:
    return "\n".join(
        f"{key}: {update.value}" + (f" [{update.status}]" if update.status else "")
        for key, update in board.items()
    )


def read_board(text: str) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for line in lines(text):
        key, colon, rest = line.partition(":")
        if not colon or not key.strip():
            raise CellProblem(messages.BOARD_LINE.format(line=line))
        match = _STATUS.match(rest.strip())
        value, status = (match.group(1), match.group(2).strip()) if match else (rest.strip(), None)
        if status is not None and status not in layout.STATUSES:
            raise CellProblem(messages.BOARD_STATUS.format(status=status))
        if key.strip() in changes:
            raise CellProblem(messages.BOARD_TWICE.format(item=key.strip()))
        changes[key.strip()] = {"value": value, "status": status}
    return changes


def write_media(media: tuple[MediaRef, ...]) -> str:
    rows = []
    for ref in media:
        parts = [ref.path, ref.caption, ref.alt]
        while len(parts) > 1 and not parts[-1]:
            parts.pop()
        rows.append(" | ".join(parts))
    return "\n".join(rows)


def read_media(text: str) -> list[dict[str, str]]:
    found = []
    for line in lines(text):
        parts = [part.strip() for part in line.split("|")]
        if len(parts) > 3:
            raise CellProblem(messages.MEDIA_LINE.format(line=line))
        parts += [""] * (3 - len(parts))
        found.append({"path": parts[0], "caption": parts[1], "alt": parts[2]})
    return found


def write_yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return layout.YES if value else layout.NO


def read_yes_no(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in ("", "-"):
        return None
    if text in ("ja", "j", "yes", "y", "x", "true", "sann", "1"):
        return True
    if text in ("nei", "n", "no", "false", "usann", "0"):
        return False
    raise CellProblem(messages.YES_NO.format(value=str(value)))


def read_combined_questions(text: str) -> list[tuple[list[str], str]]:
    """A planner's one-column questions: a ``roller: tekst`` line starts each question;
    a line without a colon continues the question above."""
    found: list[tuple[list[str], str]] = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        match = _QUESTION_LINE.match(raw)
        if match:
            found.append((ids(match.group(1)), match.group(2).strip()))
        elif found:
            roles, question = found[-1]
            found[-1] = (roles, f"{question}\n{raw.strip()}")
        else:
            raise CellProblem(messages.QUESTION_WITHOUT_ROLES.format(line=raw.strip()))
    return found


def write_question(question: Question) -> tuple[str, str]:
    return question.text, write_ids(question.roles)


def write_extra(obj: object, name: str) -> str:
    """A field without a column of its own: empty at its default, text as it is, anything
    else as JSON of the form the pack file writes it in."""
    item = next(f for f in dataclasses.fields(obj) if f.name == name)  # type: ignore[arg-type]
    value = getattr(obj, name)
    if item.default is not dataclasses.MISSING and value == item.default:
        return ""
    if item.default_factory is not dataclasses.MISSING and value == item.default_factory():
        return ""
    plain = to_plain(value)
    return plain if isinstance(plain, str) else json.dumps(plain, ensure_ascii=False)


def read_extra(cls: type, name: str, text: str) -> Any:
    """The plain value of such a column: text for a text field, else JSON, else the text
    (a duration or a date the binder reads from text)."""
    item = next(f for f in dataclasses.fields(cls) if f.name == name)
    if item.type in ("str", str):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text
