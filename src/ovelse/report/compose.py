"""The chapters of the evaluation report, in the order DSB and the statsforvaltere suggest.

Cover, summary, background and goals, the exercise, the timeline, findings per goal,
learning points, the action plan and the way forward; the appendices are in
:mod:`ovelse.report.appendices`. The summary, the timeline, the findings and the learning
points start on a fresh page; the short chapters in between follow on when there is room,
so a small exercise does not give a report of mostly white paper.

This is the one place the report's content is decided; it builds renderer-neutral blocks
(:mod:`ovelse.report.content`) that the PDF and the Word renderer lay out.
"""

from __future__ import annotations

from collections.abc import Callable

from ovelse import __version__, presentation
from ovelse.exercise import labels
from ovelse.exercise.evidence import mark_text
from ovelse.exercise.kinds import EntryKind, HotWashPrompt
from ovelse.i18n.markers import Plural
from ovelse.report import formats, texts
from ovelse.report.appendices import appendices
from ovelse.report.content import (
    Block,
    Cell,
    CellStyle,
    Column,
    Contents,
    Cover,
    Document,
    Facts,
    Figure,
    Gap,
    Heading,
    Paragraph,
    Picture,
    RatingTag,
    Run,
    Start,
    Table,
    Together,
    one_line,
    split_blocks,
)
from ovelse.report.index import Index, links_text
from ovelse.report.model import Goal, GoalEvidence, Note, ReportInput
from ovelse.report.timeline import bin_minutes

RATING_MM = 34  # fits «Delvis ivaretatt» in bold on one line

Chapter = Callable[[ReportInput, Index], list[Block]]


def none_recorded() -> Paragraph:
    return Paragraph((Run(one_line(texts.NONE_RECORDED)),), "muted")


def paragraphs(value: str, style: str = "body", *, placeholder: str | None = None) -> list[Block]:
    """User text as paragraphs: blank lines separate them, single line breaks stay.

    Empty text gives a muted placeholder, so a reader sees that a part was left out on
    purpose rather than lost.
    """
    chunks = [chunk for chunk in split_blocks(value) if chunk.strip()]
    if not chunks:
        if placeholder is None:
            placeholder = texts.NOT_FILLED_IN
        return [Paragraph((Run(one_line(placeholder)),), "muted")] if placeholder else []
    return [Paragraph((Run(chunk.strip("\n")),), style) for chunk in chunks]  # type: ignore[arg-type]


def cell(value: str, style: CellStyle = "cell") -> Cell:
    return Cell((Run(value),), style)


def rating_text(goal: Goal) -> str:
    if goal.withheld:
        return texts.PUBLIC_RATING_LEFT_OUT
    return one_line(presentation.rating(goal.rating))


def rating_cell(goal: Goal) -> Cell:
    return Cell((Run(rating_text(goal)),), rated=True, rating=goal.rating)


def section(title: str, *, outline: bool = True) -> Heading:
    return Heading(one_line(title), 1, outline=outline)


def subsection(title: str) -> Heading:
    return Heading(one_line(title), 2, outline=False)


def build_document(report: ReportInput) -> Document:
    """The whole report as blocks, from the cover to the last appendix."""
    index = Index(report)
    story: list[Block] = [cover(report), Contents(one_line(texts.CONTENTS))]
    chapters: tuple[tuple[str, Chapter, Start], ...] = (
        (texts.CH_SUMMARY, summary, "page"),
        (texts.CH_BACKGROUND, background, "room"),
        (texts.CH_ABOUT, about, "room"),
        (texts.CH_TIMELINE, timeline_chapter, "page"),
        (texts.CH_FINDINGS, findings, "page"),
    )
    if report.hot_wash:  # only when the room was asked; older sessions have no hot wash
        chapters += ((texts.CH_HOT_WASH, hot_wash, "page"),)
    chapters += (
        (texts.CH_LEARNING, learning_points, "page"),
        (texts.CH_ACTIONS, action_plan, "room"),
        (texts.CH_WAY_FORWARD, way_forward, "room"),
    )
    for number, (title, build, start) in enumerate(chapters, start=1):
        story.append(Heading(one_line(title), 0, number=str(number), start=start))
        story += build(report, index)
    story += appendices(report, index)
    names = [name for name in (report.evaluator, report.facilitator) if name]
    return Document(
        title=report.title,
        author=", ".join(names) or report.municipality.display,
        subject=texts.SUBJECT.format(
            form=report.exercise_form.lower(), municipality=report.municipality.display
        ),
        keywords=(*texts.KEYWORDS, report.municipality.display),
        marking=(report.marking or "").strip(),
        running=f"{texts.REPORT_KIND} · {report.municipality.display}",
        dates=formats.date_span(report.dates),
        blocks=tuple(story),
    )


