"""Reading untrusted YAML into a small node tree that remembers where each value stood.

PyYAML's ``safe_load`` forgets line numbers and follows aliases blindly. Here the C (or
pure-Python) *event* parser feeds a composer of our own that keeps every value's line
and column for error messages, constructs no objects from tags, and weighs aliases as it
goes, so an alias bomb, deep nesting or a huge string is refused in milliseconds.
"""

from __future__ import annotations

import errno
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ovelse.scenario import messages
from ovelse.scenario.budget import MAX_TEXT_CHARS, spaced
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.yamlwords import blames_quote, open_quote, parser_message

MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 40
MAX_WEIGHT = 400_000  # nodes after alias expansion
MAX_SCALAR_CHARS = 50_000

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
    "!",
}

_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(eq=False, slots=True)
class Scalar:
    value: str
    plain: bool  # written without quotes, so «yes», «12», «null» keep YAML 1.1 meaning
    line: int
    column: int


@dataclass(eq=False, slots=True)
class Seq:
    items: list[Node]
    line: int
    column: int
    weight: int = 1  # values inside, aliases counted as often as they are used
    chars: int = 0  # characters of text inside, likewise


@dataclass(eq=False, slots=True)
class Map:
    items: dict[str, tuple[Scalar, Node]]
    line: int
    column: int
    weight: int = 1
    chars: int = 0


Node = Scalar | Seq | Map


@dataclass(slots=True)
class _Open:
    node: Seq | Map
    anchor: str | None
    is_seq: bool
    pending_key: Scalar | None = None
    merges: list[Map] = field(default_factory=list)


def read_text(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a file as UTF-8 text, refusing what an editor would not show as plain text."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(status.st_mode):
            # A pack from a zip can hold a link to /dev/zero (endless) or a named pipe
            # (waits for ever); neither is opened.
            raise ScenarioError.single(path, not_regular_message(status.st_mode))
        size = status.st_size
        if size > max_bytes:
            raise ScenarioError.single(path, _too_big(size, max_bytes))
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)  # the file may have grown since
        if len(data) > max_bytes:
            raise ScenarioError.single(path, _too_big(len(data), max_bytes))
    except FileNotFoundError:
        raise ScenarioError.single(path, "filen finnes ikke") from None
    except IsADirectoryError:
        raise ScenarioError.single(path, "forventet en fil, men dette er en mappe") from None
    except OSError as exc:
        raise ScenarioError.single(
            path, messages.CANNOT_READ.format(reason=os_reason(exc))
        ) from None
    return decode(data, path)


def os_reason(exc: OSError) -> str:
    """The operating system's reason in bokmål; its own words would be English."""
    name = errno.errorcode.get(exc.errno or 0, "")
    if name in messages.OS_REASONS:
        return messages.OS_REASONS[name]
    return messages.OS_REASONS["other"].format(code=name or exc.errno)


def not_regular_message(mode: int) -> str:
    """Why a path that exists cannot be read as a file: a pipe, a device, a socket."""
    if stat.S_ISFIFO(mode):
        kind = "fifo"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "device"
    elif stat.S_ISSOCK(mode):
        kind = "socket"
    else:
        kind = "other"
    return messages.NOT_A_REGULAR_FILE.format(kind=messages.FILE_KINDS[kind])


def _too_big(size: int, max_bytes: int) -> str:
    return f"filen er {size / 1_048_576:.1f} MB; grensen er {max_bytes // 1_048_576} MB"


def _looks_like_utf16(data: bytes) -> bool:
    """Without a BOM, UTF-16 text has a NUL in every other byte of its ASCII letters."""
    head = data[:400]
    return len(head) >= 8 and max(head[0::2].count(0), head[1::2].count(0)) * 4 >= len(head)


