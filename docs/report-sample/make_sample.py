"""Render the sample evaluation report and the page images beside this script.

Run from the repository root: ``.venv/bin/python docs/report-sample/make_sample.py``.
Needs ``pdftoppm`` (poppler-utils). The exercise is invented: a winter power and telecom
outage in Unjárga/Nesseby (see ``tests/report/samples.py``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.report.samples import realistic_report  # noqa: E402

from ovelse.report.document import build_report  # noqa: E402

# Page number in the sample and the name its image gets.
PAGES = {
    1: "1-forside",
    3: "2-om-ovelsen",
    5: "3-tidslinje",
    6: "4-funn-per-mal",
    8: "5-tiltaksplan",
    10: "6-beslutningslogg",
}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "evalueringsrapport.pdf"
        stats = build_report(realistic_report(), pdf)
        for page, name in PAGES.items():
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    str(pdf),
                    str(HERE / name),
                ],
                check=True,
            )
    print(f"{stats.pages} sider; bilder i {HERE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