def creator(report: ReportInput) -> str:
    return texts.CREATOR.format(version=report.app_version or __version__)


def cover(report: ReportInput) -> Cover:
    subtitle = " · ".join(
        part for part in (report.exercise_form, formats.date_span(report.dates)) if part
    )
    facts = [
        (texts.COVER_FACTS_FORM, report.exercise_form),
        (texts.COVER_FACTS_DATE, formats.date_span(report.dates)),
        (texts.COVER_FACTS_PLACE, report.place),
        (
            texts.COVER_FACTS_SCENARIO,
            "" if report.scenario_title == report.title else report.scenario_title,
        ),
        (texts.COVER_FACTS_FACILITATOR, report.facilitator),
        (texts.COVER_FACTS_EVALUATOR, report.evaluator),
    ]
    kind = texts.REPORT_KIND
    if report.notice:
        kind = f"{kind} · {texts.REPORT_KIND_PUBLIC}"
    municipality = report.municipality
    organisation = " · ".join(p for p in (municipality.display, municipality.county) if p)
    return Cover(
        organisation=one_line(organisation),
        kind=one_line(kind.upper()),
        title=one_line(report.title),
        subtitle=one_line(subtitle),
        facts=Facts(tuple((k, v) for k, v in facts if v.strip()), 0.8),
        marking=report.marking or "",
        notice=report.notice,
    )


def summary(report: ReportInput, index: Index) -> list[Block]:
    return paragraphs(report.summary, "lead")


def background(report: ReportInput, index: Index) -> list[Block]:
    story: list[Block] = [section(texts.SEC_BACKGROUND)]
    story += paragraphs(report.background)
    story.append(section(texts.SEC_GOALS))
    if not report.goals:
        story.append(none_recorded())
    for goal in report.goals:
        number = index.goal_numbers[goal.id]
        parts: list[Block] = [
            subsection(texts.GOAL_HEADING.format(number=number, title=goal.title))
        ]
        parts += paragraphs(goal.description, placeholder="")
        story.append(Together(tuple(parts)))
        for sub in goal.subgoals:
            runs = [Run(index.goal_numbers[sub.id], bold=True), Run("\u00a0 " + sub.title)]
            if sub.description.strip():
                runs.append(Run("\n" + sub.description, muted=True))
            if sub.indicator.strip():
                runs.append(Run("\n" + texts.INDICATOR.format(indicator=sub.indicator), muted=True))
            story.append(Paragraph(tuple(runs), "bullet"))
    return story


