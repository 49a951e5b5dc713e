"""The chapters of the evaluation report, in the order DSB and the statsforvaltere suggest.

Cover, summary, background and goals, the exercise, the timeline, findings per goal,
learning points, the action plan and the way forward; the appendices are in
:mod:`ovelse.report.appendices`. The summary, the timeline, the findings and the learning
points start on a fresh page; the short chapters in between follow on when there is room,
so a small exercise does not give a report of mostly white paper.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from ovelse.exercise import labels
from ovelse.report import blocks, formats, markup, texts
from ovelse.report.appendices import appendices
from ovelse.report.index import Index
from ovelse.report.model import Goal, Note, ReportInput
from ovelse.report.paragraph import Para
from ovelse.report.styles import MARKING, boxed, styles
from ovelse.report.timeline import bin_minutes, timeline

CHAPTER_MIN_SPACE = 80 * mm  # less room than this left on a page: start the chapter anew
RATING_WIDTH = 34 * mm  # fits «Delvis ivaretatt» in bold on one line


def report_flowables(report: ReportInput, width: float) -> list[Flowable]:
    index = Index(report)
    story: list[Flowable] = [*cover(report, width)]
    chapters = (
        (texts.CH_SUMMARY, summary, True),
        (texts.CH_BACKGROUND, background, False),
        (texts.CH_ABOUT, about, False),
        (texts.CH_TIMELINE, timeline_chapter, True),
        (texts.CH_FINDINGS, findings, True),
        (texts.CH_LEARNING, learning_points, True),
        (texts.CH_ACTIONS, action_plan, False),
        (texts.CH_WAY_FORWARD, way_forward, False),
    )
    for number, (title, build, new_page) in enumerate(chapters, start=1):
        story.append(PageBreak() if new_page else CondPageBreak(CHAPTER_MIN_SPACE))
        story.append(blocks.chapter(str(number), title))
        story += build(report, index, width)
    story += appendices(report, index, width)
    return story


def cover(report: ReportInput, width: float) -> list[Flowable]:
    s = styles()
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
    story: list[Flowable] = [
        NextPageTemplate("body"),
        Para(markup.line(texts.REPORT_KIND.upper()), s.cover_kind),
        Para(markup.line(report.title), s.cover_title),
    ]
    if subtitle:
        story.append(Para(markup.line(subtitle), s.cover_subtitle))
    story += [
        Spacer(1, 14 * mm),
        blocks.fact_table([(k, v) for k, v in facts if v.strip()], width * 0.8),
        Spacer(1, 12 * mm),
    ]
    if report.marking:
        box = Table(
            [[Para(markup.text(report.marking), s.cover_marking)]],
            colWidths=[width * 0.8],
            splitInRow=1,
        )
        box.setStyle(
            boxed(
                ("BOX", (0, 0), (-1, -1), 1.0, MARKING),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            )
        )
        box.hAlign = "LEFT"
        story.append(box)
    return story


def summary(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    return blocks.paragraphs(report.summary, styles().lead)


def background(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [blocks.section(texts.SEC_BACKGROUND)]
    story += blocks.paragraphs(report.background)
    story.append(blocks.section(texts.SEC_GOALS))
    if not report.goals:
        story.append(Para(markup.line(texts.NONE_RECORDED), s.muted))
    for goal in report.goals:
        number = index.goal_numbers[goal.id]
        parts: list[Flowable] = [
            blocks.subsection(texts.GOAL_HEADING.format(number=number, title=goal.title))
        ]
        parts += blocks.paragraphs(goal.description, placeholder="")
        story.append(KeepTogether(parts))
        for sub in goal.subgoals:
            text = f"<b>{index.goal_numbers[sub.id]}</b>&nbsp; {markup.text(sub.title)}"
            if sub.description.strip():
                text += "<br/>" + blocks.muted(markup.text(sub.description))
            if sub.indicator.strip():
                indicator = texts.INDICATOR.format(indicator=sub.indicator)
                text += "<br/>" + blocks.muted(markup.text(indicator))
            story.append(Para(text, s.bullet))
    return story


def about(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [blocks.section(texts.SEC_SCENARIO)]
    if report.scenario_title.strip():
        story.append(Para(f"<b>{markup.line(report.scenario_title)}</b>", s.body))
    story += blocks.paragraphs(report.scenario_summary, placeholder="")
    if report.scenario_background.strip():
        story.append(blocks.subsection(texts.SEC_BACKSTORY))
        story += blocks.paragraphs(report.scenario_background, placeholder="")
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
    story += [Spacer(1, 2 * mm), blocks.fact_table([f for f in facts if f[1]], width)]

    story.append(blocks.section(texts.SEC_ASSUMPTIONS))
    story += blocks.paragraphs(report.assumptions)

    story.append(blocks.section(texts.SEC_PHASES))
    if not report.phases:
        story.append(Para(markup.line(texts.NONE_RECORDED), s.muted))
    for phase in report.phases:
        count = sum(1 for i in report.injects if i.phase_id == phase.id)
        count_text = blocks.muted(f"({texts.PHASE_INJECTS.format(count=count)})")
        title = f"<b>{markup.line(phase.title)}</b> {count_text}"
        story.append(Para(title, s.body))
        story += blocks.paragraphs(phase.description, placeholder="")

    story.append(blocks.section(texts.SEC_ROLES))
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
        rows: list[list[blocks.Cell]] = [
            [blocks.cell(title), blocks.cell(descriptions.get(role_id, "")), blocks.cell(who)]
            for role_id, title, who in zip(role_ids, titles, filled, strict=True)
        ]
        widths = blocks.column_widths(
            width,
            [
                blocks.fit_column(titles, texts.COL_ROLE_TITLE, cap=0.28 * width),
                None,
                blocks.fit_column(filled, texts.COL_ROLE_PEOPLE, cap=0.3 * width),
            ],
            min_free=0.3 * width,
        )
        story.append(
            blocks.data_table(
                [texts.COL_ROLE_TITLE, texts.COL_ROLE_DESCRIPTION, texts.COL_ROLE_PEOPLE],
                rows,
                widths,
            )
        )
    else:
        story.append(Para(markup.line(texts.NONE_RECORDED), s.muted))

    story.append(blocks.section(texts.SEC_CONTROL))
    control = [
        (texts.FACILITATOR, report.facilitator),
        (texts.EVALUATOR, report.evaluator),
        (texts.COVER_FACTS_DATE, formats.date_span(report.dates)),
        (texts.COVER_FACTS_PLACE, report.place),
    ]
    control = [c for c in control if c[1].strip()]
    if control:
        story.append(blocks.fact_table(control, width))
    else:
        story.append(Para(markup.line(texts.NOT_FILLED_IN), s.muted))

    story.append(blocks.section(texts.SEC_METHOD))
    story += blocks.paragraphs(report.evaluation_method)
    return story


def timeline_chapter(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    s = styles()
    if not report.injects and not report.entries:
        return [Para(markup.line(texts.NONE_RECORDED), s.muted)]
    story: list[Flowable] = [
        Para(markup.line(texts.TIMELINE_INTRO.format(minutes=bin_minutes(report))), s.body),
        Spacer(1, 2 * mm),
        KeepTogether(
            [timeline(report, width), Para(markup.line(texts.TIMELINE_CAPTION), s.caption)]
        ),
        Spacer(1, 4 * mm),
    ]
    rows: list[list[blocks.Cell]] = []
    columns: list[list[str]] = [[], [], [], []]
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
        for column, value in zip(columns, (str(number), planned, given, deviation), strict=True):
            column.append(value)
        rows.append(
            [
                blocks.cell(str(number), s.cell_right),
                blocks.cell(inject.title),
                blocks.cell(planned),
                blocks.cell(given, s.cell if inject.released_ms is not None else s.cell_muted),
                blocks.cell(deviation, s.cell_muted),
            ]
        )
    if rows:
        header = [
            texts.COL_NUMBER,
            texts.COL_INJECT,
            texts.COL_PLANNED,
            texts.COL_RELEASED,
            texts.COL_DEVIATION,
        ]
        number_fit, planned_fit, given_fit, deviation_fit = (
            blocks.fit_column(values, title, cap=width, whole=True)
            for values, title in zip(columns, [header[0], *header[2:]], strict=True)
        )
        widths = blocks.column_widths(
            width,
            [number_fit, None, planned_fit, given_fit, deviation_fit],
            min_free=0.4 * width,
        )
        story.append(blocks.data_table(header, rows, widths))
    return story


def findings(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    if not report.goals:
        story.append(Para(markup.line(texts.NONE_RECORDED), s.muted))
    else:
        goals = [g for goal in report.goals for g in (goal, *goal.subgoals)]
        number_w = blocks.fit_column(
            [index.goal_numbers[g.id] for g in goals], texts.COL_NUMBER, cap=width, whole=True
        ).wish
        rows: list[list[blocks.Cell]] = [
            [
                blocks.cell(index.goal_numbers[g.id], s.cell),
                blocks.cell(g.title, s.cell if g in report.goals else s.cell_muted),
                Para(markup.line(blocks.rating_text(g.rating)), s.label),
            ]
            for g in goals
        ]
        story.append(
            blocks.data_table(
                [texts.COL_NUMBER, texts.SEC_GOALS, texts.RATING_COMMENT],
                rows,
                [number_w, width - number_w - RATING_WIDTH, RATING_WIDTH],
                extra=blocks.rating_style([g.rating for g in goals], column=2),
            )
        )
    for goal in report.goals:
        story += _goal_findings(report, index, goal, width)
    other_strengths = index.unlinked(report.strengths)
    other_improvements = index.unlinked(report.improvements)
    if other_strengths or other_improvements:
        story.append(blocks.section(texts.SEC_OTHER_FINDINGS))
        story += _notes(index, texts.SEC_STRENGTHS, other_strengths)
        story += _notes(index, texts.SEC_IMPROVEMENTS, other_improvements)
    return story


def _goal_findings(report: ReportInput, index: Index, goal: Goal, width: float) -> list[Flowable]:
    s = styles()
    number = index.goal_numbers[goal.id]
    story: list[Flowable] = [
        blocks.section(texts.GOAL_HEADING.format(number=number, title=goal.title)),
        KeepTogether([blocks.rating_label(goal.rating, RATING_WIDTH), Spacer(1, 2 * mm)]),
    ]
    story += blocks.paragraphs(goal.comment, placeholder="")
    if goal.subgoals:
        rows: list[list[blocks.Cell]] = [
            [
                blocks.cell(f"{index.goal_numbers[sub.id]} {sub.title}"),
                Para(markup.line(blocks.rating_text(sub.rating)), s.label),
                blocks.cell(sub.comment),
            ]
            for sub in goal.subgoals
        ]
        story.append(Spacer(1, 2 * mm))
        story.append(
            blocks.data_table(
                [texts.SUBGOAL.format(number="").strip(), texts.RATING_COMMENT, texts.COL_COMMENT],
                rows,
                [width * 0.4, RATING_WIDTH, width * 0.6 - RATING_WIDTH],
                extra=blocks.rating_style([sub.rating for sub in goal.subgoals], column=1),
            )
        )
    story += _notes(index, texts.SEC_STRENGTHS, index.notes_for(goal, report.strengths))
    story += _notes(index, texts.SEC_IMPROVEMENTS, index.notes_for(goal, report.improvements))
    return story


def _notes(index: Index, title: str, notes: list[Note]) -> list[Flowable]:
    if not notes:
        return []
    s = styles()
    story: list[Flowable] = [blocks.subsection(title)]
    for note in notes:
        story.append(_note(index, note, "•", s.bullet))
    return story


def _note(index: Index, note: Note, bullet: str, style: ParagraphStyle) -> Para:
    text = markup.text(note.text)
    links = blocks.links_text(index, note.links)
    if links:
        text += "<br/>" + blocks.muted(markup.line(links), size=7.5)
    return Para(text, style, bulletText=bullet)


def learning_points(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    s = styles()
    if not report.learning_points:
        return [Para(markup.line(texts.NONE_RECORDED), s.muted)]
    return [
        _note(index, note, f"{number}.", s.bullet)
        for number, note in enumerate(report.learning_points, start=1)
    ]


def action_plan(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    s = styles()
    if not report.actions:
        return [Para(markup.line(texts.NONE_RECORDED), s.muted)]
    rows: list[list[blocks.Cell]] = []
    dates = [formats.short_date(item.deadline) if item.deadline else "" for item in report.actions]
    priorities = [
        labels.PRIORITIES[item.priority] if item.priority is not None else "–"
        for item in report.actions
    ]
    for number, item in enumerate(report.actions, start=1):
        measure = markup.text(item.measure)
        links = blocks.links_text(index, item.links)
        if links:
            measure += "<br/>" + blocks.muted(markup.line(links))
        deadline = markup.line(dates[number - 1])
        status = blocks.status_markup(item.status)
        rows.append(
            [
                blocks.cell(str(number), s.cell_right),
                Para(measure, s.cell),
                blocks.cell(priorities[number - 1]),
                blocks.cell(item.owner),
                Para(f"{deadline}<br/>{status}" if deadline else status, s.cell),
                blocks.cell(item.plan_section),
            ]
        )
    statuses = {"● " + labels.ACTION_STATUSES[i.status] for i in report.actions}
    widths = blocks.column_widths(
        width,
        [
            blocks.fit_column([str(len(rows))], texts.COL_NUMBER, cap=width, whole=True),
            None,
            blocks.fit_column(priorities, texts.COL_PRIORITY, cap=width, whole=True),
            blocks.fit_column([i.owner for i in report.actions], texts.COL_OWNER, cap=0.2 * width),
            blocks.fit_column([*dates, *statuses], texts.COL_DEADLINE, cap=width, whole=True),
            blocks.fit_column(
                [i.plan_section for i in report.actions], texts.COL_PLAN_SECTION, cap=0.2 * width
            ),
        ],
        min_free=0.24 * width,  # six columns: the measure keeps a quarter
    )
    header = [
        texts.COL_NUMBER,
        texts.COL_MEASURE,
        texts.COL_PRIORITY,
        texts.COL_OWNER,
        texts.COL_DEADLINE,
        texts.COL_PLAN_SECTION,
    ]
    return [blocks.data_table(header, rows, widths)]


def way_forward(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    return blocks.paragraphs(report.way_forward)
