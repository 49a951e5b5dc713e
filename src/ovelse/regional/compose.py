"""The roll-up's content, decided once as the report's blocks.

The PDF (:mod:`ovelse.regional.pdf`, through the report's own renderer) and the workbook
(:mod:`ovelse.regional.xlsx`) lay out what this module returns, so a table added here is
a page in one and a sheet in the other.
"""

from __future__ import annotations

from ovelse import presentation
from ovelse.exercise.kinds import Rating
from ovelse.regional import similarity, texts
from ovelse.regional.model import RATING_ORDER, Goal, GoalPoints, PointGroup, Rollup
from ovelse.report import formats
from ovelse.report.content import (
    Block,
    Cell,
    Column,
    Cover,
    Document,
    Facts,
    Heading,
    Paragraph,
    Run,
    Table,
    Together,
    one_line,
)

SUMMARY_TOP = 5  # recurring points named on the one-page summary
SUMMARY_WORDING = 150  # characters of a point's wording on the summary page
SUMMARY_NAMES = 40  # missing kommuner named on the summary page before «…»
MATRIX_PART = 100  # kommuner in one table of the matrix
# Goals in one table of the matrix: with more, «ivaretatt» no longer fits a column of a
# portrait page and breaks inside the word; the next goals follow in a table of their own.
MATRIX_GOALS = 7


def goal_label(goal: Goal) -> str:
    """«M2»: the goal's short name in the matrix's narrow columns."""
    return texts.GOAL_NUMBER.format(number=goal.number)


def title(rollup: Rollup) -> str:
    return one_line(texts.TITLE.format(pack=rollup.pack_title))


def build_document(rollup: Rollup) -> Document:
    blocks: list[Block] = [cover(rollup)]
    chapters = [
        (texts.SUMMARY, summary),
        (texts.MATRIX, matrix),
        (texts.SPREAD, spread),
        (texts.LEARNING, lambda r: points(r.learning)),
        (texts.IMPROVEMENTS, lambda r: points(r.improvements)),
        (texts.FOLLOW_UP, follow_ups),
        (texts.MISSING, missing),
        (texts.REJECTED, rejected),
        (texts.METHOD, method),
    ]
    for number, (heading, chapter) in enumerate(chapters, start=1):
        blocks.append(Heading(heading, 0, str(number), start="page" if number <= 2 else "room"))
        blocks += chapter(rollup)
    return Document(
        title=title(rollup),
        author=one_line(rollup.region),
        subject=texts.SUBJECT,
        keywords=(texts.KEYWORD, rollup.pack_id),
        marking=rollup.marking,
        running=texts.KIND,
        dates=formats.date_span(rollup.dates),
        blocks=tuple(blocks),
    )


def chapter_number(heading: str) -> str:
    """The number a chapter gets in :func:`build_document`, for references to it."""
    order = (
        texts.SUMMARY,
        texts.MATRIX,
        texts.SPREAD,
        texts.LEARNING,
        texts.IMPROVEMENTS,
        texts.FOLLOW_UP,
        texts.MISSING,
        texts.REJECTED,
        texts.METHOD,
    )
    return str(order.index(heading) + 1)


def reported_line(rollup: Rollup) -> str:
    """How many have reported: of the invited, those not missing (a file from a kommune
    not on the list is summed up but does not count as an invited one's answer)."""
    if rollup.invited:
        invited = len(rollup.invited)
        reported = invited - len(rollup.missing)
        return texts.REPORTED_OF.format(reported=reported, invited=invited)
    reported = len(rollup.rows)
    return texts.REPORTED.for_count(reported).format(count=reported)


def facts(rollup: Rollup) -> Facts:
    rows = [
        (texts.FACT_PACK, one_line(rollup.pack_title)),
        (texts.FACT_VERSION, one_line(rollup.pack_version)),
        (texts.FACT_KOMMUNER, str(len(rollup.rows))),
        (texts.FACT_PARTICIPANTS, str(rollup.participants) if rollup.participants else ""),
    ]
    if rollup.invited:
        rows.append((texts.FACT_INVITED, str(len(rollup.invited))))
        rows.append((texts.FACT_MISSING, str(len(rollup.missing))))
    rows += [
        (texts.FACT_REJECTED, str(len(rollup.rejected))),
        (texts.FACT_FOLLOW_UP, str(len(rollup.follow_ups))),
        (texts.FACT_DATES, formats.date_span(rollup.dates)),
    ]
    return Facts(tuple((k, v) for k, v in rows if v), 0.8)


def cover(rollup: Rollup) -> Cover:
    return Cover(
        organisation=one_line(rollup.region),
        kind=texts.KIND.upper(),
        title=one_line(rollup.pack_title),
        subtitle=reported_line(rollup),
        facts=facts(rollup),
        marking=rollup.marking,
    )


