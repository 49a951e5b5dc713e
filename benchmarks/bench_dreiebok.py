"""The dreiebok in a spreadsheet: a 1,000-row workbook imported, and a pack exported.

The floor for reading is what openpyxl itself takes to open the same workbook read-only
and iterate every row of every sheet; the import reads the values the same way, reads
merged cells and hidden rows and columns in one more pass over each sheet's XML, maps the
rows to the pack and binds the model. The dry run also writes the pack's YAML and loads it back through the loader,
the check a written pack gets. The floor for writing is openpyxl writing the same rows
as plain strings in write-only mode.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from openpyxl import Workbook, load_workbook

from benchmarks.bench_pack import INJECTS, write_pack
from benchmarks.common import HEADER, best_of, row
from ovelse.interchange.build import build
from ovelse.interchange.importing import import_dreiebok, pack_of
from ovelse.interchange.sheets import read_input
from ovelse.interchange.workbook import inject_rows, sheet_rows, workbook_bytes
from ovelse.scenario.loader import load_pack


def main() -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_pack(root / "pakke")
        pack = load_pack(root / "pakke").pack
        workbook = root / "dreiebok.xlsx"
        workbook.write_bytes(workbook_bytes(pack))

        def read_floor() -> None:
            book = load_workbook(workbook, read_only=True)
            for sheet in book.worksheets:
                for _ in sheet.iter_rows(values_only=True):
                    pass
            book.close()

        def to_model() -> None:
            pack_of(build(read_input(workbook)), workbook.name)

        def dry_run() -> None:
            result = import_dreiebok(workbook, None)
            assert result.ok, result.problems[:3]

        def write_floor() -> None:
            book = Workbook(write_only=True)
            columns, rows = inject_rows(pack)
            sheet = book.create_sheet("Innspill")
            sheet.append([column.header for column in columns])
            for values in rows:
                sheet.append(values)
            for title, other in sheet_rows(pack).items():
                extra = book.create_sheet(title)
                for values in other:
                    extra.append(values)
            book.save(io.BytesIO())

        floor_s = best_of(read_floor, 3)
        model_s = best_of(to_model, 3)
        dry_s = best_of(dry_run, 3)
        write_floor_s = best_of(write_floor, 3)
        export_s = best_of(lambda: workbook_bytes(pack), 3)
    return [
        row(
            f"dreiebok import: {INJECTS}-row workbook to the pack model",
            model_s,
            floor_s,
            "≤ 3× floor, ≤ 1 s",
        ),
        row(
            f"dreiebok import dry run: {INJECTS} rows, through the loader's checks",
            dry_s,
            floor_s,
            "≤ 1 s",
        ),
        row(
            f"dreiebok export: {INJECTS}-inject pack to .xlsx with dropdowns",
            export_s,
            write_floor_s,
            "≤ 3× floor",
        ),
    ]


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(main()))
