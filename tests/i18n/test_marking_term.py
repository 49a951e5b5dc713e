"""The offentleglova marking is called a marking in every language, never «gradering».

«Gradering» is the sikkerhetsloven word for classified information; a municipality that
marks a report exempt from public access under offentleglova has not classified it.
"""

from __future__ import annotations

import pytest

from ovelse import i18n
from ovelse.exercise import labels, messages
from ovelse.ui import texts


@pytest.mark.parametrize(
    ("language", "term"),
    [("nb", "Merking (offentleglova)"), ("nn", "Merking (offentleglova)"), ("en", "Marking")],
)
def test_the_marking_field_is_named_for_offentleglova(language: str, term: str) -> None:
    i18n.install(language)
    assert texts.EVAL_MARKING.startswith(term)
    shown = [
        texts.EVAL_MARKING,
        texts.EVAL_MARKING_CUSTOM,
        messages.MARKING_TEXT_MISSING,
        *labels.MARKING_CHOICES.values(),
    ]
    assert not [text for text in shown if "gradering" in text.lower()]
