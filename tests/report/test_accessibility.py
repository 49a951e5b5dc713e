"""What a screen reader or a PDF viewer's navigation gets from the report, as far as an
untagged PDF allows; the Word file is the accessible format."""

from __future__ import annotations

import io
from typing import Any

import docx

from ovelse.report import texts
from ovelse.report.word import write_docx
from tests.report.conftest import Built, squash
from tests.report.samples import realistic_report


def test_title_shown_instead_of_the_file_name_and_the_language(realistic: Built) -> None:
    root: Any = realistic.reader.trailer["/Root"]
    assert realistic.reader.metadata is not None
    assert realistic.reader.metadata.title == realistic.report.title
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"]) is True
    assert root["/Lang"] == "nb-NO"


def test_every_chapter_has_a_bookmark_to_its_page(realistic: Built) -> None:
    reader = realistic.reader
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert titles == [texts.CONTENTS, *realistic.stats.chapters]
    pages = {item.title: _page(reader, item) for item in top}
    for chapter in realistic.stats.chapters:
        title = chapter.partition(" ")[2]
        if chapter.startswith(texts.APPENDIX.format(letter="")):
            title = chapter.split(" ", 2)[2]
        assert squash(title) in squash(realistic.pages[pages[chapter]])


def test_the_contents_page_lists_every_chapter_with_its_page(realistic: Built) -> None:
    reader = realistic.reader
    contents = realistic.pages[1]
    assert texts.CONTENTS in contents
    lines = [line.strip() for line in contents.splitlines()]
    numbers = [line for line in lines if line.isdigit()]
    top = [item for item in reader.outline if not isinstance(item, list)][1:]
    expected = [str(_page(reader, item) + 1) for item in top]
    assert numbers == expected
    for chapter in realistic.stats.chapters:
        assert chapter in lines
    annotations: Any = reader.pages[1]["/Annots"]
    links = [annotation.get_object() for annotation in annotations]
    assert len(links) == len(realistic.stats.chapters), "each line links to its chapter"


def _page(reader: Any, item: Any) -> int:
    number = reader.get_destination_page_number(item)
    assert number is not None
    return int(number)


def test_the_text_is_text_in_reading_order(realistic: Built) -> None:
    """Every chapter's title can be found and copied, and they come in chapter order."""
    body = squash(realistic.body)
    positions = [body.find(squash(c.split(" ", 1)[1])) for c in realistic.stats.chapters[:8]]
    assert all(p >= 0 for p in positions)
    assert positions == sorted(positions)


def test_the_word_file_has_a_table_of_contents_field() -> None:
    stream = io.BytesIO()
    write_docx(realistic_report(), stream)
    document = docx.Document(io.BytesIO(stream.getvalue()))
    xml = document.element.xml
    assert 'TOC \\o "1-1"' in xml
    assert any(p.text == texts.CONTENTS for p in document.paragraphs)
