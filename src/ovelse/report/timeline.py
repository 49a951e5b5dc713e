"""The timeline figure: injects planned against given, and logging activity over time.

Discussion exercises are not played to the clock, so the evaluator wants to see at a
glance where the facilitator let a discussion run long (slanting lines to the right),
which injects were dropped, and when the table was busy deciding. Everything shares one
axis, exercise time, which is the clock the plan is written in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, Shape, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ovelse.exercise import labels
from ovelse.exercise.kinds import EntryKind
from ovelse.report import fonts, formats, texts
from ovelse.report.model import ReportInput
from ovelse.report.styles import ACCENT, ADHOC, KIND_COLOURS, MARKING, MUTED, RULE, TEXT

_MINUTE = 60_000
_STEPS_MIN = (5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440)
_MAX_TICKS = 10
_LABEL_W = 54.0
_DOT = 2.6
_FONT_SIZE = 7.0


@dataclass(frozen=True)
class Scale:
    """Exercise time to x; the tick step doubles as the histogram's bin."""

    end_ms: int
    step_ms: int
    left: float
    right: float

    def x(self, ms: int) -> float:
        return self.left + (self.right - self.left) * min(max(ms, 0), self.end_ms) / self.end_ms

    @property
    def ticks(self) -> range:
        return range(0, self.end_ms + 1, self.step_ms)


