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

_CLOCK = re.compile(r"^\+?(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$")
_UNITS = re.compile(r"^\+?(?:(\d{1,3})\s*[ht])?\s*(?:(\d{1,4})\s*m(?:in)?)?\s*(?:(\d{1,5})\s*s)?$")


class TimingError(ValueError):
    """A duration or scenario time that cannot be read; the message is for the user."""


@dataclass(frozen=True, order=True)
class Duration:
    """A span of exercise time in whole seconds."""

    seconds: int

    PATTERN: ClassVar[str] = (
        r"^\+?(\d{1,3}:[0-5]\d(:[0-5]\d)?|(\d{1,3}\s*[ht])?\s*(\d{1,4}\s*m(in)?)?\s*(\d{1,5}\s*s)?)$"
    )
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


_DAY = re.compile(r"^(?:dag|day)\s*(\d{1,3})\s*,?\s*(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})$", re.I)
_TIME_ONLY = re.compile(r"^(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})$", re.I)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$")


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

    PATTERN: ClassVar[str] = (
        r"^((?i:dag|day)\s*\d{1,3}\s*,?\s*(?i:kl\.?\s*)?\d{1,2}[:.]\d{2}"
        r"|(?i:kl\.?\s*)?\d{1,2}[:.]\d{2}|\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2})$"
    )
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
