"""How the big costs grow: session opening, the report and pack loading at three sizes.

Not part of ``make bench`` (it takes a few minutes); run it on its own:
``python -m benchmarks.bench_scaling``. Each size is measured beside its own floor from the
same run, as in the other benchmarks:

* opening a session of 1,000, 10,000 and 100,000 events (``Session.open(read_only=True)``)
  against fetching its rows with ``sqlite3``;
* the report with 50, 500 and 5,000 log entries against a plain document of the same page
  count and table rows (``bench_report``);
* loading a pack of 100, 1,000 and 5,000 injects (3 profiles) against libyaml's event
  parser over the same files (``bench_pack``). Every inject's title and text use
  templates, so the 5,000-inject pack (10,000 templated texts) is over the loader's cap:
  its row is the time to be refused.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import yaml

from benchmarks import bench_pack, bench_report
from benchmarks.bench_session import open_session, read_rows
from benchmarks.common import HEADER, best_of, grouped, interleaved_best, row
from benchmarks.sessions import build_session
from ovelse.report import fonts
from ovelse.report.document import build_report
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import load_pack
from ovelse.scenario.render import _compile
from ovelse.scenario.yamlsafe import _Parser

SESSIONS = (1_000, 10_000, 100_000)
REPORTS = (50, 500, 5_000)
PACKS = (100, 1_000, 5_000)


def session_rows() -> list[str]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="ovelse-bench-") as folder:
        for events in SESSIONS:
            path = build_session(Path(folder) / f"s{events}.ovelse", events)
            repeat = 5 if events < 100_000 else 3
            floor_s = best_of(lambda p=path: read_rows(p), repeat)  # type: ignore[misc]
            measured_s = best_of(lambda p=path: open_session(p), repeat)  # type: ignore[misc]
            rows.append(
                row(
                    f"open a session of {grouped(events)} events (read-only, replayed)",
                    measured_s,
                    floor_s,
                    "≤ 3× floor",
                )
            )
    return rows


def report_rows() -> list[str]:
    rows = []
    fonts.register()
    for entries in REPORTS:
        bench_report.ENTRIES = entries
        report = bench_report.synthetic_report()
        pages = build_report(report, io.BytesIO()).pages
        tables = bench_report.table_rows(report)
        blank = max(pages - bench_report.bare_document(report, io.BytesIO(), tables), 0)
        floor_s, measured_s = interleaved_best(
            lambda r=report, t=tables, b=blank: bench_report.bare_document(  # type: ignore[misc]
                r, io.BytesIO(), t, b
            ),
            lambda r=report: build_report(r, io.BytesIO()),  # type: ignore[misc]
            3 if entries < 5_000 else 2,
        )
        rows.append(
            row(
                f"report with {grouped(entries)} log entries ({pages} pages, "
                f"{grouped(tables)} table rows)",
                measured_s,
                floor_s,
                "≤ 3× floor",
            )
        )
    return rows


def pack_rows() -> list[str]:
    rows = []
    for injects in PACKS:
        bench_pack.INJECTS = injects
        with tempfile.TemporaryDirectory() as folder:
            file = bench_pack.write_pack(Path(folder))
            files = [file, *sorted((file.parent / "profiles").glob("*.yaml"))]
            refused: list[bool] = []

            def floor(paths: list[Path] = files) -> None:
                for path in paths:
                    for _event in yaml.parse(path.read_text(encoding="utf-8"), Loader=_Parser):
                        pass

            def measured(root: Path = file.parent, refused: list[bool] = refused) -> None:
                _compile.cache_clear()
                try:
                    loaded = load_pack(root)
                except ScenarioError:
                    refused.append(True)
                    return
                for profile in loaded.profiles:
                    loaded.render(loaded.values(profile))

            floor_s, measured_s = interleaved_best(floor, measured, 3)
        what = "refused (over the template cap)" if refused else "loaded and rendered"
        rows.append(
            row(
                f"pack of {grouped(injects)} injects, 3 profiles: {what}",
                measured_s,
                floor_s,
                "≤ 5× floor",
            )
        )
    bench_pack.INJECTS = 1000
    return rows


def main() -> list[str]:
    return [*session_rows(), *report_rows(), *pack_rows()]


if __name__ == "__main__":
    print(HEADER, flush=True)
    for line in main():
        print(line, flush=True)
