"""Planned offsets and scenario clock values, parsed from the forms authors write.

Authors write offsets as ``+00:45``, ``1:30``, ``1h30m`` or ``90m`` and scenario times as
``Dag 2 06:00``, ``06:30`` or ``2026-08-07 14:00``. Both are kept as small value types so
the engine does integer arithmetic and never re-parses text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

# The forms are written once, as text both Python and the JavaScript engines in editors
# read the same way ([0-9], not \d, which in Python also takes other scripts' digits; no
# inline flags): the parsers below compile them, the JSON Schema's patterns embed them.
_CLOCK_FORM = r"\+?([0-9]{1,3}):([0-5][0-9])(?::([0-5][0-9]))?"
_UNITS_FORM = r"\+?(?:([0-9]{1,3})\s*[ht])?\s*(?:([0-9]{1,4})\s*m(?:in)?)?\s*(?:([0-9]{1,5})\s*s)?"
_CLOCK = re.compile(f"^{_CLOCK_FORM}$")
_UNITS = re.compile(f"^{_UNITS_FORM}$")


class TimingError(ValueError):
    """A duration or scenario time that cannot be read; the message is for the user."""


@dataclass(frozen=True, order=True)
class Duration:
    """A span of exercise time in whole seconds."""

    seconds: int

    # What ``parse`` accepts, spaces around it included; the units form needs a number.
    PATTERN: ClassVar[str] = rf"^\s*(?:{_CLOCK_FORM}|(?=[^0-9]*[0-9]){_UNITS_FORM})\s*$"
    POSITIVE_PATTERN: ClassVar[str] = "[1-9]"  # a duration above zero has a digit above zero
    EXAMPLE: ClassVar[str] = "+00:45, 1:30, 1h30m eller 90m"

    @classmethod
    def parse(cls, text: str) -> Duration:
        raw = text.strip()
        match = _CLOCK.match(raw)
        if match:
            hours, minutes, seconds = match.groups()
            return cls(int(hours) * 3600 + int(minutes) * 60 + int(seconds or 0))
        match = _UNITS.match(raw)
        if raw.lstrip("+") and match and any(match.groups()):
            hours, minutes, seconds = (int(part or 0) for part in match.groups())
            return cls(hours * 3600 + minutes * 60 + seconds)
        raise TimingError(f"«{text}» er ikke en varighet (skriv for eksempel {cls.EXAMPLE})")

    def __str__(self) -> str:
        return format_offset(self.seconds)


def format_offset(seconds: int, *, sign: bool = True) -> str:
    """Show an exercise-time offset the way facilitators say it: ``+01:30``."""
    negative = seconds < 0
    total = abs(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours:02d}:{minutes:02d}" + (f":{secs:02d}" if secs else "")
    if negative:
        return "-" + text
    return ("+" if sign else "") + text


_DAY_WORD = "(?:[Dd][Aa][Gg]|[Dd][Aa][Yy])"
_KL = r"(?:[Kk][Ll]\.?\s*)?"


def _day_form(day: str, hour: str, minute: str) -> str:
    return rf"{_DAY_WORD}\s*{day}\s*,?\s*{_KL}{hour}[:.]{minute}"


def _time_form(hour: str, minute: str) -> str:
    return rf"{_KL}{hour}[:.]{minute}"


def _iso_form(year: str, month_day: str, separator: str, hour: str, minute: str) -> str:
    return rf"{year}-{month_day}{separator}{hour}:{minute}"


_DAY = re.compile("^" + _day_form("([0-9]{1,3})", "([0-9]{1,2})", "([0-9]{2})") + "$")
_TIME_ONLY = re.compile("^" + _time_form("([0-9]{1,2})", "([0-9]{2})") + "$")
_ISO = re.compile(
    "^"
    + _iso_form("([0-9]{4})", "([0-9]{2})-([0-9]{2})", "[ T]", "([0-9]{1,2})", "([0-9]{2})")
    + "$"
)

# The same forms for the schema, with the numbers the parser goes on to refuse left out:
# day 0, hour 24 and up, minute 60 and up, month 13, 31 June, year 0. Only 29 February of
# a year that is not a leap year is left to the validator. Spaces are free, as in parse().
_HOUR = "(?:[01]?[0-9]|2[0-3])"
_MINUTE = "[0-5][0-9]"
_DAY_NUMBER = "(?:0{0,2}[1-9]|0?[1-9][0-9]|[1-9][0-9]{2})"
_MONTH_DAY = (
    "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    "|02-(?:0[1-9]|1[0-9]|2[0-9]))"
)
_SCENARIO_TIME_PATTERN = (
    r"^\s*(?:"
    + _day_form(_DAY_NUMBER, _HOUR, _MINUTE)
    + "|"
    + _time_form(_HOUR, _MINUTE)
    + "|"
    + _iso_form("(?!0000)[0-9]{4}", _MONTH_DAY, r"(?:\s+|T)", _HOUR, _MINUTE)
    + r")\s*$"
)


@dataclass(frozen=True)
class ScenarioTime:
    """The in-world clock participants see; it may jump forward between phases.

    Exactly one of ``day`` and ``date`` is set when the author gave a day or a calendar
    date; a bare ``06:00`` keeps the day of the previous inject (``day`` is None).
    """

    hour: int
    minute: int
    day: int | None = None
    date: str | None = None  # ISO yyyy-mm-dd

    PATTERN: ClassVar[str] = _SCENARIO_TIME_PATTERN
    EXAMPLE: ClassVar[str] = "«Dag 2 06:00», «06:30» eller «2026-08-07 14:00»"

    @classmethod
    def parse(cls, text: str) -> ScenarioTime:
        raw = " ".join(text.split())
        if match := _DAY.match(raw):
            day, hour, minute = (int(part) for part in match.groups())
            return cls._checked(hour, minute, day=day, text=text)
        if match := _TIME_ONLY.match(raw):
            hour, minute = (int(part) for part in match.groups())
            return cls._checked(hour, minute, text=text)
        if match := _ISO.match(raw):
            year, month, mday, hour, minute = (int(part) for part in match.groups())
            try:
                stamp = datetime(year, month, mday, hour, minute)
            except ValueError as exc:
                raise TimingError(f"«{text}» er ikke en gyldig dato og tid") from exc
            return cls(stamp.hour, stamp.minute, date=stamp.date().isoformat())
        raise TimingError(f"«{text}» er ikke en scenariotid (skriv for eksempel {cls.EXAMPLE})")

    @classmethod
    def _checked(cls, hour: int, minute: int, *, day: int | None = None, text: str) -> ScenarioTime:
        if hour > 23 or minute > 59:
            raise TimingError(f"«{text}» har et klokkeslett som ikke finnes")
        if day is not None and day < 1:
            raise TimingError(f"«{text}»: dagene telles fra Dag 1")
        return cls(hour, minute, day=day)

    def __str__(self) -> str:
        clock = f"{self.hour:02d}:{self.minute:02d}"
        if self.date:
            return f"{self.date} {clock}"
        if self.day is not None:
            return f"Dag {self.day} {clock}"
        return clock
