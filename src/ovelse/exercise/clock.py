"""The two real-world clocks the engine reads, behind a protocol so tests can drive them.

Exercise time is measured on the monotonic clock, because the wall clock may be moved by
the user or by NTP in the middle of an exercise; the wall clock only stamps when things
happened. Both are read through ``Clock`` so that timing tests advance a fake clock by hand
and stay exact.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards; only differences mean anything."""
        ...

    def now_utc(self) -> datetime:
        """The current wall time as an aware UTC datetime."""
        ...


class SystemClock:
    """The clocks of the machine the program runs on."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now_utc(self) -> datetime:
        return datetime.now(UTC)


def to_ms(seconds: float) -> int:
    """Round a monotonic reading to whole milliseconds, the unit all exercise time is kept in."""
    return round(seconds * 1000)


def wall_ms(moment: datetime) -> datetime:
    """Cut a wall time to whole milliseconds, so what is stored equals what is in memory."""
    return moment.astimezone(UTC).replace(microsecond=moment.microsecond // 1000 * 1000)


class FakeClock:
    """A clock that only moves when told to; both readings advance together.

    Time is held in integer milliseconds so that thousands of small advances add up
    exactly, which a float accumulator would not.
    """

    def __init__(self, start: datetime | None = None) -> None:
        self._start = start or datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
        self._mono_ms = 1_000_000  # an arbitrary origin, as on a real machine
        self._wall_offset_ms = 0
        self._elapsed_ms = 0

    def monotonic(self) -> float:
        return self._mono_ms / 1000

    def now_utc(self) -> datetime:
        return self._start + timedelta(milliseconds=self._elapsed_ms + self._wall_offset_ms)

    def advance(self, *, hours: int = 0, minutes: int = 0, seconds: int = 0, ms: int = 0) -> None:
        step = ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms
        if step < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self._mono_ms += step
        self._elapsed_ms += step

    def shift_wall(self, *, minutes: int = 0, ms: int = 0) -> None:
        """Move only the wall clock, as when the user or NTP adjusts it."""
        self._wall_offset_ms += minutes * 60_000 + ms

    def restart(self) -> None:
        """Start a new monotonic origin, as after the program or machine restarts."""
        self._mono_ms = 5_000
