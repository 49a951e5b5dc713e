"""Reading a result file that came from outside, as hostile input.

A result file is mailed from a kommune to the statsforvalter and read there among
hundreds of others, so nothing in it is trusted: the zip is checked before a byte is
unpacked (``safety.zip_members``: size, bombs, paths, links), the manifest's list must
match what arrived (``manifest.check_contents``), the JSON is strict (no key twice, no
NaN, a bounded size and depth), and every field is checked for its type, its values and
its length before it becomes an :class:`ExerciseResult`. The first fault is refused with
one Norwegian sentence naming the file and, for the content, the field's path. Text is
kept as the kommune wrote it, markup included: whoever shows it escapes it. The file is
only ever read.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from ovelse.exercise.kinds import ActionStatus, MarkingKind, Priority, Rating
from ovelse.interchange import messages, safety
from ovelse.interchange.errors import InterchangeError, SheetProblem
from ovelse.interchange.manifest import (
    MANIFEST_NAME,
    check_contents,
    entries_from,
    read_json,
)
from ovelse.interchange.packfile import FORMAT as PACK_FORMAT
from ovelse.interchange.results.model import (
    CONTENT_NAME,
    FORMAT,
    FORMAT_VERSION,
    SUFFIX,
    ExerciseResult,
    Finding,
    GoalResult,
    Kommune,
    Measure,
    PackRef,
    ResultMarking,
    RoleCount,
)
from ovelse.scenario.budget import spaced
from ovelse.scenario.visible import first_hidden, visible

# A kommune's result is tens of kilobytes; the limits leave room for a long evaluation
# and none for a file that would fill the memory of a roll-up reading 357 of them.
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_CONTENT_BYTES = 8 * 1024 * 1024
LIMITS = safety.ZipLimits(
    members=8,
    unpacked_bytes=2 * MAX_CONTENT_BYTES,
    member_bytes=MAX_CONTENT_BYTES,
    not_zip=messages.RESULT_NOT_ZIP,
)
MAX_DEPTH = 12  # the format itself nests 6 deep (goals → sub-goals → goal_ids)
MAX_TEXT = 100_000  # characters in a finding, a measure or a comment
MAX_SHORT = 1_000  # characters in a name, a title, an owner
MAX_ITEMS = 5_000  # items in one list
MAX_COUNT = 10_000  # participants in one role
MAX_MINUTES = 60 * 24 * 60  # the engine's 60 days of exercise time
# Pack, goal and role ids are the pack format's (scenario.names); item ids are «S1», «LP2».
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_MUNICIPALITY_NUMBER = re.compile(r"[0-9]{4}")
# Text may hold line breaks and tabs; other control characters and lone surrogates (which
# JSON can spell as «\ud800») cannot be printed, stored or sent on.
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# What the depth check looks at: an escape (so «\"» does not end a string), a quote, a
# bracket. One pass, never a search for where a string ends: begun again at every quote
# of a string that never ends, that search took hours for a 1 MB file.
_TOKENS = re.compile(rb'\\.|["\[\]{}]', re.DOTALL)
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_FIRST_YEAR, _LAST_YEAR = 1970, 2199
_NUMBER_SHOWN = 20  # digits of a number a message quotes; JSON allows 4 300

_E = TypeVar("_E", bound=StrEnum)
_T = TypeVar("_T")


def read_result(path: Path) -> ExerciseResult:
    """The result file at ``path``, or an ``InterchangeError`` naming the file and what is
    wrong with it. The file is opened for reading only."""
    name = path.name
    if not name.lower().endswith(SUFFIX):
        raise InterchangeError.single(name, messages.RESULT_WRONG_SUFFIX.format(suffix=SUFFIX))
    data = safety.read_bytes(path, MAX_FILE_BYTES, messages.RESULT_FILE_TOO_BIG)
    return read_result_bytes(data, name)


def read_result_bytes(data: bytes, name: str) -> ExerciseResult:
    """A result file's bytes read as :func:`read_result` reads the file; ``name`` is the
    file name the messages give."""
    if len(data) > MAX_FILE_BYTES:
        raise InterchangeError.single(
            name,
            messages.RESULT_FILE_TOO_BIG.format(
                size=spaced(len(data) // 1_048_576), limit=MAX_FILE_BYTES // 1_048_576
            ),
        )
    members = safety.zip_members(data, name, LIMITS)
    for member in members:
        if member.filename not in (MANIFEST_NAME, CONTENT_NAME):
            raise InterchangeError.single(
                name, messages.RESULT_UNKNOWN_PART.format(entry=visible(member.filename))
            )
    found = {member.filename: member for member in members}
    contents: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for entry in (MANIFEST_NAME, CONTENT_NAME):
            if entry not in found:
                raise InterchangeError.single(
                    name, messages.RESULT_MISSING_PART.format(entry=entry)
                )
            contents[entry] = safety.read_member(archive, found[entry], name)
    manifest = read_json(contents.pop(MANIFEST_NAME), name)
    version = _manifest_version(manifest, name)
    assert isinstance(manifest, dict)  # _manifest_version refuses anything else
    check_contents(entries_from(manifest.get("files"), name), contents, name)
    content = contents[CONTENT_NAME]
    _check_depth(content, name)
    value = read_json(content, name, CONTENT_NAME, MAX_CONTENT_BYTES)
    if not isinstance(value, dict):
        raise InterchangeError.single(name, messages.RESULT_NOT_OBJECT.format(entry=CONTENT_NAME))
    return _Content(name).result(value, version)


def _manifest_version(manifest: object, name: str) -> int:
    """The format version the manifest declares; what the rest of the file is read as.

    Only «format» and «format_version» are read before the version is known, so a newer
    Øvelse's file is refused as newer, not as broken."""
    if not isinstance(manifest, dict):
        raise InterchangeError.single(name, messages.RESULT_NOT_OBJECT.format(entry=MANIFEST_NAME))
    kind = manifest.get("format")
    if kind == PACK_FORMAT:
        raise InterchangeError.single(name, messages.RESULT_IS_PACK)
    if kind != FORMAT:
        shown = visible(kind) if isinstance(kind, str) else visible(repr(kind))
        raise InterchangeError.single(
            name,
            messages.RESULT_NOT_RESULT.format(
                entry=MANIFEST_NAME, found=shown[:80], expected=FORMAT
            ),
        )
    version = manifest.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InterchangeError.single(
            name,
            messages.RESULT_BAD_VERSION.format(
                entry=MANIFEST_NAME, found=visible(repr(version))[:80]
            ),
        )
    if version > FORMAT_VERSION:
        raise InterchangeError.single(
            name,
            messages.RESULT_FUTURE_VERSION.format(
                found=_shown_number(version), supported=FORMAT_VERSION
            ),
        )
    return version


