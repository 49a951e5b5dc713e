"""The roll-up as PDF, on the evaluation report's pages and through its renderer.

The cover band, the marking on every page, «Side x av y», the fonts (which cover the Sámi
letters in kommune names) and the escaping of every kommune's text are the report's own
(:mod:`ovelse.report.document`, :mod:`ovelse.report.sections`); this module only says
what the band and the file's properties name.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ovelse import __version__
from ovelse.export.atomic import write_atomically
from ovelse.regional.compose import build_document
from ovelse.regional.model import Rollup
from ovelse.report import texts as report_texts
from ovelse.report.document import FRAME_WIDTH, Masthead, ReportDocument
from ovelse.report.sections import report_flowables


@dataclass(frozen=True)
class RollupStats:
    """What was written, for the command line and the screen's «saved» message."""

    pages: int
    bytes: int


def pdf_bytes(rollup: Rollup) -> tuple[bytes, int]:
    """The PDF and its page count. The same files give the same bytes on any day."""
    content = build_document(rollup)
    dates = rollup.dates
    head = Masthead(
        name=content.author,
        line=content.running,
        creator=report_texts.CREATOR.format(version=__version__),
        created=dates[-1] if dates else None,
    )
    buffer = io.BytesIO()
    document = ReportDocument(buffer, head, content)
    document.build_report(report_flowables(None, content, FRAME_WIDTH))
    return buffer.getvalue(), document.page_count


def write_pdf(rollup: Rollup, target: str | os.PathLike[str] | IO[bytes]) -> RollupStats:
    """Write the PDF to a path (through a temporary file moved into place) or a stream."""
    data, pages = pdf_bytes(rollup)
    if isinstance(target, str | os.PathLike):
        write_atomically(Path(target), data)
    else:
        target.write(data)
    return RollupStats(pages=pages, bytes=len(data))