def about(report: ReportInput, index: Index) -> list[Block]:
    story: list[Block] = [section(texts.SEC_SCENARIO)]
    if report.scenario_title.strip():
        story.append(Paragraph((Run(one_line(report.scenario_title), bold=True),)))
    story += paragraphs(report.scenario_summary, placeholder="")
    if report.scenario_background.strip():
        story.append(subsection(texts.SEC_BACKSTORY))
        story += paragraphs(report.scenario_background, placeholder="")
    for picture in report.pictures:
        alt, caption = one_line(picture.alt), one_line(picture.caption)
        story += [Gap(2), Picture(picture.data, picture.width, picture.height, alt, caption)]
    given = sum(1 for i in report.injects if i.released_ms is not None)
    skipped = sum(1 for i in report.injects if i.skipped)
    facts = [
        (texts.HAZARD, report.hazard),
        (
            texts.PLANNED_DURATION,
            formats.duration(report.planned_duration_ms) if report.planned_duration_ms else "",
        ),
        (
            texts.ACTUAL_DURATION,
            formats.duration(report.actual_duration_ms) if report.actual_duration_ms else "",
        ),
        (
            texts.INJECT_COUNT,
            texts.INJECT_COUNT_VALUE.format(
                given=given, skipped=skipped, waiting=len(report.injects) - given - skipped
            ),
        ),
        (texts.ENTRY_COUNT, str(len(report.entries))),
    ]
    story += [Gap(2), Facts(tuple(f for f in facts if f[1]))]

    story.append(section(texts.SEC_ASSUMPTIONS))
    story += paragraphs(report.assumptions)

    story.append(section(texts.SEC_PHASES))
    if not report.phases:
        story.append(none_recorded())
    for phase in report.phases:
        count = sum(1 for i in report.injects if i.phase_id == phase.id)
        story.append(
            Paragraph(
                (
                    Run(one_line(phase.title), bold=True),
                    Run(" "),
                    Run(
                        f"({texts.PHASE_INJECTS.for_count(count).format(count=count)})", muted=True
                    ),
                )
            )
        )
        story += paragraphs(phase.description, placeholder="")

    story.append(section(texts.SEC_ROLES))
    people: dict[str, list[str]] = {}
    for participant in report.participants:
        if not participant.present:
            continue  # appendix D lists them as absent; they filled no role on the day
        who = participant.name or participant.organisation
        if participant.name and participant.organisation:
            who = f"{participant.name} ({participant.organisation})"
        for role_id in participant.roles:
            people.setdefault(role_id, []).append(who)
    role_ids = [role.id for role in report.roles]
    role_ids += [role_id for role_id in people if role_id not in role_ids]
    if role_ids:
        descriptions = {role.id: role.description for role in report.roles}
        titles = [index.role_title(role_id) for role_id in role_ids]
        filled = ["\n".join(people.get(role_id, ())) for role_id in role_ids]
        story.append(
            Table(
                (
                    Column(texts.COL_ROLE_TITLE, "text", cap=0.28),
                    Column(texts.COL_ROLE_DESCRIPTION),
                    Column(texts.COL_ROLE_PEOPLE, "text", cap=0.3),
                ),
                tuple(
                    (cell(title), cell(descriptions.get(role_id, "")), cell(who))
                    for role_id, title, who in zip(role_ids, titles, filled, strict=True)
                ),
                min_free=0.3,
            )
        )
    else:
        story.append(none_recorded())

    story.append(section(texts.SEC_CONTROL))
    control = [
        (texts.FACILITATOR, report.facilitator),
        (texts.EVALUATOR, report.evaluator),
        (texts.COVER_FACTS_DATE, formats.date_span(report.dates)),
        (texts.COVER_FACTS_PLACE, report.place),
    ]
    control = [c for c in control if c[1].strip()]
    if control:
        story.append(Facts(tuple(control)))
    else:
        story.append(Paragraph((Run(one_line(texts.NOT_FILLED_IN)),), "muted"))

    story.append(section(texts.SEC_METHOD))
    story += paragraphs(report.evaluation_method)
    return story


def timeline_chapter(report: ReportInput, index: Index) -> list[Block]:
    if not report.injects and not report.entries:
        return [none_recorded()]
    intro = texts.TIMELINE_INTRO.format(minutes=bin_minutes(report))
    story: list[Block] = [
        Paragraph((Run(one_line(intro)),)),
        Gap(2),
        Figure("timeline", alt=timeline_alt(report), caption=one_line(texts.TIMELINE_CAPTION)),
        Gap(4),
    ]
    rows: list[tuple[Cell, ...]] = []
    for inject in report.injects:
        number = index.inject_numbers[inject.id]
        planned = formats.offset(inject.planned_ms) if inject.planned_ms is not None else "–"
        if inject.released_ms is not None:
            given = formats.offset(inject.released_ms)
        elif inject.skipped:
            given = texts.INJECT_SKIPPED
        else:
            given = texts.INJECT_NOT_GIVEN
        delay = inject.delay_ms
        if inject.planned_ms is None:
            deviation = texts.INJECT_ADHOC
        else:
            deviation = formats.delay(delay) if delay is not None else ""
        rows.append(
            (
                cell(str(number), "right"),
                cell(inject.title),
                cell(planned),
                cell(given, "cell" if inject.released_ms is not None else "muted"),
                cell(deviation, "muted"),
            )
        )
    if rows:
        story.append(
            Table(
                (
                    Column(texts.COL_NUMBER, "whole"),
                    Column(texts.COL_INJECT),
                    Column(texts.COL_PLANNED, "whole"),
                    Column(texts.COL_RELEASED, "whole"),
                    Column(texts.COL_DEVIATION, "whole"),
                ),
                tuple(rows),
                min_free=0.4,
            )
        )
    return story


def timeline_alt(report: ReportInput) -> str:
    """The chart in words, for a reader who cannot see it (Word's alternative text)."""
    given = sum(1 for i in report.injects if i.released_ms is not None)
    return texts.TIMELINE_ALT.format(
        injects=len(report.injects),
        given=given,
        entries=len(report.entries),
        decisions=sum(1 for e in report.entries if e.kind is EntryKind.DECISION),
        minutes=bin_minutes(report),
    )


