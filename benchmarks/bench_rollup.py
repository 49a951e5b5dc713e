"""The regional roll-up of 40, 357 and 3,570 result files, against a floor from the same run.

Files come from :mod:`benchmarks.result_files` (five goals with sub-goals, a dozen points
and a tiltaksplan per kommune, worded the many ways kommuner word them). Measured: what
``ovelse rollup FILES -o X.pdf --xlsx X.xlsx`` does short of writing to disk: read and
check every file, roll them up (matrix, spread, grouping by wording, follow-ups), build
the PDF and the workbook. The floor is the part no roll-up can skip: each file's zip
opened and its ``resultat.json`` parsed with ``json.loads``, plus a bare ReportLab
document in the same font with one table of a row per kommune (the matrix's columns) and
numbered pages to the roll-up's page count. Linear growth shows as a flat time per file.

Peak memory is the largest resident size of a fresh process that rolls up the 357 files
once (started by a small interpreter of its own and read from ``RUSAGE_CHILDREN``, as
``bench_report`` measures the report), beside the same for the floor. Prints, never
asserts.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate

from benchmarks.common import HEADER, grouped, interleaved_best, row
from benchmarks.result_files import write_results
from ovelse.interchange.results.model import CONTENT_NAME
from ovelse.regional.compose import MATRIX_PART
from ovelse.regional.pdf import pdf_bytes
from ovelse.regional.rollup import roll_up_files
from ovelse.regional.xlsx import workbook_bytes
from ovelse.report import fonts

SIZES = (40, 357, 3570)
MEMORY_SIZE = 357

_SPAWN = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(peak / (1e6 if sys.platform == "darwin" else 1e3))
"""


def roll_up(folder: Path) -> int:
    """What the command does short of writing: returns the PDF's page count."""
    rollup = roll_up_files([folder])
    _, pages = pdf_bytes(rollup)
    workbook_bytes(rollup)
    return pages


def kommune_names(folder: Path) -> list[str]:
    """Each file's zip opened and its content parsed: what any reader must do."""
    names = []
    for path in sorted(folder.iterdir()):
        with zipfile.ZipFile(path) as archive:
            names.append(json.loads(archive.read(CONTENT_NAME))["kommune"]["name"])
    return names


def floor(folder: Path, blank: int) -> None:
    bare_document(kommune_names(folder), blank)


def bare_document(names: list[str], blank: int = 0) -> int:
    """One row per kommune, in tables of as many rows as the roll-up's matrix has (a
    single table of thousands of rows costs ReportLab the square of its length), then
    ``blank`` pages of a number each; returns the page count."""
    style = ParagraphStyle("plain", fontName=fonts.register(), fontSize=8, leading=10.5)
    story: list[object] = [
        LongTable(
            [
                [Paragraph(name, style), *(["Delvis ivaretatt"] * 5)]
                for name in names[start : start + MATRIX_PART]
            ],
            colWidths=[110, 65, 65, 65, 65, 65],
            repeatRows=1,
        )
        for start in range(0, len(names), MATRIX_PART)
    ]
    for page in range(blank):  # a number on each, as ReportLab halts at ten empty pages
        story += [PageBreak(), Paragraph(str(page + 1), style)]
    document = SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1)
    document.build(story)  # type: ignore[arg-type]
    return int(document.page)


def padding(folder: Path, pages: int) -> int:
    """Blank pages that bring the floor's document to the roll-up's page count."""
    return max(pages - bare_document(kommune_names(folder)), 0)


def fresh_rss_mb(kind: str, folder: Path, blank: int) -> float:
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            _SPAWN,
            sys.executable,
            "-m",
            "benchmarks.bench_rollup",
            "--rss",
            kind,
            str(folder),
            str(blank),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ),
        check=True,
    )
    return float(child.stdout.strip().splitlines()[-1])


def main() -> list[str]:
    rows = []
    per_file = []
    with tempfile.TemporaryDirectory() as base:
        for size in SIZES:
            folder = Path(base) / str(size)
            write_results(folder, size)
            pages = roll_up(folder)
            blank = padding(folder, pages)
            repeat = 3 if size < 1000 else 1
            floor_s, measured_s = interleaved_best(
                partial(floor, folder, blank),
                partial(roll_up, folder),
                repeat,
            )
            per_file.append(measured_s / size * 1000)
            target = "≤ 5 s" if size == MEMORY_SIZE else "linear"
            rows.append(
                row(
                    f"regional roll-up of {grouped(size)} result files to PDF ({pages} pages) "
                    f"and .xlsx ({measured_s / size * 1000:.2f} ms per file)",
                    measured_s,
                    floor_s,
                    target,
                    unit="s",
                )
            )
            if size >= MEMORY_SIZE:
                measured_mb = fresh_rss_mb("rollup", folder, blank)
                floor_mb = fresh_rss_mb("floor", folder, blank)
                rows.append(
                    row(
                        f"roll-up peak memory, {grouped(size)} files: max RSS of a fresh "
                        "process rolling up once",
                        measured_mb,
                        floor_mb,
                        "< 300 MB" if size == MEMORY_SIZE else "(for information)",
                        unit="MB",
                    )
                )
    growth = per_file[-1] / per_file[1]
    rows.append(
        f"| roll-up time per file, {grouped(SIZES[-1])} against {grouped(SIZES[1])} files "
        f"| {per_file[-1]:.2f} ms | {per_file[1]:.2f} ms | {growth:.2f}× | linear (≈ 1×) |"
    )
    return rows


def _child(kind: str, folder: Path, blank: int) -> None:
    if kind == "rollup":
        roll_up(folder)
    else:
        floor(folder, blank)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--rss":
        _child(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
    else:
        print(HEADER)
        for line in main():
            print(line)
