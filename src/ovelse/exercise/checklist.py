"""The expected actions of each inject as a checklist the facilitator ticks during the run.

Every tick, change and untick is an event, so the checklist keeps each action's latest
tick and its history. The pack's actions are named by their place in the inject
(«1», «2» …); actions the table took that the pack did not expect (observert handling)
get ids «H1», «H2» … across the session and belong to the inject they were seen under.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ovelse.exercise import messages
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.events import EventRecord
from ovelse.exercise.kinds import ActionMark

OBSERVED_PREFIX = "H"


@dataclass(frozen=True)
class Tick:
    """One version of an action's tick: what was marked, with a note, and when."""

    seq: int
    mark: ActionMark | None  # None: unticked again
    note: str
    exercise_ms: int
    wall: datetime


@dataclass(frozen=True)
class ChecklistItem:
    """An action as the checklist reads now: its text and its latest tick, if any."""

    inject_id: str
    action_id: str
    text: str
    observed: bool = False  # taken by the table, not expected by the pack
    tick: Tick | None = None

    @property
    def mark(self) -> ActionMark | None:
        return self.tick.mark if self.tick is not None else None

    @property
    def note(self) -> str:
        return self.tick.note if self.tick is not None else ""


def pack_action_id(index: int) -> str:
    """The id of the pack's expected action at ``index`` (from 0) in its inject."""
    return str(index + 1)


class Checklist:
    """Ticks and observed actions per inject; the inject's own actions come from the pack."""

    def __init__(self) -> None:
        self._ticks: dict[tuple[str, str], list[Tick]] = {}
        self._observed: dict[str, dict[str, str]] = {}  # inject id → action id → text
        self._observed_count = 0

    def new_observed_id(self) -> str:
        return f"{OBSERVED_PREFIX}{self._observed_count + 1}"

    def items(self, inject_id: str, expected: tuple[str, ...]) -> tuple[ChecklistItem, ...]:
        """The inject's checklist: the pack's actions in order, then the observed ones."""
        ticks = self._ticks
        items = [
            ChecklistItem(
                inject_id, pack_action_id(index), text, False, _last(ticks, inject_id, index)
            )
            for index, text in enumerate(expected)
        ]
        for action_id, text in self._observed.get(inject_id, {}).items():
            found = ticks.get((inject_id, action_id))
            items.append(
                ChecklistItem(inject_id, action_id, text, True, found[-1] if found else None)
            )
        return tuple(items)

    def history(self, inject_id: str, action_id: str) -> tuple[Tick, ...]:
        return tuple(self._ticks.get((inject_id, action_id), ()))

    def ticked_injects(self) -> frozenset[str]:
        """Injects with at least one tick or observed action, for the exports."""
        return frozenset(key[0] for key in self._ticks) | frozenset(self._observed)

    def check_action(self, inject_id: str, action_id: str, expected: tuple[str, ...]) -> None:
        """Refuse an action the inject does not have."""
        if action_id in self._observed.get(inject_id, {}):
            return
        if action_id.isdigit() and 1 <= int(action_id) <= len(expected):
            return
        raise ExerciseError(
            messages.ACTION_NOT_FOUND.format(action_id=action_id, inject_id=inject_id)
        )

    def check_new_observed(self, action_id: str) -> None:
        if not action_id.startswith(OBSERVED_PREFIX) or any(
            action_id in actions for actions in self._observed.values()
        ):
            raise ExerciseError(messages.ACTION_EXISTS.format(action_id=action_id))

    def apply_tick(
        self,
        inject_id: str,
        action_id: str,
        mark: ActionMark | None,
        note: str,
        record: EventRecord,
    ) -> None:
        tick = Tick(record.seq, mark, note, record.exercise_ms, record.wall)
        self._ticks.setdefault((inject_id, action_id), []).append(tick)

    def apply_observed(self, inject_id: str, action_id: str, text: str) -> None:
        self._observed.setdefault(inject_id, {})[action_id] = text
        self._observed_count += 1

    def apply_observed_text(self, inject_id: str, action_id: str, text: str) -> None:
        actions = self._observed.get(inject_id, {})
        if action_id not in actions:
            raise ExerciseError(
                messages.ACTION_NOT_FOUND.format(action_id=action_id, inject_id=inject_id)
            )
        actions[action_id] = text


def _last(ticks: dict[tuple[str, str], list[Tick]], inject_id: str, index: int) -> Tick | None:
    found = ticks.get((inject_id, pack_action_id(index)))
    return found[-1] if found else None
