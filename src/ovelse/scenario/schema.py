"""JSON Schema of the pack format, generated from the dataclasses so it cannot drift.

Authors point their editor at it (``# yaml-language-server: $schema=…``) and get
completion and checking while they write; the shipped copy is tested to be current.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from ovelse.scenario.model import Profile, ScenarioPack
from ovelse.scenario.timing import Duration, ScenarioTime

SCHEMA_FILE = Path(__file__).with_name("scenario.schema.json")
PROFILE_SCHEMA_FILE = Path(__file__).with_name("profile.schema.json")


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        options = [arg for arg in get_args(tp) if arg is not type(None)]
        return {"anyOf": [_type_schema(options[0], defs), {"type": "null"}]}
    if tp is Duration:
        return {"type": "string", "pattern": Duration.PATTERN, "examples": ["+00:45", "1h30m"]}
    if tp is ScenarioTime:
        return {"type": "string", "pattern": ScenarioTime.PATTERN, "examples": ["Dag 2 06:00"]}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if origin is Literal:
        return {"enum": list(get_args(tp))}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(get_args(tp)[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(get_args(tp)[1], defs)}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # reserve the name before recursing
            defs[name] = _object_schema(tp, defs)
        ref = {"$ref": f"#/$defs/{name}"}
        short = [item for item in dataclasses.fields(tp) if item.metadata.get("shorthand")]
        if short:
            hints = typing.get_type_hints(tp)
            return {"anyOf": [ref, _type_schema(hints[short[0].name], defs)]}
        return ref
    raise TypeError(f"no schema for {tp!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for item in dataclasses.fields(cls):
        prop = _type_schema(hints[item.name], defs)
        doc = item.metadata.get("doc", "")
        if item.metadata.get("template"):
            doc += " Jinja2-mal over profilvariablene."
        properties[item.name] = {**prop, "description": doc.strip()}
        if item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING:
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
