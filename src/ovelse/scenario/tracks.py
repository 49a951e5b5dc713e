"""The full and the short version of a pack, as plans the engine runs unchanged.

A pack's injects are core unless marked ``optional``; the short version keeps the core
injects on their ``short_at`` times within ``short_duration``. It is handed to the engine
as an ordinary pack, so the schedule, the console and the session file need nothing new.
"""

from __future__ import annotations

from dataclasses import replace

from ovelse.scenario.model import Inject, ScenarioPack
from ovelse.scenario.timing import Duration


def core_injects(pack: ScenarioPack) -> tuple[Inject, ...]:
    return tuple(inject for inject in pack.injects() if not inject.optional)


def short_track(pack: ScenarioPack) -> ScenarioPack:
    """The pack with only its core injects, on their short-version times.

    Phases left without an inject are dropped. A pack without a short version comes back
    as it is.
    """
    if pack.short_duration is None:
        return pack
    phases = []
    for phase in pack.phases:
        injects = tuple(
            replace(inject, at=inject.short_at or inject.at, short_at=None)
            for inject in phase.injects
            if not inject.optional
        )
        if injects:
            phases.append(replace(phase, injects=injects))
    return replace(pack, phases=tuple(phases), duration=pack.short_duration, short_duration=None)


def summary_time(pack: ScenarioPack) -> Duration:
    """Time left for the summary after the last planned inject."""
    last = max((inject.at.seconds for inject in pack.injects()), default=0)
    return Duration(pack.duration.seconds - last)
