"""Recording one log entry, durable on disk, against one INSERT + COMMIT with synchronous=EXTRA.

The measured call is ``exercise.add_entry`` on a writable session that already holds a
long exercise: checks, the event, JSON, the committed transaction (``synchronous=EXTRA``,
rollback journal, the folder synced after the commit) and applying it. The floor inserts a row of the same size into an
equivalent table in a second SQLite file in the same folder, committed the same way.
Entries alternate with floor inserts, so both see the same disk and the same noise.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.common import HEADER, median, percentile, row
from benchmarks.sessions import build_session, entry_text
from ovelse.exercise import EntryKind, FakeClock
from ovelse.store.session import Session

ENTRIES = 300
BEFORE = 2_000  # events already in the session, as three hours into an exercise


def floor_table(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = EXTRA")
    connection.execute(
        "CREATE TABLE events (seq INTEGER PRIMARY KEY, type TEXT NOT NULL, "
        "wall_utc TEXT NOT NULL, exercise_ms INTEGER NOT NULL, payload TEXT NOT NULL)"
    )
    return connection


def main() -> list[str]:
    measured: list[float] = []
    floor: list[float] = []
    with tempfile.TemporaryDirectory(prefix="ovelse-bench-") as folder:
        clock = FakeClock()
        path = build_session(Path(folder) / "logg.ovelse", BEFORE, clock=clock, end=False)
        connection = floor_table(Path(folder) / "golv.sqlite")
        session = Session.open(path, clock=clock)
        try:
            exercise = session.exercise
            roles = [role.id for role in exercise.roles()]
            payload = '{"entry_id":"L0","fields":{"kind":"beslutning","text":"%s"}}'
            for n in range(ENTRIES):
                text = entry_text(n)
                clock.advance(seconds=20)
                start = time.perf_counter()
                connection.execute(
                    "INSERT INTO events VALUES (?, ?, ?, ?, ?)",
                    (n + 1, "entry_added", "2026-03-12T08:00:00.000Z", n, payload % text),
                )
                floor.append(time.perf_counter() - start)
                start = time.perf_counter()
                exercise.add_entry(EntryKind.DECISION, text, [roles[n % len(roles)]])
                measured.append(time.perf_counter() - start)
        finally:
            session.close()
            connection.close()
    return [
        row(
            f"record one log entry, durable (median of {ENTRIES})",
            median(measured),
            median(floor),
            "≤ 1.5× floor",
        ),
        row(
            f"record one log entry, durable (p99 of {ENTRIES})",
            percentile(measured, 99),
            percentile(floor, 99),
            "≤ 1.5× floor",
        ),
    ]


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(main()))
