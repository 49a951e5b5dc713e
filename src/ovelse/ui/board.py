"""The situation board as tiles: status colour plus the status word, never colour alone.

Each tile has the status word on its colour on the left, then the label and the value
(«REDUSERT  Mobilnett og internett  Virker – hardt belastet»), on one line when they fit
and the value under the label when not. The label and the status word are set in the
size of the questions under discussion (the view passes it in), so nothing on the board
is the smallest text in the room; a label or value too long for its line wraps rather
than shrinking.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ovelse.ui import texts
from ovelse.ui.stage import StageBoardItem

# (background, text) per status; each pair at least 7:1 (WCAG AAA), so the word still reads
# on a washed-out projector. The colours are darker than traffic-light colours for that.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "normal": ("#165f28", "#ffffff"),
    "redusert": ("#f0b323", "#111111"),
    "kritisk": ("#a01f25", "#ffffff"),
    "ukjent": ("#525252", "#ffffff"),
}
TILE_BACKGROUND = "#ffffff"
TILE_BORDER = "#c9ccd1"
LABEL_INK = "#333333"
VALUE_INK = "#111111"
LABEL_LINES = 2  # a label wraps to this many lines, then ends in «…»
VALUE_LINES = 3  # a value carries the news: it gets a line more before it is cut


def status_colours(status: str) -> tuple[QColor, QColor]:
    background, foreground = STATUS_COLOURS.get(status, STATUS_COLOURS["ukjent"])
    return QColor(background), QColor(foreground)


def status_word(status: str) -> str:
    return texts.STAGE_STATUS.get(status, texts.STAGE_STATUS["ukjent"])


@dataclass(frozen=True)
class TileLines:
    """One tile laid out at a size: its wrapped label and value, and its height.

    ``inline``: the label and the value share one line («Vær  −24 °C, snøfokk meldt»). A
    value that only repeats the status word («NORMAL Normal») is left out.
    """

    label: tuple[str, ...]
    value: tuple[str, ...]
    height: float
    inline: bool = False


def says_only_status(item: StageBoardItem) -> bool:
    value = item.value.strip().casefold()
    return not value or value == status_word(item.status).casefold()


class BoardTiles(QWidget):
    """Tiles stacked top to bottom, sized from the pixel size the view gives it."""

    def __init__(self, parent: QWidget | None = None, *, family: str = "") -> None:
        super().__init__(parent)
        self._items: tuple[StageBoardItem, ...] = ()
        self._family = family or QFont().family()
        self._base_px = 32
        # The tiles wrapped per (width, size) for the items on show: fitting the board
        # tries several sizes at each layout, and the paint asks for the chosen one again.
        self._tiles: dict[tuple[float, int], list[TileLines]] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def setItems(self, items: tuple[StageBoardItem, ...]) -> None:
        if items != self._items:
            self._items = items
            self._tiles.clear()
            self.update()

    def items(self) -> tuple[StageBoardItem, ...]:
        return self._items

    def setBasePixelSize(self, size: int) -> None:
        self._base_px = max(size, 8)
        self.update()

    def text(self) -> str:
        return "\n".join(
            f"{status_word(item.status)} {item.label}: {item.value}" for item in self._items
        )

    # --- fonts and measures ---------------------------------------------------------------

    def label_font(self, pixel_size: int | None = None) -> QFont:
        return self._font(pixel_size or self._base_px, bold=False)

    def status_font(self, pixel_size: int | None = None) -> QFont:
        return self._font(pixel_size or self._base_px, bold=True)

    def value_font(self, pixel_size: int | None = None) -> QFont:
        return self._font(pixel_size or self._base_px, bold=True)

    def _font(self, pixel_size: int, *, bold: bool) -> QFont:
        font = QFont(self._family)
        font.setPixelSize(max(pixel_size, 6))
        font.setBold(bold)
        return font

    @staticmethod
    def _padding(px: int) -> tuple[float, float]:
        """Horizontal and vertical padding inside a tile."""
        return px * 0.35, px * 0.15

    @staticmethod
    def _gap(px: int) -> float:
        return px * 0.2

    def _chip_width(self, px: int) -> float:
        """One width for every chip on the board, so the values line up."""
        metrics = QFontMetricsF(self.status_font(px))
        words = {status_word(item.status) for item in self._items} or {status_word("ukjent")}
        return max(metrics.horizontalAdvance(word) for word in words) + px * 0.8

    def tiles(self, width: float, px: int | None = None) -> list[TileLines]:
        """Every tile wrapped to ``width`` at ``px``: the status word on the left, then the
        label and the value on one line when they fit, else the value under the label.
        Kept until the items change, so the list returned must not be changed."""
        px = px or self._base_px
        cached = self._tiles.get((width, px))
        if cached is None:
            cached = self._tiles[(width, px)] = self._wrap_tiles(width, px)
        return cached

    def _wrap_tiles(self, width: float, px: int) -> list[TileLines]:
        pad_x, pad_y = self._padding(px)
        label_metrics = QFontMetricsF(self.label_font(px))
        value_metrics = QFontMetricsF(self.value_font(px))
        chip_h = value_metrics.lineSpacing() + px * 0.1
        text_w = width - 2 * pad_x - self._chip_width(px) - pad_x
        label_h, value_h = label_metrics.lineSpacing(), value_metrics.lineSpacing()
        result = []
        for item in self._items:
            value = "" if says_only_status(item) else item.value.strip()
            together = label_metrics.horizontalAdvance(item.label + "  ")
            together += value_metrics.horizontalAdvance(value)
            if not value or together <= text_w:
                label = _wrap(item.label, label_metrics, text_w)
                lines = (item.label,) if value else label
                height = max(chip_h, len(lines) * max(label_h, value_h if value else 0))
                alone: tuple[str, ...] = (value,) if value else ()
                result.append(TileLines(lines, alone, 2 * pad_y + height, inline=True))
                continue
            label = _wrap(item.label, label_metrics, text_w)
            values = _wrap(value, value_metrics, text_w, VALUE_LINES)
            height = len(label) * label_h + px * 0.05 + len(values) * value_h
            result.append(TileLines(label, values, 2 * pad_y + max(chip_h, height)))
        return result

    def neededHeight(self, width: float, px: int | None = None) -> float:
        tiles = self.tiles(width, px)
        px = px or self._base_px
        return sum(tile.height for tile in tiles) + self._gap(px) * max(len(tiles) - 1, 0)

    def fittedPixelSize(self, width: float, height: float, largest: int, smallest: int) -> int:
        """The largest size in [smallest, largest] at which every tile fits; else smallest."""
        low, high = smallest, max(largest, smallest)
        if self.neededHeight(width, high) <= height:
            return high
        while low < high:
            middle = (low + high + 1) // 2
            if self.neededHeight(width, middle) <= height:
                low = middle
            else:
                high = middle - 1
        return low

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._items:
            return
        px = self._base_px
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        top = 0.0
        for item, tile in zip(self._items, self.tiles(self.width(), px), strict=True):
            if top + tile.height > self.height() + 0.5:
                break  # the view sized the board to fit; a tile cut in half says nothing
            self._paint_tile(painter, QRectF(0, top, self.width(), tile.height), item, tile, px)
            top += tile.height + self._gap(px)
        painter.end()

    def _paint_tile(
        self, painter: QPainter, rect: QRectF, item: StageBoardItem, tile: TileLines, px: int
    ) -> None:
        background, foreground = status_colours(item.status)
        pad_x, pad_y = self._padding(px)
        radius = px * 0.25
        painter.setPen(QPen(QColor(TILE_BORDER), 1))
        painter.setBrush(QColor(TILE_BACKGROUND))
        painter.drawRoundedRect(rect, radius, radius)

        label_font, value_font = self.label_font(px), self.value_font(px)
        label_metrics, value_metrics = QFontMetricsF(label_font), QFontMetricsF(value_font)
        chip_w = self._chip_width(px)
        chip_h = value_metrics.lineSpacing() + px * 0.1
        chip = QRectF(
            rect.left() + pad_x, rect.top() + (rect.height() - chip_h) / 2, chip_w, chip_h
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, radius * 0.6, radius * 0.6)
        painter.setPen(foreground)
        painter.setFont(self.status_font(px))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, status_word(item.status))

        x = chip.right() + pad_x
        line_h = max(label_metrics.lineSpacing(), value_metrics.lineSpacing())
        if tile.inline:
            # One baseline for label and value, centred on the chip.
            y = rect.top() + (rect.height() - len(tile.label) * line_h) / 2
            for line in tile.label:
                painter.setPen(QColor(LABEL_INK))
                painter.setFont(label_font)
                painter.drawText(QPointF(x, y + value_metrics.ascent()), line)
                if tile.value:
                    after = x + label_metrics.horizontalAdvance(line + "  ")
                    painter.setPen(QColor(VALUE_INK))
                    painter.setFont(value_font)
                    painter.drawText(QPointF(after, y + value_metrics.ascent()), tile.value[0])
                y += line_h
            return
        y = rect.top() + pad_y
        painter.setPen(QColor(LABEL_INK))
        painter.setFont(label_font)
        for line in tile.label:
            painter.drawText(QPointF(x, y + label_metrics.ascent()), line)
            y += label_metrics.lineSpacing()
        y += px * 0.05
        painter.setPen(QColor(VALUE_INK))
        painter.setFont(value_font)
        for line in tile.value:
            painter.drawText(QPointF(x, y + value_metrics.ascent()), line)
            y += value_metrics.lineSpacing()


def _wrap(
    text: str, metrics: QFontMetricsF, width: float, most: int = LABEL_LINES
) -> tuple[str, ...]:
    """Greedy word wrap to at most ``most`` lines; the last ends in «…» if cut."""
    width = max(width, 10.0)
    lines: list[str] = []
    current = ""
    words = text.split()
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if not current or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        lines.append(current)
        if len(lines) == most:
            rest = " ".join([lines.pop(), *words[index:]])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return tuple(lines)
        current = word
    lines.append(current)
    return tuple(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)