def decode(data: bytes, path: Path | str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_like_utf16(data):
        raise ScenarioError.single(
            path, "filen er lagret som UTF-16; lagre den som UTF-8 (uten BOM) og prøv igjen"
        )
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ScenarioError.single(
            path,
            "filen er ikke UTF-8 (kanskje Latin-1 eller Windows-1252); lagre den som UTF-8",
            line=line,
            column=column,
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        column = nul - (text.rfind("\n", 0, nul) + 1) + 1
        raise ScenarioError.single(
            path, "filen inneholder et NUL-tegn og er ikke en tekstfil", line=line, column=column
        )
    return text


def parse(text: str, path: Path | str) -> Node:
    """Compose one YAML document into nodes, or raise a located ``ScenarioError``."""
    try:
        return _compose(yaml.parse(text, Loader=_Parser), str(path))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        column = mark.column + 1 if mark else 0
        quote = open_quote(text, line) if blames_quote(exc.problem, exc.context) else None
        if quote is not None:
            line, column = quote
            detail = messages.YAML_UNCLOSED_QUOTE
        else:
            detail = parser_message(
                exc.problem,
                exc.context,
                character=_character_at(text, line, column),
                depth=MAX_DEPTH,
            )
        raise ScenarioError.single(
            path, messages.YAML_INVALID.format(detail=detail), line=line, column=column
        ) from None
    except yaml.reader.ReaderError as exc:
        # A control character; the reader's position counts bytes in the C parser, so
        # the place is found from the character itself (the first one is the one it met).
        character = exc.character if isinstance(exc.character, int) else 0
        at = text.find(chr(character))
        line = text.count("\n", 0, at) + 1 if at >= 0 else 0
        column = at - (text.rfind("\n", 0, at) + 1) + 1 if at >= 0 else 0
        raise ScenarioError.single(
            path,
            messages.YAML_CONTROL_CHARACTER.format(code=f"U+{character:04X}"),
            line=line,
            column=column,
        ) from None
    except yaml.YAMLError:
        # Every parser error is marked; should one not be, the author still gets no English.
        raise ScenarioError.single(
            path, messages.YAML_INVALID.format(detail=messages.YAML_UNKNOWN.format())
        ) from None


def _character_at(text: str, line: int, column: int) -> str:
    """The character at a 1-based place, for the message about a character out of place."""
    if line < 1 or column < 1:
        return ""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    at = start + column - 1
    return text[at] if at < len(text) and text[at] != "\n" else ""


def load(path: Path) -> Node:
    return parse(read_text(path), path)


def _fail(file: str, place: tuple[int, int], message: str) -> ScenarioError:
    return ScenarioError.single(file, message, line=place[0], column=place[1])


def _place(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)


# The kinds of event other than a scalar (which ``_compose`` tells first), one look-up each.
_ALIAS, _START_SEQ, _START_MAP, _END, _DOCUMENT = range(5)
_KINDS: dict[type, int] = {
    yaml.AliasEvent: _ALIAS,
    yaml.SequenceStartEvent: _START_SEQ,
    yaml.MappingStartEvent: _START_MAP,
    yaml.SequenceEndEvent: _END,
    yaml.MappingEndEvent: _END,
    yaml.DocumentStartEvent: _DOCUMENT,
}


def _tag_message(tag: str) -> str:
    return (
        f"YAML-taggen «{tag}» er ikke tillatt: scenariofiler kan bare inneholde "
        "tekst, tall, lister og tabeller"
    )


def _compose(events: Iterator[yaml.Event], file: str) -> Node:
    """Nodes from events, weighing aliases, depth and text as they come.

    The open collections are kept as ``_Open`` frames; a scalar, by far the most common
    event, is attached inline rather than through ``attach``.
    """
    anchors: dict[str, Node] = {}
    stack: list[_Open] = []
    root: Node | None = None
    documents = 0
    kinds = _KINDS
    standard_tags = _STANDARD_TAGS

    def attach(node: Node, anchor: str | None, mark: tuple[int, int]) -> None:
        nonlocal root
        if anchor is not None:
            anchors[anchor] = node
        if not stack:
            root = node
            return
        top = stack[-1]
        parent = top.node
        if isinstance(node, Scalar):
            parent.weight += 1
            parent.chars += len(node.value)
        else:
            parent.weight += node.weight
            # What an alias stands for is weighed by its text too: 300 000 aliases of one
            # long text are a few megabytes here and fifteen gigabytes once written out.
            parent.chars += node.chars
        if parent.weight > MAX_WEIGHT:
            raise _fail(file, mark, "filen ekspanderer til for mange verdier (alias-bombe?)")
        if parent.chars > MAX_TEXT_CHARS:
            raise _fail(file, mark, messages.EXPANDED_TOO_LONG.format(limit=spaced(MAX_TEXT_CHARS)))
        if isinstance(parent, Seq):
            parent.items.append(node)
            return
        if top.pending_key is None:
            if not isinstance(node, Scalar):
                raise _fail(file, mark, "nøkler må være tekst, ikke lister eller tabeller")
            top.pending_key = node
            return
        key, top.pending_key = top.pending_key, None
        if key.plain and key.value == "<<":
            sources = node.items if isinstance(node, Seq) else [node]
            for source in sources:
                if not isinstance(source, Map):
                    raise _fail(file, mark, "«<<» kan bare slå sammen tabeller")
                top.merges.append(source)
            return
        if key.value in parent.items:
            raise _fail(file, mark, f"nøkkelen «{key.value}» står to ganger i samme tabell")
        parent.items[key.value] = (key, node)

    # The innermost open collection, and its node, items and kind, kept at hand.
    top: _Open | None = None
    parent: Seq | Map = Seq([], 0, 0)
    parent_items: list[Node] | dict[str, tuple[Scalar, Node]] = parent.items
    is_seq = True
    scalar_event = yaml.ScalarEvent
    for event in events:
        if type(event) is scalar_event:
            tag = event.tag
            if tag is not None and tag not in standard_tags:
                raise _fail(file, _place(event), _tag_message(tag))
            start = event.start_mark
            if start is not None:
                line = start.line + 1
                column = start.column + 1
            else:
                line = column = 0
            value: str = event.value
            if len(value) > MAX_SCALAR_CHARS:
                raise _fail(
                    file, (line, column), f"teksten er over {spaced(MAX_SCALAR_CHARS)} tegn"
                )
            scalar = Scalar(
                value, not event.style and tag is None and event.implicit[0], line, column
            )
            if top is None or event.anchor is not None:
                attach(scalar, event.anchor, (line, column))
                continue
            weight = parent.weight + 1
            chars = parent.chars + len(value)
            if weight > MAX_WEIGHT or chars > MAX_TEXT_CHARS:
                attach(scalar, None, (line, column))  # says which limit, and stops
                continue
            if is_seq:
                parent.weight = weight
                parent.chars = chars
                parent_items.append(scalar)  # type: ignore[union-attr]
                continue
            key = top.pending_key
            if key is None:
                parent.weight = weight
                parent.chars = chars
                top.pending_key = scalar
            elif (key.plain and key.value == "<<") or key.value in parent_items:
                attach(scalar, None, (line, column))  # a merge, or a key twice
            else:
                parent.weight = weight
                parent.chars = chars
                top.pending_key = None
                parent_items[key.value] = (key, scalar)  # type: ignore[call-overload]
            continue
        kind = kinds.get(type(event))
        if kind is None:
            continue  # the stream's start and end, a document's end
        if kind == _DOCUMENT:
            documents += 1
            if documents > 1:
                raise _fail(file, _place(event), "filen kan bare inneholde ett YAML-dokument")
            continue
        if kind != _ALIAS and kind != _END:
            tag = event.tag  # type: ignore[attr-defined]
            if tag is not None and tag not in standard_tags:
                raise _fail(file, _place(event), _tag_message(tag))
        line, column = _place(event)
        if kind == _ALIAS:
            target = anchors.get(event.anchor or "")  # type: ignore[attr-defined]
            if target is None:
                raise _fail(
                    file,
                    (line, column),
                    f"ukjent alias «*{event.anchor}»",  # type: ignore[attr-defined]
                )
            attach(target, None, (line, column))
        elif kind == _END:
            done = stack.pop()
            if stack:
                top = stack[-1]
                parent, parent_items, is_seq = top.node, top.node.items, top.is_seq
            else:
                top = None
            if done.merges:
                items = done.node.items
                assert isinstance(items, dict)
                for source in done.merges:
                    for name, pair in source.items.items():
                        items.setdefault(name, pair)
            attach(done.node, done.anchor, (line, column))
        else:
            if len(stack) >= MAX_DEPTH:
                raise _fail(file, (line, column), messages.YAML_DEPTH.format(limit=MAX_DEPTH))
            node: Seq | Map = Seq([], line, column) if kind == _START_SEQ else Map({}, line, column)
            top = _Open(node, event.anchor, kind == _START_SEQ)  # type: ignore[attr-defined]
            stack.append(top)
            parent, parent_items, is_seq = node, node.items, top.is_seq
    if root is None:
        raise ScenarioError.single(file, "filen er tom")
    return root
