"""User text made printable in the report's font: right-to-left runs, missing characters.

ReportLab lays text out left to right, one character after the other, so an Arabic word
came out with its letters in reverse order and unjoined. Such runs are shaped (the joined
letter forms, ``arabic_reshaper``) and put in visual order (the Unicode bidirectional
algorithm, ``python-bidi``) line by line before layout. The base direction stays left to
right, as the report is Norwegian; a right-to-left run that a paragraph wraps over two
lines is ordered within its line before the wrap, so a long Arabic or Hebrew passage may
read in the wrong line order (names, places and short phrases read right). Without the
two libraries the text is printed in stored order.

A character the embedded font has no glyph for (most emoji, many symbols) printed as an
empty box that looks like a blank; it becomes U+FFFD «�», which every reader recognises
as a character that could not be shown. Invisible joiners and variation selectors that
only tune emoji are dropped rather than marked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from reportlab.pdfbase import pdfmetrics

from ovelse.report import fonts

PLACEHOLDER = "\ufffd"
# Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms.
_RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_INVISIBLE = str.maketrans(dict.fromkeys(("\u200d", "\ufe0e", "\ufe0f"), None))


@cache
def covered() -> frozenset[int]:
    """Code points both the regular and the bold face can draw (user text is in both)."""
    fonts.register()
    regular = pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph  # type: ignore[attr-defined]
    bold = pdfmetrics.getFont(fonts.BOLD).face.charToGlyph  # type: ignore[attr-defined]
    return frozenset(set(regular) & set(bold)) | {ord("\n")}


@cache
def _visual_order() -> Callable[[str], str] | None:
    try:
        from arabic_reshaper import reshape  # type: ignore[import-untyped]
        from bidi import get_display  # type: ignore[import-untyped]
    except ImportError:
        return None

    def visual(line: str) -> str:
        shown: str = get_display(reshape(line), base_dir="L")
        return shown

    return visual


def printable(text: str) -> str:
    """The text as the font can print it, in the order it must be drawn."""
    if text.isascii():
        return text
    if _RIGHT_TO_LEFT.search(text):
        visual = _visual_order()
        if visual is not None:
            text = "\n".join(visual(line) if line else line for line in text.split("\n"))
    text = text.translate(_INVISIBLE)
    known = covered()
    if known.issuperset(map(ord, text)):
        return text
    return "".join(char if ord(char) in known else PLACEHOLDER for char in text)
