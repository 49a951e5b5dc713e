"""A pack's SVG picture painted as a PNG, for the report and paper kit the window writes
(and ``ovelse report`` and ``ovelse print``, through ``ovelse.ui.offscreen_svg``).

The report (ReportLab, python-docx) places PNG and JPEG only, and the core has no SVG
renderer; Qt's is the one the shared screen already shows the picture with, so the
report shows the same drawing. It is painted 2,000 pixels wide, about 300 dots per inch
across the report's text width, on white as the page is.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

WIDTH = 2000  # pixels
MAX_HEIGHT = 4 * WIDTH  # a drawing taller than this is squeezed rather than made huge


def svg_png(data: bytes) -> bytes | None:
    """The SVG as PNG bytes, or None when Qt cannot read it or it has no size."""
    renderer = QSvgRenderer(QByteArray(data))
    size = renderer.defaultSize()
    if not renderer.isValid() or size.width() < 1 or size.height() < 1:
        return None
    height = max(1, min(round(WIDTH * size.height() / size.width()), MAX_HEIGHT))
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Qt: the stubs type the format as bytes, but PySide6 takes only a str here.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())
