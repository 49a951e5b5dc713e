"""Plain text that lays itself out to fill a box: the largest type that fits, then columns.

The projector view cannot scroll and must not cut a long inject off. This widget tries
the largest font size first, shrinks towards a floor, then spreads the lines over more
columns, and only below a hard floor elides the last line. Text is painted line by line
with ``drawText`` at a point, so user text is never interpreted as markup.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

HARD_FLOOR_RATIO = 0.75
SECOND_RULE = 0.12  # the width of the rule beside second-language lines (em)
# Shared by every scene of the shared screen: the smallest body text a room can read at
# 6–8 m, 1/50 of the height as cap height (DejaVu Sans's cap height is 0.73 em), and the
# width of «• » in DejaVu Sans (em), where a bulleted line's later lines start.
BODY_MIN = 0.0276
BULLET = 0.91
FITS_KEPT = 256  # fits remembered across texts: a day's injects, each at a few sizes


@dataclass(frozen=True)
class Paragraph:
    text: str
    scale: float = 1.0  # relative to the fitted base size
    bold: bool = False
    muted: bool = False
    gap_before: float = 0.0  # in base line heights
    indent: float = 0.0  # in base font sizes (em)
    hang: float = 0.0  # more indent for the lines after the first (em): text after a bullet
    keep_with_previous: bool = False  # a question's roles stay in the question's column
    second: bool = False  # the second language: in its own colour, with a rule beside it


@dataclass(frozen=True)
class _Line:
    paragraph: int
    text: str
    height: float
    gap: float
    indent: float
    starts_block: bool = True


@dataclass(frozen=True)
class Fit:
    pixel_size: int
    columns: int
    fits: bool


# The fit of a text in a box depends on nothing else: (paragraphs, family, most columns,
# alignment that moves no line, size range, width, height). Releasing an inject lays the
# projector out again, box by box, and a text is often fitted to the same box twice (the
# layout, then the paint) or again later (an inject shown anew, the window moved back).
_FitKey = tuple[tuple[Paragraph, ...], str, int, int, int, int, int]
_FITS: OrderedDict[_FitKey, Fit] = OrderedDict()


def _remembered(key: _FitKey) -> Fit | None:
    fit = _FITS.get(key)
    if fit is not None:
        _FITS.move_to_end(key)
    return fit


def _remember(key: _FitKey, fit: Fit) -> None:
    _FITS[key] = fit
    if len(_FITS) > FITS_KEPT:
        _FITS.popitem(last=False)


class FitText(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        max_columns: int = 1,
        centered: bool = False,
        align_right: bool = False,
        family: str = "",
    ) -> None:
        super().__init__(parent)
        self._paragraphs: tuple[Paragraph, ...] = ()
        self._max_px = 40
        self._min_px = 20
        self._max_columns = max_columns
        self._centered = centered
        self._align_right = align_right
        self._family = family or QFont().family()
        self._color = QColor("#111111")
        self._muted = QColor("#4a4a4a")
        self._second = QColor("#1d4e89")
        # Word widths per font: the search for a size wraps the same words at the same few
        # sizes over and over, and each width is a call into Qt.
        self._widths: dict[tuple[int, bool], tuple[QFontMetricsF, dict[str, float]]] = {}
        # The wrapped lines per (size, column width) for the text on show: the layout's
        # natural heights, the search for a fit and the paint ask for the same ones.
        self._wrapped: dict[tuple[int, float], list[_Line]] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- content --------------------------------------------------------------------------

    def setText(self, text: str) -> None:
        """One paragraph per line of ``text``; blank lines become a gap."""
        paragraphs: list[Paragraph] = []
        gap = 0.0
        for line in text.splitlines():
            if not line.strip():
                gap = 0.5
                continue
            paragraphs.append(Paragraph(line, gap_before=gap if paragraphs else 0.0))
            gap = 0.0
        self.setParagraphs(paragraphs)

    def setParagraphs(self, paragraphs: list[Paragraph] | tuple[Paragraph, ...]) -> None:
        paragraphs = tuple(paragraphs)
        if paragraphs != self._paragraphs:
            self._paragraphs = paragraphs
            self._widths.clear()  # keep the caches to the text on show
            self._wrapped.clear()
            self._invalidate()

    def text(self) -> str:
        return "\n".join(paragraph.text for paragraph in self._paragraphs)

    def setSizeRange(self, max_px: int, min_px: int) -> None:
        max_px, min_px = max(max_px, 6), max(min(min_px, max_px), 6)
        if (max_px, min_px) != (self._max_px, self._min_px):
            self._max_px, self._min_px = max_px, min_px
            self._invalidate()

    def setColors(self, text: QColor, muted: QColor, second: QColor | None = None) -> None:
        self._color, self._muted = text, muted
        if second is not None:
            self._second = second
        self.update()

    def currentFit(self) -> Fit:
        return self._ensure_fit()

    def paragraphs(self) -> tuple[Paragraph, ...]:
        return self._paragraphs

    def paragraphFont(self, paragraph: Paragraph) -> QFont:
        """The font ``paragraph`` is drawn in at the current fit (for measuring legibility)."""
        return self._font(self._ensure_fit().pixel_size, paragraph)

    def colors(self) -> tuple[QColor, QColor]:
        """The text colour and the muted colour, as drawn."""
        return self._color, self._muted

    def secondColor(self) -> QColor:
        """The colour the second language is drawn in."""
        return self._second

    # --- measuring ------------------------------------------------------------------------

    def naturalHeight(self, width: int, pixel_size: int | None = None) -> int:
        """Height the text needs in one column at ``pixel_size`` (default: the largest)."""
        lines = self._lines(pixel_size or self._max_px, width)
        return int(sum(line.height + line.gap for line in lines) + 0.999)

    def sizeHint(self) -> QSize:
        return QSize(200, self.naturalHeight(max(self.width(), 200)))

    @staticmethod
    def _pixels(pixel_size: int, paragraph: Paragraph) -> int:
        """The paragraph's own size at the fitted base size."""
        return max(round(pixel_size * paragraph.scale), 6)

    def _font(self, pixel_size: int, paragraph: Paragraph) -> QFont:
        font = QFont(self._family)
        font.setPixelSize(self._pixels(pixel_size, paragraph))
        font.setBold(paragraph.bold)
        return font

    def _measure(
        self, pixel_size: int, paragraph: Paragraph
    ) -> tuple[QFontMetricsF, dict[str, float]]:
        """The paragraph's font metrics and its cache of word widths at this size."""
        key = (self._pixels(pixel_size, paragraph), paragraph.bold)
        cached = self._widths.get(key)
        if cached is None:
            cached = self._widths[key] = (QFontMetricsF(self._font(pixel_size, paragraph)), {})
        return cached

    def _wrap(self, paragraph: Paragraph, pixel_size: int, width: float) -> list[str]:
        """Greedy word wrap; a word wider than the line is broken between letters.

        Qt: ``QTextLine.setLineWidth`` in PySide6 6.12 drops a reference to ``None`` on
        every call and crashes the interpreter at exit, so lines are broken here with
        ``QFontMetricsF`` instead of ``QTextLayout``.
        """
        metrics, widths = self._measure(pixel_size, paragraph)
        first = max(width - paragraph.indent * pixel_size, 10.0)
        rest = max(width - (paragraph.indent + paragraph.hang) * pixel_size, 10.0)
        space = widths.get(" ")
        if space is None:
            space = widths[" "] = metrics.horizontalAdvance(" ")
        lines: list[str] = []
        current, used = "", 0.0
        for word in paragraph.text.split():
            advance = widths.get(word)
            if advance is None:
                advance = widths[word] = metrics.horizontalAdvance(word)
            limit = rest if lines else first
            if current and used + space + advance <= limit:
                current, used = f"{current} {word}", used + space + advance
                continue
            if current:
                lines.append(current)
                limit = rest
            while advance > limit and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and metrics.horizontalAdvance(word[:cut]) > limit:
                    cut -= 1
                lines.append(word[:cut])
                limit = rest
                word = word[cut:]
                advance = metrics.horizontalAdvance(word)
            current, used = word, advance
        if current or not lines:
            lines.append(current)
        return lines

    def _lines(self, pixel_size: int, width: float) -> list[_Line]:
        """The text wrapped at ``pixel_size`` into lines ``width`` wide; kept, so the list
        returned must not be changed."""
        key = (pixel_size, width)
        cached = self._wrapped.get(key)
        if cached is None:
            cached = self._wrapped[key] = self._wrap_all(pixel_size, width)
        return cached

    def _wrap_all(self, pixel_size: int, width: float) -> list[_Line]:
        result: list[_Line] = []
        base = self._measure(pixel_size, Paragraph(""))[0].lineSpacing()
        for index, paragraph in enumerate(self._paragraphs):
            height = self._measure(pixel_size, paragraph)[0].lineSpacing()
            for number, text in enumerate(self._wrap(paragraph, pixel_size, width)):
                result.append(
                    _Line(
                        index,
                        text,
                        height,
                        paragraph.gap_before * base if number == 0 else 0.0,
                        (paragraph.indent + (paragraph.hang if number else 0.0)) * pixel_size,
                        number == 0 and not paragraph.keep_with_previous,
                    )
                )
        return result

    def _column_width(self, columns: int, pixel_size: int) -> float:
        gutter = pixel_size * 1.2
        return (self.width() - gutter * (columns - 1)) / columns

    def _columns_of(
        self, lines: list[_Line], columns: int, height: float
    ) -> list[list[_Line]] | None:
        """Distribute lines over columns, or None when they do not fit.

        A paragraph and the paragraphs kept with it move to the next column whole when
        they fit there, so no column starts with half a question.
        """
        blocks: list[list[_Line]] = []
        for line in lines:
            if line.starts_block or not blocks:
                blocks.append([])
            blocks[-1].append(line)
        result: list[list[_Line]] = [[]]
        used = 0.0
        for block in blocks:
            block_h = sum(line.height for line in block) + sum(line.gap for line in block[1:])
            if result[-1] and used + block[0].gap + block_h > height + 0.5 and block_h <= height:
                if len(result) == columns:
                    return None
                result.append([])
                used = 0.0
            for line in block:
                gap = line.gap if result[-1] else 0.0
                if used + gap + line.height > height + 0.5 and result[-1]:
                    if len(result) == columns:
                        return None
                    result.append([])
                    used, gap = 0.0, 0.0
                used += gap + line.height
                result[-1].append(line)
        if used > height + 0.5:
            return None
        return result

    def _fits(self, pixel_size: int, columns: int) -> bool:
        lines = self._lines(pixel_size, self._column_width(columns, pixel_size))
        return self._columns_of(lines, columns, self.height()) is not None

    def _search(self, low: int, high: int, columns: int) -> int | None:
        """Largest size in [low, high] that fits, by bisection (fit is monotone enough)."""
        if low > high or not self._fits(low, columns):
            return None
        while low < high:
            middle = (low + high + 1) // 2
            if self._fits(middle, columns):
                low = middle
            else:
                high = middle - 1
        return low

    def _ensure_fit(self) -> Fit:
        key = (
            self._paragraphs,
            self._family,
            self._max_columns,
            self._max_px,
            self._min_px,
            self.width(),
            self.height(),
        )
        fit = _remembered(key)
        if fit is None:
            fit = self._find_fit()
            _remember(key, fit)
        return fit

    def _find_fit(self) -> Fit:
        fit = Fit(self._min_px, self._max_columns, False)
        if self.width() > 20 and self.height() > 10 and self._paragraphs:
            for columns in range(1, self._max_columns + 1):
                found = self._search(self._min_px, self._max_px, columns)
                if found is not None:
                    fit = Fit(found, columns, True)
                    break
            else:
                hard_floor = max(int(self._min_px * HARD_FLOOR_RATIO), 6)
                found = self._search(hard_floor, self._min_px - 1, self._max_columns)
                if found is not None:
                    fit = Fit(found, self._max_columns, True)
                else:
                    fit = Fit(hard_floor, self._max_columns, False)
        elif self._paragraphs:
            fit = Fit(self._max_px, 1, True)
        return fit

    def _invalidate(self) -> None:
        self.updateGeometry()
        self.update()

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._paragraphs:
            return
        fit = self._ensure_fit()
        width = self._column_width(fit.columns, fit.pixel_size)
        gutter = fit.pixel_size * 1.2
        lines = self._lines(fit.pixel_size, width)
        columns = self._columns_of(lines, fit.columns, self.height())
        overflow = columns is None
        if columns is None:
            columns = self._columns_greedy(lines, fit.columns)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        total = sum(line.gap + line.height for line in columns[0]) if columns else 0.0
        top = (self.height() - total) / 2 if self._centered and len(columns) == 1 else 0.0
        for column_index, column in enumerate(columns):
            x = column_index * (width + gutter)
            y = top
            for position, line in enumerate(column):
                if position:
                    y += line.gap
                paragraph = self._paragraphs[line.paragraph]
                metrics = self._measure(fit.pixel_size, paragraph)[0]
                painter.setFont(self._font(fit.pixel_size, paragraph))
                if paragraph.second:
                    # A rule in the indent marks the second language, line by line.
                    rule = max(fit.pixel_size * SECOND_RULE, 2.0)
                    painter.fillRect(
                        QRectF(x + line.indent - fit.pixel_size * 0.45, y, rule, line.height),
                        self._second,
                    )
                    painter.setPen(self._second)
                else:
                    painter.setPen(self._muted if paragraph.muted else self._color)
                text = line.text
                last = overflow and column_index == len(columns) - 1 and position == len(column) - 1
                room = width - line.indent
                if last:
                    text = metrics.elidedText(text + " …", Qt.TextElideMode.ElideRight, room)
                advance = metrics.horizontalAdvance(text)
                offset = line.indent
                if self._centered:
                    offset = (room - advance) / 2
                elif self._align_right:
                    offset = room - advance
                painter.drawText(QPointF(x + offset, y + metrics.ascent()), text)
                y += line.height
        painter.end()

    def _columns_greedy(self, lines: list[_Line], count: int) -> list[list[_Line]]:
        columns: list[list[_Line]] = [[]]
        used = 0.0
        for line in lines:
            if used + line.gap + line.height > self.height() and columns[-1]:
                if len(columns) == count:
                    break
                columns.append([])
                used = 0.0
            used += line.gap + line.height
            columns[-1].append(line)
        return columns
