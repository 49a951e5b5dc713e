"""Opening a session of 10,000 events, against reading the same rows with plain sqlite3.

The measured figure is ``Session.open(read_only=True)`` and ``close()``: header check,
integrity check, the scenario snapshot, decoding every event and replaying it into the
exercise. The floor connects to the same file read-only and fetches every events row, so
the ratio is what turning rows into a live exercise costs. A second row times the same file
opened in the main window, until its pages (the console with the whole log) are built and
the event loop is idle.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from benchmarks.common import HEADER, best_of, grouped, row, run_child
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


def app_open_in_child(path: Path) -> float:
    """Opening in the main window (``bench_ui.time_app_open``), in a process of its own."""
    child = run_child("bench_ui", "--open", str(path))
    lines = [line for line in child.stdout.splitlines() if line.startswith("opened ")]
    if not lines:
        raise RuntimeError(f"opening in the app failed: {child.stderr.strip()[-2000:]}")
    return float(lines[-1].split()[1])


def live_entries(path: Path) -> int:
    with Session.open(path, read_only=True) as session:
        return len(session.exercise.log.entries())


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
        entries = live_entries(path)
        floor_s = best_of(lambda: read_rows(path), 5)
        measured_s = best_of(lambda: open_session(path), 5)
        app_s = app_open_in_child(path)
    return [
        row(
            f"open a session of {grouped(count)} events (read-only, replayed)",
            measured_s,
            floor_s,
            "≤ 3× floor",
        ),
        row(
            f"… and in the app: opened from the main window until shown and idle "
            f"(console built with {grouped(entries)} log entries; best of 3)",
            app_s,
            floor_s,
            "(for information)",
        ),
    ]


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(main()))
