"""The public version (offentlig versjon) of the report: the full one without what is exempt.

The exercise pack itself says a short summary without the exempt information can be made
public; this is that version, built as a model from the full report's model, so the PDF
and the Word renderer show exactly the same public report. It leaves out every item, log
entry, text and verdict the evaluator marked skjermet, every finding or measure linked to
an exempt log entry (a learning point taken «from the log» is its text), and the exempt
appendices; its
first page says what kinds of things were left out and under which legal basis, and it
carries no access marking itself (it is the version that may be handed out).
"""

from __future__ import annotations

from dataclasses import replace

from ovelse.exercise import labels
from ovelse.exercise.kinds import Appendix, EvaluationField
from ovelse.report import texts
from ovelse.report.model import Exemptions, Goal, GoalEvidence, Links, Note, ReportInput

# Long texts get a line saying they were left out; short facts (a name, the place) simply
# go, since the cover lists only what is filled in.
_LONG_TEXTS = {
    EvaluationField.SUMMARY: "summary",
    EvaluationField.WAY_FORWARD: "way_forward",
    EvaluationField.BACKGROUND: "background",
    EvaluationField.ASSUMPTIONS: "assumptions",
    EvaluationField.METHOD: "evaluation_method",
}
_SHORT_TEXTS = {
    EvaluationField.FACILITATOR: "facilitator",
    EvaluationField.EVALUATOR: "evaluator",
    EvaluationField.PLACE: "place",
}


def appendix_title(appendix: Appendix) -> str:
    return {
        Appendix.LOG: texts.AP_LOG_BY_INJECT,
        Appendix.INJECTS: texts.AP_INJECTS,
        Appendix.PARTICIPANTS: texts.AP_PARTICIPANTS,
    }[appendix]


def public_version(report: ReportInput) -> ReportInput:
    exempt = report.exemptions
    changes: dict[str, object] = {}
    fields = [EvaluationField(value) for value in sorted(exempt.texts)]
    for field in fields:
        if field in _LONG_TEXTS:
            changes[_LONG_TEXTS[field]] = texts.PUBLIC_TEXT_LEFT_OUT
        elif field in _SHORT_TEXTS:
            changes[_SHORT_TEXTS[field]] = ""
        elif field is EvaluationField.DATE:
            changes["dates"] = ()

    def public(item_id: str, links: Links) -> bool:
        # A finding made from an exempt log entry («Fra loggen» copies its text) goes too,
        # and so does one taken from an exempt answer of the hot wash.
        return (
            item_id not in exempt.items
            and not exempt.entries.intersection(links.entries)
            and not exempt.items.intersection(links.hot_wash)
        )

    items = 0
    kept_notes: list[Note] = []
    for name in ("strengths", "improvements", "learning_points"):
        notes = getattr(report, name)
        kept = tuple(note for note in notes if public(note.id, note.links))
        items += len(notes) - len(kept)
        changes[name] = kept
        kept_notes += kept
    actions = tuple(item for item in report.actions if public(item.id, item.links))
    items += len(report.actions) - len(actions)
    hot_wash = tuple(answer for answer in report.hot_wash if answer.id not in exempt.items)
    items += len(report.hot_wash) - len(hot_wash)
    changes["hot_wash"] = hot_wash
    entries = tuple(entry for entry in report.entries if entry.id not in exempt.entries)
    shown = frozenset(note.id for note in kept_notes) | frozenset(e.id for e in entries)
    goals = tuple(_withhold(goal, exempt.assessments, shown) for goal in report.goals)
    withheld = sum(
        1 for goal in report.goals for g in (goal, *goal.subgoals) if g.id in exempt.assessments
    )
    appendices = [a for a in Appendix if a.value in exempt.appendices]
    if Appendix.PARTICIPANTS in appendices:
        changes["participants"] = ()  # their names would still show in the roles table

    parts = []
    if items:
        parts.append(texts.PUBLIC_PART_ITEMS.format(count=items))
    if len(report.entries) - len(entries):
        parts.append(texts.PUBLIC_PART_ENTRIES.format(count=len(report.entries) - len(entries)))
    if withheld:
        parts.append(texts.PUBLIC_PART_ASSESSMENTS.format(count=withheld))
    if fields:
        names = ", ".join(f"«{labels.EVALUATION_FIELDS[field]}»" for field in fields)
        parts.append(texts.PUBLIC_PART_TEXTS.format(names=names))
    parts += [texts.PUBLIC_PART_APPENDIX.format(title=appendix_title(a)) for a in appendices]
    if not parts:
        notice = texts.PUBLIC_NOTHING_LEFT_OUT
    elif exempt.basis:
        notice = texts.PUBLIC_NOTICE.format(parts=", ".join(parts), basis=exempt.basis)
    else:
        notice = texts.PUBLIC_NOTICE_NO_BASIS.format(parts=", ".join(parts))
    return replace(
        report,
        **changes,  # type: ignore[arg-type]
        actions=actions,
        entries=entries,
        goals=goals,
        marking=None,
        exemptions=Exemptions(),
        omit_appendices=frozenset(a.value for a in appendices),
        notice=notice,
    )


def _withhold(goal: Goal, ids: frozenset[str], shown: frozenset[str]) -> Goal:
    """An exempt verdict goes with its evidence. The facilitator's own words from the heat
    of the run, the notes on ticks and the observed actions, cannot be marked skjermet one
    by one, so they stay out of every public version; the pack's expected actions and
    their ticks stay. The evidence counts only the findings and log entries shown."""
    subgoals = tuple(_withhold(sub, ids, shown) for sub in goal.subgoals)
    if goal.id not in ids:
        found = goal.evidence
        evidence = replace(
            found,
            actions=tuple(
                replace(action, note="") for action in found.actions if not action.observed
            ),
            entry_ids=tuple(i for i in found.entry_ids if i in shown),
            strength_ids=tuple(i for i in found.strength_ids if i in shown),
            improvement_ids=tuple(i for i in found.improvement_ids if i in shown),
        )
        return replace(goal, subgoals=subgoals, evidence=evidence)
    return replace(
        goal,
        rating=None,
        comment="",
        withheld=True,
        subgoals=subgoals,
        evidence=GoalEvidence(),
    )
