"""What every page carries, how tables break, and the outline a reader navigates by."""

from __future__ import annotations

from dataclasses import replace

from pypdf import PdfReader

from ovelse.exercise.kinds import EntryKind
from ovelse.report import texts
from ovelse.report.model import LogRecord
from tests.report.conftest import Built, build
from tests.report.samples import MINUTE, realistic_report

OFFL_24 = "Unntatt offentlighet, jf. offl. § 24 tredje ledd"
OFFL_21 = "Unntatt offentlighet, jf. offl. § 21"


def test_marking_is_in_header_and_footer_of_every_page(realistic: Built) -> None:
    counts = [page.count(OFFL_24) for page in realistic.pages]
    assert all(count >= 2 for count in counts), counts


def test_other_markings_are_printed_as_chosen() -> None:
    for marking in (OFFL_21, "Fortrolig – kun til kriseledelsen i Unjárga"):
        built = build(replace(realistic_report(), marking=marking))
        assert all(page.count(marking) >= 2 for page in built.pages)


def test_a_public_report_carries_no_marking() -> None:
    built = build(replace(realistic_report(), marking=None))
    assert not any("Unntatt" in page for page in built.pages)


def test_every_page_says_which_page_of_how_many(realistic: Built) -> None:
    total = len(realistic.pages)
    assert realistic.stats.pages == total
    for number, page in enumerate(realistic.pages, start=1):
        assert texts.PAGE_OF.format(page=number, total=total) in page


def test_long_table_repeats_its_header_on_the_next_page() -> None:
    report = realistic_report()
    many = tuple(
        LogRecord(
            f"L{100 + n}",
            n * MINUTE,
            EntryKind.DECISION,
            f"Beslutning nummer {n} om nødstrøm og vann til Unjárga.",
            roles=("teknisk",),
            inject_id="i8",
        )
        for n in range(120)
    )
    built = build(replace(report, entries=many))
    title = "Innspill 8: Vannverket på reservestrøm"
    first = next(i for i, page in enumerate(built.pages) if title in page)
    following = built.pages[first + 1]
    assert title not in following
    assert "Beslutning nummer" in following
    for column in (texts.COL_EXERCISE_TIME, texts.COL_KIND, texts.COL_ROLES, texts.COL_TEXT):
        assert column in following


def _outline(reader: PdfReader) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item)))  # type: ignore[attr-defined]

    walk(reader.outline)
    return found


def test_outline_lists_the_chapters_and_opens_the_right_page(realistic: Built) -> None:
    outline = _outline(realistic.reader)
    chapters = [
        texts.CH_SUMMARY,
        texts.CH_BACKGROUND,
        texts.CH_ABOUT,
        texts.CH_TIMELINE,
        texts.CH_FINDINGS,
        texts.CH_LEARNING,
        texts.CH_ACTIONS,
        texts.CH_WAY_FORWARD,
        texts.AP_LOG_BY_INJECT,
        texts.AP_INJECTS,
        texts.AP_PARTICIPANTS,
    ]
    for chapter in chapters:
        title, page = next((t, p) for t, p in outline if t.endswith(chapter))
        assert chapter in realistic.pages[page], title
    pages = [page for _, page in outline]
    assert pages == sorted(pages)
    assert len({page for _, page in outline}) > 8


def test_page_count_is_sane(realistic: Built) -> None:
    assert 8 <= realistic.stats.pages <= 30
    assert realistic.stats.chapters[0].endswith(texts.CH_SUMMARY)
    assert len(realistic.stats.chapters) == 11
