"""The roll-up as data: what many kommuners results add up to, before any layout.

:mod:`ovelse.regional.rollup` builds it from result files; :mod:`ovelse.regional.compose`
turns it into the report's blocks, which the PDF and the workbook lay out. Every text in
it is the kommuners' own (plain user text, never markup).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ovelse.exercise.kinds import Rating

# The order ratings are counted and shown in; None is a goal the kommune did not rate.
RATING_ORDER: tuple[Rating | None, ...] = (
    Rating.WELL,
    Rating.PARTLY,
    Rating.NOT,
    Rating.NOT_EXERCISED,
    None,
)


@dataclass(frozen=True)
class Rejected:
    """A file left out of the roll-up, and why, named by its file name."""

    file: str
    reason: str


@dataclass(frozen=True)
class Goal:
    """A goal of the pack, numbered for the matrix's narrow columns (M1, M2 …)."""

    id: str
    title: str
    number: int


@dataclass(frozen=True)
class KommuneRow:
    """One kommune's line in the matrix: its ratings, one per goal in goal order."""

    kommune: str
    file: str
    held: date | None
    ratings: tuple[Rating | None, ...]
    withheld: frozenset[int] = frozenset()  # goals whose verdict is exempt and left out
    number: str = ""  # the kommunenummer, when the file gives it


@dataclass(frozen=True)
class Spread:
    """How the kommuner rated one goal: a count per rating in :data:`RATING_ORDER`."""

    goal: Goal
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class Point:
    """A learning or improvement point one kommune wrote."""

    kommune: str
    text: str


@dataclass(frozen=True)
class PointGroup:
    """Points of similar wording under one goal; the first one's wording is shown."""

    points: tuple[Point, ...]

    @property
    def wording(self) -> str:
        return self.points[0].text

    @property
    def kommuner(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(point.kommune for point in self.points))


@dataclass(frozen=True)
class GoalPoints:
    """The groups of points under one goal; ``goal`` None: points linked to no goal."""

    goal: Goal | None
    groups: tuple[PointGroup, ...]


@dataclass(frozen=True)
class FollowUp:
    """An item a kommune flagged «trenger oppfølging fra region/stat»."""

    kommune: str
    kind: str  # «Læringspunkt», «Tiltak» … as the reader reads it
    text: str
    goals: str  # the goals it is linked to, as «M1, M3», or nothing


@dataclass(frozen=True)
class Rollup:
    """Everything the summary says, from the files that were taken in."""

    pack_id: str
    pack_version: str
    pack_title: str
    region: str  # the county or the statsforvalter, for the cover's band
    goals: tuple[Goal, ...]
    rows: tuple[KommuneRow, ...]  # by kommune name
    spread: tuple[Spread, ...]
    learning: tuple[GoalPoints, ...]
    improvements: tuple[GoalPoints, ...]
    follow_ups: tuple[FollowUp, ...]
    invited: tuple[str, ...]  # empty: no invitation list was given
    missing: tuple[str, ...]
    rejected: tuple[Rejected, ...]
    marking: str = ""  # the strictest marking a file says applies to what it holds
    participants: int = 0  # people present in all the kommuners exercises together

    @property
    def kommuner(self) -> tuple[str, ...]:
        return tuple(row.kommune for row in self.rows)

    @property
    def dates(self) -> tuple[date, ...]:
        return tuple(sorted({row.held for row in self.rows if row.held is not None}))
