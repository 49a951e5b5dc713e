"""A text shown with a number takes the form its language uses for that number.

Bokmål, nynorsk and English have two forms («1 side», «2 sider»); Northern Sámi has three,
with a dual for two. The Sámi catalogue here is a small test one (``data/se_test.po``),
compiled the way the build compiles the real ones, to show the machinery carries a third
form before anyone translates the program into Sámi.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from ovelse import cli_texts, i18n
from ovelse.i18n.catalogues import apply, translations
from ovelse.report import texts as report_texts
from ovelse.ui import texts as ui_texts

SAMI_TEST_CATALOGUE = Path(__file__).parent / "data" / "se_test.po"


def counted(total: int) -> str:
    return ui_texts.LOG_COUNT.for_count(total).format(shown=total, total=total)


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("nb", ["1 av 1 føring", "2 av 2 føringer", "5 av 5 føringer"]),
        ("nn", ["1 av 1 føring", "2 av 2 føringar", "5 av 5 føringar"]),
        ("en", ["1 of 1 entry", "2 of 2 entries", "5 of 5 entries"]),
    ],
)
def test_the_log_count_agrees_with_its_number(language: str, forms: list[str]) -> None:
    i18n.install(language)
    assert [counted(n) for n in (1, 2, 5)] == forms


def test_the_written_report_counts_its_pages() -> None:
    def wrote(pages: int) -> str:
        return cli_texts.WROTE_REPORT.for_count(pages).format(path="r.pdf", pages=pages)

    assert [wrote(1), wrote(5)] == ["Skrev r.pdf (1 side)", "Skrev r.pdf (5 sider)"]
    i18n.install("en")
    assert [wrote(1), wrote(2)] == ["Wrote r.pdf (1 page)", "Wrote r.pdf (2 pages)"]
    i18n.install("nn")
    assert wrote(2) == "Skreiv r.pdf (2 sider)"


def test_a_report_in_another_language_counts_in_that_language() -> None:
    """The form is chosen by the language installed when the text was read."""
    i18n.install("en")
    english = report_texts.PHASE_INJECTS
    i18n.install("nb")
    assert english.for_count(1).format(count=1) == "1 inject"
    assert english.for_count(3).format(count=3) == "3 injects"
    assert report_texts.PHASE_INJECTS.for_count(3).format(count=3) == "3 innspill"


def test_northern_sami_has_a_dual(tmp_path: Path) -> None:
    with SAMI_TEST_CATALOGUE.open("rb") as source:
        catalogue = read_po(source)
    assert catalogue.num_plurals == 3
    compiled = tmp_path / "se" / "LC_MESSAGES" / "ovelse.mo"
    compiled.parent.mkdir(parents=True)
    with compiled.open("wb") as target:
        write_mo(target, catalogue)
    apply("se", translations("se", localedir=tmp_path))
    assert i18n.current() == "se"
    assert [counted(n) for n in (1, 2, 5)] == [
        "1 / 1 (ovttaidlohku)",
        "2 / 2 (guvttiidlohku)",
        "5 / 5 (máŋggaidlohku)",
    ]
    assert report_texts.PHASE_INJECTS.for_count(2).format(count=2) == "2 (guvttiidlohku)"
    assert report_texts.CH_SUMMARY == "Čoahkkáigeassu"
    # What the test catalogue leaves out stays bokmål rather than going blank.
    assert report_texts.CH_ACTIONS == "Tiltaksplan"
    i18n.install("nb")
    assert counted(2) == "2 av 2 føringer"


def test_validate_counts_injects_and_profiles_each_in_its_form() -> None:
    def counted_pack(injects: int, profiles: int) -> str:
        return cli_texts.VALIDATE_PACK_OK.format(
            path="p",
            injects=cli_texts.INJECTS_COUNTED.for_count(injects).format(count=injects),
            profiles=cli_texts.PROFILES_COUNTED.for_count(profiles).format(count=profiles),
        )

    assert counted_pack(12, 1) == "p: OK (12 innspill, 1 profil)"
    i18n.install("en")
    assert counted_pack(1, 2) == "p: OK (1 inject, 2 profiles)"
    i18n.install("nn")
    assert counted_pack(5, 2) == "p: OK (5 innspel, 2 profilar)"


def test_a_short_journal_names_its_pages_in_the_right_form() -> None:
    from ovelse.store import messages

    def short(count: int) -> str:
        return messages.JOURNAL_SHORT.for_count(count).format(count=count)

    assert short(1) == "journalen er kortere enn den 1 siden den lover"
    assert short(2) == "journalen er kortere enn de 2 sidene den lover"
    i18n.install("en")
    assert short(1) == "the journal is shorter than the 1 page it promises"
