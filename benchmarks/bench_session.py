"""Opening a session of 10,000 events, against reading the same rows with plain sqlite3.

The measured figure is ``Session.open(read_only=True)`` and ``close()``: header check,
integrity check, the scenario snapshot, decoding every event and replaying it into the
exercise. The floor connects to the same file read-only and fetches every events row, so
the ratio is what turning rows into a live exercise costs.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from benchmarks.common import HEADER, best_of, grouped, row
from benchmarks.sessions import build_session
from ovelse.store.session import Session

EVENTS = 10_000


def read_rows(path: Path) -> int:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT seq, type, wall_utc, exercise_ms, payload FROM events ORDER BY seq"
        ).fetchall()
    finally:
        connection.close()
    return len(rows)


def open_session(path: Path) -> int:
    session = Session.open(path, read_only=True)
    try:
        return len(session.records())
    finally:
        session.close()


def main() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="ovelse-bench-") as folder:
        path = build_session(Path(folder) / "lang.ovelse", EVENTS)
        count = read_rows(path)
        floor_s = best_of(lambda: read_rows(path), 5)
        measured_s = best_of(lambda: open_session(path), 5)
    return [
        row(
            f"open a session of {grouped(count)} events (read-only, replayed)",
            measured_s,
            floor_s,
            "≤ 3× floor",
        )
    ]


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(main()))
