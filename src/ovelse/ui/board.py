"""The situation board as tiles: status colour plus the status word, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ovelse.ui import texts
from ovelse.ui.stage import StageBoardItem

# (background, text) per status; contrast checked against WCAG AA for large text.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "normal": ("#1e7b34", "#ffffff"),
    "redusert": ("#f0b323", "#111111"),
    "kritisk": ("#c0262d", "#ffffff"),
    "ukjent": ("#6b6b6b", "#ffffff"),
}


def status_colours(status: str) -> tuple[QColor, QColor]:
    background, foreground = STATUS_COLOURS.get(status, STATUS_COLOURS["ukjent"])
    return QColor(background), QColor(foreground)


def status_word(status: str) -> str:
    return texts.STAGE_STATUS.get(status, texts.STAGE_STATUS["ukjent"])


class BoardTiles(QWidget):
    """Rows of «[STATUS] label: value», sized from the height the window gives it."""

    def __init__(self, parent: QWidget | None = None, *, family: str = "") -> None:
        super().__init__(parent)
        self._items: tuple[StageBoardItem, ...] = ()
        self._family = family or QFont().family()
        self._base_px = 32
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def setItems(self, items: tuple[StageBoardItem, ...]) -> None:
        if items != self._items:
            self._items = items
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

    def _grid(self) -> tuple[int, int]:
        count = len(self._items)
        columns = 1
        # Two columns when the rows would otherwise get thinner than two lines of type.
        if count > 1 and self.height() / count < self._base_px * 2.6 and self.width() > 900:
            columns = 2
        rows = -(-count // columns)
        return rows, columns

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._items:
            return
        rows, columns = self._grid()
        gap = self._base_px * 0.35
        row_h = min((self.height() - gap * (rows - 1)) / rows, self._base_px * 3.4)
        col_w = (self.width() - gap * (columns - 1)) / columns
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for index, item in enumerate(self._items):
            row, column = divmod(index, columns) if columns > 1 else (index, 0)
            rect = QRectF(column * (col_w + gap), row * (row_h + gap), col_w, row_h)
            self._paint_tile(painter, rect, item)
        painter.end()

    def _font(self, pixel_size: float, *, bold: bool = False) -> QFont:
        font = QFont(self._family)
        font.setPixelSize(max(int(pixel_size), 8))
        font.setBold(bold)
        return font

    def _fitted(self, text: str, width: float, size: float, bold: bool) -> tuple[QFont, str]:
        """Shrink to at most 70 % to fit one line, then elide."""
        font = self._font(size, bold=bold)
        floor = size * 0.7
        while QFontMetricsF(font).horizontalAdvance(text) > width and font.pixelSize() > floor:
            font.setPixelSize(font.pixelSize() - 1)
        metrics = QFontMetricsF(font)
        return font, metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)

    def _value_lines(
        self, text: str, width: float, size: float, height: float
    ) -> tuple[QFont, list[str]]:
        """The value on one line if it fits at 70 %, else on two lines, elided only after that.

        Authors write values like «Stengt ved Sennalandet til i morgen»; cutting them on the
        projector would hide exactly the news the row carries.
        """
        font, line = self._fitted(text, width, size, True)
        if line == text:
            return font, [line]
        words = text.split()
        pixel = size * 0.9
        while pixel >= size * 0.5:
            font = self._font(pixel, bold=True)
            metrics = QFontMetricsF(font)
            if 2 * metrics.height() <= height:
                lines: list[str] = []
                current = ""
                for word in words:
                    candidate = f"{current} {word}".strip()
                    if metrics.horizontalAdvance(candidate) <= width or not current:
                        current = candidate
                    else:
                        lines.append(current)
                        current = word
                lines.append(current)
                if len(lines) <= 2 and all(metrics.horizontalAdvance(x) <= width for x in lines):
                    return font, lines
            pixel -= 1
        font = self._font(size * 0.5, bold=True)
        metrics = QFontMetricsF(font)
        first = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return font, [first]

    def _paint_tile(self, painter: QPainter, rect: QRectF, item: StageBoardItem) -> None:
        background, foreground = status_colours(item.status)
        radius = rect.height() * 0.12
        painter.setPen(QPen(QColor("#c9ccd1"), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect, radius, radius)
        chip_w = min(rect.width() * 0.28, rect.height() * 2.3)
        chip = QRectF(rect.left(), rect.top(), chip_w, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, radius, radius)
        painter.drawRect(chip.adjusted(chip_w / 2, 0, 0, 0))
        padding = rect.height() * 0.14
        word_font, word = self._fitted(
            status_word(item.status), chip_w - 2 * padding, rect.height() * 0.3, True
        )
        painter.setFont(word_font)
        painter.setPen(foreground)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, word)

        text_left = chip.right() + padding
        text_w = rect.right() - padding - text_left
        label_font, label = self._fitted(item.label, text_w, rect.height() * 0.28, False)
        label_h = QFontMetricsF(label_font).height()
        value_font, values = self._value_lines(
            item.value, text_w, rect.height() * 0.42, rect.height() - label_h - padding * 0.5
        )
        value_h = QFontMetricsF(value_font).height()
        top = rect.top() + (rect.height() - label_h - value_h * len(values)) / 2
        painter.setPen(QColor("#3a3a3a"))
        painter.setFont(label_font)
        painter.drawText(QRectF(text_left, top, text_w, label_h), Qt.AlignmentFlag.AlignLeft, label)
        painter.setPen(QColor("#111111"))
        painter.setFont(value_font)
        for index, value in enumerate(values):
            line_top = top + label_h + index * value_h
            painter.drawText(
                QRectF(text_left, line_top, text_w, value_h), Qt.AlignmentFlag.AlignLeft, value
            )
