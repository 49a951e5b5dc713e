"""Text the font cannot take as it is: right-to-left words and characters without a glyph."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from ovelse.exercise.kinds import EntryKind
from ovelse.report.model import LogRecord
from ovelse.report.printable import PLACEHOLDER, covered
from tests.report.conftest import build
from tests.report.samples import MINUTE, realistic_report

ARABIC = "سلام عليكم"  # «peace be upon you», two words, read right to left


def _built_with(text: str) -> str:
    report = realistic_report()
    entry = LogRecord("L99", 30 * MINUTE, EntryKind.OBSERVATION, text, roles=("beredskap",))
    built = build(replace(report, entries=(*report.entries, entry)))
    return " ".join(built.text.split())


def test_an_arabic_phrase_is_printed_joined_and_right_to_left() -> None:
    text = _built_with(f"Tolk for familien: {ARABIC} – takk.")
    # A reader (pypdf, as a PDF viewer's search) reads right-to-left runs back from their
    # visual order; letters drawn in stored order would read back reversed.
    assert ARABIC in unicodedata.normalize("NFKC", text)
    # The letters are in their joined forms (initial seen, the lam-alef ligature), not the
    # isolated ones that were typed.
    assert "\ufeb3" in text and "\ufefc" in text


def test_a_character_without_a_glyph_is_a_visible_placeholder() -> None:
    missing = "\u2753\U0001f9ef"  # ❓ and a fire extinguisher: not in DejaVu Sans
    assert not any(ord(char) in covered() for char in missing)
    text = _built_with(f"Brannslukker {missing[1]} mangler {missing[0]} i gymsalen 👍\ufe0f")
    assert f"Brannslukker {PLACEHOLDER} mangler {PLACEHOLDER} i gymsalen" in text
    assert not any(char in text for char in missing)
    assert "\ufe0f" not in text
