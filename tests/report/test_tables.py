"""Tables break like a printed list: headers only at a page top, words kept whole.

A 2,000-entry log with some long entries used to repeat the table header mid-page above
a fragment of a long row, leaving the rest of the page empty; and one long token (a
pasted address) in the action plan shrank the other columns until «Beredskapskoordinator»
broke in two.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pypdf import PageObject

from ovelse.report import texts
from ovelse.report.model import ActionItem
from tests.report.conftest import build
from tests.report.samples import realistic_report, scaled_report

_TIME = re.compile(r"^\+\d\d:\d\d$")
_LONG = "Kriseledelsen drøftet lenge hvordan sårbare innbyggere skal nås uten mobilnett. " * 14


def _items(page: PageObject) -> list[tuple[float, float, str]]:
    """(y, x, text) of every piece of text on the page, top of page first."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((tm[5] * cm[3] + cm[5], tm[4] * cm[0] + cm[4], text.strip()))

    page.extract_text(visitor_text=visit)
    return sorted(found, key=lambda item: -item[0])


def _rows_under_headers(page: PageObject) -> list[int]:
    """For each log-table header on the page: how many body rows follow it on the page.

    A row is counted by its time cell; the rest of a row broken at the page above (text
    in the last column, no time cell) counts as one row too.
    """
    items = _items(page)
    heads = [y for y, _, text in items if text == texts.COL_EXERCISE_TIME]
    text_x = min(x for y, x, text in items if text == texts.COL_TEXT)
    counts = []
    for number, top in enumerate(heads):
        bottom = heads[number + 1] if number + 1 < len(heads) else float("-inf")
        below = [(y, x, t) for y, x, t in items if bottom < y < top - 1]
        times = {round(y) for y, _, t in below if _TIME.match(t)}
        first_text = next((y for y, x, _ in below if x >= text_x - 1), None)
        fragment = first_text is not None and not any(abs(first_text - t) < 2 for t in times)
        counts.append(len(times) + fragment)
    return counts


def test_no_header_stands_over_fewer_than_two_rows_in_a_long_log() -> None:
    report = scaled_report(injects=59, entries=2000, actions=10)
    entries = tuple(
        replace(entry, text=_LONG * (1 + n % 3)) if n % 9 == 4 else entry
        for n, entry in enumerate(report.entries)
    )
    built = build(replace(report, entries=entries))
    start = next(n for n, page in enumerate(built.pages) if texts.AP_LOG_BY_INJECT in page)
    end = next(n for n, page in enumerate(built.pages) if texts.AP_INJECTS in page)
    lonely = [
        (number + 1, counts)
        for number in range(start, end)
        if (counts := _rows_under_headers(built.reader.pages[number])) and min(counts) < 2
    ]
    assert lonely == []


URL = "https://www.dsb.no/globalassets/dokumenter/veiledere-handboker-og-informasjonsmateriell/veileder-til-helhetlig-risiko-og-sarbarhetsanalyse-i-kommunen.pdf"


def test_a_long_address_in_the_action_plan_breaks_no_other_word() -> None:
    report = realistic_report()
    first, *rest = report.actions
    actions: tuple[ActionItem, ...] = (
        replace(first, measure=f"Oppdatere ROS-analysen etter veilederen: {URL}"),
        replace(rest[0], plan_section=URL, owner="Beredskapskoordinator"),
        *rest[1:],
    )
    built = build(replace(report, actions=actions))
    plan = " ".join(page for page in built.pages if texts.COL_PLAN_SECTION in page)
    words = set(plan.split())
    wanted = {
        word.strip(".,:;()")
        for item in actions
        for value in (item.measure, item.owner, item.plan_section)
        for word in value.split()
        if word != URL
    }
    split = sorted(word for word in wanted if word and not any(word in w for w in words))
    assert split == []
