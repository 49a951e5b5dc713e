"""Rendering a pack's texts for one municipality, in a sandbox that scenario files cannot escape.

Scenario texts only need names, a few string filters and ``if``. Everything else Jinja2
offers (loops, arithmetic, calls, macros, imports) is refused when the template is
compiled, so a hostile pack cannot loop forever or allocate without bound, and the
sandbox keeps it away from Python internals on top of that.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ovelse.scenario import messages
from ovelse.scenario.binding import nearest, template_field_names
from ovelse.scenario.budget import MAX_TEXT_CHARS, spaced
from ovelse.scenario.templatewords import construct_name, syntax_detail
from ovelse.scenario.timing import Duration, ScenarioTime

T = TypeVar("T")

MAX_OUTPUT_CHARS = 100_000
MAX_DEPTH = 24  # nodes from the root; real texts use fewer than ten
ALLOWED_FILTERS = frozenset(
    {"upper", "lower", "capitalize", "stor_forbokstav", "title", "trim", "default", "d"}
)
# Positional arguments a filter takes: default(value, boolean), trim(chars).
FILTER_ARGUMENTS = {"default": 2, "d": 2, "trim": 1}
ALLOWED_TESTS = frozenset({"defined", "undefined", "none"})
# Names Jinja2 binds itself whatever the context holds («self» is the template object).
RESERVED_NAMES = frozenset({"self", "loop", "super", "caller", "varargs", "kwargs"})
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


def first_letter_upper(value: object) -> str:
    """«omsorgssenteret i Svelgen» → «Omsorgssenteret i Svelgen».

    Jinja2's ``capitalize`` lowercases the rest too («… i svelgen»), which breaks every
    place name inside the value; authors starting a sentence with a variable want this.
    """
    text = str(value)
    return text[:1].upper() + text[1:]


_ENV.filters["stor_forbokstav"] = first_letter_upper

# A single line break inside a paragraph becomes a space, so a «|» block wraps to the
# width of the screen or page instead of the author's editor. Kept: blank lines between
# paragraphs, and lines that start a list item («- », «* », «• », «– », «1. », «a) »).
_INNER_BREAK = re.compile(
    r"(?<=\S)[ \t]*\n(?![ \t]*\n)(?![ \t]*(?:[-*•–]|\d{1,3}[.)]|[a-zæøå][.)])[ \t])[ \t]*(?=\S)"
)


def fold_lines(text: str) -> str:
    """Paragraphs as one line each; see ``_INNER_BREAK`` for what stays a line break."""
    if "\n" not in text:
        return text
    return _folded(text)


@lru_cache(maxsize=16384)
def _folded(text: str) -> str:
    # The same source text is folded once for every profile rendered from it.
    return _INNER_BREAK.sub(" ", text)


@dataclass(frozen=True)
class _Compiled:
    """A checked template: the names it reads and the cheapest way to render it."""

    names: frozenset[str]
    parts: tuple[tuple[bool, str], ...] | None  # (is_variable, text) for plain substitution
    template: Template | None  # Jinja2 only where the text uses ``if`` or filters
    reads: tuple[tuple[str, int], ...] = ()  # how often each name is read
    fixed_chars: int = 0  # an upper bound on the output that does not come from values

    def output_bound(self, values: Mapping[str, str]) -> int:
        """At most this many characters come out (before ``upper`` widens a letter)."""
        return self.fixed_chars + sum(len(values.get(name, "")) * n for name, n in self.reads)


def _checked_nodes(tree: nodes.Template) -> list[nodes.Node]:
    """Every node, refusing what scenario texts may not use, without recursing.

    Jinja2's own tree walks and its code generator recurse once per level, and Python
    refuses more than 100 levels of indentation, so depth is checked here first.
    """
    found: list[nodes.Node] = []
    stack: list[tuple[nodes.Node, int]] = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise TemplateProblem(f"malen er nøstet for dypt (mer enn {MAX_DEPTH} nivåer)")
        if not isinstance(node, _ALLOWED_NODES):
            raise TemplateProblem(messages.TEMPLATE_FORBIDDEN.format(what=construct_name(node)))
        if isinstance(node, nodes.Filter | nodes.Test):
            _check_call(node)
        if isinstance(node, nodes.Name) and (
            node.name.startswith("_") or node.name in RESERVED_NAMES
        ):
            raise TemplateProblem(f"navnet «{node.name}» er ikke tillatt")
        found.append(node)
        stack.extend((child, depth + 1) for child in node.iter_child_nodes())
    return found


def _check_call(node: nodes.Filter | nodes.Test) -> None:
    if isinstance(node, nodes.Filter):
        if node.name not in ALLOWED_FILTERS:
            raise TemplateProblem(
                f"filteret «{node.name}» er ikke tillatt; bruk "
                + ", ".join(sorted(ALLOWED_FILTERS))
            )
        allowed = FILTER_ARGUMENTS.get(node.name, 0)
        noun = f"filteret «{node.name}»"
    else:
        if node.name not in ALLOWED_TESTS:
            raise TemplateProblem(f"testen «{node.name}» er ikke tillatt")
        allowed = 0
        noun = f"testen «{node.name}»"
    if node.dyn_args is not None or node.dyn_kwargs is not None or len(node.args) > allowed:
        raise TemplateProblem(
            f"{noun} tar ikke argumenter"
            if not allowed
            else f"{noun} tar høyst {allowed} argumenter"
        )


# «{{ name }}» and nothing else Jinja2 would read differently: a plain name (not one of
# the words its expressions reserve), no other tags, no stray braces, no carriage return
# (its lexer turns «\r\n» into «\n»). Anything else goes through Jinja2 and its checks.
_SUBSTITUTION = re.compile(r"\{\{[ \t]*([A-Za-z][A-Za-z0-9_]*)[ \t]*\}\}")
_NOT_PLAIN_NAMES = RESERVED_NAMES | {
    "and", "or", "not", "in", "is", "if", "else",
    "true", "false", "none", "True", "False", "None",
}  # fmt: skip


def _plain_substitution(text: str) -> _Compiled | None:
    """The compiled form of a text that only substitutes names, without parsing it.

    Most texts in a pack are of this kind; Jinja2's parser costs about a millisecond
    each, which for a thousand-inject pack was a third of its loading time. The result is
    the one ``_compile`` builds from Jinja2's tree for the same text.
    """
    if "\r" in text:
        return None
    parts: list[tuple[bool, str]] = []
    reads: Counter[str] = Counter()
    position = 0
    for match in _SUBSTITUTION.finditer(text):
        name = match.group(1)
        data = text[position : match.start()]
        if name in _NOT_PLAIN_NAMES or "{" in data or "}" in data:
            return None
        if data:
            parts.append((False, data))
        parts.append((True, name))
        reads[name] += 1
        position = match.end()
    tail = text[position:]
    if "{" in tail or "}" in tail:
        return None
    if tail:
        parts.append((False, tail))
    return _Compiled(frozenset(reads), tuple(parts), None, tuple(reads.items()), len(text))


@lru_cache(maxsize=16384)
def _compile(text: str) -> _Compiled:
    plain = _plain_substitution(text)
    if plain is not None:
        return plain
    try:
        tree = _ENV.parse(text)
    except TemplateSyntaxError as exc:
        detail = syntax_detail(exc.message or "")
        raise TemplateProblem(
            messages.TEMPLATE_SYNTAX.format(line=exc.lineno, detail=detail)
        ) from None
    except (RecursionError, ValueError, OverflowError):
        # Jinja2's parser recurses per bracket and turns a 5000-digit number into an int.
        raise TemplateProblem("malen er for sammensatt til å leses") from None
    checked = _checked_nodes(tree)
    reads = Counter(
        node.name for node in checked if isinstance(node, nodes.Name) and node.ctx == "load"
    )
    names = frozenset(reads)
    parts: list[tuple[bool, str]] = []
    for output in tree.body:
        if not isinstance(output, nodes.Output):
            break
        for node in output.nodes:
            if isinstance(node, nodes.TemplateData):
                parts.append((False, node.data))
            elif isinstance(node, nodes.Name):
                parts.append((True, node.name))
            else:
                break
        else:
            continue
        break
    else:
        # Most scenario texts only substitute names; joining strings is ~50× cheaper
        # than a Jinja2 render and gives the same text.
        return _Compiled(names, tuple(parts), None, tuple(reads.items()), len(text))
    try:
        template = _ENV.from_string(tree)
    except (SyntaxError, RecursionError, ValueError, TypeError):
        raise TemplateProblem("malen er for sammensatt til å leses") from None
    # A comparison prints «False» (5 characters) from three («1<2»), so twice the text.
    return _Compiled(names, None, template, tuple(reads.items()), 2 * len(text))


def names_in(text: str) -> set[str]:
    """Variable names a template reads, so undeclared ones are caught before any render."""
    if "{" not in text:
        return set()
    return set(_compile(text).names)


def render_text(text: str, values: Mapping[str, str]) -> str:
    if "{" not in text:
        return text
    compiled = _compile(text)
    missing = sorted(compiled.names - set(values))
    # Refuse before building the text: «{{ x }}» ten thousand times over a long value
    # would otherwise take gigabytes only to be thrown away.
    if compiled.output_bound(values) > MAX_OUTPUT_CHARS:
        raise TemplateProblem(f"teksten blir over {MAX_OUTPUT_CHARS} tegn")
    if compiled.parts is not None:
        if missing:
            raise _undefined(missing[0], values)
        result = "".join(values[text] if is_name else text for is_name, text in compiled.parts)
    else:
        assert compiled.template is not None
        try:
            result = str(compiled.template.render(values))
        except UndefinedError:
            raise _undefined(missing[0] if missing else "?", values) from None
        except SecurityError:
            raise TemplateProblem("malen prøver å nå noe som ikke er tillatt") from None
        except Exception as exc:
            # The sandbox boundary: «{{ x < 1 }}» or «{{ x|trim(1) }}» fail inside Jinja2
            # with a TypeError; whatever a pack's template does wrong is the pack's problem.
            raise TemplateProblem(
                f"malen kan ikke lages med disse verdiene ({type(exc).__name__})"
            ) from None
    if len(result) > MAX_OUTPUT_CHARS:
        raise TemplateProblem(f"teksten blir over {MAX_OUTPUT_CHARS} tegn")
    return result


def _undefined(name: str, values: Mapping[str, str]) -> TemplateProblem:
    hint = nearest(name, values)
    return TemplateProblem(
        f"variabelen «{name}» er ikke definert" + (f" – mente du «{hint}»?" if hint else "")
    )


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


@lru_cache(maxsize=64)
def _fields_to_visit(cls: type) -> tuple[tuple[str, bool], ...]:
    """Fields that are templates or can hold format objects; the rest never change."""
    templates = template_field_names(cls)
    hints = typing.get_type_hints(cls)
    return tuple(
        (item.name, item.name in templates)
        for item in dataclasses.fields(cls)
        if item.name in templates or _holds_format_objects(hints[item.name])
    )


def _holds_format_objects(tp: Any) -> bool:
    if dataclasses.is_dataclass(tp):
        return tp not in (Duration, ScenarioTime)
    return any(_holds_format_objects(arg) for arg in typing.get_args(tp))


@dataclass
class RenderBudget:
    """Characters one rendering's templated texts may produce together, and how many they did.

    Each text is capped on its own (``MAX_OUTPUT_CHARS``), but two thousand of them at the
    cap are 200 million characters: the sum is capped too, and the rendering stops at the
    text that crosses the line. Texts without a template are not counted: they are as long
    as in the file, whose expansion ``yamlsafe`` caps at the same number.
    """

    limit: int = MAX_TEXT_CHARS
    used: int = 0


class _OverBudget(Exception):
    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def render_object(
    obj: T,
    values: Mapping[str, str],
    on_error: Callable[[str, str], None],
    budget: RenderBudget | None = None,
) -> T:
    """A copy of ``obj`` with every template field rendered; problems go to ``on_error``.

    A rendering that would pass ``budget`` stops there with one problem at the text that
    crossed it, and ``obj`` comes back unrendered.
    """
    budget = budget if budget is not None else RenderBudget()
    try:
        return _render(obj, values, "", on_error, budget)  # type: ignore[no-any-return]
    except _OverBudget as over:
        on_error(over.path, messages.RENDERED_TOO_LONG.format(limit=spaced(budget.limit)))
        return obj


def _render(
    value: Any,
    values: Mapping[str, str],
    path: str,
    on_error: Callable[[str, str], None],
    budget: RenderBudget,
    template: bool = False,
) -> Any:
    if isinstance(value, str):
        if not template:
            return value
        # The source is folded, not the result: the same for every profile, so cached.
        source = fold_lines(value)
        if "{" not in source:
            # Text without a template is as long as in the file, where the aliases'
            # budget has weighed it already; only what templates make is counted here.
            return source
        try:
            result = render_text(source, values)
        except TemplateProblem as exc:
            on_error(path, str(exc))
            return value
        budget.used += len(result)
        if budget.used > budget.limit:
            raise _OverBudget(path)
        return result
    if isinstance(value, tuple):
        return tuple(
            _render(item, values, f"{path}[{i}]", on_error, budget, template)
            for i, item in enumerate(value)
        )
    if isinstance(value, dict):
        return {
            key: _render(item, values, f"{path}.{key}", on_error, budget, template)
            for key, item in value.items()
        }
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for name, is_template in _fields_to_visit(type(value)):
            child = f"{path}.{name}" if path else name
            current = getattr(value, name)
            rendered = _render(current, values, child, on_error, budget, is_template)
            if rendered is not current:
                changes[name] = rendered
        return dataclasses.replace(value, **changes) if changes else value
    return value