def findings(report: ReportInput, index: Index) -> list[Block]:
    story: list[Block] = []
    if not report.goals:
        story.append(none_recorded())
    else:
        goals = [g for goal in report.goals for g in (goal, *goal.subgoals)]
        story.append(
            Table(
                (
                    Column(texts.COL_NUMBER, "whole"),
                    Column(texts.SEC_GOALS),
                    Column(texts.RATING_COMMENT, "fixed", mm=RATING_MM),
                ),
                tuple(
                    (
                        cell(index.goal_numbers[g.id]),
                        cell(g.title, "cell" if g in report.goals else "muted"),
                        rating_cell(g),
                    )
                    for g in goals
                ),
            )
        )
    for goal in report.goals:
        story += _goal_findings(report, index, goal)
    other_strengths = index.unlinked(report.strengths)
    other_improvements = index.unlinked(report.improvements)
    if other_strengths or other_improvements:
        story.append(section(texts.SEC_OTHER_FINDINGS))
        story += _notes(index, texts.SEC_STRENGTHS, other_strengths)
        story += _notes(index, texts.SEC_IMPROVEMENTS, other_improvements)
    return story


def _goal_findings(report: ReportInput, index: Index, goal: Goal) -> list[Block]:
    number = index.goal_numbers[goal.id]
    story: list[Block] = [
        section(texts.GOAL_HEADING.format(number=number, title=goal.title)),
        Together((RatingTag(goal.rating, rating_text(goal)), Gap(2))),
    ]
    story += paragraphs(goal.comment, placeholder="")
    if goal.subgoals:
        story.append(Gap(2))
        story.append(
            Table(
                (
                    Column(texts.SUBGOAL.format(number="").strip(), "fixed", share=0.4),
                    Column(texts.RATING_COMMENT, "fixed", mm=RATING_MM),
                    Column(texts.COL_COMMENT),
                ),
                tuple(
                    (
                        cell(f"{index.goal_numbers[sub.id]} {sub.title}"),
                        rating_cell(sub),
                        cell(sub.comment),
                    )
                    for sub in goal.subgoals
                ),
            )
        )
    story += _evidence(goal.evidence)
    story += _notes(index, texts.SEC_STRENGTHS, index.notes_for(goal, report.strengths))
    story += _notes(index, texts.SEC_IMPROVEMENTS, index.notes_for(goal, report.improvements))
    return story


def _count(text: Plural, ids: tuple[str, ...]) -> str:
    return text.for_count(len(ids)).format(count=len(ids))


def _evidence(evidence: GoalEvidence) -> list[Block]:
    """What the verdict rests on: the counts, then the expected actions as ticked.

    Nothing for a goal no inject exercises: the pack did not tie it to the run.
    """
    if not evidence.injects:
        return []
    parts = [
        texts.EVIDENCE_INJECTS.for_count(evidence.injects).format(
            given=evidence.given, count=evidence.injects
        ),
        _count(texts.EVIDENCE_ENTRIES, evidence.entry_ids),
        _count(texts.EVIDENCE_STRENGTHS, evidence.strength_ids),
        _count(texts.EVIDENCE_IMPROVEMENTS, evidence.improvement_ids),
    ]
    if evidence.tally:
        parts.append(evidence.tally)
    story: list[Block] = [
        Gap(2),
        Paragraph((Run(texts.EVIDENCE_LINE.format(parts=", ".join(parts))),), "muted"),
    ]
    if evidence.actions:
        story.append(subsection(texts.EVIDENCE_ACTIONS))
        rows = []
        for action in evidence.actions:
            runs = [Run(action.text)]
            if action.observed:
                runs.append(Run(" " + texts.EVIDENCE_OBSERVED, muted=True))
            if action.note:
                runs.append(Run("\n" + action.note, muted=True, small=True))
            rows.append(
                (
                    cell(action.inject),
                    Cell(tuple(runs)),
                    cell(mark_text(action.mark), "cell" if action.mark else "muted"),
                )
            )
        story.append(
            Table(
                (
                    Column(texts.COL_INJECT, "fixed", share=0.28),
                    Column(texts.COL_EXPECTED_ACTION),
                    Column(texts.COL_DONE, "fixed", mm=RATING_MM),
                ),
                tuple(rows),
            )
        )
    return story


def _notes(index: Index, title: str, notes: list[Note]) -> list[Block]:
    if not notes:
        return []
    story: list[Block] = [subsection(title)]
    story += [_note(index, note, "•") for note in notes]
    return story


