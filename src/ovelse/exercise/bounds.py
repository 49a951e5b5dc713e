"""The range every stored time keeps to, so that a value that opens also prints.

A crafted session file can hold times SQLite and the decoder accept but the outputs
cannot use: a wall time in year 9999 overflows the conversion to local time in the CSV
and the report, and an exercise time of 2^62 ms makes the report's timeline count bins
for ever. The live commands cannot produce such values (the run clock stops at
``MAX_EXERCISE_MS``, a machine clock outside the range is held to its edge), and reading
a file refuses them, so the two doors agree.
"""

from __future__ import annotations

from datetime import UTC, datetime

# Longer than any plan a pack can hold (offsets stop below 50 days) and than any exercise
# left running over a holiday; a clock past it is damage, not an exercise.
MAX_EXERCISE_DAYS = 60
MAX_EXERCISE_MS = MAX_EXERCISE_DAYS * 24 * 3_600_000

# Local time is computed from these without overflow in every time zone, and on Windows,
# whose C library has no local time before 1970 or after 3000.
EARLIEST_WALL = datetime(1970, 1, 2, tzinfo=UTC)
LATEST_WALL = datetime(2199, 12, 31, 23, 59, 59, 999_000, tzinfo=UTC)


def bounded_wall(moment: datetime) -> datetime:
    """The machine's clock, held inside the range the file may store.

    A clock that far off is wrong whatever the program does; holding it to the edge keeps
    the exercise running and its file readable, instead of refusing every entry.
    """
    return min(max(moment, EARLIEST_WALL), LATEST_WALL)
