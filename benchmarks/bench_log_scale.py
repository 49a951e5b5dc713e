"""How the decision log's costs grow with the log: one entry and one filter change.

Sessions of 1,000, 10,000 and 100,000 events (about nine in ten of them log entries) are
opened into the console's log panel. Measured at each size: recording one entry through
the session model, durable on disk and shown in the table (median of ``ENTRIES``), the
part of it after the commit (the change handed to the panel: the new row, the count), and
switching the role filter to one role and back to all (best of ``FILTERS``). The floor of
each row is the same step on the 1,000-event session in the same run, so the ratio is the
growth: a step that costs the same at any length has a ratio near 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import HEADER, grouped, median, row, run_child

SIZES = (1_000, 10_000, 100_000)
ENTRIES = 30
FILTERS = 5


def measure(events: int) -> tuple[float, float, float, int]:
    """Median seconds per recorded entry and its part after the commit, best seconds per
    filter switch, log length."""
    from PySide6.QtWidgets import QApplication

    from benchmarks.sessions import build_session, entry_text
    from ovelse.exercise import Change, EntryKind, FakeClock
    from ovelse.store.session import Session
    from ovelse.ui.app import prepare_application
    from ovelse.ui.log_panel import LogPanel
    from ovelse.ui.session_model import SessionModel

    app: QApplication = prepare_application()
    with tempfile.TemporaryDirectory(prefix="ovelse-bench-") as folder:
        clock = FakeClock()
        path = build_session(Path(folder) / "logg.ovelse", events, clock=clock, end=False)
        session = Session.open(path, clock=clock)
        model = SessionModel(session)
        model.timer.stop()
        panel = LogPanel(model)
        panel.resize(1200, 700)
        panel.show()
        app.processEvents()
        exercise = session.exercise
        roles = [role.id for role in exercise.roles()]
        entry: list[float] = []
        shown: list[float] = []
        dispatch = model.dispatch

        def timed_dispatch(change: Change) -> None:
            start = time.perf_counter()
            dispatch(change)
            shown.append(time.perf_counter() - start)

        model.dispatch = timed_dispatch  # type: ignore[method-assign]
        for n in range(ENTRIES):
            clock.advance(seconds=20)
            start = time.perf_counter()
            model.call(exercise.add_entry, EntryKind.DECISION, entry_text(n), [roles[n % 3]])
            entry.append(time.perf_counter() - start)
        panel.set_filters(role=roles[1])  # once untimed: the first switch lays out anew
        panel.set_filters()
        switch: list[float] = []
        for _ in range(FILTERS):
            start = time.perf_counter()
            panel.set_filters(role=roles[1])
            panel.set_filters()
            switch.append(time.perf_counter() - start)
        length = len(exercise.log.entries())
        panel.close()
        panel.deleteLater()
        app.processEvents()
        session.close()
    return median(entry), median(shown), min(switch), length


def main() -> list[str]:
    results: dict[int, tuple[float, float, float, int]] = {}
    for events in SIZES:
        child = run_child("bench_log_scale", "--child", str(events))
        lines = [line for line in child.stdout.splitlines() if line.startswith("result ")]
        if not lines:
            raise RuntimeError(f"log scaling failed: {child.stderr.strip()[-2000:]}")
        entry_s, shown_s, filter_s, length = lines[-1].split()[1:]
        results[events] = (float(entry_s), float(shown_s), float(filter_s), int(length))
    small_entry, small_shown, small_filter, _ = results[SIZES[0]]
    rows = []
    for entry_s, shown_s, filter_s, length in results.values():
        rows.append(
            row(
                f"record one log entry, shown in the log panel, log of {grouped(length)} "
                f"(median of {ENTRIES}; floor: the same at {grouped(SIZES[0])} events)",
                entry_s,
                small_entry,
                "flat",
            )
        )
        rows.append(
            row(
                f"… its part after the commit: the new row and count shown, log of "
                f"{grouped(length)} (floor: the same at {grouped(SIZES[0])} events)",
                shown_s,
                small_shown,
                "flat",
            )
        )
        rows.append(
            row(
                f"switch the log's role filter to one role and back, log of {grouped(length)} "
                f"(floor: the same at {grouped(SIZES[0])} events)",
                filter_s,
                small_filter,
                "(for information)",
            )
        )
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print("result", *measure(int(sys.argv[2])), flush=True)
    else:
        print(HEADER)
        print("\n".join(main()))
