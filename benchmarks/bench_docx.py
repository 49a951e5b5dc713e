"""The evaluation report as a Word document, against a bare python-docx document of its text.

The same long exercise as ``bench_report`` (60 injects, 500 log entries, 40 actions). The
floor is a plain python-docx document holding the same paragraphs, as plain paragraphs,
and the same tables with the same rows and cell texts, built in the same run. So the
ratio is what the report's Word structure costs (heading styles, repeating header rows,
column widths, emphasis, header and footer, properties), not what its length costs.
Prints, never asserts.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document as new_docx

from benchmarks.bench_report import synthetic_report
from benchmarks.common import grouped, interleaved_best, row
from ovelse.report.compose import build_document
from ovelse.report.content import Block, Cover, Document, Facts, Heading, Paragraph, Table, Together
from ovelse.report.word import clean, render


def _flat(blocks: tuple[Block, ...]) -> list[Block]:
    found: list[Block] = []
    for block in blocks:
        found += _flat(block.blocks) if isinstance(block, Together) else [block]
    return found


def bare_document(document: Document) -> tuple[int, int]:
    """The same paragraphs and table rows, with nothing but their text; returns counts."""
    word: Any = new_docx()
    paragraphs = rows = 0
    for block in _flat(document.blocks):
        if isinstance(block, Heading):
            word.add_paragraph(clean(block.full))
            paragraphs += 1
        elif isinstance(block, Paragraph):
            word.add_paragraph(clean(block.text))
            paragraphs += 1
        elif isinstance(block, Table):
            table = word.add_table(rows=1 + len(block.rows), cols=len(block.columns))
            texts = [[c.title for c in block.columns]]
            texts += [[cell.text for cell in values] for values in block.rows]
            for target, values in zip(table.rows, texts, strict=True):
                for cell, value in zip(target.cells, values, strict=True):
                    cell.text = clean(value)
            rows += len(texts)
        elif isinstance(block, Facts | Cover):
            facts = block if isinstance(block, Facts) else block.facts
            table = word.add_table(rows=len(facts.rows), cols=2)
            for target, (key, value) in zip(table.rows, facts.rows, strict=True):
                target.cells[0].text = clean(key)
                target.cells[1].text = clean(value)
            rows += len(facts.rows)
    word.save(io.BytesIO())
    return paragraphs, rows


def main() -> list[str]:
    report = synthetic_report()
    document = build_document(report)
    paragraphs, rows = bare_document(document)

    def floor() -> None:
        bare_document(document)

    def measured() -> None:
        render(build_document(report), report)

    floor_s, measured_s = interleaved_best(floor, measured, 5)
    return [
        row(
            f"Word report: the same exercise ({grouped(paragraphs)} paragraphs, "
            f"{grouped(rows)} table rows; floor: a bare python-docx document of the same)",
            measured_s,
            floor_s,
            "≤ 3× floor",
        )
    ]


if __name__ == "__main__":
    print("\n".join(main()))
