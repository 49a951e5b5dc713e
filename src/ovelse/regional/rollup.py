"""Many kommuners result files read into one :class:`~ovelse.regional.model.Rollup`.

The files come from outside: each is read by the result-file reader, which refuses a
damaged or crafted file with a reason; the roll-up then leaves out, each with its
reason by file name, a file whose content another file already brought, a second file
from the same kommune (the newest one counts, since a kommune that corrects its
evaluation sends it again) and a file for another pack or version than the one summed
up. The files are only read, never written.
"""

from __future__ import annotations

import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ovelse import presentation
from ovelse.exercise.kinds import MarkingKind, Rating
from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.results.model import SUFFIX, ExerciseResult, Finding, Measure
from ovelse.interchange.results.reader import read_result
from ovelse.regional import similarity, texts
from ovelse.regional.invited import Invited, invite
from ovelse.regional.model import (
    RATING_ORDER,
    FollowUp,
    Goal,
    GoalPoints,
    KommuneRow,
    Point,
    PointGroup,
    Rejected,
    Rollup,
    Spread,
)
from ovelse.report import formats
from ovelse.scenario.visible import visible

# From the strictest: the marking the roll-up carries when a file sends marked content.
_MARKING_ORDER = (MarkingKind.OFFL_21, MarkingKind.OFFL_24, MarkingKind.CUSTOM)


@dataclass(frozen=True)
class Loaded:
    """A result file that was read, by its file name."""

    file: str
    result: ExerciseResult


def result_files(paths: Iterable[Path]) -> tuple[list[Path], list[Rejected]]:
    """Files as given, and a folder's result files (by name, not its subfolders)."""
    found: list[Path] = []
    rejected: list[Rejected] = []
    for path in paths:
        try:
            is_folder = stat.S_ISDIR(path.stat().st_mode)
        except OSError:
            is_folder = False  # the reader names what is wrong with it
        if not is_folder:
            found.append(path)
            continue
        try:
            inside = sorted(
                p for p in path.iterdir() if p.name.endswith(SUFFIX) and not p.name.startswith(".")
            )
        except OSError:
            inside = []
        if not inside:
            rejected.append(Rejected(shown_name(path), texts.NO_RESULT_FILES))
        found += inside
    return found, rejected


def read_all(paths: Iterable[Path]) -> tuple[list[Loaded], list[Rejected]]:
    """Every file read, or left out with the reader's reason."""
    files, rejected = result_files(paths)
    loaded: list[Loaded] = []
    for path in files:
        try:
            loaded.append(Loaded(shown_name(path), read_result(path)))
        except InterchangeError as exc:
            problem = exc.problems[0]
            reason = f"{problem.field}: {problem.message}" if problem.field else problem.message
            rejected.append(Rejected(shown_name(path), reason))
    return loaded, rejected


def shown_name(path: Path) -> str:
    """The file's name as every output shows it: the sender chose it, so an escape
    sequence, a direction override or a byte that is not UTF-8 (which no workbook can
    hold) is written out rather than obeyed."""
    return visible(path.name or str(path))


_BY_NAME = "navn:"


def kommune_key(name: str, number: str) -> str:
    return number if number else _BY_NAME + " ".join(name.casefold().split())


def kommune_order(name: str) -> tuple[tuple[int, str], ...]:
    """A sort key that puts æ, ø and å after z, in that order, as Norwegian lists do, the
    Sámi letters with their base letter («Gáivuotna» beside «Gamvik»), and «Alta 2»
    before «Alta 10»."""
    folded = " ".join(name.casefold().split()).translate(_NORWEGIAN)
    plain = "".join(
        c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c)
    ).translate(_SAMI)
    parts = _DIGITS.split(plain)
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in parts if part)


_DIGITS = re.compile(r"(\d+)")
_SAMI = str.maketrans({"đ": "d", "ŋ": "n", "ŧ": "t"})

_NORWEGIAN = str.maketrans({"æ": "z\u0001", "ø": "z\u0002", "å": "z\u0003"})


def _newer(a: ExerciseResult, b: ExerciseResult) -> bool:
    """Whether ``a`` was written after ``b``; a file without a time is the older one."""
    floor = datetime.min
    first = a.created.replace(tzinfo=None) if a.created is not None else floor
    second = b.created.replace(tzinfo=None) if b.created is not None else floor
    return first > second


def chosen_pack(loaded: Sequence[Loaded], pack_id: str | None = None) -> tuple[str, str] | None:
    """The pack (or the given pack's version) most files are for; on a tie, the one
    read first."""
    counts = Counter(
        (item.result.pack.id, item.result.pack.version)
        for item in loaded
        if pack_id is None or item.result.pack.id == pack_id
    )
    if not counts:
        return (pack_id, "") if pack_id is not None else None
    best = max(counts.values())
    return next(pack for pack, count in counts.items() if count == best)


