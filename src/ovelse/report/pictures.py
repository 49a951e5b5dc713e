"""The pack's maps and diagrams as the report prints them, read from the session file.

The session file keeps a copy of every picture the injects show, so a report made long
after the exercise, without the pack, still has them. ReportLab and Word place PNG and
JPEG as they are; an SVG needs a drawing library the core does not have, so the caller
may pass one that paints it as a PNG (the window passes Qt's), and without one an SVG
is left out. A stored file is opened and decoded here, once, so a picture
that is damaged or is not what its name says is left out instead of stopping the report.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable

from PIL import Image

from ovelse.report.model import PackPicture
from ovelse.scenario.model import ScenarioPack

FORMATS = ["PNG", "JPEG"]
# A bigger picture would take hundreds of megabytes to decode and place in the PDF; the
# pack's 20 MB file limit allows one (a PNG of one colour compresses very well).
MAX_PIXELS = 40_000_000
MODES = frozenset({"1", "L", "LA", "P", "RGB", "RGBA"})  # what ReportLab places unchanged


SvgPainter = Callable[[bytes], bytes | None]  # an SVG file as PNG bytes, or None


def pack_pictures(
    pack: ScenarioPack, stored: Callable[[str], bytes | None], svg_png: SvgPainter | None = None
) -> tuple[PackPicture, ...]:
    """Each picture the pack's injects show, once, in the order they are first shown.

    ``stored`` reads a picture from the session file by its path in the pack; ``svg_png``
    paints an SVG as a PNG.
    """
    seen: set[str] = set()
    pictures: list[PackPicture] = []
    for inject in pack.injects():
        for ref in inject.media:
            if ref.path in seen:
                continue
            seen.add(ref.path)
            data = stored(ref.path)
            if data and ref.path.lower().endswith(".svg"):
                data = svg_png(data) if svg_png is not None else None
            picture = readable(data) if data else None
            if picture is None:
                continue
            data, width, height = picture
            pictures.append(
                PackPicture(
                    data, width, height, alt=ref.alt or ref.caption, caption=ref.caption or ref.alt
                )
            )
    return tuple(pictures)


def readable(data: bytes) -> tuple[bytes, int, int] | None:
    """The picture as PNG or JPEG bytes with its size in pixels, or None if unusable.

    A PNG in a mode ReportLab does not place (16-bit grey, for one) is converted.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                width, height = image.size
                if width < 1 or height < 1 or width * height > MAX_PIXELS:
                    return None
                image.load()
                if image.format == "PNG" and image.mode not in MODES:
                    converted = io.BytesIO()
                    image.convert("RGBA").save(converted, "PNG")
                    data = converted.getvalue()
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError, Warning):
        return None
    return data, width, height
