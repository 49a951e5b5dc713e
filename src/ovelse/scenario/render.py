"""Rendering a pack's texts for one municipality, in a sandbox that scenario files cannot escape.

Scenario texts only need names, a few string filters and ``if``. Everything else Jinja2
offers (loops, arithmetic, calls, macros, imports) is refused when the template is
compiled, so a hostile pack cannot loop forever or allocate without bound, and the
sandbox keeps it away from Python internals on top of that.
"""

from __future__ import annotations

import dataclasses
import operator
import re
import typing
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
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
        return self.fixed_chars + sum([len(values.get(name, "")) * n for name, n in self.reads])


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
    # Data and names by turns: [data, name, data, name, …, data].
    pieces = _SUBSTITUTION.split(text)
    data = "".join(pieces[0::2])
    if "{" in data or "}" in data:
        return None
    parts: list[tuple[bool, str]] = []
    reads: dict[str, int] = {}
    for index in range(1, len(pieces), 2):
        name = pieces[index]
        if name in _NOT_PLAIN_NAMES:
            return None
        if pieces[index - 1]:
            parts.append((False, pieces[index - 1]))
        parts.append((True, name))
        reads[name] = reads.get(name, 0) + 1
    if pieces[-1]:
        parts.append((False, pieces[-1]))
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
    missing = _missing(compiled, values)
    # Refuse before building the text: «{{ x }}» ten thousand times over a long value
    # would otherwise take gigabytes only to be thrown away.
    if compiled.output_bound(values) > MAX_OUTPUT_CHARS:
        raise TemplateProblem(f"teksten blir over {MAX_OUTPUT_CHARS} tegn")
    if compiled.parts is not None:
        if missing:
            raise _undefined(missing[0], values)
        result = "".join([values[text] if is_name else text for is_name, text in compiled.parts])
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


def text_length(text: str, values: Mapping[str, str]) -> int:
    """The length ``render_text`` gives, with its checks and problems, in the same order.

    A text that only substitutes names is counted, not built: checking that a pack renders
    for each of its profiles then costs a sum per text instead of a new copy of the pack.
    """
    if "{" not in text:
        return len(text)
    compiled = _compile(text)
    if compiled.parts is None:
        return len(render_text(text, values))
    missing = _missing(compiled, values)
    if compiled.output_bound(values) > MAX_OUTPUT_CHARS:
        raise TemplateProblem(f"teksten blir over {MAX_OUTPUT_CHARS} tegn")
    if missing:
        raise _undefined(missing[0], values)
    length = sum([len(values[text]) if is_name else len(text) for is_name, text in compiled.parts])
    if length > MAX_OUTPUT_CHARS:
        raise TemplateProblem(f"teksten blir over {MAX_OUTPUT_CHARS} tegn")
    return length


def _missing(compiled: _Compiled, values: Mapping[str, str]) -> list[str]:
    """Names the template reads that ``values`` lacks, sorted (none, nearly always)."""
    if isinstance(values, dict) and values.keys() >= compiled.names:
        return []  # a plain dict is asked without reading its values
    return sorted(compiled.names - set(values))


def _undefined(name: str, values: Mapping[str, str]) -> TemplateProblem:
    hint = nearest(name, values)
    return TemplateProblem(
        f"variabelen «{name}» er ikke definert" + (f" – mente du «{hint}»?" if hint else "")
    )