def select(
    loaded: Sequence[Loaded], pack: tuple[str, str | None] | None
) -> tuple[list[Loaded], list[Rejected], tuple[str, str] | None]:
    """The files that count: one per kommune, for the chosen pack and version
    (a version of None: the one most of the pack's files have)."""
    if pack is None or pack[1] is None:
        chosen = chosen_pack(loaded, pack[0] if pack is not None else None)
    else:
        chosen = (pack[0], pack[1])
    rejected: list[Rejected] = []
    seen: dict[ExerciseResult, str] = {}
    by_kommune: dict[str, Loaded] = {}
    named: dict[str, str] = {}  # a kommune's name key -> the key it is kept under
    titles = {
        (item.result.pack.id, item.result.pack.version): item.result.pack.title
        for item in reversed(loaded)
    }
    for item in loaded:
        result = item.result
        if result in seen:
            rejected.append(Rejected(item.file, texts.SAME_FILE.format(other=seen[result])))
            continue
        seen[result] = item.file
        if chosen is not None and (result.pack.id, result.pack.version) != chosen:
            title, version = result.pack.title or result.pack.id, result.pack.version
            reason = (
                texts.OTHER_PACK.format(
                    pack=title,
                    version=version,
                    chosen=titles.get(chosen) or chosen[0],
                    chosen_version=chosen[1],
                )
                if chosen[1]
                else texts.OTHER_PACK_ID.format(pack=title, version=version, chosen=chosen[0])
            )
            rejected.append(Rejected(item.file, reason))
            continue
        key = kommune_key(result.kommune.name, result.kommune.number)
        if key not in by_kommune:
            # A file without a number is the kommune of that name that has one, and the
            # other way round; two numbers tell two kommuner of one name apart (Herøy).
            same_name = named.get(kommune_key(result.kommune.name, ""))
            if same_name is not None and (
                not result.kommune.number or same_name.startswith(_BY_NAME)
            ):
                key = same_name
        other = by_kommune.get(key)
        if other is None:
            by_kommune[key] = item
            named.setdefault(kommune_key(result.kommune.name, ""), key)
            continue
        kept, dropped = (item, other) if _newer(result, other.result) else (other, item)
        by_kommune[key] = kept
        rejected.append(
            Rejected(
                dropped.file,
                texts.SAME_KOMMUNE.format(kommune=result.kommune.name, other=kept.file),
            )
        )
    kept_files = sorted(by_kommune.values(), key=lambda i: kommune_order(i.result.kommune.name))
    return kept_files, rejected, chosen


def _goals(chosen: Sequence[Loaded]) -> tuple[tuple[Goal, ...], dict[str, str]]:
    """The goals in the order the files have them, and each goal and sub-goal's goal."""
    titles: dict[str, str] = {}
    parent: dict[str, str] = {}
    for item in chosen:
        for goal in item.result.goals:
            titles.setdefault(goal.id, goal.title)
            parent.setdefault(goal.id, goal.id)
            for sub in goal.subgoals:
                parent.setdefault(sub.id, goal.id)
    goals = tuple(
        Goal(goal_id, title, number) for number, (goal_id, title) in enumerate(titles.items(), 1)
    )
    return goals, parent


def _rows(chosen: Sequence[Loaded], goals: Sequence[Goal]) -> tuple[KommuneRow, ...]:
    rows = []
    for item in chosen:
        result = item.result
        by_id = {goal.id: goal for goal in result.goals}
        ratings: list[Rating | None] = []
        withheld: list[int] = []
        for index, goal in enumerate(goals):
            found = by_id.get(goal.id)
            ratings.append(found.rating if found is not None else None)
            if found is not None and found.withheld:
                withheld.append(index)
        rows.append(
            KommuneRow(
                result.kommune.name,
                item.file,
                result.exercise_date,
                tuple(ratings),
                frozenset(withheld),
                result.kommune.number,
            )
        )
    return tuple(rows)


def _spread(rows: Sequence[KommuneRow], goals: Sequence[Goal]) -> tuple[Spread, ...]:
    spread = []
    for index, goal in enumerate(goals):
        counts = Counter(row.ratings[index] for row in rows)
        spread.append(Spread(goal, tuple(counts.get(rating, 0) for rating in RATING_ORDER)))
    return tuple(spread)


def _first_goal(goal_ids: Sequence[str], parent: dict[str, str]) -> str | None:
    for goal_id in goal_ids:
        if goal_id in parent:
            return parent[goal_id]
    return None


