"""JSON Schema of the pack format, generated from the dataclasses so it cannot drift.

Beyond the shape, it says what it can of what the validator checks, from the same
constants: the format version, id and variable-name syntax, times that exist, lists that
may not be empty, relative picture paths. What needs the whole pack (references, unique
ids, order in time, files, templates) only ``ovelse validate`` checks.

Authors point their editor at it (``# yaml-language-server: $schema=…``) and get
completion and checking while they write; the shipped copy is tested to be current.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from ovelse.scenario.binding import FALSE_WORDS, TRUE_WORDS
from ovelse.scenario.model import FORMAT_VERSION, Profile, ScenarioPack
from ovelse.scenario.names import ID_PATTERN, MEDIA_PATH_PATTERN, VARIABLE_PATTERN, whole
from ovelse.scenario.timing import Duration, ScenarioTime
from ovelse.scenario.yamlsafe import MAX_SCALAR_CHARS

SCHEMA_FILE = Path(__file__).with_name("scenario.schema.json")
PROFILE_SCHEMA_FILE = Path(__file__).with_name("profile.schema.json")


# Plain scalars that the binder reads as text although YAML would call them numbers or
# booleans («title: 2026», «version: 1.0», «title: ja»): text fields take those too.
_TEXT_TYPES = ["string", "number", "boolean"]


def _words_pattern(words: Iterable[str]) -> str:
    """The binder's yes/no words in any case, as a pattern both Python and JavaScript read."""
    spelled = sorted(
        "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word) for word in words
    )
    return "^(?:" + "|".join(spelled) + ")$"


def _text_schema(syntax: str) -> dict[str, Any]:
    if syntax == "id":
        # An id may be written without quotes as a number («id: 12»), never negative.
        return {
            "anyOf": [
                {"type": "string", "pattern": whole(ID_PATTERN)},
                {"type": "number", "minimum": 0},
            ]
        }
    if syntax == "media":
        return {"type": "string", "pattern": whole(MEDIA_PATH_PATTERN)}
    return {"type": _TEXT_TYPES, "maxLength": MAX_SCALAR_CHARS}


def _key_pattern(syntax: str) -> dict[str, Any]:
    if syntax == "id":
        return {"propertyNames": {"pattern": whole(ID_PATTERN)}}
    if syntax == "variable":
        return {"propertyNames": {"pattern": whole(VARIABLE_PATTERN)}}
    return {}


def _type_schema(tp: Any, defs: dict[str, Any], syntax: str = "") -> dict[str, Any]:
    origin = get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        options = [arg for arg in get_args(tp) if arg is not type(None)]
        return {"anyOf": [_type_schema(options[0], defs, syntax), {"type": "null"}]}
    if tp is Duration:
        duration = {"type": "string", "pattern": Duration.PATTERN, "examples": ["+00:45", "1h30m"]}
        if syntax == "positive":
            return {"allOf": [duration, {"pattern": Duration.POSITIVE_PATTERN}]}
        return duration
    if tp is ScenarioTime:
        return {"type": "string", "pattern": ScenarioTime.PATTERN, "examples": ["Dag 2 06:00"]}
    if tp is str:
        return _text_schema(syntax)
    if tp is bool:
        words = {*TRUE_WORDS, *FALSE_WORDS}
        return {
            "anyOf": [{"type": "boolean"}, {"type": "string", "pattern": _words_pattern(words)}]
        }
    if tp is int:
        if syntax == "format":
            return {"const": FORMAT_VERSION}
        return {"type": "integer"}
    if origin is Literal:
        return {"enum": list(get_args(tp))}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(get_args(tp)[0], defs, syntax)}
    if origin is dict:
        return {
            "type": "object",
            **_key_pattern(syntax),
            "additionalProperties": _type_schema(get_args(tp)[1], defs),
        }
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # reserve the name before recursing
            defs[name] = _object_schema(tp, defs)
        ref = {"$ref": f"#/$defs/{name}"}
        short = [item for item in dataclasses.fields(tp) if item.metadata.get("shorthand")]
        if short:
            hints = typing.get_type_hints(tp)
            field = short[0]
            shorthand = _type_schema(hints[field.name], defs, field.metadata.get("syntax", ""))
            return {"anyOf": [ref, shorthand]}
        return ref
    raise TypeError(f"no schema for {tp!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for item in dataclasses.fields(cls):
        prop = _type_schema(hints[item.name], defs, item.metadata.get("syntax", ""))
        if item.metadata.get("nonempty"):
            prop["minItems"] = 1
        doc = item.metadata.get("doc", "")
        if item.metadata.get("template"):
            doc += " Jinja2-mal over profilvariablene."
        properties[item.name] = {**prop, "description": doc.strip()}
        optional = (
            item.default is not dataclasses.MISSING
            or item.default_factory is not dataclasses.MISSING
        )
        # A list that may not be empty cannot be left out either: both mean «none».
        if not optional or item.metadata.get("nonempty"):
            required.append(item.name)
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def json_schema(root: type = ScenarioPack) -> dict[str, Any]:
    defs: dict[str, Any] = {}
    body = _object_schema(root, defs)
    title = "Øvelse scenariopakke, format 1" if root is ScenarioPack else "Øvelse profil, format 1"
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"ovelse:{root.__name__.lower()}.schema.json",
        "title": title,
        **body,
        "$defs": defs,
    }


def schema_text(root: type = ScenarioPack) -> str:
    return json.dumps(json_schema(root), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_shipped() -> None:
    """Refresh the copies shipped in the package (run after changing model.py)."""
    SCHEMA_FILE.write_text(schema_text(ScenarioPack), encoding="utf-8")
    PROFILE_SCHEMA_FILE.write_text(schema_text(Profile), encoding="utf-8")
