"""Text the session file can store: a Python string may hold what UTF-8 cannot.

Half of a UTF-16 surrogate pair (``\\ud800``) is a valid Python string, from a broken
clipboard or a JSON ``\\ud800`` escape, but SQLite, the CSV and the PDF all write UTF-8,
which has no such character: the append failed half-way and took the next write with it.
So the engine refuses such text before anything is written, and reading a file refuses a
stored one, with a message that shows which text it is.
"""

from __future__ import annotations

import dataclasses

from ovelse.exercise import messages
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.events import Event

_PREVIEW = 60  # characters of the refused text shown around the bad one


def bad_character_at(text: str) -> int | None:
    """The index of the first character UTF-8 cannot hold, or None."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def check_event_texts(event: Event) -> None:
    """Refuse an event that holds text the file cannot store; names the text."""
    pending: list[object] = [event]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            position = bad_character_at(value)
            if position is not None:
                raise ExerciseError(
                    messages.TEXT_NOT_STORABLE.format(
                        text=_preview(value, position), position=position + 1
                    )
                )
        elif isinstance(value, tuple):
            pending.extend(value)
        elif dataclasses.is_dataclass(value):
            pending.extend(getattr(value, item.name) for item in dataclasses.fields(value))


def plain_has_bad_text(value: object) -> bool:
    """Whether decoded JSON holds a string, key or value, that UTF-8 cannot hold.

    Walks without recursion: the value may be as deep as the JSON parser allowed.
    """
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if bad_character_at(item) is not None:
                return True
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


def json_has_bad_text(text: object, value: object) -> bool:
    """Whether ``value``, decoded from the JSON ``text``, holds text UTF-8 cannot hold.

    Text read from a UTF-8 file has no such character, so in JSON it only gets in through
    an escape (``\\ud800``): a text without ``\\u`` skips the walk, which keeps it off
    the path of every stored event. Anything but text (a damaged row) is walked.
    """
    return (not isinstance(text, str) or "\\u" in text) and plain_has_bad_text(value)


def _preview(text: str, position: int) -> str:
    """The text around the bad character, which shows as �, so the user finds the field."""
    start = max(position - _PREVIEW // 2, 0)
    part = text[start : start + _PREVIEW]
    shown = "".join("\ufffd" if bad_character_at(ch) is not None else ch for ch in part)
    return ("…" if start else "") + shown + ("…" if start + _PREVIEW < len(text) else "")
