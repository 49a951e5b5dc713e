"""Realistic session files for the benchmarks, written through the real Session API.

An exercise is played on a fake clock: participants arrive, the clock starts and is paused
now and then, the pack's injects are given in order, and the scribe logs, corrects and
deletes entries between them. The events are the ones the console would write; only the
commits are batched while building, so a ten-thousand-event file takes seconds, not the
ten thousand ``fsync`` calls the live program would spend over a day.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ovelse.exercise import EntryKind, FakeClock, InjectStatus
from ovelse.exercise.events import EventRecord
from ovelse.resources import builtin_scenarios
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import ScenarioPack
from ovelse.store.session import Session

PACK_ID = "langvarig-strombrudd"
SENTENCES = (
    "Kriseledelsen drøftet hvordan hjemmeboende uten strøm skal nås i løpet av kvelden.",
    "Teknisk sjef melder at aggregatet ved vannverket må fylles hver fjerde time.",
    "Kommuneoverlegen ber om oversikt over pasienter med medisinsk utstyr i Unjárga.",
    "Informasjon på norsk og nordsamisk legges ut på nettsiden og henges opp på butikken.",
    "Politiet og Sivilforsvaret er varslet; HV kan bistå med transport fra Čáhcesuolu.",
)
KINDS = tuple(EntryKind)


def builtin_pack() -> tuple[ScenarioPack, dict[str, bytes]]:
    """A shipped pack rendered with its default values, and its pictures."""
    loaded = load_pack(builtin_scenarios() / PACK_ID)
    rendered = loaded.render(loaded.values())
    return rendered, loaded.media(rendered)


class _Batched:
    """A sink that holds records until ``flush``, then commits them in one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pending: list[EventRecord] = []

    def append(self, records: Sequence[EventRecord]) -> None:
        self.pending.extend(records)

    def flush(self) -> None:
        if self.pending:
            self.session.append(self.pending)
            self.pending = []


def entry_text(n: int) -> str:
    return " ".join(SENTENCES[(n + k) % len(SENTENCES)] for k in range(1 + n % 3))


def build_session(
    path: Path,
    events: int,
    *,
    hours: float = 8.0,
    clock: FakeClock | None = None,
    auto_release: bool = False,
    end: bool = True,
) -> Path:
    """Write a session of about ``events`` events spread over ``hours`` of exercise time.

    Injects are given by hand as they fall due, so a session built for less than the
    pack's length leaves the later injects waiting. With ``end`` the run is ended and the
    session closed cleanly; without, it is closed mid-run, as at a break.
    """
    clock = clock or FakeClock()
    pack, media = builtin_pack()
    session = Session.create(path, pack, media=media, clock=clock)
    batched = _Batched(session)
    exercise = session.exercise
    exercise.sink = batched
    roles = [role.id for role in pack.roles]
    for n, role in enumerate(roles):
        exercise.add_participant(f"Deltaker {n + 1}", "Kommunen", [role])
    exercise.set_auto_release(auto_release)
    exercise.start()
    step_ms = max(int(hours * 3_600_000) // events, 2)
    n = 0
    while exercise.last_seq < events - 2:
        n += 1
        clock.advance(ms=step_ms // 2 + (n * 7919) % step_ms)  # about step_ms on average
        next_id = exercise.schedule.next_planned()
        while next_id is not None and exercise.inject(next_id).status is InjectStatus.DUE:
            exercise.release(next_id)  # the facilitator gives it when the banner shows
            next_id = exercise.schedule.next_planned()
        if n % 250 == 0:
            exercise.pause()
            clock.advance(minutes=3)
            exercise.resume()
        entry_roles = [roles[n % len(roles)]] + ([roles[0]] if n % 6 == 0 else [])
        exercise.add_entry(KINDS[n % len(KINDS)], entry_text(n), entry_roles)
        if n % 17 == 0:
            exercise.edit_entry(f"L{n - 3}", text=entry_text(n + 1) + " (rettet)")
        if n % 97 == 0:
            exercise.delete_entry(f"L{n - 5}")
        if n % 500 == 0:
            batched.flush()
    if end:
        exercise.end()
    batched.flush()
    exercise.sink = session
    session.close()
    return path
