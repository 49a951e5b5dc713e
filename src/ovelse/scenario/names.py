"""What an id and a variable name may look like, for the validator and the JSON Schema alike.

The patterns are written so that Python and the JavaScript engines in editors read them
the same way (no inline flags, no ``\\Z``): the validator matches them whole with
``fullmatch``, the schema wraps them in ``^…$``.
"""

from __future__ import annotations

import re

ID_PATTERN = "[a-z0-9][a-z0-9._-]{0,63}"
VARIABLE_PATTERN = "[a-z][a-z0-9_]{0,63}"

ID = re.compile(ID_PATTERN)
VARIABLE = re.compile(VARIABLE_PATTERN)


def whole(pattern: str) -> str:
    """The pattern as the schema writes it: the whole text must match."""
    return f"^(?:{pattern})$"


def is_id(text: str) -> bool:
    return ID.fullmatch(text) is not None


def is_variable(text: str) -> bool:
    return VARIABLE.fullmatch(text) is not None


MEDIA_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")


def _any_case(text: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in text)


# What ``validate.media_problem`` checks before it looks for the file: no control
# character, not absolute (``/``, ``\\`` or a drive letter), no ``..`` folder, and a name
# with a picture suffix (``.png`` alone is a hidden file without one). Backslashes are
# folders too, as in packs written on Windows.
MEDIA_PATH_PATTERN = (
    r"(?![/\\])(?![A-Za-z]:)(?!(?:[^\x00-\x1f\x7f]*[/\\])?\.\.(?:[/\\]|$))"
    r"(?:[^\x00-\x1f\x7f]*[/\\])?[^\x00-\x1f\x7f/\\]+"
    r"(?:" + "|".join(_any_case(suffix) for suffix in MEDIA_SUFFIXES) + ")"
)
