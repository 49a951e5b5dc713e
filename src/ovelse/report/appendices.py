"""The appendices: the decision log by inject, the injects, the people.

The full log is printed once, inject by inject, the way the evaluator follows the
exercise. Unit heads who want to find what their own role decided and promised can ask
for the log by role as an extra appendix (``ReportInput.log_by_role``); it repeats every
entry, so it is left out unless asked for.
"""

from __future__ import annotations

from ovelse import presentation
from ovelse.exercise.kinds import Appendix
from ovelse.report import formats, texts
from ovelse.report.content import (
    Block,
    Cell,
    Column,
    Heading,
    Paragraph,
    Run,
    Table,
    one_line,
    split_blocks,
)
from ovelse.report.index import Index
from ovelse.report.model import InjectRecord, LogRecord, ReportInput

_LETTERS = "ABCDEFGH"


def _none_recorded() -> list[Block]:
    return [Paragraph((Run(one_line(texts.NONE_RECORDED)),), "muted")]


def appendices(report: ReportInput, index: Index) -> list[Block]:
    """The appendices, less those the public version leaves out."""
    omit = report.omit_appendices
    parts = []
    if Appendix.LOG not in omit:
        parts.append((texts.AP_LOG_BY_INJECT, log_by_inject))
        if report.log_by_role:
            parts.append((texts.AP_LOG_BY_ROLE, log_by_role))
    if Appendix.INJECTS not in omit:
        parts.append((texts.AP_INJECTS, injects))
    if Appendix.PARTICIPANTS not in omit:
        parts.append((texts.AP_PARTICIPANTS, participants))
    story: list[Block] = []
    for letter, (title, build) in zip(_LETTERS, parts, strict=False):
        number = texts.APPENDIX.format(letter=letter)
        story.append(Heading(one_line(title), 0, number=number, start="page"))
        story += build(report, index)
    return story


def inject_title(index: Index, inject: InjectRecord) -> str:
    return texts.INJECT_TITLE.format(number=index.inject_numbers[inject.id], title=inject.title)


def inject_status(inject: InjectRecord) -> str:
    """«Planlagt +00:45 · gitt +00:52 (7 min forsinket)», or that it was skipped."""
    parts = []
    if inject.planned_ms is not None:
        parts.append(texts.INJECT_PLANNED.format(time=formats.offset(inject.planned_ms)))
    else:
        parts.append(texts.INJECT_ADHOC)
    if inject.released_ms is not None:
        given = texts.INJECT_RELEASED.format(time=formats.offset(inject.released_ms))
        if inject.delay_ms is not None:
            given += f" ({formats.delay(inject.delay_ms)})"
        parts.append(given)
    elif inject.skipped:
        parts.append(texts.INJECT_SKIPPED_INLINE)
    else:
        parts.append(texts.INJECT_NOT_GIVEN_INLINE)
    if inject.scenario_time:
        parts.append(texts.INJECT_SCENARIO_TIME.format(time=inject.scenario_time))
    if inject.source:
        parts.append(texts.INJECT_SOURCE.format(source=inject.source))
    return " · ".join(parts)


def _time_text(entry: LogRecord) -> str:
    return f"{formats.offset(entry.exercise_ms)}\n{_when(entry)}"


def _when(entry: LogRecord) -> str:
    """«kl. 09:02 · L1»: the wall clock and the id other chapters refer to."""
    if entry.wall is None:
        return entry.id
    return f"{texts.WALL_CLOCK.format(time=formats.wall_clock(entry.wall))} · {entry.id}"


def _log_columns(entries: tuple[LogRecord, ...], third: Column) -> tuple[Column, ...]:
    """Columns shared by every table in a log appendix, so they line up page to page.

    The third column is the roles (log by inject) or the inject number (log by role).
    """
    time = Column(
        texts.COL_EXERCISE_TIME,
        "whole",
        measure=(*(_when(e) for e in entries), "+00:00"),
    )
    kind = Column(
        texts.COL_KIND,
        "whole",
        measure=tuple(sorted({presentation.kind(e.kind) + "  " for e in entries})),
    )
    return (time, kind, third, Column(texts.COL_TEXT))


