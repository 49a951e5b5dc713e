"""The scenario snapshot and the profile variables in a session's meta, read strictly.

Both are JSON text inside the file, so a file from outside can hold anything there: JSON
nested deeper than the parser goes, text UTF-8 cannot hold, variables that are a list or
not JSON at all. Each is refused when the file opens, with the damaged-file message, so
nothing later (the JSON export, the report, the window's title) meets it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from ovelse.exercise.storable import json_has_bad_text
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.model import ScenarioPack
from ovelse.scenario.serialize import pack_from_plain
from ovelse.store import messages
from ovelse.store.errors import CorruptSessionError


def read_scenario(meta: Mapping[str, str], path: Path) -> ScenarioPack:
    try:
        text = meta["scenario"]
        plain = json.loads(text)
        if json_has_bad_text(text, plain):
            raise ValueError(messages.DETAIL_BAD_TEXT)
        return pack_from_plain(plain)
    except RecursionError as exc:  # JSON or a snapshot nested deeper than Python goes
        raise _unreadable(path, messages.DETAIL_TOO_DEEP) from exc
    except (ScenarioError, ValueError, KeyError, TypeError) as exc:
        raise _unreadable(path, exc) from exc


def read_variables(meta: Mapping[str, str], path: Path) -> dict[str, str]:
    """The profile's values the pack was rendered with: an object of texts, or damage."""
    text = meta.get("variables", "{}")
    try:
        loaded = json.loads(text)
    except (ValueError, RecursionError):
        loaded = None
    if (
        not isinstance(loaded, dict)
        or not all(isinstance(value, str) for value in loaded.values())
        or json_has_bad_text(text, loaded)
    ):
        raise CorruptSessionError(
            path, messages.CORRUPT.format(name=path.name, detail=messages.DETAIL_VARIABLES)
        )
    return loaded


def _unreadable(path: Path, error: object) -> CorruptSessionError:
    detail = messages.DETAIL_SCENARIO.format(error=error)
    return CorruptSessionError(path, messages.CORRUPT.format(name=path.name, detail=detail))
