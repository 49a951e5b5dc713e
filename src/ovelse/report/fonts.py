"""DejaVu Sans, embedded, as the report's only typeface.

ReportLab's built-in fonts (Helvetica, and the bundled Vera) have no ŋ or ŧ, so a Sámi
place name would print as black boxes. The four faces are registered once per process as
one family, so ``<b>`` and ``<i>`` in paragraph markup pick the right file.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ovelse.resources import asset

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


@cache
def register() -> str:
    """Register the family (first call only) and return the name styles refer to."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(asset("fonts", filename))))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return REGULAR
