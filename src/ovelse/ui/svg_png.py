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

from ovelse.interchange.safety import svg_outside_reference

WIDTH = 2000  # pixels
MAX_HEIGHT = 4 * WIDTH  # a drawing taller than this is squeezed rather than made huge


def svg_renderer(data: bytes) -> QSvgRenderer | None:
    """Qt's renderer for a pack's SVG, or None when Qt cannot read it or the picture
    names a file outside itself: Qt would open that file, and show a picture from the
    user's disk on the shared screen and in the report."""
    if svg_outside_reference(data) is not None:
        return None
    renderer = QSvgRenderer(QByteArray(data))
    return renderer if renderer.isValid() else None


def svg_png(data: bytes) -> bytes | None:
    """The SVG as PNG bytes, or None when it cannot be painted (``svg_renderer``) or has
    no size."""
    renderer = svg_renderer(data)
    if renderer is None:
        return None
    size = renderer.defaultSize()
    if size.width() < 1 or size.height() < 1:
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
