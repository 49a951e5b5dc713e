"""The appendices: the decision log by inject, the injects, the people.

The full log is printed once, inject by inject, the way the evaluator follows the
exercise. Unit heads who want to find what their own role decided and promised can ask
for the log by role as an extra appendix (``ReportInput.log_by_role``); it repeats every
entry, so it is left out unless asked for.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from ovelse import presentation
from ovelse.report import blocks, formats, markup, texts
from ovelse.report.index import Index
from ovelse.report.model import InjectRecord, LogRecord, ReportInput
from ovelse.report.paragraph import Para
from ovelse.report.styles import styles

_LETTERS = "ABCDEFGH"


def appendices(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    parts = [(texts.AP_LOG_BY_INJECT, log_by_inject)]
    if report.log_by_role:
        parts.append((texts.AP_LOG_BY_ROLE, log_by_role))
    parts += [(texts.AP_INJECTS, injects), (texts.AP_PARTICIPANTS, participants)]
    story: list[Flowable] = []
    for letter, (title, build) in zip(_LETTERS, parts, strict=False):
        story.append(PageBreak())
        story.append(blocks.chapter(texts.APPENDIX.format(letter=letter), title))
        story += build(report, index, width)
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


def _log_widths(entries: tuple[LogRecord, ...], third: blocks.Fit, width: float) -> list[float]:
    """Column widths shared by every table in a log appendix, so they line up page to page.

    The third column is the roles (log by inject) or the inject number (log by role).
    """
    time = blocks.fit_column(
        [_when(e) for e in entries] + ["+00:00"], texts.COL_EXERCISE_TIME, cap=width, whole=True
    )
    kind = blocks.fit_column(
        {presentation.kind(e.kind) + "  " for e in entries},  # room for the colour bar
        texts.COL_KIND,
        cap=width,
        whole=True,
    )
    return blocks.column_widths(width, [time, kind, third, None], min_free=0.45 * width)


def _text_cell(entry: LogRecord) -> Para:
    text = markup.text(entry.text)
    extra = [
        markup.line(part)
        for part in (
            *presentation.entry_details(entry.owner, entry.deadline),
            presentation.edited_mark(entry.edited),
        )
        if part
    ]
    if extra:
        text += "<br/>" + blocks.muted(presentation.DETAIL_SEPARATOR.join(extra))
    return Para(text, styles().cell)


def _log_table(
    entries: list[LogRecord], third: list[str], header: list[str], widths: list[float]
) -> Flowable:
    rows: list[list[blocks.Cell]] = [
        [
            blocks.plain_cell(_time_text(entry), widths[0]),
            blocks.plain_cell(presentation.kind(entry.kind), widths[1]),
            blocks.plain_cell(value, widths[2]),
            _text_cell(entry),
        ]
        for entry, value in zip(entries, third, strict=True)
    ]
    extra = [
        *blocks.kind_bars([e.kind for e in entries], column=1),
        ("LEFTPADDING", (1, 0), (1, -1), 6),
    ]
    return blocks.data_table(header, rows, widths, extra=extra)


def _zone_note(report: ReportInput) -> list[Flowable]:
    """Which zone the «kl.» times are in, so a reader abroad or a tool never guesses."""
    if not report.time_zone or not any(entry.wall for entry in report.entries):
        return []
    return [Para(markup.line(texts.LOG_TIME_ZONE.format(zone=report.time_zone)), styles().meta)]


def log_by_inject(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    s = styles()
    if not report.entries:
        return [Para(markup.line(texts.NONE_RECORDED), s.muted)]
    story: list[Flowable] = _zone_note(report)
    titles = {index.role_title(r) for e in report.entries for r in e.roles}
    widths = _log_widths(
        report.entries, blocks.fit_column(titles, texts.COL_ROLES, cap=0.22 * width), width
    )
    header = [texts.COL_EXERCISE_TIME, texts.COL_KIND, texts.COL_ROLES, texts.COL_TEXT]
    for inject, entries in index.entries_by_inject():
        if inject is None:
            story.append(blocks.section(texts.SEC_NO_INJECT))
        else:
            story.append(blocks.section(inject_title(index, inject)))
            story.append(Para(markup.line(inject_status(inject)), s.meta))
        roles = ["\n".join(index.role_title(role) for role in e.roles) for e in entries]
        story.append(_log_table(entries, roles, header, widths))
    return story


def log_by_role(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    s = styles()
    if not report.entries:
        return [Para(markup.line(texts.NONE_RECORDED), s.muted)]
    story: list[Flowable] = _zone_note(report)
    widest = [str(len(report.injects))]
    widths = _log_widths(
        report.entries, blocks.fit_column(widest, texts.COL_INJECT, cap=width, whole=True), width
    )
    header = [texts.COL_EXERCISE_TIME, texts.COL_KIND, texts.COL_INJECT, texts.COL_TEXT]
    for role_id, entries in index.entries_by_role():
        title = index.role_title(role_id) if role_id is not None else texts.SEC_NO_ROLE
        story.append(blocks.section(title))
        numbers = [index.inject_numbers.get(entry.inject_id or "") for entry in entries]
        third = [str(number) if number is not None else "–" for number in numbers]
        story.append(_log_table(entries, third, header, widths))
    return story


def injects(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    s = styles()
    if not report.injects:
        return [Para(markup.line(texts.NONE_RECORDED), s.muted)]
    story: list[Flowable] = []
    for inject in report.injects:
        story.append(blocks.section(inject_title(index, inject), outline=False))
        story.append(Para(markup.line(inject_status(inject)), s.meta))
        story += blocks.paragraphs(inject.text, s.inject_text, placeholder="")
    return story


def participants(report: ReportInput, index: Index, width: float) -> list[Flowable]:
    s = styles()
    if not report.participants:
        return [Para(markup.line(texts.NONE_RECORDED), s.muted)]
    roles = ["\n".join(index.role_title(role) for role in p.roles) for p in report.participants]
    rows: list[list[blocks.Cell]] = [
        [
            blocks.cell(p.name),
            blocks.cell(p.organisation),
            blocks.cell(role_text),
            blocks.cell(texts.YES if p.present else texts.NO),
        ]
        for p, role_text in zip(report.participants, roles, strict=True)
    ]
    widths = blocks.column_widths(
        width,
        [
            None,
            None,
            blocks.fit_column(roles, texts.COL_ROLE, cap=0.3 * width),
            blocks.fit_column([texts.YES, texts.NO], texts.COL_PRESENT, cap=width, whole=True),
        ],
        min_free=0.5 * width,
    )
    return [
        blocks.data_table(
            [texts.COL_NAME, texts.COL_ORGANISATION, texts.COL_ROLE, texts.COL_PRESENT],
            rows,
            widths,
        )
    ]
