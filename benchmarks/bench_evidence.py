"""Showing the evidence for one goal in a 10,000-event session, against a plain loop.

The session is the benchmarks' long exercise (``sessions.build_session``) with every
expected action of the given injects ticked and a finding linked to each goal. The goal
measured is the one whose injects hold the most log entries. Measured: gathering its
evidence (``ovelse.exercise.evidence.gather``: injects, ticks, entries, linked findings,
the suggestion), and the Evaluate step's evidence panel showing it (gathered, written as
text and laid out). The floor is a plain Python loop over the same session's events in
memory, counting the log entries added against the goal's injects.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import HEADER, grouped, row

EVENTS = 10_000
REPEAT = 15
TARGET = "≤ 50 ms"


def main() -> list[str]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.sessions import build_session
    from ovelse.exercise import FakeClock, Links, NoteSection
    from ovelse.exercise.events import EntryAdded
    from ovelse.exercise.evidence import gather
    from ovelse.exercise.kinds import ActionMark
    from ovelse.store.session import Session
    from ovelse.ui.app import prepare_application
    from ovelse.ui.evidence_panel import EvidencePanel
    from ovelse.ui.session_model import SessionModel

    app: QApplication = prepare_application()
    marks = (ActionMark.DONE, ActionMark.PARTLY, ActionMark.NOT_DONE)
    with tempfile.TemporaryDirectory(prefix="ovelse-bench-") as folder:
        clock = FakeClock()
        path = build_session(Path(folder) / "bevis.ovelse", EVENTS, clock=clock, end=False)
        session = Session.open(path, clock=clock)
        try:
            exercise = session.exercise
            for n, release in enumerate(exercise.releases()):
                for m, item in enumerate(exercise.actions(release.inject_id)):
                    mark = marks[(n + m) % len(marks)]
                    exercise.tick_action(release.inject_id, item.action_id, mark)
            for goal_id in exercise.evaluation.goals:
                exercise.add_note(
                    NoteSection.STRENGTHS, f"Funn om {goal_id}", Links(objectives=(goal_id,))
                )
            exercise.end()
            goal = max(exercise.evaluation.goals, key=lambda g: len(gather(exercise, g).entries))
            evidence = gather(exercise, goal)
            inject_ids = frozenset(inject.inject_id for inject in evidence.injects)
            records = list(session.records())

            def floor() -> int:
                count = 0
                for record in records:
                    event = record.event
                    if isinstance(event, EntryAdded) and event.fields.inject_id in inject_ids:
                        count += 1
                return count

            model = SessionModel(session)
            model.timer.stop()
            panel = EvidencePanel(model)
            panel.resize(620, 800)
            panel.show()
            app.processEvents()

            def shown() -> None:
                panel.target_id = None  # as when the cursor comes from another goal
                panel.show_goal(goal)
                app.processEvents()

            floor_s, gather_s, shown_s = [], [], []
            for _ in range(REPEAT):  # in turns, so a busy spell hits all three alike
                start = time.perf_counter()
                floor()
                floor_s.append(time.perf_counter() - start)
                start = time.perf_counter()
                gather(exercise, goal)
                gather_s.append(time.perf_counter() - start)
                start = time.perf_counter()
                shown()
                shown_s.append(time.perf_counter() - start)
            panel.close()
            panel.deleteLater()
            app.processEvents()
            size = (
                f"{len(evidence.injects)} injects, {grouped(len(evidence.entries))} log entries, "
                f"{sum(len(i.actions) for i in evidence.injects)} actions; "
                f"session of {grouped(len(records))} events; best of {REPEAT}"
            )
        finally:
            session.close()
    return [
        row(f"evidence for one goal gathered ({size})", min(gather_s), min(floor_s), TARGET),
        row(
            "… and shown in the Evaluate step's evidence panel (gathered, written, laid out)",
            min(shown_s),
            min(floor_s),
            TARGET,
        ),
    ]


if __name__ == "__main__":
    print(HEADER)
    for line in main():
        print(line)
    sys.exit(0)
