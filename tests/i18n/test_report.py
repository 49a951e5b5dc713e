"""Switching the language switches the report's headings, and bokmål comes back whole."""

from __future__ import annotations

from ovelse import i18n
from tests.report.conftest import Built, build
from tests.report.samples import realistic_report


def headings(built: Built) -> list[str]:
    def walk(items: list[object]) -> list[str]:
        found: list[str] = []
        for item in items:
            if isinstance(item, list):
                found += walk(item)
            else:
                found.append(str(item.title))  # type: ignore[attr-defined]
        return found

    return walk(built.reader.outline)


def built_in(language: str) -> Built:
    i18n.install(language)
    return build(realistic_report())


def test_chapter_headings_change_with_the_language() -> None:
    nynorsk = built_in("nn")
    english = built_in("en")
    bokmal = built_in("nb")
    assert headings(nynorsk)[:3] == ["Innhald", "1 Samandrag", "2 Bakgrunn, føremål og mål"]
    assert headings(english)[:3] == [
        "Contents",
        "1 Summary",
        "2 Background, purpose and objectives",
    ]
    assert headings(bokmal)[:3] == ["Innhold", "1 Sammendrag", "2 Bakgrunn, hensikt og mål"]
    assert "Vedlegg A" in " ".join(headings(nynorsk))
    assert "Appendix A" in " ".join(headings(english))
    # The same report in the same language is the same PDF: nothing leaked between builds.
    assert bokmal.data == build(realistic_report()).data
    assert len({nynorsk.data, english.data, bokmal.data}) == 3


def test_page_furniture_and_metadata_follow_the_language() -> None:
    english = built_in("en")
    assert "AFTER-ACTION REPORT" in english.pages[0]
    assert "Page 2 of" in english.pages[1]
    assert english.reader.trailer["/Root"]["/Lang"] == "en-GB"
    nynorsk = built_in("nn")
    assert "Side 2 av" in nynorsk.pages[1]
    assert nynorsk.reader.trailer["/Root"]["/Lang"] == "nn-NO"
    # The scenario's own words (data) stay as the pack wrote them.
    assert "Etablere kriseledelse og situasjonsbilde" in " ".join(headings(nynorsk))


def test_a_phase_counts_its_injects_in_the_language_of_the_report() -> None:
    """«(1 inject)» but «(4 injects)»: the count beside each phase takes its plural form."""
    import re
    from dataclasses import replace

    report = realistic_report()
    first = report.phases[0].id
    lone = next(inject for inject in report.injects if inject.phase_id == first)
    others = tuple(inject for inject in report.injects if inject.phase_id != first)
    one_in_the_first = replace(report, injects=(lone, *others))

    def counts(language: str) -> list[str]:
        i18n.install(language)
        return re.findall(r"\((\d+ \w+)\)", " ".join(build(one_in_the_first).pages))

    english = counts("en")
    assert english[0] == "1 inject"
    assert english[1].endswith(" injects")
    assert counts("nn")[0] == "1 innspel"
    assert counts("nb")[0] == "1 innspill"
