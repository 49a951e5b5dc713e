"""The pages of the documents for the exercise's staff: the facilitator's dreiebok and the
observers' forms with the scribe's log sheet. These carry the private parts of the pack."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from ovelse.report import markup
from ovelse.report.blocks import data_table, fact_table, paragraphs
from ovelse.report.heading import Heading
from ovelse.report.kit import texts
from ovelse.report.kit.look import (
    BOX,
    bilingual,
    chapter,
    kit_styles,
    tick_row,
    title_block,
    writing_space,
)
from ovelse.report.kit.model import (
    CardQuestion,
    DreiebokBlock,
    DreiebokDoc,
    KitHead,
    ObserverDoc,
)
from ovelse.report.paragraph import Para
from ovelse.report.styles import ACCENT, WHITE, boxed, styles

GOAL_SPACE = 30 * mm  # room to write observations on a goal
SUBGOAL_SPACE = 40 * mm
LOG_ROW = 9 * mm
LOG_WIDTHS = (0.11, 0.2, 0.14, 0.41, 0.14)  # Tid, Rolle, Type, Tekst, Innspill
BLANK_LINE = "_" * 40  # a line to write on by hand: no word, the same in every language


def dreiebok(head: KitHead, doc: DreiebokDoc, width: float) -> list[Flowable]:
    s = styles()
    story = title_block(texts.DREIEBOK, head.title, head.municipality, texts.FOR_FACILITATOR)
    story.append(
        fact_table(
            [(texts.DURATION, doc.duration), (texts.INJECT_COUNT, str(len(doc.blocks)))], width
        )
    )
    if doc.summary.strip():
        story.append(chapter(texts.SUMMARY))
        story += paragraphs(doc.summary)
    if doc.board:
        story.append(chapter(texts.BOARD_AT_START))
        story += [
            Para(markup.line(f"{line.label}: {line.value}"), s.bullet, bulletText="–")
            for line in doc.board
        ]
    for block in doc.blocks:
        phase: list[Flowable] = []
        if block.phase_starts and block.phase:
            phase.append(chapter(block.phase))
            if block.phase_description.strip():
                phase += paragraphs(block.phase_description, s.muted)
        story += _block(block, width, head.language, phase)
    return story


def _bar(block: DreiebokBlock, width: float) -> Table:
    """The inject's bar: a box to tick, its number and title, the times, and room for the
    clock time it was given."""
    s = styles()
    white = s.label
    times = [texts.PLANNED.format(offset=block.planned)]
    if block.scenario_time:
        times.append(block.scenario_time)
    title = f"{block.number}. {markup.line(block.title.text)}"
    if block.optional:
        title += f" <font size='7'>({markup.line(texts.OPTIONAL)})</font>"
    row = [
        Para(f"<font size='14'>{BOX}</font>", white),
        Para(title, white),
        Para("<br/>".join(markup.line(part) for part in times), white),
        Para(markup.line(texts.GIVEN_AT) + " ______", white),
    ]
    table = Table([row], colWidths=[width * 0.06, width * 0.5, width * 0.24, width * 0.2])
    table.setStyle(
        boxed(
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, -1), WHITE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return table


def _questions(questions: tuple[CardQuestion, ...]) -> list[Flowable]:
    s, k = styles(), kit_styles()
    story: list[Flowable] = []
    for question in questions:
        story.append(
            Para(
                f"<b>{markup.line(question.roles)}:</b> {markup.text(question.text.text)}",
                s.bullet,
                bulletText="–",
            )
        )
        if question.text.second:
            story += paragraphs(question.text.second, k.second, placeholder="")
    return story


def _items(title: str, values: tuple[str, ...]) -> list[Flowable]:
    if not values:
        return []
    s = styles()
    return [
        Para(markup.line(title), kit_styles().label),
        *(Para(markup.text(value), s.bullet, bulletText="–") for value in values),
    ]


def _block(
    block: DreiebokBlock, width: float, language: str, phase: list[Flowable]
) -> list[Flowable]:
    """The inject's block; ``phase`` (the phase's title and description, when the inject
    starts one) starts the same page as its bar."""
    s, k = styles(), kit_styles()
    outline = markup.stripped(f"{block.number}. {' '.join(block.title.text.split())}")
    top: list[Flowable] = [Heading("", k.bookmark, outline=outline, level=1), _bar(block, width)]
    meta = [
        part
        for part in (block.phase, texts.SOURCE.format(source=block.source) if block.source else "")
        if part
    ]
    if meta:
        top.append(Para(markup.line(" · ".join(meta)), s.meta))
    story: list[Flowable] = [
        KeepTogether([*phase, *top, Para(markup.line(texts.PARTICIPANT_TEXT), k.label)])
    ]
    if block.title.second:
        story.append(Para(markup.line(block.title.second), k.second))
    story += bilingual(block.text, s.inject_text, k.second, language=language)
    if block.notes.strip():
        story.append(Para(markup.line(texts.NOTES), k.label))
        story += paragraphs(block.notes, s.inject_text)
    if block.questions:
        story.append(Para(markup.line(texts.QUESTIONS), k.label))
        story += _questions(block.questions)
    story += _items(texts.EXPECTED, block.expected)
    story += _items(texts.STALL, block.stall)
    if block.responses:
        story.append(Para(markup.line(texts.RESPONSES), k.label))
        for response in block.responses:
            who = (
                texts.RESPONSE_LINE.format(actor=response.actor, channel=response.channel)
                if response.channel
                else response.actor
            )
            story.append(
                Para(
                    f"<b>{markup.line(who)}:</b> {markup.text(response.text)}",
                    s.bullet,
                    bulletText="–",
                )
            )
    story += _items(texts.BOARD, tuple(f"{line.label}: {line.value}" for line in block.board))
    story += _items(texts.EXERCISES, block.goals)
    story.append(Para("", s.body))
    return story


def observer(head: KitHead, doc: ObserverDoc, width: float) -> list[Flowable]:
    s, k = styles(), kit_styles()
    story = title_block(texts.OBSERVER, head.title, head.municipality, texts.FOR_OBSERVERS)
    story.append(fact_table([(texts.OBSERVER_NAME, BLANK_LINE), (texts.DATE, BLANK_LINE)], width))
    story += paragraphs(texts.OBSERVER_HELP, s.muted)
    for goal in doc.goals:
        label = (texts.SUBGOAL if goal.subgoal else texts.GOAL).format(id=goal.id)
        parts: list[Flowable] = [
            Spacer(1, 3 * mm),
            Para(markup.line(label), s.meta),
            Heading(
                markup.line(goal.title),
                s.h3 if goal.subgoal else s.h2,
                outline=markup.stripped(f"{goal.id} {' '.join(goal.title.split())}"),
                level=1 if goal.subgoal else 0,
            ),
        ]
        if goal.description.strip():
            parts += paragraphs(goal.description, s.muted)
        if goal.indicator.strip():
            parts.append(
                Para(markup.line(texts.INDICATOR.format(indicator=goal.indicator)), s.body)
            )
        if goal.injects:
            exercised = texts.EXERCISED_IN.format(injects="; ".join(goal.injects))
            parts.append(Para(markup.line(exercised), s.meta))
        parts.append(
            writing_space(width, SUBGOAL_SPACE if goal.subgoal else GOAL_SPACE, texts.OBSERVATIONS)
        )
        parts.append(Para(markup.line(texts.RATING), k.label))
        parts.append(tick_row(doc.ratings, width))
        story.append(KeepTogether(parts))
    story.append(PageBreak())
    story.append(chapter(texts.LOG_SHEET))
    story += paragraphs(texts.LOG_SHEET_HELP.format(kinds=", ".join(doc.kinds)), s.muted)
    widths = [width * share for share in LOG_WIDTHS]
    # An empty row is as tall as a handwritten line: a strut in its first cell.
    rows: list[list[Flowable | str]] = [
        [Spacer(1, LOG_ROW), *([""] * (len(widths) - 1))] for _ in range(doc.log_rows)
    ]
    story.append(data_table(texts.LOG_COLUMNS, rows, widths))
    return story
