"""Build reports once per module and read them back the way a reader's PDF viewer would."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from ovelse.report import formats, texts
from ovelse.report.document import ReportStats, build_report
from ovelse.report.model import ReportInput
from tests.report.samples import realistic_report

_PAGE_NUMBER = re.compile(texts.PAGE_OF.format(page=r"\d+", total=r"\d+"))


@dataclass(frozen=True)
class Built:
    report: ReportInput
    stats: ReportStats
    data: bytes
    reader: PdfReader
    pages: tuple[str, ...]  # extracted text per page

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def body(self) -> str:
        """The text without the page furniture, so a paragraph that runs over reads whole."""
        furniture = {
            self.report.marking or "",
            f"{texts.REPORT_KIND} · {self.report.municipality.display}",
            formats.date_span(self.report.dates),
        }
        return "\n".join(
            line
            for page in self.pages
            for line in page.splitlines()
            if line.strip() not in furniture and not _PAGE_NUMBER.fullmatch(line.strip())
        )


def build(report: ReportInput) -> Built:
    stream = io.BytesIO()
    stats = build_report(report, stream)
    data = stream.getvalue()
    reader = PdfReader(io.BytesIO(data))
    pages = tuple(page.extract_text() for page in reader.pages)
    return Built(report, stats, data, reader, pages)


def squash(text: str) -> str:
    """Text without any whitespace, so line wrapping in the PDF does not matter."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def realistic() -> Built:
    return build(realistic_report())
