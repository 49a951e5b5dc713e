"""The evidence beside a goal: what the exercise holds that says how well it was met.

For a goal or sub-goal it gathers the injects that exercise it (``Inject.objectives``), their
expected actions with the ticks given in the run, the log entries logged against those
injects, and the strengths and improvement points already linked to it. From the ticks it
suggests a rating, with the rule in words; the evaluator chooses the rating, the
suggestion never sets it. The Evaluate step and the report both read it from here.

A goal is exercised by the injects that name it or one of its sub-goals; a sub-goal by the
injects that name the sub-goal. Notes count for a goal when linked to it or a sub-goal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from ovelse.exercise import labels
from ovelse.exercise.checklist import ChecklistItem
from ovelse.exercise.evaluation import Note
from ovelse.exercise.kinds import ActionMark, EntryKind, Rating
from ovelse.exercise.log import LogEntry
from ovelse.exercise.state import ExerciseState

_EXERCISE_MS = attrgetter("exercise_ms")


@dataclass(frozen=True)
class InjectEvidence:
    inject_id: str
    title: str
    given: bool
    actions: tuple[ChecklistItem, ...]  # the pack's expected actions, then observed ones
    entry_count: int  # log entries against the inject that pass the filter


@dataclass(frozen=True)
class Tally:
    """The expected actions of the given injects, counted by their latest tick."""

    expected: int = 0
    done: int = 0
    partly: int = 0
    not_done: int = 0
    observed: int = 0  # actions the table took that the pack did not expect

    @property
    def unticked(self) -> int:
        return self.expected - self.done - self.partly - self.not_done

    @property
    def ticked(self) -> int:
        return self.done + self.partly + self.not_done


@dataclass(frozen=True)
class Suggestion:
    rating: Rating | None  # None: the ticks say nothing yet
    rule: str  # why, in words: «3 av 4 forventede handlinger gjort …»


@dataclass(frozen=True)
class GoalEvidence:
    target_id: str
    injects: tuple[InjectEvidence, ...]
    entries: tuple[LogEntry, ...]  # against those injects, filtered, in time order
    strengths: tuple[Note, ...]
    improvements: tuple[Note, ...]
    tally: Tally
    suggestion: Suggestion

    @property
    def given_injects(self) -> int:
        return sum(1 for inject in self.injects if inject.given)


def goal_targets(state: ExerciseState, target_id: str) -> frozenset[str]:
    """The ids an inject or a note may name to count for ``target_id``."""
    for objective in state.pack.objectives:
        if objective.id == target_id:
            return frozenset({target_id, *(sub.id for sub in objective.subgoals)})
    return frozenset({target_id})


def gather(
    state: ExerciseState,
    target_id: str,
    *,
    kind: EntryKind | None = None,
    role: str = "",
) -> GoalEvidence:
    """The evidence for a goal or sub-goal; ``kind`` and ``role`` filter the log entries.

    The work grows with the goal's injects and their entries, never with the whole log,
    so a long session shows a goal's evidence at once.
    """
    targets = goal_targets(state, target_id)
    schedule = state.schedule
    log = state.log
    kind_value = kind.value if kind is not None else ""
    injects: list[InjectEvidence] = []
    entry_ids: list[str] = []
    for inject_id in schedule.all_ids():
        inject = schedule.inject(inject_id)
        if targets.isdisjoint(inject.objectives):
            continue
        ids = log.ids_where(role=role, kind=kind_value, inject_id=inject_id)
        entry_ids.extend(ids)
        injects.append(
            InjectEvidence(
                inject_id,
                inject.title or inject_id,
                inject_id in schedule.releases,
                state.actions(inject_id),
                len(ids),
            )
        )
    # Each inject's ids come in writing order, which is time order; a stable sort on the
    # time alone merges them (a key in C: a Python key was most of the cost).
    entries = [log.get(entry_id) for entry_id in entry_ids]
    entries.sort(key=_EXERCISE_MS)
    evaluation = state.evaluation
    tally = count_ticks(injects)
    return GoalEvidence(
        target_id,
        tuple(injects),
        tuple(entries),
        _linked(evaluation.strengths, targets),
        _linked(evaluation.improvements, targets),
        tally,
        suggest(injects, tally),
    )


def count_ticks(injects: Iterable[InjectEvidence]) -> Tally:
    expected = done = partly = not_done = observed = 0
    for inject in injects:
        for item in inject.actions:
            if item.observed:
                observed += 1
                continue
            if not inject.given:
                continue
            expected += 1
            mark = item.mark
            if mark is ActionMark.DONE:
                done += 1
            elif mark is ActionMark.PARTLY:
                partly += 1
            elif mark is ActionMark.NOT_DONE:
                not_done += 1
    return Tally(expected, done, partly, not_done, observed)


def suggest(injects: list[InjectEvidence], tally: Tally) -> Suggestion:
    """A rating from the ticks, with the rule in words (see ``labels.EVIDENCE_RULE``).

    «Godt ivaretatt» when at least three in four expected actions were done; «ikke
    ivaretatt» when fewer than one in four were done or partly done; otherwise «delvis».
    Unticked actions count as not done once anything is ticked.
    """
    if not injects:
        return Suggestion(None, labels.EVIDENCE_NO_INJECTS)
    if not any(inject.given for inject in injects):
        return Suggestion(Rating.NOT_EXERCISED, labels.EVIDENCE_NOT_GIVEN)
    if tally.expected == 0:
        return Suggestion(None, labels.EVIDENCE_NO_EXPECTED)
    if tally.ticked == 0:
        return Suggestion(None, labels.EVIDENCE_NOT_TICKED)
    if tally.done * 4 >= tally.expected * 3:
        rating = Rating.WELL
    elif (tally.done + tally.partly) * 4 < tally.expected:
        rating = Rating.NOT
    else:
        rating = Rating.PARTLY
    rule = f"{tally_text(tally)}. {labels.EVIDENCE_RULE}"
    if tally.unticked:
        rule += f" {labels.EVIDENCE_RULE_UNTICKED}"
    return Suggestion(rating, rule)


def tally_text(tally: Tally) -> str:
    """«3 av 4 forventede handlinger gjort, 1 delvis», as the screen and the report say it."""
    parts = [
        labels.EVIDENCE_DONE.for_count(tally.expected).format(
            done=tally.done, expected=tally.expected
        )
    ]
    for count, text in (
        (tally.partly, labels.EVIDENCE_PARTLY),
        (tally.not_done, labels.EVIDENCE_NOT_DONE),
        (tally.unticked, labels.EVIDENCE_UNTICKED),
    ):
        if count:
            parts.append(text.format(count=count))
    return ", ".join(parts)


def mark_text(mark: ActionMark | None) -> str:
    return labels.ACTION_MARKS[mark] if mark is not None else labels.ACTION_UNTICKED


def _linked(notes: tuple[Note, ...], targets: frozenset[str]) -> tuple[Note, ...]:
    return tuple(note for note in notes if not targets.isdisjoint(note.links.objectives))
