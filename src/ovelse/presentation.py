"""How a log entry, a role list, a time, a rating and a marking are written for people.

The console's log table, the CSV log, the JSON export and the PDF report each used to
write a log entry their own way, which is how two of them came to show different clock
times. They now take the pieces from here: each medium still lays them out its own way
(a table cell, a spreadsheet row, a report table), but a kind, a role list, an exercise
time, a wall time in the session's zone (:mod:`ovelse.walltime`), an inject's title and a
marking read the same everywhere. The words themselves stay in the text modules
(``ovelse.exercise.labels``), read when used, so a language switch reaches every output.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from ovelse import walltime
from ovelse.exercise import labels
from ovelse.exercise.evaluation import Marking
from ovelse.exercise.kinds import EntryKind, Rating
from ovelse.exercise.log import LogEntry
from ovelse.exercise.run import Exercise

ROLE_SEPARATOR = ", "  # between role titles on one line


def exercise_time(ms: int) -> str:
    """Exercise time as the console's clock shows it: «01:05:30»."""
    return labels.clock_text(ms)


def wall_time(moment: datetime, zone: str) -> str:
    """A stored wall time in the session's zone: «12.03.2026 09:04:00»."""
    return walltime.wall_text(moment, zone)


def kind(entry_kind: EntryKind) -> str:
    """«Beslutning», «Tiltak» …"""
    return labels.ENTRY_KINDS[entry_kind]


def role_list(titles: Iterable[str]) -> str:
    """Role titles on one line: «Ordfører, Kommuneoverlege»."""
    return ROLE_SEPARATOR.join(titles)


def role_titles(exercise: Exercise, roles: Iterable[str]) -> tuple[str, ...]:
    """The titles of roles by id; a role the pack no longer has keeps its id."""
    return tuple(exercise.role_title(role) for role in roles)


def inject_title(exercise: Exercise, inject_id: str | None) -> str:
    """The title of the inject an entry belongs to, planned or written during the run."""
    return exercise.inject(inject_id).inject.title if inject_id else ""


def scenario_time(exercise: Exercise, inject_id: str | None) -> str:
    """The in-world clock of an entry's inject («Dag 2, kl. 06:00»), or nothing."""
    if not inject_id:
        return ""
    when = exercise.inject(inject_id).scenario_time
    return labels.scenario_time_text(when) if when is not None else ""


def entry_details(owner: str, deadline: str) -> tuple[str, ...]:
    """«Ansvarlig: …» and «Frist: …», those an entry has, to stand beside its text."""
    details = []
    if owner:
        details.append(labels.ENTRY_OWNER.format(owner=owner))
    if deadline:
        details.append(labels.ENTRY_DEADLINE.format(deadline=deadline))
    return tuple(details)


def edited_mark(edited: bool) -> str:
    """«(endret)» for an entry corrected since it was first written, else nothing."""
    return labels.ENTRY_EDITED if edited else ""


DETAIL_SEPARATOR = " · "  # between an entry's details on one line


def entry_line(entry: LogEntry) -> str:
    """An entry on one line, to pick it from a list: «01:05:30 · Beslutning · Tekst»."""
    return DETAIL_SEPARATOR.join((exercise_time(entry.exercise_ms), kind(entry.kind), entry.text))


def rating(value: Rating | None) -> str:
    """«Godt ivaretatt» …, or «Ikke vurdert» for a goal not yet rated."""
    return labels.RATINGS[value] if value is not None else labels.NOT_RATED


def marking_line(marking: Marking) -> str:
    """The access marking on one line (a custom text may hold line breaks), or nothing."""
    return " ".join(marking.text.split())


@dataclass(frozen=True)
class LogRow:
    """One log entry as people read it, every field written out."""

    id: str
    exercise_time: str
    wall_time: str
    scenario_time: str
    inject_title: str
    kind: str
    roles: str
    text: str
    owner: str
    deadline: str
    changed: str  # when it was last corrected, or nothing


def log_row(
    exercise: Exercise,
    entry: LogEntry,
    zone: str,
    titles: Callable[[Iterable[str]], Iterable[str]] | None = None,
) -> LogRow:
    """The entry written out; ``titles`` turns role ids into titles (a cache, say)."""
    roles = titles(entry.roles) if titles is not None else role_titles(exercise, entry.roles)
    return LogRow(
        id=entry.id,
        exercise_time=exercise_time(entry.exercise_ms),
        wall_time=wall_time(entry.wall, zone),
        scenario_time=scenario_time(exercise, entry.inject_id),
        inject_title=inject_title(exercise, entry.inject_id),
        kind=kind(entry.kind),
        roles=role_list(roles),
        text=entry.text,
        owner=entry.owner,
        deadline=entry.deadline,
        changed=wall_time(entry.changed_wall, zone) if entry.edited else "",
    )
