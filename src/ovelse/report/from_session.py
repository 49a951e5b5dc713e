"""From a session (the engine's replayed state) to the report's input, and the CLI's entry.

The session file is opened read-only: making a report must never write to the user's
record, nor be refused because another Øvelse has the session open. Everything that
depends on «now» (due times, the running clock) is left out, so a report made twice from
the same file is the same report.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from ovelse import __version__, presentation, walltime
from ovelse.exercise import events, labels
from ovelse.exercise.evaluation import Evaluation
from ovelse.exercise.evidence import gather, tally_text
from ovelse.exercise.kinds import EvaluationField, ExemptKind, InjectStatus, MarkingKind, RunState
from ovelse.exercise.run import Exercise
from ovelse.report import texts
from ovelse.report.document import PathOrStream, ReportStats, build_report
from ovelse.report.model import (
    ActionItem,
    Exemptions,
    ExpectedAction,
    Goal,
    GoalEvidence,
    HotWashAnswer,
    InjectRecord,
    Links,
    LogRecord,
    Municipality,
    Note,
    Participant,
    Phase,
    ReportInput,
    Role,
)
from ovelse.report.pictures import SvgPainter, pack_pictures
from ovelse.report.public import public_version
from ovelse.scenario.languages import second_language_name
from ovelse.store import Session

# Profile variables the built-in packs use for the municipality; a pack without them is
# reported under its region.
MUNICIPALITY_VARIABLE = "kommune"
SAMI_NAME_VARIABLE = "kommune_samisk"
COUNTY_VARIABLE = "fylke"


def write_report_for_session(
    session_path: str | os.PathLike[str], pdf_path: PathOrStream, *, log_by_role: bool = False
) -> ReportStats:
    """Read a ``.ovelse`` file and write its evaluation report as PDF (``ovelse report``).

    Raises the store's ``SessionError`` subclasses for a missing, foreign or corrupt file;
    their messages are written for the user.
    """
    with Session.open(Path(session_path), read_only=True) as session:
        return write_report(session, pdf_path, log_by_role=log_by_role)


def report_input(
    session: Session, *, log_by_role: bool, public: bool, svg_png: SvgPainter | None = None
) -> ReportInput:
    """The full report's model, or the public version's (exempt parts left out)."""
    report = replace(from_session(session, svg_png), log_by_role=log_by_role)
    return public_version(report) if public else report


def write_report(
    session: Session,
    pdf_path: PathOrStream,
    *,
    log_by_role: bool = False,
    public: bool = False,
    svg_png: SvgPainter | None = None,
) -> ReportStats:
    """The report of an open session (the app's Report step)."""
    report = report_input(session, log_by_role=log_by_role, public=public, svg_png=svg_png)
    return build_report(report, pdf_path)


def write_docx_report(
    session: Session,
    docx_path: PathOrStream,
    *,
    log_by_role: bool = False,
    public: bool = False,
    svg_png: SvgPainter | None = None,
) -> int:
    """The report of an open session as a Word document; returns its size in bytes.

    python-docx is imported here, so the PDF and the other outputs never pay for it.
    """
    from ovelse.report.word import write_docx

    report = report_input(session, log_by_role=log_by_role, public=public, svg_png=svg_png)
    return write_docx(report, docx_path)


def from_session(session: Session, svg_png: SvgPainter | None = None) -> ReportInput:
    report = from_exercise(session.exercise, session.variables, session.time_zone)
    # The pictures come from the session file's own copies: the pack may be gone.
    pictures = pack_pictures(session.exercise.pack, session.media, svg_png)
    return replace(report, pictures=pictures)


def from_exercise(
    exercise: Exercise, variables: Mapping[str, str], zone: str = walltime.DEFAULT_ZONE
) -> ReportInput:
    pack = exercise.pack
    evaluation = exercise.evaluation
    text = evaluation.text
    marking = presentation.marking_line(evaluation.marking)
    started = exercise.run.started_wall
    return ReportInput(
        title=pack.title,
        municipality=Municipality(
            name=variables.get(MUNICIPALITY_VARIABLE, "").strip() or pack.region,
            sami_name=variables.get(SAMI_NAME_VARIABLE, "").strip(),
            county=variables.get(COUNTY_VARIABLE, "").strip() or pack.region,
        ),
        exercise_form=pack.exercise_form[:1].upper() + pack.exercise_form[1:],
        dates=_dates(text(EvaluationField.DATE), started, zone),
        place=text(EvaluationField.PLACE),
        marking=marking or None,
        summary=text(EvaluationField.SUMMARY),
        background=text(EvaluationField.BACKGROUND) or pack.purpose,
        evaluation_method=text(EvaluationField.METHOD) or texts.DEFAULT_EVALUATION_METHOD,
        assumptions=text(EvaluationField.ASSUMPTIONS) or texts.DEFAULT_ASSUMPTIONS,
        goals=tuple(
            Goal(
                objective.id,
                objective.title,
                objective.description,
                evaluation.assessment(objective.id).rating,
                evaluation.assessment(objective.id).comment,
                tuple(
                    Goal(
                        sub.id,
                        sub.title,
                        sub.description,
                        evaluation.assessment(sub.id).rating,
                        evaluation.assessment(sub.id).comment,
                        indicator=sub.indicator,
                    )
                    for sub in objective.subgoals
                ),
                evidence=_evidence(exercise, objective.id),
            )
            for objective in pack.objectives
        ),
        strengths=tuple(Note(n.id, n.text, _links(n.links)) for n in evaluation.strengths),
        improvements=tuple(Note(n.id, n.text, _links(n.links)) for n in evaluation.improvements),
        learning_points=tuple(
            Note(n.id, n.text, _links(n.links)) for n in evaluation.learning_points
        ),
        actions=tuple(
            ActionItem(
                item.id,
                item.fields.measure,
                item.fields.owner,
                item.fields.deadline,
                item.fields.status,
                item.fields.plan_section,
                _links(item.fields.links),
                item.fields.priority,
            )
            for item in evaluation.action_plan
        ),
        way_forward=text(EvaluationField.WAY_FORWARD),
        hot_wash=tuple(
            HotWashAnswer(a.id, a.role_id, a.prompt, a.text) for a in evaluation.hot_wash.answers()
        ),
        facilitator=text(EvaluationField.FACILITATOR),
        evaluator=text(EvaluationField.EVALUATOR),
        scenario_title=pack.title,
        scenario_summary=pack.summary,
        scenario_background=pack.background,
        hazard=pack.hazard,
        planned_duration_ms=pack.duration.seconds * 1000,
        actual_duration_ms=_actual_duration(exercise),
        phases=tuple(Phase(p.id, p.title, p.description) for p in pack.phases),
        roles=tuple(Role(r.id, r.title or r.id, r.description) for r in exercise.roles()),
        participants=tuple(
            Participant(p.name, p.organisation, p.roles, p.present)
            for p in exercise.participants.all()
        ),
        injects=_injects(exercise),
        entries=tuple(
            LogRecord(
                id=entry.id,
                exercise_ms=entry.exercise_ms,
                kind=entry.kind,
                text=entry.text,
                roles=entry.roles,
                inject_id=entry.inject_id,
                owner=entry.owner,
                deadline=entry.deadline,
                wall=walltime.naive(entry.wall, zone),
                edited=entry.edited,
            )
            for entry in exercise.log.entries()
        ),
        app_version=__version__,
        time_zone=zone,
        exemptions=_exemptions(evaluation),
    )


def _exemptions(evaluation: Evaluation) -> Exemptions:
    basis = {
        MarkingKind.OFFL_24: texts.BASIS_OFFL_24,
        MarkingKind.OFFL_21: texts.BASIS_OFFL_21,
        MarkingKind.CUSTOM: " ".join(evaluation.marking.custom_text.split()),
        MarkingKind.NONE: "",
    }[evaluation.marking.kind]
    return Exemptions(
        items=evaluation.exempt_ids(ExemptKind.ITEM),
        entries=evaluation.exempt_ids(ExemptKind.ENTRY),
        texts=evaluation.exempt_ids(ExemptKind.TEXT),
        assessments=evaluation.exempt_ids(ExemptKind.ASSESSMENT),
        appendices=evaluation.exempt_ids(ExemptKind.APPENDIX),
        basis=basis,
    )


def _links(links: events.Links) -> Links:
    return Links(links.objectives, links.injects, links.entries, links.hot_wash)


def _evidence(exercise: Exercise, goal_id: str) -> GoalEvidence:
    """The goal's expected actions with their ticks, and the counts beside them."""
    found = gather(exercise, goal_id)
    return GoalEvidence(
        actions=tuple(
            ExpectedAction(inject.title, item.text, item.mark, item.note, item.observed)
            for inject in found.injects
            if inject.given
            for item in inject.actions
        ),
        injects=len(found.injects),
        given=found.given_injects,
        entry_ids=tuple(entry.id for entry in found.entries),
        strength_ids=tuple(note.id for note in found.strengths),
        improvement_ids=tuple(note.id for note in found.improvements),
        tally=tally_text(found.tally) if found.tally.expected else "",
    )


def _dates(written: str, started: datetime | None, zone: str) -> tuple[date, ...]:
    """The date the evaluator wrote, else the day the exercise was started."""
    if written:
        try:
            return (date.fromisoformat(written),)
        except ValueError:
            pass  # the engine checks the format; an old file may still hold free text
    return (walltime.naive(started, zone).date(),) if started is not None else ()


def _actual_duration(exercise: Exercise) -> int | None:
    """How long the run lasted, or has lasted by its last recorded event if it still runs.

    A stopped clock (ended or paused) reads the same whenever it is read; a running one
    would make the report depend on the moment it was made.
    """
    if exercise.state is RunState.NOT_STARTED:
        return None
    if exercise.state is RunState.RUNNING:
        return exercise.last.exercise_ms if exercise.last is not None else 0
    return exercise.now_ms()


def _injects(exercise: Exercise) -> tuple[InjectRecord, ...]:
    records = []
    language = second_language_name(exercise.pack)
    for view in exercise.injects():
        inject = view.inject
        second = inject.translation if language else None
        records.append(
            InjectRecord(
                id=inject.id,
                title=inject.title,
                text=inject.text,
                phase_id=view.phase_id,
                planned_ms=view.planned_ms,
                released_ms=view.release.exercise_ms if view.release is not None else None,
                skipped=view.status is InjectStatus.SKIPPED,
                scenario_time=labels.scenario_time_text(view.scenario_time)
                if view.scenario_time
                else "",
                source=inject.source,
                second_language=language if second is not None else "",
                second_title=second.title if second is not None else "",
                second_text=second.text if second is not None else "",
            )
        )
    return tuple(records)