def scale_for(report: ReportInput, left: float, right: float) -> Scale:
    """Fit the whole run on the axis, on round minutes a facilitator would use."""
    times = [report.planned_duration_ms or 0, report.actual_duration_ms or 0]
    times += [i.planned_ms or 0 for i in report.injects]
    times += [i.released_ms or 0 for i in report.injects]
    times += [e.exercise_ms for e in report.entries]
    last = max([*times, 30 * _MINUTE])
    step = next(
        (m * _MINUTE for m in _STEPS_MIN if -(-last // (m * _MINUTE)) <= _MAX_TICKS),
        _STEPS_MIN[-1] * _MINUTE,
    )
    end = -(-last // step) * step
    return Scale(end, step, left, right)


def bin_minutes(report: ReportInput) -> int:
    """The histogram's bin width, for the sentence that introduces the figure."""
    return scale_for(report, 0.0, 1.0).step_ms // _MINUTE


def _fitted(value: str, room: float, bold: bool = False) -> float:
    """The font size at which a label fits the room beside the chart.

    The usual size, unless a language's word is too long (English «Exercise time»).
    """
    natural = stringWidth(value, fonts.BOLD if bold else fonts.REGULAR, _FONT_SIZE)
    return _FONT_SIZE if natural <= room else _FONT_SIZE * room / natural


def _text(
    x: float,
    y: float,
    value: str,
    *,
    anchor: Literal["start", "middle", "end"] = "start",
    colour: colors.Color = TEXT,
    size: float = _FONT_SIZE,
    bold: bool = False,
) -> String:
    return String(
        x,
        y,
        value,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        fillColor=colour,
        textAnchor=anchor,
    )


def _box(
    x: float, y: float, w: float, h: float, fill: colors.Color, edge: colors.Color | None = None
) -> Rect:
    box = Rect(x, y, w, h)
    box.fillColor = fill
    box.strokeColor = edge
    box.strokeWidth = 0.3
    return box


def _cross(x: float, y: float, size: float, colour: colors.Color) -> Group:
    return Group(
        Line(x - size, y - size, x + size, y + size, strokeColor=colour, strokeWidth=1.1),
        Line(x - size, y + size, x + size, y - size, strokeColor=colour, strokeWidth=1.1),
    )


def _diamond(x: float, y: float, size: float, colour: colors.Color) -> Polygon:
    return Polygon(
        [x, y + size, x + size, y, x, y - size, x - size, y],
        fillColor=colour,
        strokeColor=colour,
        strokeWidth=0.5,
    )


def _histogram(report: ReportInput, scale: Scale, bottom: float, height: float) -> Group:
    bins = scale.end_ms // scale.step_ms
    counts = [dict.fromkeys(EntryKind, 0) for _ in range(bins)]
    for entry in report.entries:
        index = min(max(entry.exercise_ms, 0) // scale.step_ms, bins - 1)
        counts[index][entry.kind] += 1
    peak = max((sum(b.values()) for b in counts), default=0)
    top = max(peak, 1)
    group = Group()
    for level in _gridlines(top):
        y = bottom + height * level / top
        group.add(Line(scale.left, y, scale.right, y, strokeColor=RULE, strokeWidth=0.3))
        group.add(_text(scale.left - 4, y - 2.4, str(level), anchor="end", colour=MUTED))
    width = (scale.right - scale.left) / bins
    for index, per_kind in enumerate(counts):
        y = bottom
        x = scale.left + index * width + width * 0.12
        for kind in EntryKind:
            count = per_kind[kind]
            if not count:
                continue
            h = height * count / top
            group.add(_box(x, y, width * 0.76, h, KIND_COLOURS[kind], colors.white))
            y += h
    return group


def _gridlines(top: int) -> Iterable[int]:
    """Three or four round counts up the histogram's axis."""
    step = next(
        (s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if top / s <= 4),
        -(-top // 4),
    )
    return range(0, top + 1, step)


def _legend(items: list[tuple[str, Shape]], width: float, top: float) -> tuple[Group, float]:
    """Lay legend entries out in rows; returns the group and the height used."""
    group = Group()
    x, y, row_h = 0.0, top - 9.0, 12.0
    for label, swatch in items:
        w = 12 + stringWidth(label, fonts.REGULAR, _FONT_SIZE) + 14
        if x + w > width and x > 0:
            x, y = 0.0, y - row_h
        marker = Group(swatch)
        marker.translate(x + 4, y + 2.5)
        group.add(marker)
        group.add(_text(x + 12, y, label))
        x += w
    return group, top - y + 4


def timeline(report: ReportInput, width: float) -> Drawing:
    """The figure at the given width; its height follows from the legend's rows."""
    fonts.register()
    scale = scale_for(report, _LABEL_W, width - 10)
    lane_gap, hist_h, axis_h, gap, top_pad = 30.0, 78.0, 16.0, 22.0, 8.0
    swatches: list[tuple[str, Shape]] = [
        (
            texts.LANE_PLANNED,
            Circle(0, 0, _DOT, fillColor=colors.white, strokeColor=ACCENT, strokeWidth=0.9),
        ),
        (texts.LANE_RELEASED, Circle(0, 0, _DOT, fillColor=ACCENT, strokeColor=ACCENT)),
        (texts.LEGEND_SKIPPED, _cross(0, 0, 2.4, MARKING)),
        (texts.LEGEND_ADHOC, _diamond(0, 0, 3.0, ADHOC)),
    ]
    swatches += [
        (
            labels.ENTRY_KINDS[kind],
            _box(-3.5, -3.5, 7, 7, KIND_COLOURS[kind]),
        )
        for kind in EntryKind
    ]
    legend, legend_h = _legend(swatches, width - _LABEL_W, 0.0)
    height = legend_h + axis_h + hist_h + gap + lane_gap + top_pad
    # The renderer sets the drawing's starting font even if no text uses it; left to its
    # default that is Helvetica, and Helvetica would end up in the PDF's font list.
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR, initialFontSize=_FONT_SIZE)
    legend.translate(_LABEL_W, legend_h)
    drawing.add(legend)

    axis_y = legend_h + axis_h
    hist_bottom = axis_y
    y_released = hist_bottom + hist_h + gap
    y_planned = y_released + lane_gap
    for tick in scale.ticks:
        x = scale.x(tick)
        drawing.add(
            Line(
                x,
                axis_y,
                x,
                y_planned + top_pad - 2,
                strokeColor=RULE,
                strokeWidth=0.3,
                strokeDashArray=[1, 2],
            )
        )
        drawing.add(Line(x, axis_y, x, axis_y - 3, strokeColor=MUTED, strokeWidth=0.5))
        drawing.add(_text(x, axis_y - 11, formats.clock(tick), anchor="middle", colour=MUTED))
    drawing.add(Line(scale.left, axis_y, scale.right, axis_y, strokeColor=MUTED, strokeWidth=0.6))
    # The axis label shares its line with the first tick («00:00», centred on the axis start).
    first_tick = stringWidth(formats.clock(0), fonts.REGULAR, _FONT_SIZE) / 2
    axis_room = scale.left - first_tick - 3
    drawing.add(
        _text(
            0,
            axis_y - 11,
            texts.AXIS_LABEL,
            colour=MUTED,
            size=_fitted(texts.AXIS_LABEL, axis_room),
        )
    )

    lane_room = scale.left - 4
    for y, label in ((y_planned, texts.LANE_PLANNED), (y_released, texts.LANE_RELEASED)):
        drawing.add(Line(scale.left, y, scale.right, y, strokeColor=RULE, strokeWidth=0.6))
        drawing.add(_text(0, y - 2.5, label, bold=True, size=_fitted(label, lane_room, True)))
    log_size = _fitted(texts.LANE_LOG, lane_room, True)
    drawing.add(_text(0, hist_bottom + hist_h / 2 - 2.5, texts.LANE_LOG, bold=True, size=log_size))
    drawing.add(_histogram(report, scale, hist_bottom, hist_h))

    links, marks = Group(), Group()
    for inject in report.injects:
        if inject.planned_ms is not None and inject.released_ms is not None:
            links.add(
                Line(
                    scale.x(inject.planned_ms),
                    y_planned,
                    scale.x(inject.released_ms),
                    y_released,
                    strokeColor=MUTED,
                    strokeWidth=0.4,
                )
            )
        if inject.planned_ms is not None:
            x = scale.x(inject.planned_ms)
            if inject.skipped:
                marks.add(_cross(x, y_planned, 2.4, MARKING))
            else:
                marks.add(
                    Circle(
                        x,
                        y_planned,
                        _DOT,
                        fillColor=colors.white,
                        strokeColor=ACCENT,
                        strokeWidth=0.9,
                    )
                )
        if inject.released_ms is not None:
            x = scale.x(inject.released_ms)
            if inject.planned_ms is None:
                marks.add(_diamond(x, y_released, 3.0, ADHOC))
            else:
                marks.add(
                    Circle(
                        x,
                        y_released,
                        _DOT,
                        fillColor=ACCENT,
                        strokeColor=colors.white,
                        strokeWidth=0.4,
                    )
                )
    drawing.add(links)
    drawing.add(marks)
    return drawing
