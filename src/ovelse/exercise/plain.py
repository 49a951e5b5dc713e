"""Events to JSON-ready values and back, driven by the event classes' type hints.

The decoder is strict about types (a session file is input like any other) and is built
once per class, because a session with ten thousand events must open in well under a
second.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any, Literal, get_args, get_origin

from ovelse.exercise import messages
from ovelse.exercise.events import EVENT_TYPES, Event
from ovelse.scenario.binding import to_plain

__all__ = ["PlainError", "event_from_plain", "event_to_plain", "to_plain"]

Decoder = Callable[[Any], Any]
_MISSING = object()


class PlainError(ValueError):
    """Stored data that does not have the shape its event type needs."""


def event_to_plain(event: Event) -> dict[str, Any]:
    plain = to_plain(event)
    assert isinstance(plain, dict)
    return plain


def event_from_plain(type_name: str, payload: Any) -> Event:
    decode = _EVENT_DECODERS.get(type_name)
    if decode is None:
        cls = EVENT_TYPES.get(type_name)
        if cls is None:
            raise PlainError(messages.PLAIN_UNKNOWN_EVENT_TYPE.format(type_name=type_name))
        decode = _EVENT_DECODERS[type_name] = _decoder(cls)
    event: Event = decode(payload)
    return event


_DECODERS: dict[Any, Decoder] = {}
_EVENT_DECODERS: dict[str, Decoder] = {}


def _decoder(tp: Any) -> Decoder:
    decoder = _DECODERS.get(tp)
    if decoder is None:
        decoder = _DECODERS[tp] = _build_decoder(tp)
    return decoder


def _build_decoder(tp: Any) -> Decoder:
    origin = get_origin(tp)
    if tp is type(None):
        return _expect_none
    if tp is bool:
        return _expect_bool
    if tp is int:
        return _expect_int
    if tp is str:
        return _expect_str
    if tp is date:
        return _decode_date
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum_decoder(tp)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    if origin is Literal:
        return _literal_decoder(get_args(tp))
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return _tuple_decoder(_decoder(args[0]))
    if origin in (typing.Union, types.UnionType):
        return _union_decoder(tuple(_decoder(arg) for arg in get_args(tp)))
    raise TypeError(f"no plain decoder for {tp!r}")


def _expect_object(value: Any) -> None:
    if not isinstance(value, dict):
        raise PlainError(messages.PLAIN_EXPECTED_OBJECT.format(value=repr(value)))


def _expect_none(value: Any) -> None:
    if value is not None:
        raise PlainError(messages.PLAIN_EXPECTED_NULL.format(value=repr(value)))


def _expect_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise PlainError(messages.PLAIN_EXPECTED_BOOL.format(value=repr(value)))
    return value


def _expect_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PlainError(messages.PLAIN_EXPECTED_INT.format(value=repr(value)))
    return value


def _expect_str(value: Any) -> str:
    if not isinstance(value, str):
        raise PlainError(messages.PLAIN_EXPECTED_TEXT.format(value=repr(value)))
    return value


def _decode_date(value: Any) -> date:
    try:
        return date.fromisoformat(_expect_str(value))
    except ValueError as exc:
        raise PlainError(messages.PLAIN_EXPECTED_DATE.format(value=repr(value))) from exc


def _unknown_field(value: dict[Any, Any], names: frozenset[str]) -> None:
    """A misspelt or foreign field is refused, not dropped: it may be what the user wrote."""
    name = next(key for key in value if key not in names)
    raise PlainError(messages.PLAIN_UNKNOWN_FIELD.format(name=name))


def _enum_decoder(tp: type[Enum]) -> Decoder:
    members = {member.value: member for member in tp}

    def decode(value: Any) -> Enum:
        member = members.get(value) if value.__class__ is str else None
        if member is None:
            raise PlainError(messages.PLAIN_UNKNOWN_VALUE.format(value=repr(value)))
        return member

    return decode


def _literal_decoder(choices: tuple[Any, ...]) -> Decoder:
    def decode(value: Any) -> Any:
        if value not in choices:
            raise PlainError(messages.PLAIN_UNKNOWN_VALUE.format(value=repr(value)))
        return value

    return decode


def _tuple_decoder(item: Decoder) -> Decoder:
    def decode(value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise PlainError(messages.PLAIN_EXPECTED_LIST.format(value=repr(value)))
        return tuple(item(part) for part in value)

    return decode


def _union_decoder(options: tuple[Decoder, ...]) -> Decoder:
    def decode(value: Any) -> Any:
        for option in options:
            try:
                return option(value)
            except PlainError:
                continue
        raise PlainError(messages.PLAIN_UNEXPECTED_VALUE.format(value=repr(value)))

    return decode


def _dataclass_decoder(cls: type[Any]) -> Decoder:
    """A decoder written out for one class, because the generic loop was half of opening.

    The generated function checks the simple field types inline, fills a fresh instance's
    ``__dict__`` the way ``pickle`` and ``copy`` do (the frozen ``__init__`` costs one
    ``object.__setattr__`` per field), and leaves everything else to the field decoders.
    A key that is no field is refused: the keys found plus the fields missing must add up
    to the class's fields, which costs one ``len`` for a payload Øvelse wrote (it writes
    every field).
    Classes with ``__post_init__`` or ``__slots__`` get their ``__init__`` called instead.
    """
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {
        "cls": cls,
        "new": object.__new__,
        "MISSING": _MISSING,
        "PlainError": PlainError,
        "messages": messages,  # read when raising, so the message follows the language
        "expect_object": _expect_object,
        "names": frozenset(item.name for item in dataclasses.fields(cls)),
        "count": len(dataclasses.fields(cls)),
        "unknown_field": _unknown_field,
    }
    direct = not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")
    lines = [
        "def decode(value):",
        "    if value.__class__ is not dict:",
        "        expect_object(value)",
        "    get = value.get",
        "    missing = 0",
        "    obj = new(cls)" if direct else "    kwargs = {}",
        "    put = obj.__dict__" if direct else "    put = kwargs",
    ]
    for number, item in enumerate(dataclasses.fields(cls)):
        name = item.name
        lines.append(f"    v = get({name!r}, MISSING)")
        lines.append("    if v is MISSING:")
        lines.append("        missing += 1")
        if item.default is not dataclasses.MISSING:
            namespace[f"default{number}"] = item.default
            lines.append(f"        put[{name!r}] = default{number}")
        elif item.default_factory is not dataclasses.MISSING:
            namespace[f"factory{number}"] = item.default_factory
            lines.append(f"        put[{name!r}] = factory{number}()")
        else:
            lines.append(
                f"        raise PlainError(messages.PLAIN_FIELD_MISSING.format(name={name!r}))"
            )
        lines.append("    else:")
        lines.extend(_field_check(hints[name], number, namespace))
        lines.append(f"        put[{name!r}] = v")
    lines.append("    if len(value) + missing != count:")
    lines.append("        unknown_field(value, names)")
    lines.append("    return obj" if direct else "    return cls(**kwargs)")
    # The source holds field names and numbered references into ``namespace``, nothing
    # from the data it will decode.
    exec("\n".join(lines), namespace)
    decode: Decoder = namespace["decode"]
    return decode


def _field_check(tp: Any, number: int, namespace: dict[str, Any]) -> list[str]:
    """Source lines that turn ``v`` into the field's value or raise ``PlainError``."""
    simple = {str: "str", int: "int", bool: "bool"}
    args = get_args(tp)
    if tp in simple:
        namespace[f"check{number}"] = _decoder(tp)
        return [f"        if v.__class__ is not {simple[tp]}:", f"            v = check{number}(v)"]
    if get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        (inner,) = (arg for arg in args if arg is not type(None))
        namespace[f"check{number}"] = _decoder(inner)
        test = f" and v.__class__ is not {simple[inner]}" if inner in simple else ""
        return [f"        if v is not None{test}:", f"            v = check{number}(v)"]
    if get_origin(tp) is tuple and args == (str, Ellipsis):
        namespace[f"check{number}"] = _decoder(tp)
        return [
            "        if v.__class__ is not list:",
            f"            v = check{number}(v)",
            "        else:",
            "            for x in v:",
            "                if x.__class__ is not str:",
            f"                    v = check{number}(v)",
            "                    break",
            "            else:",
            "                v = tuple(v)",
        ]
    namespace[f"check{number}"] = _decoder(tp)
    return [f"        v = check{number}(v)"]