def _text_cell(entry: LogRecord) -> Cell:
    runs = [Run(entry.text)]
    extra = [
        one_line(part)
        for part in (
            *presentation.entry_details(entry.owner, entry.deadline),
            presentation.edited_mark(entry.edited),
        )
        if part
    ]
    if extra:
        runs.append(Run("\n" + presentation.DETAIL_SEPARATOR.join(extra), muted=True))
    return Cell(tuple(runs))


def _log_table(entries: list[LogRecord], third: list[str], columns: tuple[Column, ...]) -> Table:
    rows = tuple(
        (
            Cell((Run(_time_text(entry)),)),
            Cell((Run(presentation.kind(entry.kind)),), kind=entry.kind),
            Cell((Run(value),)),
            _text_cell(entry),
        )
        for entry, value in zip(entries, third, strict=True)
    )
    return Table(columns, rows, min_free=0.45, long_list=True)


def _zone_note(report: ReportInput) -> list[Block]:
    """Which zone the «kl.» times are in, so a reader abroad or a tool never guesses."""
    if not report.time_zone or not any(entry.wall for entry in report.entries):
        return []
    note = texts.LOG_TIME_ZONE.format(zone=report.time_zone)
    return [Paragraph((Run(one_line(note)),), "meta")]


def log_by_inject(report: ReportInput, index: Index) -> list[Block]:
    if not report.entries:
        return _none_recorded()
    story = _zone_note(report)
    titles = tuple(sorted({index.role_title(r) for e in report.entries for r in e.roles}))
    columns = _log_columns(report.entries, Column(texts.COL_ROLES, "text", 0.22, titles))
    for inject, entries in index.entries_by_inject():
        if inject is None:
            story.append(Heading(one_line(texts.SEC_NO_INJECT), 1))
        else:
            story.append(Heading(one_line(inject_title(index, inject)), 1))
            story.append(Paragraph((Run(one_line(inject_status(inject))),), "meta"))
        roles = ["\n".join(index.role_title(role) for role in e.roles) for e in entries]
        story.append(_log_table(entries, roles, columns))
    return story


def log_by_role(report: ReportInput, index: Index) -> list[Block]:
    if not report.entries:
        return _none_recorded()
    story = _zone_note(report)
    widest = (str(len(report.injects)),)
    columns = _log_columns(report.entries, Column(texts.COL_INJECT, "whole", measure=widest))
    for role_id, entries in index.entries_by_role():
        title = index.role_title(role_id) if role_id is not None else texts.SEC_NO_ROLE
        story.append(Heading(one_line(title), 1))
        numbers = [index.inject_numbers.get(entry.inject_id or "") for entry in entries]
        third = [str(number) if number is not None else "–" for number in numbers]
        story.append(_log_table(entries, third, columns))
    return story


def injects(report: ReportInput, index: Index) -> list[Block]:
    if not report.injects:
        return _none_recorded()
    story: list[Block] = []
    for inject in report.injects:
        story.append(Heading(one_line(inject_title(index, inject)), 1, outline=False))
        story.append(Paragraph((Run(one_line(inject_status(inject))),), "meta"))
        chunks = [c for c in split_blocks(inject.text) if c.strip()]
        story += [Paragraph((Run(c.strip("\n")),), "inject_text") for c in chunks]
        if inject.second_language:
            # The second language the participants saw, under the first and named.
            heading = [Run(inject.second_language, bold=True)]
            if inject.second_title:
                heading.append(Run(" – " + one_line(inject.second_title)))
            story.append(Paragraph(tuple(heading), "meta"))
            chunks = [c for c in split_blocks(inject.second_text) if c.strip()]
            story += [Paragraph((Run(c.strip("\n")),), "inject_text") for c in chunks]
    return story


def participants(report: ReportInput, index: Index) -> list[Block]:
    if not report.participants:
        return _none_recorded()
    roles = ["\n".join(index.role_title(role) for role in p.roles) for p in report.participants]
    rows = tuple(
        (
            Cell((Run(p.name),)),
            Cell((Run(p.organisation),)),
            Cell((Run(role_text),)),
            Cell((Run(texts.YES if p.present else texts.NO),)),
        )
        for p, role_text in zip(report.participants, roles, strict=True)
    )
    return [
        Table(
            (
                Column(texts.COL_NAME),
                Column(texts.COL_ORGANISATION),
                Column(texts.COL_ROLE, "text", cap=0.3),
                Column(texts.COL_PRESENT, "whole", measure=(texts.YES, texts.NO)),
            ),
            rows,
            min_free=0.5,
        )
    ]
