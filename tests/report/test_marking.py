"""The marking is printed whole on every page, in every language and at any length.

A marking cut short («… Freedom of Information Act (…») loses the legal basis that makes
it a marking, so the furniture shrinks and wraps it instead.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from ovelse import i18n
from ovelse.exercise import labels
from ovelse.exercise.kinds import MarkingKind
from tests.report.conftest import Built, build
from tests.report.samples import realistic_report

LONG_MARKING = (
    "Fortrolig – kun til kriseledelsen i Unjárga/Nesseby, Statsforvalteren i Troms og "
    "Finnmark og Øst politidistrikt; skal ikke videresendes uten samtykke fra beredskap"
)


def flat(text: str) -> str:
    return " ".join(text.split())


def assert_marked_whole(built: Built, marking: str) -> None:
    counts = [flat(page).count(flat(marking)) for page in built.pages]
    assert all(count >= 2 for count in counts), (marking, counts)


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_legal_markings_are_whole_on_every_page_in_every_language(language: str) -> None:
    i18n.install(language)
    for kind in (MarkingKind.OFFL_24, MarkingKind.OFFL_21):
        marking = labels.MARKINGS[kind]
        assert_marked_whole(build(replace(realistic_report(), marking=marking)), marking)


def test_a_long_custom_marking_is_wrapped_not_cut() -> None:
    assert len(LONG_MARKING) >= 150
    built = build(replace(realistic_report(), marking=LONG_MARKING))
    assert_marked_whole(built, LONG_MARKING)
