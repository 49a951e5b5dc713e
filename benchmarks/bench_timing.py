"""Inject timing drift over a simulated 8-hour run with 200 pause/resume cycles.

The engine runs on a fake clock driven the way the console's timer drives it: a tick
about once a second (with the few milliseconds of jitter a real timer has), 200 pauses of
random length at random moments, and automatic release on for a pack whose injects are
spread over the eight hours. Alongside, the exercise time is kept by exact integer
arithmetic: the sum of the running intervals. Drift is the largest difference seen
between the engine and that sum, at every tick and for every inject given (its stamped
time against the exact time of the tick that gave it, and the tick against its plan).
The floor is the exact arithmetic itself, so anything but 0 ms is drift.
"""

from __future__ import annotations

import dataclasses
import random
import time

from benchmarks.common import HEADER, grouped, row
from benchmarks.sessions import builtin_pack
from ovelse.exercise import Exercise, FakeClock
from ovelse.scenario.model import ScenarioPack
from ovelse.scenario.timing import Duration

RUN_MS = 8 * 3_600_000
CYCLES = 200
TICK_MS = 1000
JITTER_MS = 15
SEED = 20260312


def spread_over(pack: ScenarioPack, run_ms: int) -> ScenarioPack:
    """The pack with its injects planned at even steps over the run, all automatic."""
    injects = pack.injects()
    step_s = run_ms // 1000 // (len(injects) + 1)
    planned = {inject.id: Duration((n + 1) * step_s) for n, inject in enumerate(injects)}
    phases = tuple(
        dataclasses.replace(
            phase,
            injects=tuple(
                dataclasses.replace(inject, at=planned[inject.id], auto_release=None)
                for inject in phase.injects
            ),
        )
        for phase in pack.phases
    )
    return dataclasses.replace(pack, phases=phases, duration=Duration(run_ms // 1000))


def simulate() -> tuple[int, int, int, int]:
    """Returns (worst drift ms, ticks, injects given, pauses)."""
    rng = random.Random(SEED)
    pack, _media = builtin_pack()
    pack = spread_over(pack, RUN_MS)
    planned = {inject.id: inject.at.seconds * 1000 for inject in pack.injects()}
    clock = FakeClock()
    exercise = Exercise(pack, clock)
    exercise.set_auto_release(True)
    exercise.start()
    pause_at = sorted(rng.sample(range(60_000, RUN_MS - 60_000), CYCLES))
    exact = 0  # exercise time by integer arithmetic
    worst = 0
    ticks = 0
    ticked_at: list[int] = []  # exact exercise time of every tick while running

    def tick() -> None:
        nonlocal worst, ticks
        ticks += 1
        change = exercise.tick()
        worst = max(worst, abs(exercise.now_ms() - exact))
        for inject_id in change.injects:
            release = exercise.schedule.releases.get(inject_id)
            if release is None:
                continue
            # stamped with the exact time of this tick ...
            worst = max(worst, abs(release.exercise_ms - exact))
            # ... and this is the first tick at or after its planned time
            first = next(t for t in ticked_at if t >= planned[inject_id])
            worst = max(worst, abs(release.exercise_ms - first))

    while exact < RUN_MS:
        step = TICK_MS + rng.randint(-JITTER_MS, JITTER_MS)
        target = min(exact + step, RUN_MS)
        if pause_at and pause_at[0] <= target:
            target = pause_at.pop(0)
            pausing = True
        else:
            pausing = False
        clock.advance(ms=target - exact)
        exact = target
        ticked_at.append(exact)
        tick()
        if pausing:
            exercise.pause()
            worst = max(worst, abs(exercise.now_ms() - exact))
            pause_ms = rng.randint(1_000, 600_000)
            while pause_ms > 0:  # the timer keeps ticking through the pause
                step = min(TICK_MS + rng.randint(-JITTER_MS, JITTER_MS), pause_ms)
                clock.advance(ms=step)
                pause_ms -= step
                tick()
            exercise.resume()
            worst = max(worst, abs(exercise.now_ms() - exact))
    given = len(exercise.schedule.releases)
    if given != len(planned):
        worst = max(worst, RUN_MS)  # an inject never given is the worst drift of all
    return worst, ticks, given, exercise.run.pauses


def main() -> list[str]:
    start = time.perf_counter()
    worst, ticks, given, pauses = simulate()
    elapsed = time.perf_counter() - start
    return [
        row(
            f"inject timing drift, 8 h simulated, {pauses} pause/resume cycles "
            f"({grouped(ticks)} ticks, {given} injects given; simulated in {elapsed:.1f} s)",
            worst / 1000,
            0.0,
            "0 ms",
        )
    ]


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(main()))
