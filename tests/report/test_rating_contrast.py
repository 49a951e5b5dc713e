"""The verdict tags print white words on a coloured fill; each must read on paper and screen."""

from __future__ import annotations

import pytest
from reportlab.lib import colors

from ovelse.report.styles import RATING_COLOURS, STATUS_COLOURS


def _luminance(colour: colors.Color) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in colour.rgb())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _contrast_with_white(colour: colors.Color) -> float:
    return 1.05 / (_luminance(colour) + 0.05)


@pytest.mark.parametrize("rating", list(RATING_COLOURS), ids=str)
def test_every_verdict_tag_has_white_words_at_body_text_contrast(rating: object) -> None:
    # 8 pt bold is small text: WCAG's 4.5:1, which «Ikke vurdert» (2.4:1) and «Delvis
    # ivaretatt» (3.6:1) fell short of in the report, the roll-up and its window.
    assert _contrast_with_white(RATING_COLOURS[rating]) >= 4.5  # type: ignore[index]


@pytest.mark.parametrize("status", list(STATUS_COLOURS), ids=str)
def test_every_action_status_colour_has_white_words_at_body_text_contrast(status: object) -> None:
    assert _contrast_with_white(STATUS_COLOURS[status]) >= 4.5  # type: ignore[index]
