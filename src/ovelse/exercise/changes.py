"""The record every operation returns, so each screen redraws only what it shows.

One record type for all operations keeps the UI's dispatch simple (check the fields you
care about) and lets an operation that writes several events merge their records.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ovelse.exercise.kinds import EvaluationField, EvaluationSection

_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Change:
    run: bool = False  # run state changed (started, paused, resumed, ended)
    injects: frozenset[str] = _EMPTY  # injects whose status or release time changed
    shown: bool = False  # the inject on the shared screen changed
    scenario_time: bool = False
    board: frozenset[str] = _EMPTY  # board item ids
    roles: bool = False
    entries: frozenset[str] = _EMPTY  # log entry ids
    participants: frozenset[str] = _EMPTY
    actions: frozenset[str] = _EMPTY  # injects whose checklist of actions changed
    ratings: frozenset[str] = _EMPTY  # objective and sub-goal ids
    evaluation: frozenset[EvaluationSection] = frozenset()
    evaluation_text: frozenset[EvaluationField] = frozenset()
    marking: bool = False
    hot_wash: frozenset[str] = _EMPTY  # answers of the umiddelbar evaluering (U1, U2 …)
    exempt: bool = False  # something was marked skjermet (exempt), or no longer
    settings: bool = False
    directive: bool = False  # the øvingsdirektiv's texts
    session: bool = False  # opened or closed marker, nothing to redraw
    created: str | None = None  # id of what the operation made, if it made something

    def __or__(self, other: Change) -> Change:
        merged: dict[str, object] = {}
        for item in fields(self):
            mine, theirs = getattr(self, item.name), getattr(other, item.name)
            if isinstance(mine, frozenset):
                merged[item.name] = mine | theirs
            elif item.name == "created":
                merged[item.name] = theirs if theirs is not None else mine
            else:
                merged[item.name] = mine or theirs
        return Change(**merged)  # type: ignore[arg-type]

    @property
    def participant_view(self) -> bool:
        """Whether the shared screen has to redraw."""
        return self.shown or self.scenario_time or bool(self.board)

    @property
    def empty(self) -> bool:
        return self == Change()


NOTHING = Change()
