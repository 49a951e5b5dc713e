"""Dates, times and durations the way a Norwegian report writes them."""

from __future__ import annotations

from datetime import date, datetime

from ovelse.report import texts


def long_date(day: date) -> str:
    """«12. mars 2026»."""
    return f"{day.day}. {texts.MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """«12.03.2026», for table cells."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def date_span(days: tuple[date, ...]) -> str:
    """One date, or the first and last of several: «12.–13. mars 2026»."""
    if not days:
        return ""
    first, last = min(days), max(days)
    if first == last:
        return long_date(first)
    dash = texts.DATE_RANGE_SEPARATOR
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}.{dash}{long_date(last)}"
    if first.year == last.year:
        return f"{first.day}. {texts.MONTHS[first.month - 1]} {dash} {long_date(last)}"
    return f"{long_date(first)} {dash} {long_date(last)}"


def offset(ms: int) -> str:
    """Exercise time to the minute, as facilitators say it: «+01:05»."""
    minutes = max(ms, 0) // 60_000
    return f"+{minutes // 60:02d}:{minutes % 60:02d}"


def clock(ms: int) -> str:
    """An axis tick: «01:30», no sign."""
    minutes = max(ms, 0) // 60_000
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duration(ms: int) -> str:
    """«2 t 30 min», «45 min»."""
    minutes = max(ms, 0) // 60_000
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} t {rest} min"
    if hours:
        return f"{hours} t"
    return f"{rest} min"


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
