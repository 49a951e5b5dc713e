"""Dates, times and durations the way the report's language writes them."""

from __future__ import annotations

from datetime import date, datetime

from ovelse.exercise import labels
from ovelse.report import texts
from ovelse.scenario.timing import format_offset


def long_date(day: date) -> str:
    """«12. mars 2026»."""
    return texts.DATE_LONG.format(day=day.day, month=labels.MONTHS[day.month - 1], year=day.year)


def short_date(day: date) -> str:
    """«12.03.2026», for table cells."""
    return texts.DATE_SHORT.format(day=day.day, month=day.month, year=day.year)


def date_span(days: tuple[date, ...]) -> str:
    """One date, or the first and last of several: «12.–13. mars 2026»."""
    if not days:
        return ""
    first, last = min(days), max(days)
    if first == last:
        return long_date(first)
    dash = texts.DATE_RANGE_SEPARATOR
    if (first.year, first.month) == (last.year, last.month):
        return f"{texts.DATE_DAY.format(day=first.day)}{dash}{long_date(last)}"
    if first.year == last.year:
        start = texts.DATE_DAY_MONTH.format(day=first.day, month=labels.MONTHS[first.month - 1])
        return f"{start} {dash} {long_date(last)}"
    return f"{long_date(first)} {dash} {long_date(last)}"


def offset(ms: int) -> str:
    """Exercise time to the whole minute, written as the console writes it: «+01:05».

    A report reads in minutes; the seconds the console may show are dropped here.
    """
    return format_offset(max(ms, 0) // 60_000 * 60)


def clock(ms: int) -> str:
    """An axis tick: «01:30», no sign."""
    return format_offset(max(ms, 0) // 60_000 * 60, sign=False)


def duration(ms: int) -> str:
    """«2 t 30 min», «45 min»."""
    minutes = max(ms, 0) // 60_000
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return texts.DURATION_HOURS_MINUTES.format(hours=hours, minutes=rest)
    if hours:
        return texts.DURATION_HOURS.format(hours=hours)
    return texts.DURATION_MINUTES.format(minutes=rest)


def wall_clock(when: datetime | None) -> str:
    return "" if when is None else f"{when.hour:02d}:{when.minute:02d}"


def delay(ms: int) -> str:
    """How far from the plan an inject was given, rounded to whole minutes."""
    minutes = round(ms / 60_000)
    if minutes > 0:
        return texts.INJECT_DELAY_LATE.format(minutes=minutes)
    if minutes < 0:
        return texts.INJECT_DELAY_EARLY.format(minutes=-minutes)
    return texts.INJECT_DELAY_ON_TIME
