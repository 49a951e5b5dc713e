"""Turning a located YAML node tree into the frozen format dataclasses.

The binder is driven by the dataclasses' type hints, so the format has one description.
It collects every problem it finds (not just the first) and records where each field
stood, so later checks (references, templates, media) can point at the right line too.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, Literal, TypeVar, get_args, get_origin

from ovelse.scenario import messages
from ovelse.scenario.errors import Problem, ScenarioError
from ovelse.scenario.timing import Duration, ScenarioTime, TimingError
from ovelse.scenario.yamlsafe import Map, Node, Scalar, Seq

T = TypeVar("T")

MAX_PROBLEMS = 100  # per file; the rest are counted, not listed
MAX_HINT_CHOICES = 500
MAX_HINT_CHARS = 100

_NULLS = {"", "~", "null", "Null", "NULL"}
TRUE_WORDS = frozenset({"true", "yes", "on", "ja"})  # in any case, with or without quotes
FALSE_WORDS = frozenset({"false", "no", "off", "nei"})
_INT = re.compile(r"^[-+]?\d+$")
_PARSED_TYPES: dict[type, Any] = {Duration: Duration.parse, ScenarioTime: ScenarioTime.parse}

_TYPE_NAMES = {
    str: "tekst",
    int: "et heltall",
    bool: "true eller false",
    Duration: "en varighet",
    ScenarioTime: "en scenariotid",
}


class _Invalid:
    """Marks a value that already produced a problem, so callers skip it quietly."""


INVALID: Any = _Invalid()


@dataclass
class Located:
    """Line and column of every bound field, keyed by field path."""

    file: str
    places: dict[str, tuple[int, int]] = field(default_factory=dict)

    def problem(self, path: str, message: str) -> Problem:
        line, column = self.at(path)
        return Problem(self.file, line, column, path, message)

    def at(self, path: str) -> tuple[int, int]:
        while path:
            if path in self.places:
                return self.places[path]
            path = _parent(path)
        return self.places.get("", (0, 0))


def _parent(path: str) -> str:
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


def more_problems(file: str, dropped: int) -> Problem:
    """The line that stands for the problems past ``MAX_PROBLEMS``."""
    return Problem(file, 0, 0, "", f"… og {dropped} feil til (bare de første {MAX_PROBLEMS} vises)")


@dataclass
class _Context:
    located: Located
    problems: list[Problem] = field(default_factory=list)
    dropped: int = 0

    @property
    def full(self) -> bool:
        """Enough problems to show; a hostile file could otherwise have 400 000 of them,
        each with a «mente du …?» hint that compares it with every choice."""
        return len(self.problems) >= MAX_PROBLEMS

    def fail(self, path: str, node: Node | None, message: str) -> Any:
        if self.full:
            self.dropped += 1
        elif node is not None:
            self.problems.append(Problem(self.located.file, node.line, node.column, path, message))
        else:
            self.problems.append(self.located.problem(path, message))
        return INVALID


def bind(node: Node, cls: type[T], file: str) -> tuple[T, Located]:
    """Bind ``node`` to ``cls`` or raise a ``ScenarioError`` listing every problem."""
    context = _Context(Located(file))
    context.located.places.setdefault("", (node.line, node.column))
    value = _bind(node, cls, "", context)
    if context.problems:
        context.problems.sort(key=lambda problem: (problem.line, problem.column))
        if context.dropped:
            context.problems.append(more_problems(file, context.dropped))
        raise ScenarioError(context.problems)
    return value, context.located


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def template_field_names(cls: type) -> frozenset[str]:
    """Fields of a format class whose text is a Jinja2 template."""
    return frozenset(item.name for item in dataclasses.fields(cls) if item.metadata.get("template"))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _describe(tp: Any) -> str:
    if tp in _TYPE_NAMES:
        return _TYPE_NAMES[tp]
    origin = get_origin(tp)
    if origin is tuple:
        return "en liste"
    if origin is dict or dataclasses.is_dataclass(tp):
        return "en tabell (nøkkel: verdi)"
    if origin is Literal:
        return "én av " + ", ".join(f"«{choice}»" for choice in get_args(tp))
    return str(tp)


def _kind(node: Node) -> str:
    if isinstance(node, Map):
        return "en tabell"
    if isinstance(node, Seq):
        return "en liste"
    return f"«{_clip(node.value)}»"


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _bind(node: Node, tp: Any, path: str, ctx: _Context) -> Any:
    """Bind ``node``, whose place the caller has recorded under ``path``, to ``tp``."""
    return _binder(tp)(node, path, ctx)


_Binder = Callable[[Node, str, _Context], Any]


@cache
def _binder(tp: Any) -> _Binder:
    """A function that binds a node to ``tp``, made once per type from its hints, so
    binding a pack does not ask ``typing`` about every value's type again.

    The caller records where the node stood (the key's place for a field or a table
    entry, the item's own for a list item); the binder records the places inside it.
    """
    origin = get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        options = [arg for arg in get_args(tp) if arg is not type(None)]
        return _optional_binder(_binder(options[0]))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type) and tp not in _PARSED_TYPES:
        return _dataclass_binder(tp)
    if origin is tuple:
        return _tuple_binder(_binder(get_args(tp)[0]))
    if origin is dict:
        return _dict_binder(_binder(get_args(tp)[1]))
    return _scalar_binder(tp)


def _optional_binder(inner: _Binder) -> _Binder:
    def bind_optional(node: Node, path: str, ctx: _Context) -> Any:
        if isinstance(node, Scalar) and node.plain and node.value in _NULLS:
            return None
        return inner(node, path, ctx)

    return bind_optional


def _tuple_binder(item: _Binder) -> _Binder:
    texts = item is _binder(str)  # a list of texts (ids, expected actions …)

    def bind_tuple(node: Node, path: str, ctx: _Context) -> Any:
        if not isinstance(node, Seq):
            return ctx.fail(path, node, f"forventet en liste, fant {_kind(node)}")
        places = ctx.located.places
        items = []
        for i, value in enumerate(node.items):
            child = f"{path}[{i}]"
            places.setdefault(child, (value.line, value.column))
            if texts and isinstance(value, Scalar) and not (value.plain and value.value in _NULLS):
                items.append(value.value)  # what ``bind_text`` gives
            else:
                items.append(item(value, child, ctx))
        return INVALID if INVALID in items else tuple(items)

    return bind_tuple


def _dict_binder(item: _Binder) -> _Binder:
    def bind_dict(node: Node, path: str, ctx: _Context) -> Any:
        places = ctx.located.places
        if not isinstance(node, Map):
            return ctx.fail(path, node, f"forventet en tabell (nøkkel: verdi), fant {_kind(node)}")
        result = {}
        for key, (key_node, value_node) in node.items.items():
            child = f"{path}.{key}" if path else key
            places[child] = (key_node.line, key_node.column)
            result[key] = item(value_node, child, ctx)
        return INVALID if any(value is INVALID for value in result.values()) else result

    return bind_dict


def _scalar_binder(tp: Any) -> _Binder:
    def bind_scalar(node: Node, path: str, ctx: _Context) -> Any:
        if not isinstance(node, Scalar):
            return ctx.fail(path, node, f"forventet {_describe(tp)}, fant {_kind(node)}")
        return _bind_scalar(node, tp, path, ctx)

    if tp is not str:
        return bind_scalar

    def bind_text(node: Node, path: str, ctx: _Context) -> Any:
        # The most common value of all, so ``_bind_scalar``'s first case is written out.
        if not isinstance(node, Scalar):
            return ctx.fail(path, node, f"forventet {_describe(tp)}, fant {_kind(node)}")
        if node.plain and node.value in _NULLS:
            return ctx.fail(path, node, "mangler verdi")
        return node.value

    return bind_text


def _bind_scalar(node: Scalar, tp: Any, path: str, ctx: _Context) -> Any:
    text = node.value
    if tp is str:
        if node.plain and text in _NULLS:
            return ctx.fail(path, node, "mangler verdi")
        return text
    if tp is bool:
        # Quoted too: «"ja"» cannot mean anything else here, and editors' schemas see no
        # quotes, so refusing it would make the schema and the validator disagree.
        lowered = text.lower()
        if lowered in TRUE_WORDS:
            return True
        if lowered in FALSE_WORDS:
            return False
        return ctx.fail(path, node, f"forventet true eller false, fant «{_clip(text)}»")
    if tp is int:
        if node.plain and _INT.match(text):
            return int(text)
        if _INT.match(text):
            return ctx.fail(path, node, messages.NUMBER_IN_QUOTES.format(text=text))
        return ctx.fail(path, node, f"forventet et heltall, fant «{_clip(text)}»")
    if get_origin(tp) is Literal:
        choices = [str(choice) for choice in get_args(tp)]
        if text in choices:
            return text
        hint = None if ctx.full else nearest(text, choices)
        return ctx.fail(
            path,
            node,
            f"«{_clip(text)}» er ikke lov her; velg {_describe(tp)}"
            + (f" (mente du «{hint}»?)" if hint else ""),
        )
    parser = _PARSED_TYPES.get(tp)
    if parser is not None:
        try:
            return parser(text)
        except TimingError as exc:
            return ctx.fail(path, node, str(exc))
    raise TypeError(f"no binding for {tp!r}")  # a format class uses a type we do not read


# Norwegian words authors reach for when they forget the format's English keys.
_NORWEGIAN_KEYS = {
    "tittel": "title",
    "tekst": "text",
    "kilde": "source",
    "notater": "notes",
    "spørsmål": "questions",
    "roller": "roles",
    "rolle": "roles",
    "bilder": "media",
    "varighet": "duration",
    "faser": "phases",
    "innspill": "injects",
    "mål": "objectives",
    "delmål": "subgoals",
    "beskrivelse": "description",
    "sammendrag": "summary",
    "tid": "at",
    "scenariotid": "scenario_time",
    "verdi": "value",
    "motspill": "responses",
    "situasjonsbilde": "board",
    "forhistorie": "background",
    "bakteppe": "background",
    "hensikt": "purpose",
}


def nearest(word: str, choices: typing.Iterable[str]) -> str | None:
    """The choice the author most likely meant, or None when nothing is close."""
    options = list(choices)
    translated = _NORWEGIAN_KEYS.get(word.lower())
    if translated in options:
        return translated
    if len(options) > MAX_HINT_CHOICES or len(word) > MAX_HINT_CHARS:
        return None  # comparing costs len(word) × len(options); no person meant this one
    found = difflib.get_close_matches(word, options, n=1, cutoff=0.7)
    return found[0] if found else None


@dataclass(frozen=True)
class _Fields:
    """What binding a format class needs to know of it, worked out once."""

    binders: dict[str, _Binder]  # every field, in the class's order
    texts: frozenset[str]  # fields that hold one text (``str``)
    required: tuple[str, ...]
    shorthand: str | None
    known: str  # « Gyldige felt: …», for an unknown key without a hint
    make: Callable[[dict[str, Any]], Any]


def _dataclass_binder(cls: type) -> _Binder:
    # Made on first use: the class's fields may name classes whose binders are not made yet.
    table: list[_Fields] = []

    def bind_dataclass(node: Node, path: str, ctx: _Context) -> Any:
        if not table:
            table.append(_fields_of(cls))
        return _bind_dataclass(node, table[0], path, ctx)

    return bind_dataclass


def _fields_of(cls: type) -> _Fields:
    fields = dataclasses.fields(cls)
    hints = _hints(cls)
    return _Fields(
        binders={item.name: _binder(hints[item.name]) for item in fields},
        texts=frozenset(item.name for item in fields if hints[item.name] is str),
        required=tuple(
            item.name
            for item in fields
            if item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
        ),
        shorthand=next((item.name for item in fields if item.metadata.get("shorthand")), None),
        known=" Gyldige felt: " + ", ".join(sorted(item.name for item in fields)) + ".",
        make=_maker(cls, fields),
    )


def _maker(
    cls: type, fields: tuple[dataclasses.Field[Any], ...]
) -> Callable[[dict[str, Any]], Any]:
    """``cls(**values)`` for a plain (frozen) dataclass, filling its fields directly:
    a frozen class's ``__init__`` sets each field through ``object.__setattr__``."""
    plain = (
        not hasattr(cls, "__post_init__")
        and "__slots__" not in cls.__dict__
        and all(item.init for item in fields)
    )
    if not plain:
        return lambda values: cls(**values)
    # Every field in the class's order with its default (None until a factory or the
    # bound value fills it; a required field always has a bound value).
    base = {
        item.name: None if item.default is dataclasses.MISSING else item.default for item in fields
    }
    factories = tuple(
        (item.name, item.default_factory)
        for item in fields
        if item.default_factory is not dataclasses.MISSING
    )
    new = object.__new__

    def make(values: dict[str, Any]) -> Any:
        state = base.copy()
        state.update(values)
        for name, factory in factories:
            if name not in values:
                state[name] = factory()
        made: Any = new(cls)
        made.__dict__.update(state)
        return made

    return make


def _bind_dataclass(node: Node, table: _Fields, path: str, ctx: _Context) -> Any:
    binders = table.binders
    if not isinstance(node, Map):
        short = table.shorthand
        if short is not None and isinstance(node, Scalar):
            child = _join(path, short)
            ctx.located.places.setdefault(child, (node.line, node.column))
            value = binders[short](node, child, ctx)
            return INVALID if value is INVALID else table.make({short: value})
        return ctx.fail(path, node, f"forventet en tabell (nøkkel: verdi), fant {_kind(node)}")
    places = ctx.located.places
    texts = table.texts
    values: dict[str, Any] = {}
    broken = False
    hinted: set[str] = set()
    for key, (key_node, value_node) in node.items.items():
        child = f"{path}.{key}" if path else key
        binder = binders.get(key)
        if binder is None:
            hint = None if ctx.full else nearest(key, binders)
            if hint:
                hinted.add(hint)
            known = "" if hint else "." + table.known
            ctx.fail(
                child,
                key_node,
                f"ukjent felt «{key}»" + (f" – mente du «{hint}»?" if hint else known),
            )
            broken = True
            continue
        places[child] = (key_node.line, key_node.column)
        if key in texts and isinstance(value_node, Scalar):
            # ``bind_text``, written out for the most common field of all.
            if value_node.plain and value_node.value in _NULLS:
                ctx.fail(child, value_node, "mangler verdi")
                broken = True
            else:
                values[key] = value_node.value
            continue
        value = binder(value_node, child, ctx)
        if value is INVALID:
            broken = True
        else:
            values[key] = value
    for name in table.required:
        if name not in node.items and name not in hinted:
            ctx.fail(path, node, f"mangler det påkrevde feltet «{name}»")
            broken = True
    return INVALID if broken else table.make(values)


def plain_to_node(value: Any, line: int = 0) -> Node:
    """Wrap already-trusted plain data (a session snapshot) so it binds like YAML."""
    if isinstance(value, dict):
        return Map(
            {
                str(key): (Scalar(str(key), False, line, 0), plain_to_node(item))
                for key, item in value.items()
            },
            line,
            0,
        )
    if isinstance(value, list | tuple):
        return Seq([plain_to_node(item) for item in value], line, 0)
    if value is None:
        return Scalar("null", True, line, 0)
    if isinstance(value, bool):
        return Scalar("true" if value else "false", True, line, 0)
    if isinstance(value, int):
        return Scalar(str(value), True, line, 0)
    return Scalar(str(value), False, line, 0)


def to_plain(value: Any) -> Any:
    """Dataclasses to JSON-ready data; parsed values back to the text authors write.

    Also the encoder of the session's events, which add enums and dates.
    """
    if isinstance(value, Duration | ScenarioTime):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            item.name: to_plain(getattr(value, item.name)) for item in dataclasses.fields(value)
        }
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    return value