def _points(
    chosen: Sequence[Loaded],
    goals: Sequence[Goal],
    parent: dict[str, str],
    findings: str,
) -> tuple[GoalPoints, ...]:
    """Points grouped under the first goal they concern, then by similar wording."""
    under: dict[str | None, list[Point]] = {goal.id: [] for goal in goals}
    under[None] = []
    for item in chosen:
        name = item.result.kommune.name
        found: tuple[Finding, ...] = getattr(item.result, findings)
        for finding in found:
            if finding.text.strip():
                under[_first_goal(finding.goal_ids, parent)].append(Point(name, finding.text))
    result = []
    for goal in (*goals, None):
        points = under[goal.id if goal is not None else None]
        groups = similarity.group(points, (p.text for p in points))
        ranked = sorted((PointGroup(g.items) for g in groups), key=lambda g: -len(g.kommuner))
        result.append(GoalPoints(goal, tuple(ranked)))
    return tuple(result)


def _goal_labels(goal_ids: Sequence[str], parent: dict[str, str], goals: Sequence[Goal]) -> str:
    numbers = {goal.id: goal.number for goal in goals}
    top = dict.fromkeys(parent[g] for g in goal_ids if g in parent)
    return ", ".join(texts.GOAL_NUMBER.format(number=numbers[g]) for g in top if g in numbers)


def _follow_ups(
    chosen: Sequence[Loaded], parent: dict[str, str], goals: Sequence[Goal]
) -> tuple[FollowUp, ...]:
    items = []
    for item in chosen:
        result = item.result
        kinds: list[tuple[str, tuple[Finding | Measure, ...]]] = [
            (texts.KIND_STRENGTH, result.strengths),
            (texts.KIND_IMPROVEMENT, result.improvements),
            (texts.KIND_LEARNING, result.learning_points),
            (texts.KIND_ACTION, result.actions),
        ]
        for kind, found in kinds:
            for entry in found:
                if not entry.follow_up:
                    continue
                if isinstance(entry, Measure):
                    deadline = formats.short_date(entry.deadline) if entry.deadline else ""
                    details = presentation.entry_details(entry.owner, deadline)
                    text = presentation.DETAIL_SEPARATOR.join((entry.measure, *details))
                else:
                    text = entry.text
                labels = _goal_labels(entry.goal_ids, parent, goals)
                items.append(FollowUp(result.kommune.name, kind, text, labels))
    return tuple(items)


def _marking(chosen: Sequence[Loaded]) -> str:
    """The strictest marking of the files that send content marked exempt."""
    sent = [i.result.marking for i in chosen if i.result.exempt_included]
    for kind in _MARKING_ORDER:
        for marking in sent:
            if marking.kind is kind and marking.text.strip():
                return marking.text
    return ""


def _region(chosen: Sequence[Loaded]) -> str:
    counties = {i.result.kommune.county.strip() for i in chosen}
    if len(counties) == 1:
        county = counties.pop()
        if county:
            return county
    return texts.REGION_FALLBACK


def roll_up(
    loaded: Sequence[Loaded],
    rejected: Sequence[Rejected] = (),
    *,
    pack: tuple[str, str | None] | None = None,
    invited: Sequence[Invited] = (),
) -> Rollup:
    """The roll-up of files already read, for ``pack`` (id and version, or id and None
    for its most common version), or else the pack and version most files are for."""
    chosen, left_out, pack = select(loaded, pack)
    goals, parent = _goals(chosen)
    rows = _rows(chosen, goals)
    title = chosen[0].result.pack.title if chosen else (pack[0] if pack else "")
    made = Rollup(
        pack_id=pack[0] if pack else "",
        pack_version=pack[1] if pack else "",
        pack_title=title,
        region=_region(chosen),
        goals=goals,
        rows=rows,
        spread=_spread(rows, goals),
        learning=_points(chosen, goals, parent, "learning_points"),
        improvements=_points(chosen, goals, parent, "improvements"),
        follow_ups=_follow_ups(chosen, parent, goals),
        invited=(),
        missing=(),
        rejected=tuple(sorted((*rejected, *left_out), key=lambda r: kommune_order(r.file))),
        marking=_marking(chosen),
        participants=sum(item.result.participants_total for item in chosen),
    )
    return invite(made, invited)


def roll_up_files(
    paths: Iterable[Path],
    *,
    pack: tuple[str, str | None] | None = None,
    invited: Sequence[Invited] = (),
) -> Rollup:
    """Read the files (and folders) and roll them up."""
    loaded, rejected = read_all(paths)
    return roll_up(loaded, rejected, pack=pack, invited=invited)
