"""A ReportLab drawing as a PNG picture, drawn with Pillow, for the Word report.

Word needs a picture for the timeline chart, and ReportLab's own PNG renderer needs a
Cairo backend that an offline Windows install does not have. The chart is one
:class:`~reportlab.graphics.shapes.Drawing` (:mod:`ovelse.report.timeline`), so instead of
drawing it a second time this module walks that drawing and paints the few shapes it is
made of (groups with translations, rectangles, lines, polygons, circles and strings) with
Pillow, which ReportLab already depends on. The PDF and the Word file show the same chart.
"""

from __future__ import annotations

import io
from functools import cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib.colors import Color

from ovelse.report import fonts
from ovelse.resources import asset

DPI = 200
SUPERSAMPLE = 2  # drawn twice as large, then shrunk: smooth lines without anti-aliasing

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _multiply(outer: Matrix, inner: Matrix) -> Matrix:
    a, b, c, d, e, f = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


@cache
def _font(name: str, size: int) -> Any:
    filename = {fonts.BOLD: "DejaVuSans-Bold.ttf"}.get(name, "DejaVuSans.ttf")
    return ImageFont.truetype(str(asset("fonts", filename)), size)


class _Painter:
    def __init__(self, drawing: Drawing, dpi: int) -> None:
        self.scale = dpi / 72 * SUPERSAMPLE
        self.height = float(drawing.height)
        size = (round(drawing.width * self.scale), round(drawing.height * self.scale))
        self.image = Image.new("RGB", size, "white")
        self.draw = ImageDraw.Draw(self.image)

    def point(self, matrix: Matrix, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = matrix
        px, py = a * x + c * y + e, b * x + d * y + f
        return px * self.scale, (self.height - py) * self.scale

    @staticmethod
    def colour(value: Any) -> tuple[int, int, int] | None:
        if not isinstance(value, Color):
            return None
        red, green, blue = value.rgb()
        return round(red * 255), round(green * 255), round(blue * 255)

    def width(self, shape: Any) -> int:
        return max(round(float(getattr(shape, "strokeWidth", 1) or 0) * self.scale), 1)

    def dashes(
        self, start: tuple[float, float], end: tuple[float, float], pattern: Any
    ) -> list[list[tuple[float, float]]]:
        """The line as its dashes (the chart's grid is dotted), or whole."""
        (x0, y0), (x1, y1) = start, end
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        steps = [float(step) * self.scale for step in pattern or ()]
        if not steps or length == 0 or sum(steps) <= 0:
            return [[start, end]]
        pieces, done, index = [], 0.0, 0
        while done < length:
            step = min(steps[index % len(steps)], length - done)
            if index % 2 == 0:
                a, b = done / length, (done + step) / length
                pieces.append(
                    [
                        (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
                        (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b),
                    ]
                )
            done += step
            index += 1
        return pieces

    def paint(self, node: Any, matrix: Matrix) -> None:
        if isinstance(node, Group):
            inner = _multiply(matrix, tuple(node.transform))  # type: ignore[arg-type]
            for child in node.contents:
                self.paint(child, inner)
        elif isinstance(node, Rect):
            corners = [
                self.point(matrix, node.x, node.y),
                self.point(matrix, node.x + node.width, node.y + node.height),
            ]
            (x0, y0), (x1, y1) = corners
            box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            outline = self.colour(node.strokeColor)
            self.draw.rectangle(
                box,
                fill=self.colour(node.fillColor),
                outline=outline,
                width=self.width(node) if outline else 0,
            )
        elif isinstance(node, Line):
            colour = self.colour(node.strokeColor)
            if colour is not None:
                start = self.point(matrix, node.x1, node.y1)
                end = self.point(matrix, node.x2, node.y2)
                for piece in self.dashes(start, end, node.strokeDashArray):
                    self.draw.line(piece, fill=colour, width=self.width(node))
        elif isinstance(node, Polygon):
            points = node.points
            corners = [
                self.point(matrix, points[i], points[i + 1]) for i in range(0, len(points), 2)
            ]
            outline = self.colour(node.strokeColor)
            self.draw.polygon(
                corners,
                fill=self.colour(node.fillColor),
                outline=outline,
                width=self.width(node) if outline else 0,
            )
        elif isinstance(node, Circle):
            cx, cy = self.point(matrix, node.cx, node.cy)
            radius = node.r * self.scale
            outline = self.colour(node.strokeColor)
            self.draw.ellipse(
                (cx - radius, cy - radius, cx + radius, cy + radius),
                fill=self.colour(node.fillColor),
                outline=outline,
                width=self.width(node) if outline else 0,
            )
        elif isinstance(node, String):
            font = _font(node.fontName, max(round(node.fontSize * self.scale), 1))
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(node.textAnchor, "ls")
            self.draw.text(
                self.point(matrix, node.x, node.y),
                node.text,
                font=font,
                fill=self.colour(node.fillColor) or (0, 0, 0),
                anchor=anchor,
            )

    def png(self) -> bytes:
        size = (self.image.width // SUPERSAMPLE, self.image.height // SUPERSAMPLE)
        buffer = io.BytesIO()
        self.image.resize(size, Image.Resampling.LANCZOS).save(buffer, "PNG", optimize=True)
        return buffer.getvalue()


def drawing_png(drawing: Drawing, dpi: int = DPI) -> bytes:
    """The drawing as PNG bytes at ``dpi`` (its size in points gives the size in inches)."""
    painter = _Painter(drawing, dpi)
    for node in drawing.contents:
        painter.paint(node, IDENTITY)
    return painter.png()
