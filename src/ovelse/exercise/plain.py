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

from ovelse.exercise.events import EVENT_TYPES, Event
from ovelse.scenario.binding import to_plain

__all__ = ["PlainError", "event_from_plain", "event_to_plain", "to_plain"]

Decoder = Callable[[Any], Any]


class PlainError(ValueError):
    """Stored data that does not have the shape its event type needs."""


def event_to_plain(event: Event) -> dict[str, Any]:
    plain = to_plain(event)
    assert isinstance(plain, dict)
    return plain


def event_from_plain(type_name: str, payload: Any) -> Event:
    cls = EVENT_TYPES.get(type_name)
    if cls is None:
        raise PlainError(f"ukjent hendelsestype «{type_name}»")
    event = _decoder(cls)(payload)
    assert isinstance(event, Event)
    return event


_DECODERS: dict[Any, Decoder] = {}


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


def _expect_none(value: Any) -> None:
    if value is not None:
        raise PlainError(f"ventet null, fant {value!r}")


def _expect_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise PlainError(f"ventet true/false, fant {value!r}")
    return value


def _expect_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PlainError(f"ventet et heltall, fant {value!r}")
    return value


def _expect_str(value: Any) -> str:
    if not isinstance(value, str):
        raise PlainError(f"ventet tekst, fant {value!r}")
    return value


def _decode_date(value: Any) -> date:
    try:
        return date.fromisoformat(_expect_str(value))
    except ValueError as exc:
        raise PlainError(f"ventet en dato, fant {value!r}") from exc


def _enum_decoder(tp: type[Enum]) -> Decoder:
    def decode(value: Any) -> Enum:
        try:
            return tp(value)
        except ValueError as exc:
            raise PlainError(f"ukjent verdi {value!r}") from exc

    return decode


def _literal_decoder(choices: tuple[Any, ...]) -> Decoder:
    def decode(value: Any) -> Any:
        if value not in choices:
            raise PlainError(f"ukjent verdi {value!r}")
        return value

    return decode


def _tuple_decoder(item: Decoder) -> Decoder:
    def decode(value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise PlainError(f"ventet en liste, fant {value!r}")
        return tuple(item(part) for part in value)

    return decode


def _union_decoder(options: tuple[Decoder, ...]) -> Decoder:
    def decode(value: Any) -> Any:
        for option in options:
            try:
                return option(value)
            except PlainError:
                continue
        raise PlainError(f"uventet verdi {value!r}")

    return decode


def _dataclass_decoder(cls: type[Any]) -> Decoder:
    hints = typing.get_type_hints(cls)
    fields = [
        (
            item.name,
            _decoder(hints[item.name]),
            item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING,
        )
        for item in dataclasses.fields(cls)
    ]

    def decode(value: Any) -> Any:
        if not isinstance(value, dict):
            raise PlainError(f"ventet et objekt, fant {value!r}")
        kwargs: dict[str, Any] = {}
        for name, decode_field, required in fields:
            if name in value:
                kwargs[name] = decode_field(value[name])
            elif required:
                raise PlainError(f"feltet «{name}» mangler")
        return cls(**kwargs)

    return decode
