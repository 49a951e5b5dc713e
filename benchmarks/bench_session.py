"""Opening a session of 10,000 events, against reading the same rows with plain sqlite3.

The measured figure is ``Session.open(read_only=True)`` and ``close()``: header check,
integrity check, the scenario snapshot, decoding every event and replaying it into the
exercise. The floor connects to the same file read-only and fetches every events row, so
the ratio is what turning rows into a live exercise costs. A second row times a session of
the same length whose exercise is still running, as a facilitator reopens it after a
crash: opened in the main window into the console (the whole log, the schedule, the
clocks) until the event loop is idle, against reading that file's rows.
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
        floor_s = best_of(lambda: read_rows(path), 5)
        measured_s = best_of(lambda: open_session(path), 5)
        running = build_session(Path(folder) / "pågår.ovelse", EVENTS, end=False)
        running_entries = live_entries(running)
        running_floor_s = best_of(lambda: read_rows(running), 5)
        app_s = app_open_in_child(running)
    return [
        row(
            f"open a session of {grouped(count)} events (read-only, replayed)",
            measured_s,
            floor_s,
            "≤ 3× floor",
        ),
        row(
            f"… a running session of as many events opened in the app: into the console "
            f"({grouped(running_entries)} log entries) until shown and idle; best of 3",
            app_s,
            running_floor_s,
            "(for information)",
        ),
    ]


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(main()))