def _note(index: Index, note: Note, bullet: str) -> Paragraph:
    runs = [Run(note.text)]
    links = links_text(index, note.links)
    if links:
        runs.append(Run("\n" + one_line(links), muted=True, small=True))
    return Paragraph(tuple(runs), "bullet", bullet=bullet)


def hot_wash(report: ReportInput, index: Index) -> list[Block]:
    """«Deltakernes egen vurdering»: the hot wash's answers, prompt by prompt, with the role.

    Each answer keeps its number («U3»), which a finding or measure taken from it names.
    """
    story: list[Block] = [Paragraph((Run(one_line(texts.HOT_WASH_INTRO)),))]
    counts = {prompt: 0 for prompt in HotWashPrompt}
    for answer in report.hot_wash:
        counts[answer.prompt] += 1
    story += [
        Gap(2),
        Facts(
            tuple(
                (
                    labels.HOT_WASH_PROMPTS[prompt],
                    texts.HOT_WASH_COUNT.for_count(count).format(count=count),
                )
                for prompt, count in counts.items()
            )
        ),
    ]
    # Where the evaluator took an answer in: «Tatt inn som F1, T2».
    taken: dict[str, list[str]] = {}
    for item in (*report.strengths, *report.improvements, *report.learning_points):
        for answer_id in item.links.hot_wash:
            taken.setdefault(answer_id, []).append(item.id)
    for action in report.actions:
        for answer_id in action.links.hot_wash:
            taken.setdefault(answer_id, []).append(action.id)
    for prompt in HotWashPrompt:
        answers = [answer for answer in report.hot_wash if answer.prompt is prompt]
        if not answers:
            continue
        story.append(section(labels.HOT_WASH_PROMPTS[prompt]))
        story.append(
            Table(
                (
                    Column(texts.COL_NUMBER, "whole"),
                    Column(texts.COL_ROLE, "fixed", share=0.24),  # Word fonts may run wider
                    Column(texts.HOT_WASH_ANSWER),
                ),
                tuple(
                    (
                        cell(answer.id),
                        cell(index.role_title(answer.role_id)),
                        _answer_cell(answer.text, taken.get(answer.id, [])),
                    )
                    for answer in answers
                ),
                min_free=0.45,
            )
        )
    return story


def _answer_cell(text: str, items: list[str]) -> Cell:
    if not items:
        return cell(text)
    note = texts.HOT_WASH_TAKEN.format(items=", ".join(items))
    return Cell((Run(text), Run("\n" + one_line(note), muted=True, small=True)))


def learning_points(report: ReportInput, index: Index) -> list[Block]:
    if not report.learning_points:
        return [none_recorded()]
    return [
        _note(index, note, f"{number}.")
        for number, note in enumerate(report.learning_points, start=1)
    ]


def action_plan(report: ReportInput, index: Index) -> list[Block]:
    if not report.actions:
        return [none_recorded()]
    rows: list[tuple[Cell, ...]] = []
    dates = [formats.short_date(item.deadline) if item.deadline else "" for item in report.actions]
    priorities = [
        labels.PRIORITIES[item.priority] if item.priority is not None else "–"
        for item in report.actions
    ]
    for number, item in enumerate(report.actions, start=1):
        measure = [Run(item.measure)]
        links = links_text(index, item.links)
        if links:
            measure.append(Run("\n" + one_line(links), muted=True))
        deadline = one_line(dates[number - 1])
        status = [
            Run("●", status=item.status),
            Run(" " + one_line(labels.ACTION_STATUSES[item.status])),
        ]
        rows.append(
            (
                cell(str(number), "right"),
                Cell(tuple(measure)),
                cell(priorities[number - 1]),
                cell(item.owner),
                Cell((Run(deadline + "\n"), *status) if deadline else tuple(status)),
                cell(item.plan_section),
            )
        )
    statuses = {"● " + labels.ACTION_STATUSES[i.status] for i in report.actions}
    return [
        Table(
            (
                Column(texts.COL_NUMBER, "whole", measure=(str(len(rows)),)),
                Column(texts.COL_MEASURE),
                Column(texts.COL_PRIORITY, "whole", measure=tuple(priorities)),
                Column(texts.COL_OWNER, "text", cap=0.2),
                Column(texts.COL_DEADLINE, "whole", measure=(*dates, *sorted(statuses))),
                Column(texts.COL_PLAN_SECTION, "text", cap=0.2),
            ),
            tuple(rows),
            min_free=0.24,  # six columns: the measure keeps a quarter
        )
    ]


def way_forward(report: ReportInput, index: Index) -> list[Block]:
    return paragraphs(report.way_forward)
