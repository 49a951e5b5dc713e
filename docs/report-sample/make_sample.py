"""Render the sample evaluation report and the page images beside this script.

Run from the repository root: ``.venv/bin/python docs/report-sample/make_sample.py``.
Needs ``pdftoppm`` (poppler-utils); the Word pages also need LibreOffice (``soffice``), and
are left as they are without it. The exercise is invented: a winter power and telecom
outage in Unjárga/Nesseby (see ``tests/report/samples.py``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.report.samples import realistic_report  # noqa: E402

from ovelse.report.document import build_report  # noqa: E402
from ovelse.report.word import write_docx  # noqa: E402

# Page number in the sample and the name its image gets.
PAGES = {
    1: "1-forside",
    4: "2-om-ovelsen",
    6: "3-tidslinje",
    7: "4-funn-per-mal",
    9: "5-tiltaksplan",
    11: "6-beslutningslogg",
    2: "7-innhold",
}
# Pages of the Word file as LibreOffice lays it out.
WORD_PAGES = {1: "word-1-forside", 2: "word-2-innhold", 6: "word-3-tidslinje"}


def _page(pdf: Path, page: int, name: str) -> None:
    subprocess.run(
        [
            *("pdftoppm", "-png", "-r", "60", "-singlefile"),
            *("-f", str(page), "-l", str(page), str(pdf), str(HERE / name)),
        ],
        check=True,
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "evalueringsrapport.pdf"
        stats = build_report(realistic_report(), pdf)
        for page, name in PAGES.items():
            _page(pdf, page, name)
        office = shutil.which("soffice")
        if office is not None:
            word = Path(folder) / "evalueringsrapport-word.docx"
            write_docx(realistic_report(), word)
            subprocess.run(
                [office, "--headless", "--convert-to", "pdf", "--outdir", folder, str(word)],
                check=True,
                capture_output=True,
            )
            for page, name in WORD_PAGES.items():
                _page(word.with_suffix(".pdf"), page, name)
    print(f"{stats.pages} sider; bilder i {HERE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