def _text(value: str, *, bold: bool = False) -> Paragraph:
    return Paragraph((Run(value, bold=bold),))


def _short(value: str, limit: int) -> str:
    value = one_line(value)
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _biggest(goal_points: tuple[GoalPoints, ...]) -> list[PointGroup]:
    """The groups most kommuner share, across goals; ties keep the document's order."""
    groups = [group for entry in goal_points for group in entry.groups]
    ranked = sorted(groups, key=lambda group: -len(group.kommuner))
    return [group for group in ranked if len(group.kommuner) > 1][:SUMMARY_TOP]


def summary(rollup: Rollup) -> list[Block]:
    """One page for the statsforvalter's own report to DSB: with many goals, long points
    or many kommuner missing it is printed smaller rather than run on to a second page."""
    return [Together(tuple(_summary(rollup)), shrink=True)]


def _summary(rollup: Rollup) -> list[Block]:
    story: list[Block] = [
        Paragraph(
            (
                Run(
                    texts.SUMMARY_LEAD.for_count(len(rollup.rows)).format(
                        reported=len(rollup.rows),
                        pack=one_line(rollup.pack_title),
                        version=one_line(rollup.pack_version),
                    )
                ),
            ),
            "lead",
        ),
        Heading(texts.SUMMARY_GOALS, 1, outline=False),
    ]
    for item in rollup.spread:
        counts = " · ".join(
            texts.SUMMARY_COUNT.format(label=presentation.rating(rating), count=count)
            for rating, count in zip(RATING_ORDER, item.counts, strict=True)
            if count
        )
        story.append(
            Paragraph(
                (
                    Run(goal_label(item.goal) + " ", bold=True),
                    Run(
                        texts.SUMMARY_GOAL_LINE.format(
                            goal=one_line(item.goal.title), counts=counts
                        )
                    ),
                ),
                "bullet",
                bullet="•",
            )
        )
    for heading, groups in (
        (texts.SUMMARY_RECURRING, _biggest(rollup.learning)),
        (texts.SUMMARY_IMPROVEMENTS, _biggest(rollup.improvements)),
    ):
        if not groups:
            continue
        story.append(Heading(heading, 1, outline=False))
        for group in groups:
            count = len(group.kommuner)
            line = texts.SUMMARY_IN_KOMMUNER.for_count(count).format(
                text=_short(group.wording, SUMMARY_WORDING), count=count
            )
            story.append(Paragraph((Run(line),), "bullet", bullet="•"))
    story.append(Heading(texts.FOLLOW_UP, 1, outline=False))
    if rollup.follow_ups:
        count = len(rollup.follow_ups)
        story.append(
            _text(
                texts.SUMMARY_FOLLOW_UP.for_count(count).format(
                    count=count, chapter=chapter_number(texts.FOLLOW_UP)
                )
            )
        )
    else:
        story.append(_text(texts.NONE_FOLLOW_UP))
    story.append(_text(_missing_line(rollup)))
    if rollup.rejected:
        count = len(rollup.rejected)
        story.append(
            _text(
                texts.SUMMARY_REJECTED.for_count(count).format(
                    count=count, chapter=chapter_number(texts.REJECTED)
                )
            )
        )
    return story


def _missing_line(rollup: Rollup) -> str:
    if not rollup.invited:
        return texts.NO_INVITATION
    if not rollup.missing:
        return texts.NONE_MISSING
    names = [one_line(name) for name in rollup.missing[:SUMMARY_NAMES]]
    if len(rollup.missing) > SUMMARY_NAMES:
        names.append("…")
    count = len(rollup.missing)
    return texts.SUMMARY_MISSING.for_count(count).format(count=count, names=", ".join(names))


def goal_key(rollup: Rollup) -> Table:
    return Table(
        (Column(texts.COLUMN_NUMBER, "whole"), Column(texts.COLUMN_GOAL)),
        tuple(
            (Cell((Run(goal_label(goal), bold=True),)), Cell((Run(one_line(goal.title)),)))
            for goal in rollup.goals
        ),
        name=texts.GOAL_KEY,
    )


def rating_cell(rating: Rating | None, withheld: bool = False) -> Cell:
    """The rating as colour and word, so it survives a black-and-white print; a verdict
    the kommune kept out as exempt says so, in the colour of one not rated."""
    word = texts.WITHHELD if withheld else presentation.rating(rating)
    return Cell((Run(word),), rated=True, rating=rating)


def matrix(rollup: Rollup) -> list[Block]:
    if not rollup.rows:
        return [_text(texts.NONE_KOMMUNER)]
    parts: list[Block] = []
    for first in range(0, len(rollup.goals), MATRIX_GOALS):
        parts += _matrix_part(rollup, range(first, min(first + MATRIX_GOALS, len(rollup.goals))))
    return [_text(texts.MATRIX_LEAD), goal_key(rollup), *parts]


