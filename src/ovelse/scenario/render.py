"""Rendering a pack's texts for one municipality, in a sandbox that scenario files cannot escape.

Scenario texts only need names, a few string filters and ``if``. Everything else Jinja2
offers (loops, arithmetic, calls, macros, imports) is refused when the template is
compiled, so a hostile pack cannot loop forever or allocate without bound, and the
sandbox keeps it away from Python internals on top of that.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Any, TypeVar

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ovelse.scenario.binding import field_is

T = TypeVar("T")

MAX_OUTPUT_CHARS = 100_000
ALLOWED_FILTERS = frozenset({"upper", "lower", "capitalize", "title", "trim", "default", "d"})
ALLOWED_TESTS = frozenset({"defined", "undefined", "none"})
_ALLOWED_NODES: tuple[type[nodes.Node], ...] = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.Name,
    nodes.Const,
    nodes.If,
    nodes.CondExpr,
    nodes.Filter,
    nodes.Test,
    nodes.And,
    nodes.Or,
    nodes.Not,
    nodes.Compare,
    nodes.Operand,
    nodes.Concat,
)


class TemplateProblem(ValueError):
    """A template that cannot be used; the message is for the author, in bokmål."""


_ENV = ImmutableSandboxedEnvironment(
    undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True
)


@lru_cache(maxsize=8192)
def _compile(text: str) -> Any:
    try:
        tree = _ENV.parse(text)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(f"malfeil på linje {exc.lineno} i teksten: {exc.message}") from None
    for node in tree.find_all(nodes.Node):
        if not isinstance(node, _ALLOWED_NODES):
            raise TemplateProblem(
                f"malen bruker «{type(node).__name__}», som ikke er tillatt i scenariotekster "
                "(bare variabler, filtre og if)"
            )
        if isinstance(node, nodes.Filter) and node.name not in ALLOWED_FILTERS:
            raise TemplateProblem(
                f"filteret «{node.name}» er ikke tillatt; bruk "
                + ", ".join(sorted(ALLOWED_FILTERS))
            )
        if isinstance(node, nodes.Test) and node.name not in ALLOWED_TESTS:
            raise TemplateProblem(f"testen «{node.name}» er ikke tillatt")
        if isinstance(node, nodes.Name) and node.name.startswith("_"):
            raise TemplateProblem(f"navnet «{node.name}» er ikke tillatt")
    return _ENV.from_string(tree)


def names_in(text: str) -> set[str]:
    """Variable names a template reads, so undeclared ones are caught before any render."""
    if "{" not in text:
        return set()
    _compile(text)
    tree = _ENV.parse(text)
    return {node.name for node in tree.find_all(nodes.Name) if node.ctx == "load"}


def render_text(text: str, values: Mapping[str, str]) -> str:
    if "{" not in text:
        return text
    template = _compile(text)
    try:
        result = str(template.render(values))
    except UndefinedError as exc:
        names = sorted(values)
        missing = str(exc.message or "").split("'")[1] if "'" in str(exc.message) else ""
        hint = difflib.get_close_matches(missing, names, n=1)
        raise TemplateProblem(
            f"variabelen «{missing}» er ikke definert"
            + (f" – mente du «{hint[0]}»?" if hint else "")
        ) from None
    except SecurityError:
        raise TemplateProblem("malen prøver å nå noe som ikke er tillatt") from None
    if len(result) > MAX_OUTPUT_CHARS:
        raise TemplateProblem(f"teksten blir over {MAX_OUTPUT_CHARS} tegn")
    return result


def template_fields(obj: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every (field path, template text) in a format object, in document order."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return
    for item in dataclasses.fields(obj):
        value = getattr(obj, item.name)
        child = f"{path}.{item.name}" if path else item.name
        template = item.metadata.get("template", False)
        yield from _walk(value, child, template)


def _walk(value: Any, path: str, template: bool) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        if template:
            yield path, value
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]", template)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{path}.{key}", template)
    else:
        yield from template_fields(value, path)


def render_object(obj: T, values: Mapping[str, str], on_error: Callable[[str, str], None]) -> T:
    """A copy of ``obj`` with every template field rendered; problems go to ``on_error``."""
    return _render(obj, values, "", on_error)  # type: ignore[no-any-return]


def _render(
    value: Any,
    values: Mapping[str, str],
    path: str,
    on_error: Callable[[str, str], None],
    template: bool = False,
) -> Any:
    if isinstance(value, str):
        if not template:
            return value
        try:
            return render_text(value, values)
        except TemplateProblem as exc:
            on_error(path, str(exc))
            return value
    if isinstance(value, tuple):
        return tuple(
            _render(item, values, f"{path}[{i}]", on_error, template)
            for i, item in enumerate(value)
        )
    if isinstance(value, dict):
        return {
            key: _render(item, values, f"{path}.{key}", on_error, template)
            for key, item in value.items()
        }
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        changes = {}
        for item in dataclasses.fields(value):
            child = f"{path}.{item.name}" if path else item.name
            current = getattr(value, item.name)
            rendered = _render(
                current, values, child, on_error, field_is(cls, item.name, "template")
            )
            if rendered is not current:
                changes[item.name] = rendered
        return dataclasses.replace(value, **changes) if changes else value
    return value
