"""Which injects have been given, skipped or are waiting, and what the shared screen shows.

Planned offsets (``Inject.at``) are on the exercise clock, so «due in» and «overdue» shift
with pauses by construction. Scenario time is the in-world clock: each inject may set it,
and a bare «06:30» keeps the day of the inject before it in the plan, which is how the
author wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ovelse.exercise import labels, messages
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.kinds import InjectStatus
from ovelse.scenario.model import Inject, ScenarioPack
from ovelse.scenario.timing import ScenarioTime


@dataclass(frozen=True)
class Release:
    inject_id: str
    seq: int
    exercise_ms: int
    wall: datetime
    auto: bool


@dataclass(frozen=True)
class ScheduledInject:
    """One inject as the console lists it."""

    inject: Inject
    phase_id: str | None  # None for an ad-hoc inject
    planned_ms: int | None  # None for an ad-hoc inject, which has no plan
    status: InjectStatus
    release: Release | None
    auto_release: bool
    scenario_time: ScenarioTime | None
    due_in_ms: int | None  # planned minus now while waiting; negative when overdue

    @property
    def id(self) -> str:
        return self.inject.id

    @property
    def adhoc(self) -> bool:
        return self.phase_id is None

    @property
    def overdue(self) -> bool:
        return self.due_in_ms is not None and self.due_in_ms < 0

    @property
    def due_text(self) -> str:
        return "" if self.due_in_ms is None else labels.due_text(self.due_in_ms)


def effective_scenario_times(pack: ScenarioPack) -> dict[str, ScenarioTime | None]:
    """Give every bare clock time the day or date of the inject before it in the plan."""
    result: dict[str, ScenarioTime | None] = {}
    day: int | None = None
    on_date: str | None = None
    for inject in pack.injects():
        when = inject.scenario_time
        if when is not None:
            if when.day is not None or when.date is not None:
                day, on_date = when.day, when.date
            else:
                when = ScenarioTime(when.hour, when.minute, day=day, date=on_date)
        result[inject.id] = when
    return result


class Schedule:
    def __init__(self, pack: ScenarioPack) -> None:
        self._planned = pack.injects()
        self._injects: dict[str, Inject] = {inject.id: inject for inject in self._planned}
        self._phase: dict[str, str] = {
            inject.id: phase.id for phase in pack.phases for inject in phase.injects
        }
        self._times = effective_scenario_times(pack)
        self.adhoc: list[str] = []
        self.releases: dict[str, Release] = {}
        self.release_order: list[str] = []
        self.skipped: set[str] = set()
        self.shown: str | None = None
        self.scenario_time: ScenarioTime | None = None
        self._adhoc_counter = 0

    # --- queries ----------------------------------------------------------------------

    def inject(self, inject_id: str) -> Inject:
        try:
            return self._injects[inject_id]
        except KeyError:
            raise ExerciseError(messages.INJECT_NOT_FOUND.format(inject_id=inject_id)) from None

    def known(self, inject_id: str) -> bool:
        return inject_id in self._injects

    def status(self, inject_id: str, now_ms: int | None) -> InjectStatus:
        """``now_ms`` is None before the start: nothing is due before the exercise begins."""
        if inject_id in self.releases:
            return InjectStatus.RELEASED
        if inject_id in self.skipped:
            return InjectStatus.SKIPPED
        planned = self.planned_ms(inject_id)
        if planned is not None and now_ms is not None and planned <= now_ms:
            return InjectStatus.DUE
        return InjectStatus.PENDING

    def planned_ms(self, inject_id: str) -> int | None:
        if inject_id in self._phase:
            return self._injects[inject_id].at.seconds * 1000
        return None

    def all_ids(self) -> list[str]:
        return [inject.id for inject in self._planned] + self.adhoc

    def waiting(self, inject_id: str) -> bool:
        return inject_id not in self.releases and inject_id not in self.skipped

    def next_planned(self) -> str | None:
        """The first inject in plan order that is neither given nor skipped."""
        return next((i.id for i in self._planned if self.waiting(i.id)), None)

    def auto_candidates(self, inject_ids: frozenset[str], session_auto: bool) -> tuple[str, ...]:
        """Those of ``inject_ids`` that release themselves, in plan order."""
        return tuple(
            inject.id
            for inject in self._planned
            if inject.id in inject_ids
            and (inject.auto_release if inject.auto_release is not None else session_auto)
        )

    def current(self) -> str | None:
        """The inject under discussion: the one shown, or else the last one given."""
        if self.shown is not None:
            return self.shown
        return self.release_order[-1] if self.release_order else None

    def view(self, inject_id: str, now_ms: int | None, session_auto: bool) -> ScheduledInject:
        inject = self.inject(inject_id)
        planned = self.planned_ms(inject_id)
        waiting = self.waiting(inject_id)
        auto = inject.auto_release if inject.auto_release is not None else session_auto
        return ScheduledInject(
            inject=inject,
            phase_id=self._phase.get(inject_id),
            planned_ms=planned,
            status=self.status(inject_id, now_ms),
            release=self.releases.get(inject_id),
            auto_release=auto and planned is not None,
            scenario_time=self._times.get(inject_id),
            due_in_ms=planned - (now_ms or 0) if planned is not None and waiting else None,
        )

    # --- checks -----------------------------------------------------------------------

    def check_release(self, inject_id: str) -> None:
        inject = self.inject(inject_id)
        if inject_id in self.releases:
            raise ExerciseError(messages.INJECT_RELEASED.format(title=inject.title))

    def check_skip(self, inject_id: str) -> None:
        inject = self.inject(inject_id)
        if not self.waiting(inject_id):
            raise ExerciseError(messages.INJECT_DONE.format(title=inject.title))

    def check_show(self, inject_id: str | None) -> None:
        if inject_id is None:
            return
        inject = self.inject(inject_id)
        if inject_id not in self.releases:
            raise ExerciseError(messages.INJECT_NOT_RELEASED.format(title=inject.title))

    def new_adhoc_id(self) -> str:
        number = self._adhoc_counter + 1
        while f"adhoc-{number}" in self._injects:
            number += 1
        return f"adhoc-{number}"

    # --- changes ----------------------------------------------------------------------

    def add_adhoc(self, inject: Inject) -> None:
        self._injects[inject.id] = inject
        self.adhoc.append(inject.id)
        self._adhoc_counter = max(self._adhoc_counter, len(self.adhoc))
        if inject.id.startswith("adhoc-") and inject.id[6:].isdigit():
            self._adhoc_counter = max(self._adhoc_counter, int(inject.id[6:]))

    def release(self, release: Release) -> bool:
        """Record a release; returns whether the scenario clock moved."""
        self.releases[release.inject_id] = release
        self.release_order.append(release.inject_id)
        self.skipped.discard(release.inject_id)
        self.shown = release.inject_id
        when = self._times.get(release.inject_id)
        if when is not None and when != self.scenario_time:
            self.scenario_time = when
            return True
        return False