def _check_depth(data: bytes, name: str) -> None:
    """Refuse JSON nested deeper than the format ever is, before a parser recurses into
    it (a few kilobytes of «[[[[» would otherwise end in Python's recursion limit)."""
    depth = 0
    in_string = False
    for match in _TOKENS.finditer(data):
        token = match.group()
        if token == b'"':
            in_string = not in_string
        elif in_string or len(token) == 2:  # inside a string, or an escape
            continue
        elif token in (b"[", b"{"):
            depth += 1
            if depth > MAX_DEPTH:
                raise InterchangeError.single(
                    name, messages.RESULT_TOO_DEEP.format(entry=CONTENT_NAME, limit=MAX_DEPTH)
                )
        else:
            depth -= 1


def _shown_number(value: int) -> str:
    """A number as a message quotes it: a 4 000-digit one is cut, not printed whole."""
    digits = str(value)
    return digits if len(digits) <= _NUMBER_SHOWN else digits[:_NUMBER_SHOWN] + "…"


def _kind_of(value: object) -> str:
    if value is None:
        return messages.KIND_NULL
    if isinstance(value, bool):
        return messages.KIND_TRUE_FALSE
    if isinstance(value, int):
        return messages.KIND_WHOLE_NUMBER
    if isinstance(value, float):
        return messages.KIND_NUMBER
    if isinstance(value, str):
        return messages.KIND_TEXT
    if isinstance(value, list):
        return messages.KIND_LIST
    return messages.KIND_OBJECT


