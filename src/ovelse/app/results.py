"""The result file for the statsforvalter, made from an evaluated session.

The content comes from the report's own model (``report.from_session.from_exercise``),
and what is exempt is left out by the public version's own rule (``report.public``), so
the file says what the report says and hides what the public report hides. Whether
names and exempt parts go along is the kommune's choice (:class:`ResultChoices`); the
items it flags «trenger oppfølging fra region/stat» are the session's own record
(``Exercise.set_follow_up``), so they are remembered between the dialog's openings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ovelse import __version__, presentation
from ovelse.app.outputs import Written
from ovelse.exercise.kinds import Appendix, EvaluationSection
from ovelse.interchange.results.model import (
    SUFFIX,
    ExerciseResult,
    Finding,
    GoalResult,
    Kommune,
    Measure,
    PackRef,
    ResultMarking,
    RoleCount,
)
from ovelse.interchange.results.writer import write_result
from ovelse.scenario.visible import without_hidden
from ovelse.store.session import Session

if TYPE_CHECKING:
    from ovelse.report import model as report_model

# A profile may give the kommune's number (four digits) in this variable.
NUMBER_VARIABLE = "kommunenummer"
_NUMBER = re.compile(r"[0-9]{4}")
_UNSAFE_IN_NAME = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class ResultChoices:
    """What the kommune chose to send beyond the default (no names, nothing exempt)."""

    include_names: bool = False
    include_exempt: bool = False


def result_of_session(
    session: Session, choices: ResultChoices = ResultChoices(), created: datetime | None = None
) -> ExerciseResult:
    """The result file's content for an open session, with ``choices`` applied.

    The report package is imported here, not at the top: ReportLab's import would slow
    every start of the program (as in ``app.outputs``)."""
    from ovelse.report.from_session import COUNTY_VARIABLE, from_exercise
    from ovelse.report.public import public_version

    exercise = session.exercise
    evaluation = exercise.evaluation
    full = from_exercise(exercise, session.variables, session.time_zone)
    report = full if choices.include_exempt else public_version(full)
    flagged = evaluation.follow_up_ids()
    names = choices.include_names and (
        choices.include_exempt or Appendix.PARTICIPANTS.value not in full.exemptions.appendices
    )
    number = session.variables.get(NUMBER_VARIABLE, "").strip()
    duration = full.actual_duration_ms
    dates = report.dates
    return ExerciseResult(
        # The roll-up sorts and compares kommuner by name and packs by version, so the
        # reader refuses invisible characters there; one pasted with a name is dropped.
        kommune=Kommune(
            name=without_hidden(report.municipality.name),
            number=number if _NUMBER.fullmatch(number) else "",
            county=without_hidden(session.variables.get(COUNTY_VARIABLE, "")),
        ),
        pack=PackRef(exercise.pack.id, without_hidden(exercise.pack.version), report.title),
        exercise_date=dates[0] if dates else None,
        duration_minutes=round(duration / 60_000) if duration is not None else None,
        marking=ResultMarking(
            evaluation.marking.kind, presentation.marking_line(evaluation.marking)
        ),
        exempt_included=choices.include_exempt,
        names_included=names,
        participants=_participants(full, names=names),
        participants_total=sum(1 for p in full.participants if p.present),
        goals=tuple(_goal(goal) for goal in report.goals),
        strengths=_findings(report.strengths, flagged),
        improvements=_findings(report.improvements, flagged),
        learning_points=_findings(report.learning_points, flagged),
        actions=tuple(
            Measure(
                id=item.id,
                measure=item.measure,
                owner=item.owner,
                deadline=item.deadline,
                status=item.status,
                priority=item.priority,
                goal_ids=item.links.objectives,
                follow_up=item.id in flagged,
            )
            for item in report.actions
        ),
        created=(created or datetime.now(UTC)).replace(microsecond=0),
        app_version=__version__,
    )


def _participants(report: report_model.ReportInput, *, names: bool) -> tuple[RoleCount, ...]:
    """Every role at the table with how many took part in it (absent people do not count;
    someone in two roles counts in each), and their names only if chosen."""
    present = [p for p in report.participants if p.present]
    counted = []
    for role in report.roles:
        people = [p for p in present if role.id in p.roles]
        counted.append(
            RoleCount(
                role_id=role.id,
                title=role.title,
                count=len(people),
                names=tuple(p.name for p in people if p.name.strip()) if names else (),
            )
        )
    return tuple(counted)


def _goal(goal: report_model.Goal) -> GoalResult:
    return GoalResult(
        id=goal.id,
        title=goal.title,
        rating=goal.rating,
        comment=goal.comment,
        withheld=goal.withheld,
        subgoals=tuple(_goal(sub) for sub in goal.subgoals),
    )


def _findings(notes: tuple[report_model.Note, ...], flagged: frozenset[str]) -> tuple[Finding, ...]:
    return tuple(
        Finding(note.id, note.text, note.links.objectives, note.id in flagged) for note in notes
    )


def flaggable_items(session: Session) -> tuple[tuple[EvaluationSection, str, str], ...]:
    """Every evaluation item the coordinator may flag for follow-up, as (list, id, text),
    in the evaluation's order; exempt ones too, since they may be sent when chosen."""
    evaluation = session.exercise.evaluation
    items: list[tuple[EvaluationSection, str, str]] = []
    for section, notes in (
        (EvaluationSection.STRENGTHS, evaluation.strengths),
        (EvaluationSection.IMPROVEMENTS, evaluation.improvements),
        (EvaluationSection.LEARNING_POINTS, evaluation.learning_points),
    ):
        items += [(section, note.id, note.text) for note in notes]
    items += [(EvaluationSection.ACTION_PLAN, a.id, a.measure) for a in evaluation.action_plan]
    return tuple(items)


def suggested_result_name(result: ExerciseResult) -> str:
    """«Nesseby-2026-03-12.ovelseresultat»: the kommune and the day, safe in any folder."""
    kommune = _UNSAFE_IN_NAME.sub("-", result.kommune.name).strip("-._") or "kommune"
    day = result.exercise_date.isoformat() if result.exercise_date else ""
    return f"{kommune}-{day}{SUFFIX}" if day else f"{kommune}{SUFFIX}"


def with_result_suffix(path: Path) -> Path:
    return path if path.name.lower().endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


def write_result_of_session(
    session: Session, path: Path, choices: ResultChoices = ResultChoices()
) -> Written:
    """Write the result file of an open session. Raises ``InterchangeError`` when the
    content would not be read back (a text over the format's limits) or ``OSError``."""
    write_result(result_of_session(session, choices), path)
    return Written(path)


def write_result_of_file(
    session_path: Path, path: Path, choices: ResultChoices = ResultChoices()
) -> Written:
    """The same from a session file, opened read-only for the time it takes (``ovelse
    result-export``). Raises the store's ``SessionError`` for a file it cannot open."""
    with Session.open(session_path, read_only=True) as session:
        return write_result_of_session(session, path, choices)