def _matrix_part(rollup: Rollup, goals: range) -> list[Block]:
    """The kommuner's ratings of some of the goals (all of them, up to MATRIX_GOALS)."""
    # The goals share four fifths of the width; a rating wraps to two lines in a narrow
    # column («Delvis / ivaretatt») rather than squeeze the kommune's name.
    share = min(0.8 / max(len(goals), 1), 0.19)
    columns = (
        Column(texts.COLUMN_KOMMUNE),
        *tuple(Column(goal_label(rollup.goals[i]), "fixed", share=share) for i in goals),
    )
    rows = tuple(
        (
            Cell((Run(one_line(row.kommune)),)),
            *(rating_cell(row.ratings[i], i in row.withheld) for i in goals),
        )
        for row in rollup.rows
    )
    # In parts of a few pages each: every coloured cell is a style command of its table,
    # and ReportLab goes through all of a table's commands at each page break, which for
    # thousands of kommuner in one table would grow with the square of their number.
    return [
        Table(columns, rows[start : start + MATRIX_PART], min_free=0.2)
        for start in range(0, len(rows), MATRIX_PART)
    ]


def _count(count: int, total: int) -> str:
    if not total:
        return "0"
    return f"{count} ({round(100 * count / total)} %)"


def spread(rollup: Rollup) -> list[Block]:
    labels = [
        presentation.rating(rating) if rating is not None else texts.COLUMN_NOT_RATED
        for rating in RATING_ORDER
    ]
    columns = (
        Column(texts.COLUMN_GOAL),
        *tuple(Column(label, "fixed", share=0.12) for label in labels),
        Column(texts.COLUMN_COUNT, "fixed", share=0.09),
    )
    rows = tuple(
        (
            Cell((Run(goal_label(item.goal) + " ", bold=True), Run(one_line(item.goal.title)))),
            *tuple(Cell((Run(_count(n, item.total)),), "right", number=n) for n in item.counts),
            Cell((Run(str(item.total)),), "right"),
        )
        for item in rollup.spread
    )
    return [Table(columns, rows)]


def points(goal_points: tuple[GoalPoints, ...]) -> list[Block]:
    if not any(entry.groups for entry in goal_points):
        return [_text(texts.NONE_POINTS)]
    story: list[Block] = []
    for entry in goal_points:
        if not entry.groups:
            continue
        goal = entry.goal
        heading = f"{goal_label(goal)} {one_line(goal.title)}" if goal else texts.NO_GOAL
        story.append(Heading(heading, 1))
        columns = (
            Column(texts.COLUMN_WORDING),
            Column(texts.COLUMN_COUNT, "whole"),
            Column(texts.COLUMN_KOMMUNER, "text", cap=0.35),
        )
        rows = tuple(
            (
                Cell((Run(group.wording),)),
                Cell((Run(str(len(group.kommuner))),), "right"),
                Cell((Run(", ".join(one_line(k) for k in group.kommuner)),)),
            )
            for group in entry.groups
        )
        story.append(Table(columns, rows))
    return story


def follow_ups(rollup: Rollup) -> list[Block]:
    if not rollup.follow_ups:
        return [_text(texts.NONE_FOLLOW_UP)]
    columns = (
        Column(texts.COLUMN_KOMMUNE, "text", cap=0.25),
        Column(texts.COLUMN_KIND, "whole"),
        Column(texts.COLUMN_TEXT),
        Column(texts.COLUMN_GOAL, "whole"),
    )
    rows = tuple(
        (
            Cell((Run(one_line(item.kommune)),)),
            Cell((Run(item.kind),)),
            Cell((Run(item.text),)),
            Cell((Run(item.goals),)),
        )
        for item in rollup.follow_ups
    )
    return [Table(columns, rows, name=texts.FOLLOW_UP_SHEET)]


def missing(rollup: Rollup) -> list[Block]:
    if not rollup.invited or not rollup.missing:
        return [_text(_missing_line(rollup))]
    columns = (Column(texts.COLUMN_KOMMUNE),)
    rows = tuple((Cell((Run(one_line(name)),)),) for name in rollup.missing)
    return [Table(columns, rows, long_list=True, name=texts.MISSING_SHEET)]


def rejected(rollup: Rollup) -> list[Block]:
    if not rollup.rejected:
        return [_text(texts.NONE_REJECTED)]
    columns = (Column(texts.COLUMN_FILE, "text", cap=0.4), Column(texts.COLUMN_REASON))
    rows = tuple((Cell((Run(item.file),)), Cell((Run(item.reason),))) for item in rollup.rejected)
    return [Table(columns, rows)]


def method(rollup: Rollup) -> list[Block]:
    return [
        _text(
            texts.METHOD_TEXT.format(
                percent=round(similarity.THRESHOLD * 100), letters=similarity.MIN_STEM
            )
        )
    ]