def template_fields(obj: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every (field path, template text) in a format object, in document order.

    Only the fields that can hold a template are visited (``_fields_to_visit``), and a
    field without a value is passed over before its path is made. The list is made in
    one go (a chain of generators cost twice as much); it is no longer than the list of
    places the binder keeps for the same object.
    """
    found: list[tuple[str, str]] = []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        _templates_of(obj, path, found)
    return iter(found)


def _templates_of(obj: Any, path: str, found: list[tuple[str, str]]) -> None:
    table = _tables.get(type(obj), _NOT_YET)
    if table is _NOT_YET:
        table = _visit_table(type(obj))
    for name, template in table or ():
        value = getattr(obj, name)
        if value is None or (type(value) is tuple and not value):
            continue
        child = f"{path}.{name}" if path else name
        if isinstance(value, str):
            if template:
                found.append((child, value))
        else:
            _templates_in(value, child, template, found)


def _templates_in(value: Any, path: str, template: bool, found: list[tuple[str, str]]) -> None:
    if isinstance(value, str):
        if template:
            found.append((path, value))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            _templates_in(item, f"{path}[{index}]", template, found)
    elif isinstance(value, dict):
        for key, item in value.items():
            _templates_in(item, f"{path}.{key}", template, found)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        _templates_of(value, path, found)


def braced_template_fields(obj: Any) -> list[tuple[str, str]]:
    """``template_fields`` of ``obj`` whose text has a «{», the only ones that can be
    templates; a field's path is made only for those (a pack has ten times as many
    template fields as templates)."""
    found: list[tuple[str, str]] = []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        _braced_of(obj, [], found)
    return found


def _braced_of(obj: Any, trail: list[str | int], found: list[tuple[str, str]]) -> None:
    table = _tables.get(type(obj), _NOT_YET)
    if table is _NOT_YET:
        table = _visit_table(type(obj))
    for name, template in table or ():
        value = getattr(obj, name)
        if value is None or (type(value) is tuple and not value):
            continue
        trail.append(name)
        if isinstance(value, str):
            if template and "{" in value:
                found.append((_trail_path(trail), value))
        else:
            _braced_in(value, trail, template, found)
        trail.pop()


def _braced_in(
    value: Any, trail: list[str | int], template: bool, found: list[tuple[str, str]]
) -> None:
    if isinstance(value, str):
        if template and "{" in value:
            found.append((_trail_path(trail), value))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            trail.append(index)
            _braced_in(item, trail, template, found)
            trail.pop()
    elif isinstance(value, dict):
        for key, item in value.items():
            trail.append(key)
            _braced_in(item, trail, template, found)
            trail.pop()
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        _braced_of(value, trail, found)


def _trail_path(trail: list[str | int]) -> str:
    """«phases[0].injects[3].title» from ["phases", 0, "injects", 3, "title"]."""
    parts: list[str] = []
    for step in trail:
        if isinstance(step, int):
            parts.append(f"[{step}]")
        else:
            parts.append(f".{step}" if parts else step)
    return "".join(parts)


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
    unchanged: Unchanged | None = None,
) -> T:
    """A copy of ``obj`` with every template field rendered; problems go to ``on_error``.

    A rendering that would pass ``budget`` stops there with one problem at the text that
    crossed it, and ``obj`` comes back unrendered.

    ``unchanged`` remembers, across renderings of the same ``obj``, its parts that hold
    no template: those are passed over next time.
    """
    budget = budget if budget is not None else RenderBudget()
    start = budget.used
    try:
        same = set() if unchanged is None else unchanged.parts_of(obj)
        return _quick(obj, values, budget, False, same)  # type: ignore[no-any-return]
    except _Slow:
        # Something is wrong; the careful walk below finds and names every problem.
        budget.used = start
    try:
        return _render(obj, values, "", on_error, budget)  # type: ignore[no-any-return]
    except _OverBudget as over:
        on_error(over.path, messages.RENDERED_TOO_LONG.format(limit=spaced(budget.limit)))
        return obj


class Unchanged:
    """The parts of one object that hold no template, remembered across its renderings.

    Kept by id, so the object is kept too: ids are only unique among living objects.
    """

    def __init__(self) -> None:
        self._owner: object = None
        self._ids: set[int] = set()

    def parts_of(self, obj: object) -> set[int]:
        if self._owner is not obj:
            self._owner = obj
            self._ids = set()
        return self._ids


class _Slow(Exception):
    """The quick rendering met a problem; the careful one says which and where."""


def _quick(
    value: Any, values: Mapping[str, str], budget: RenderBudget, template: bool, same: set[int]
) -> Any:
    """``_render`` for a rendering without problems: an equal result, without building a
    field path for every value (the paths are only needed to name a problem).

    A part that renders to itself (no template anywhere inside) comes back as it is, not
    as a copy, and its id goes into ``same``; it holds no text that counts against the
    budget, so it can be passed over in the next rendering of the same object.
    """
    if isinstance(value, str):
        return _quick_text(value, values, budget) if template else value
    if id(value) in same:
        return value
    if isinstance(value, tuple):
        items = [_quick(item, values, budget, template, same) for item in value]
        if all(map(operator.is_, items, value)):
            if template:  # untouched as templates, so untouched as plain texts too
                same.add(id(value))
            return value
        return tuple(items)
    if isinstance(value, dict):
        rendered_items = {
            key: _quick(item, values, budget, template, same) for key, item in value.items()
        }
        if all(map(operator.is_, rendered_items.values(), value.values())):
            if template:
                same.add(id(value))
            return value
        return rendered_items
    table = _tables.get(type(value), _NOT_YET)
    if table is _NOT_YET:
        table = _visit_table(type(value))
    if table is None:
        return value
    changes: dict[str, Any] = {}
    for name, is_template in table:
        current = getattr(value, name)
        if is_template and type(current) is str:
            rendered = _quick_text(current, values, budget)
        elif current is None or (type(current) is tuple and not current):
            continue  # what the careful walk gives back unchanged
        else:
            rendered = _quick(current, values, budget, is_template, same)
        if rendered is not current:
            changes[name] = rendered
    if changes:
        return _replaced(value, changes)
    same.add(id(value))
    return value


def _quick_text(value: str, values: Mapping[str, str], budget: RenderBudget) -> str:
    source = value if "\n" not in value else _folded(value)
    if "{" not in source:
        return source
    try:
        compiled = _compile(source)
    except TemplateProblem:
        raise _Slow from None
    parts = compiled.parts
    if parts is not None and isinstance(values, dict) and values.keys() >= compiled.names:
        # ``render_text`` for a text that only substitutes names, all of them given.
        if compiled.output_bound(values) > MAX_OUTPUT_CHARS:
            raise _Slow
        result = "".join([values[text] if is_name else text for is_name, text in parts])
        if len(result) > MAX_OUTPUT_CHARS:
            raise _Slow
    else:
        try:
            result = render_text(source, values)
        except TemplateProblem:
            raise _Slow from None
    if result is value:
        # A template that gave back its own text object (which no real one does) would
        # look like a text without one; the careful walk renders it instead.
        raise _Slow
    budget.used += len(result)
    if budget.used > budget.limit:
        raise _Slow
    return result


_NOT_YET: Any = object()
# The fields ``_quick`` visits per class (None: not a format class), looked up per object.
_tables: dict[type, tuple[tuple[str, bool], ...] | None] = {}


def _visit_table(cls: type) -> tuple[tuple[str, bool], ...] | None:
    table = _fields_to_visit(cls) if dataclasses.is_dataclass(cls) else None
    _tables[cls] = table
    return table


def _replaced(value: T, changes: dict[str, Any]) -> T:
    """``dataclasses.replace`` for the format's frozen classes (no ``__post_init__``, no
    ``init=False`` fields), without calling ``__init__``: the fields are copied as they are."""
    new = object.__new__(type(value))
    state = new.__dict__
    state.update(value.__dict__)
    state.update(changes)
    return new


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


@dataclass(frozen=True)
class RenderPlan:
    """The texts a rendering runs through a template, each folded and compiled once, so
    the renderings for the defaults and every profile can be checked without being made."""

    texts: tuple[tuple[str, str], ...]  # (field path, folded text), in rendering order
    plain: bool  # every text compiled, and only to plain substitution
    fixed_chars: int  # of the plain texts: characters that do not come from values
    reads: dict[str, int]  # of the plain texts: how often each name is read in all
    widest: int  # the largest ``fixed_chars`` of one text
    most_reads: dict[str, int]  # the most reads of each name in one text
    jinja: tuple[str, ...]  # texts that need Jinja2 (``if``, filters)


def render_plan(templated: Iterable[tuple[str, str]]) -> RenderPlan:
    """The plan for the template texts ``templated`` (field path, text as written)."""
    texts = []
    plain = True
    fixed = widest = 0
    reads: Counter[str] = Counter()
    most: dict[str, int] = {}
    jinja = []
    for path, text in templated:
        source = fold_lines(text)
        if "{" not in source:
            continue
        texts.append((path, source))
        try:
            compiled = _compile(source)
        except TemplateProblem:
            plain = False
            continue
        if compiled.parts is None:
            jinja.append(source)
            continue
        fixed += sum(len(part) for is_name, part in compiled.parts if not is_name)
        widest = max(widest, compiled.fixed_chars)
        for name, count in compiled.reads:
            reads[name] += count
            most[name] = max(most.get(name, 0), count)
    return RenderPlan(tuple(texts), plain, fixed, dict(reads), widest, most, tuple(jinja))


def check_rendering(
    plan: RenderPlan,
    values: Mapping[str, str],
    on_error: Callable[[str, str], None],
    budget: RenderBudget,
) -> None:
    """What ``render_object`` would report for ``values`` and how much of ``budget`` it
    would use, without making the rendered copy."""
    total = _total_without_problems(plan, values)
    if total is not None and budget.used + total <= budget.limit:
        budget.used += total
        return
    # Something is wrong: text by text, as the rendering meets them, to name it.
    try:
        for path, source in plan.texts:
            try:
                length = text_length(source, values)
            except TemplateProblem as exc:
                on_error(path, str(exc))
                continue
            budget.used += length
            if budget.used > budget.limit:
                raise _OverBudget(path)
    except _OverBudget as over:
        on_error(over.path, messages.RENDERED_TOO_LONG.format(limit=spaced(budget.limit)))


def _total_without_problems(plan: RenderPlan, values: Mapping[str, str]) -> int | None:
    """The characters all texts render to, counted from the plan's sums, or None when
    one of them could have a problem (then each is checked on its own)."""
    if not plan.plain or not isinstance(values, dict) or not values.keys() >= plan.reads.keys():
        return None
    lengths = {name: len(values[name]) for name in plan.reads}
    # No text can pass its own cap if the widest text with the most reads of each name
    # could not: each text's own bound is at most this.
    bound = plan.widest + sum(lengths[name] * count for name, count in plan.most_reads.items())
    if bound > MAX_OUTPUT_CHARS:
        return None
    total = plan.fixed_chars + sum(lengths[name] * count for name, count in plan.reads.items())
    for source in plan.jinja:
        try:
            total += text_length(source, values)
        except TemplateProblem:
            return None
    return total