class _Content:
    """The checks of ``resultat.json``, each refusal naming the file and the field."""

    def __init__(self, name: str) -> None:
        self.name = name
        # Ids are unique per kind: goals, roles, and the findings and measures together.
        self.ids: dict[str, set[str]] = {}

    def fail(self, path: str, message: str) -> InterchangeError:
        return InterchangeError([SheetProblem(self.name, path, message)])

    # --- shapes -----------------------------------------------------------------------

    def fields(
        self, value: object, path: str, keys: tuple[str, ...], version: int
    ) -> dict[str, object]:
        """An object with exactly ``keys``: a missing one and an unknown one are refused."""
        if not isinstance(value, dict):
            raise self.fail(
                path,
                messages.RESULT_WRONG_TYPE.format(
                    expected=messages.KIND_OBJECT, found=_kind_of(value)
                ),
            )
        for key in value:
            if key not in keys:
                raise self.fail(
                    _join(path, visible(key)[:80]),
                    messages.RESULT_FIELD_UNKNOWN.format(version=version),
                )
        for key in keys:
            if key not in value:
                raise self.fail(_join(path, key), messages.RESULT_FIELD_MISSING)
        return value

    def items(self, value: object, path: str, limit: int = MAX_ITEMS) -> list[object]:
        if not isinstance(value, list):
            raise self.fail(
                path,
                messages.RESULT_WRONG_TYPE.format(
                    expected=messages.KIND_LIST, found=_kind_of(value)
                ),
            )
        if len(value) > limit:
            raise self.fail(
                path, messages.RESULT_LIST_TOO_LONG.format(count=len(value), limit=limit)
            )
        return value

    def text(
        self,
        value: object,
        path: str,
        limit: int = MAX_SHORT,
        *,
        required: bool = False,
        plain: bool = False,
    ) -> str:
        """A text; ``plain`` (a name the roll-up sorts and compares by) also refuses line
        breaks and the invisible characters that turn a line backwards («Nesseby» shown
        for another name)."""
        if not isinstance(value, str):
            raise self.fail(
                path,
                messages.RESULT_WRONG_TYPE.format(
                    expected=messages.KIND_TEXT, found=_kind_of(value)
                ),
            )
        bad = _BAD_CHARACTER.search(value)
        hidden = bad.group() if bad else first_hidden(value) if plain else None
        if hidden:
            raise self.fail(path, messages.RESULT_TEXT_CONTROL.format(code=f"U+{ord(hidden):04X}"))
        if len(value) > limit:
            raise self.fail(
                path,
                messages.RESULT_TEXT_TOO_LONG.format(
                    length=spaced(len(value)), limit=spaced(limit)
                ),
            )
        if required and not value.strip():
            raise self.fail(path, messages.RESULT_TEXT_EMPTY)
        return value

    def flag(self, value: object, path: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(
                path,
                messages.RESULT_WRONG_TYPE.format(
                    expected=messages.KIND_TRUE_FALSE, found=_kind_of(value)
                ),
            )
        return value

    def number(self, value: object, path: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(
                path,
                messages.RESULT_WRONG_TYPE.format(
                    expected=messages.KIND_WHOLE_NUMBER, found=_kind_of(value)
                ),
            )
        if not low <= value <= high:
            raise self.fail(
                path,
                messages.RESULT_OUT_OF_RANGE.format(
                    value=_shown_number(value), low=low, high=spaced(high)
                ),
            )
        return value

    def choice(self, value: object, path: str, kind: type[_E]) -> _E:
        allowed = ", ".join(member.value for member in kind)
        if not isinstance(value, str):
            raise self.fail(
                path,
                messages.RESULT_WRONG_TYPE.format(
                    expected=messages.KIND_TEXT, found=_kind_of(value)
                ),
            )
        try:
            return kind(value)
        except ValueError:
            raise self.fail(
                path, messages.RESULT_NOT_ONE_OF.format(value=visible(value)[:80], allowed=allowed)
            ) from None

    def optional(
        self, value: object, path: str, read: Callable[[object, str], _T], kind: str
    ) -> _T | None:
        """``None`` for JSON null; anything else read by ``read``, whose wrong-type message
        then says «… eller null»."""
        if value is None:
            return None
        try:
            return read(value, path)
        except InterchangeError as exc:
            problem = exc.problems[0]
            wrong = messages.RESULT_WRONG_TYPE.format(expected=kind, found=_kind_of(value))
            if problem.message == wrong:
                raise self.fail(
                    path,
                    messages.RESULT_WRONG_TYPE.format(
                        expected=messages.KIND_OR_NULL.format(kind=kind), found=_kind_of(value)
                    ),
                ) from None
            raise

    def day(self, value: object, path: str) -> date:
        text = self.text(value, path)
        try:
            if not _DAY.fullmatch(text):
                raise ValueError(text)
            found = date.fromisoformat(text)
        except ValueError:
            raise self.fail(
                path, messages.RESULT_NOT_A_DATE.format(value=visible(text)[:40])
            ) from None
        if not _FIRST_YEAR <= found.year <= _LAST_YEAR:
            raise self.fail(path, messages.RESULT_NOT_A_DATE.format(value=text))
        return found

    def moment(self, value: object, path: str) -> datetime:
        text = self.text(value, path)
        try:
            if not _MOMENT.fullmatch(text):
                raise ValueError(text)
            found = datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(
                path, messages.RESULT_NOT_A_TIME.format(value=visible(text)[:40])
            ) from None
        if not _FIRST_YEAR <= found.year <= _LAST_YEAR:
            raise self.fail(path, messages.RESULT_NOT_A_TIME.format(value=text))
        return found.astimezone(UTC)

    def identifier(self, value: object, path: str, *, unique: str = "") -> str:
        """An id; with ``unique`` (its kind) refused if another of that kind has it."""
        text = self.text(value, path)
        if not _ID.fullmatch(text):
            raise self.fail(path, messages.RESULT_BAD_ID.format(value=visible(text)[:80]))
        if unique:
            seen = self.ids.setdefault(unique, set())
            if text in seen:
                raise self.fail(path, messages.RESULT_ID_TWICE.format(value=text))
            seen.add(text)
        return text

    # --- the format -------------------------------------------------------------------

    def result(self, value: Mapping[str, object], version: int) -> ExerciseResult:
        if "format_version" not in value:
            raise self.fail("format_version", messages.RESULT_FIELD_MISSING)
        found = value["format_version"]
        if isinstance(found, bool | float):  # 1.0 == 1 in Python, not in the schema
            raise self.fail(
                "format_version",
                messages.RESULT_WRONG_TYPE.format(
                    expected=messages.KIND_WHOLE_NUMBER, found=_kind_of(found)
                ),
            )
        if found != version:
            raise InterchangeError.single(
                self.name,
                messages.RESULT_VERSIONS_DIFFER.format(
                    manifest=version, content=visible(repr(found))[:40]
                ),
            )
        top = self.fields(value, "", _TOP, version)
        kommune = self.fields(top["kommune"], "kommune", ("name", "number", "county"), version)
        number = self.text(kommune["number"], "kommune.number")
        if number and not _MUNICIPALITY_NUMBER.fullmatch(number):
            raise self.fail(
                "kommune.number",
                messages.RESULT_BAD_MUNICIPALITY_NUMBER.format(value=visible(number)[:40]),
            )
        pack = self.fields(top["pack"], "pack", ("id", "version", "title"), version)
        marking = self.fields(top["marking"], "marking", ("kind", "text"), version)
        marking_kind = self.choice(marking["kind"], "marking.kind", MarkingKind)
        marking_text = self.text(marking["text"], "marking.text")
        if marking_kind is MarkingKind.NONE and marking_text:
            raise self.fail("marking.text", messages.RESULT_MARKING_TEXT_WITHOUT)
        if marking_kind is not MarkingKind.NONE and not marking_text.strip():
            raise self.fail("marking.text", messages.RESULT_MARKING_TEXT_MISSING)
        names_included = self.flag(top["names_included"], "names_included")
        goals = tuple(
            self.goal(item, f"goals[{index}]", version, depth=0)
            for index, item in enumerate(self.items(top["goals"], "goals"))
        )
        goal_ids = {g.id for goal in goals for g in (goal, *goal.subgoals)}
        return ExerciseResult(
            kommune=Kommune(
                name=self.text(kommune["name"], "kommune.name", required=True, plain=True),
                number=number,
                county=self.text(kommune["county"], "kommune.county", plain=True),
            ),
            pack=PackRef(
                id=self.identifier(pack["id"], "pack.id"),
                version=self.text(pack["version"], "pack.version", required=True, plain=True),
                title=self.text(pack["title"], "pack.title", required=True),
            ),
            exercise_date=self.optional(
                top["exercise_date"], "exercise_date", self.day, messages.KIND_TEXT
            ),
            duration_minutes=self.optional(
                top["duration_minutes"],
                "duration_minutes",
                lambda v, p: self.number(v, p, 0, MAX_MINUTES),
                messages.KIND_WHOLE_NUMBER,
            ),
            marking=ResultMarking(marking_kind, marking_text),
            exempt_included=self.flag(top["exempt_included"], "exempt_included"),
            names_included=names_included,
            participants=tuple(
                self.role(item, f"participants[{index}]", version, names_included)
                for index, item in enumerate(self.items(top["participants"], "participants"))
            ),
            participants_total=self.number(
                top["participants_total"], "participants_total", 0, MAX_COUNT
            ),
            goals=goals,
            strengths=self.findings(top["strengths"], "strengths", version, goal_ids),
            improvements=self.findings(top["improvements"], "improvements", version, goal_ids),
            learning_points=self.findings(
                top["learning_points"], "learning_points", version, goal_ids
            ),
            actions=tuple(
                self.measure(item, f"actions[{index}]", version, goal_ids)
                for index, item in enumerate(self.items(top["actions"], "actions"))
            ),
            created=self.moment(top["created"], "created"),
            app_version=self.text(top["app_version"], "app_version", 100),
            format_version=version,
        )

    def role(self, value: object, path: str, version: int, names_included: bool) -> RoleCount:
        item = self.fields(value, path, ("role_id", "title", "count", "names"), version)
        count = self.number(item["count"], f"{path}.count", 0, MAX_COUNT)
        names = tuple(
            self.text(name, f"{path}.names[{index}]", required=True)
            for index, name in enumerate(self.items(item["names"], f"{path}.names", MAX_COUNT))
        )
        if names and not names_included:
            raise self.fail(f"{path}.names", messages.RESULT_NAMES_NOT_CHOSEN)
        if len(names) > count:
            raise self.fail(
                f"{path}.names",
                messages.RESULT_MORE_NAMES_THAN_COUNT.format(names=len(names), count=count),
            )
        return RoleCount(
            role_id=self.identifier(item["role_id"], f"{path}.role_id", unique="roles"),
            title=self.text(item["title"], f"{path}.title", required=True),
            count=count,
            names=names,
        )

    def goal(self, value: object, path: str, version: int, *, depth: int) -> GoalResult:
        item = self.fields(
            value, path, ("id", "title", "rating", "comment", "withheld", "subgoals"), version
        )
        goal_id = self.identifier(item["id"], f"{path}.id", unique="goals")
        rating = self.optional(
            item["rating"],
            f"{path}.rating",
            lambda v, p: self.choice(v, p, Rating),
            messages.KIND_TEXT,
        )
        comment = self.text(item["comment"], f"{path}.comment", MAX_TEXT)
        withheld = self.flag(item["withheld"], f"{path}.withheld")
        if withheld and (rating is not None or comment):
            raise self.fail(f"{path}.withheld", messages.RESULT_WITHHELD_WITH_RATING)
        # Sub-goals have none of their own: the format is two levels deep.
        subgoals = self.items(item["subgoals"], f"{path}.subgoals", 0 if depth else MAX_ITEMS)
        return GoalResult(
            id=goal_id,
            title=self.text(item["title"], f"{path}.title", required=True),
            rating=rating,
            comment=comment,
            withheld=withheld,
            subgoals=tuple(
                self.goal(sub, f"{path}.subgoals[{index}]", version, depth=depth + 1)
                for index, sub in enumerate(subgoals)
            ),
        )

    def goal_links(self, value: object, path: str, goal_ids: set[str]) -> tuple[str, ...]:
        links = []
        for index, link in enumerate(self.items(value, path)):
            where = f"{path}[{index}]"
            goal_id = self.identifier(link, where)
            if goal_id not in goal_ids:
                raise self.fail(where, messages.RESULT_GOAL_UNKNOWN.format(value=goal_id))
            links.append(goal_id)
        return tuple(links)

    def findings(
        self, value: object, path: str, version: int, goal_ids: set[str]
    ) -> tuple[Finding, ...]:
        found = []
        for index, raw in enumerate(self.items(value, path)):
            where = f"{path}[{index}]"
            item = self.fields(raw, where, ("id", "text", "goal_ids", "follow_up"), version)
            found.append(
                Finding(
                    id=self.identifier(item["id"], f"{where}.id", unique="items"),
                    text=self.text(item["text"], f"{where}.text", MAX_TEXT, required=True),
                    goal_ids=self.goal_links(item["goal_ids"], f"{where}.goal_ids", goal_ids),
                    follow_up=self.flag(item["follow_up"], f"{where}.follow_up"),
                )
            )
        return tuple(found)

    def measure(self, value: object, path: str, version: int, goal_ids: set[str]) -> Measure:
        item = self.fields(value, path, _MEASURE, version)
        return Measure(
            id=self.identifier(item["id"], f"{path}.id", unique="items"),
            measure=self.text(item["measure"], f"{path}.measure", MAX_TEXT, required=True),
            owner=self.text(item["owner"], f"{path}.owner"),
            deadline=self.optional(
                item["deadline"], f"{path}.deadline", self.day, messages.KIND_TEXT
            ),
            status=self.choice(item["status"], f"{path}.status", ActionStatus),
            priority=self.optional(
                item["priority"],
                f"{path}.priority",
                lambda v, p: self.choice(v, p, Priority),
                messages.KIND_TEXT,
            ),
            goal_ids=self.goal_links(item["goal_ids"], f"{path}.goal_ids", goal_ids),
            follow_up=self.flag(item["follow_up"], f"{path}.follow_up"),
        )


_TOP = (
    "format_version",
    "kommune",
    "pack",
    "exercise_date",
    "duration_minutes",
    "marking",
    "exempt_included",
    "names_included",
    "participants",
    "participants_total",
    "goals",
    "strengths",
    "improvements",
    "learning_points",
    "actions",
    "created",
    "app_version",
)
_MEASURE = ("id", "measure", "owner", "deadline", "status", "priority", "goal_ids", "follow_up")


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
