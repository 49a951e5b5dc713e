"""The dreiebok in the window: export a pack to a spreadsheet, import one with a column map.

The work is done by ``ovelse.interchange`` (no Qt); this module asks for the files and
shows what the import found. The import dialog lists the sheet's headers beside what each
is read as, preset from the dreiebok's own names or from the choices made the last time a
sheet with the same headers was imported (``AppSettings.column_mapping``). «Kontroller»
runs the dry run; «Importer» writes the pack into the given folder only when the dry run
has nothing left to fix.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ovelse.interchange import layout
from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.importing import ImportResult, import_dreiebok
from ovelse.interchange.mapping import ColumnMapping
from ovelse.interchange.sheets import inject_headers
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import LoadedPack
from ovelse.ui import file_dialogs, texts
from ovelse.ui.settings import AppSettings

SKIP = ""
MAX_HEADER_ROW = 50


def export_dreiebok(parent: QWidget | None, loaded: LoadedPack | None) -> str | None:
    """Ask where to save the pack as a workbook (or CSV) and write it; the line for the
    status bar, or None when the user cancelled or nothing could be written."""
    from ovelse.interchange.files import export_pack

    if loaded is None:
        QMessageBox.information(parent, texts.DREIEBOK_EXPORT_CAPTION, texts.DREIEBOK_NO_PACK)
        return None
    chosen = file_dialogs.save_file_name(
        parent,
        texts.DREIEBOK_EXPORT_CAPTION,
        str(Path.home() / f"{loaded.pack.id}.xlsx"),
        texts.DREIEBOK_EXPORT_FILTER,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + ".xlsx")
    try:
        export_pack(loaded, path, profile=None, kind="csv" if path.suffix == ".csv" else "xlsx")
    except (OSError, InterchangeError) as exc:
        error = exc.strerror if isinstance(exc, OSError) else str(exc)
        QMessageBox.warning(
            parent, texts.DREIEBOK_EXPORT_CAPTION, texts.DREIEBOK_EXPORT_FAILED.format(error=error)
        )
        return None
    return texts.DREIEBOK_EXPORTED.format(path=path)


def choices() -> list[tuple[str, str]]:
    """(key, header) for every column the dreiebok reads, in the sheet's order."""
    columns = [*layout.inject_columns(layout.MIN_QUESTION_PAIRS), layout.QUESTIONS_COMBINED]
    return [(column.key, column.header) for column in columns]


class DreiebokImportDialog(QDialog):
    """Map a sheet's columns, check it, and import it as a pack under ``target_root``."""

    imported = Signal(object)  # Path of the new pack folder

    def __init__(
        self,
        source: Path,
        target_root: Path,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.target_root = target_root
        self.settings = settings
        self.result_shown: ImportResult | None = None
        self.setWindowTitle(texts.DREIEBOK_IMPORT_TITLE)
        layout_ = QVBoxLayout(self)
        intro = QLabel(texts.DREIEBOK_IMPORT_INTRO.format(file=source.name))
        intro.setWordWrap(True)
        layout_.addWidget(intro)
        # A planner's sheet often has a title above its headers.
        header_row = QHBoxLayout()
        header_label = QLabel(texts.DREIEBOK_HEADER_ROW)
        self.header_row = QSpinBox()
        self.header_row.setRange(1, MAX_HEADER_ROW)
        header_label.setBuddy(self.header_row)
        header_row.addWidget(header_label)
        header_row.addWidget(self.header_row)
        header_row.addStretch(1)
        layout_.addLayout(header_row)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(
            [texts.DREIEBOK_COLUMN_THEIRS, texts.DREIEBOK_COLUMN_OURS]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        layout_.addWidget(self.table)
        # Clock times count from the first row unless the planner says when it starts.
        start_row = QHBoxLayout()
        self.start_check = QCheckBox(texts.DREIEBOK_START)
        self.start_edit = QTimeEdit(QTime(9, 0))
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setEnabled(False)
        self.start_check.toggled.connect(self.start_edit.setEnabled)
        start_row.addWidget(self.start_check)
        start_row.addWidget(self.start_edit)
        start_row.addStretch(1)
        layout_.addLayout(start_row)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        layout_.addWidget(self.report)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.check_button = QPushButton(texts.DREIEBOK_CHECK)
        self.import_button = QPushButton(texts.DREIEBOK_IMPORT)
        self.cancel_button = QPushButton(texts.DREIEBOK_CANCEL)
        for button in (self.check_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout_.addLayout(buttons)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.reject)
        self.combos: list[QComboBox] = []
        self.headers: list[str] = []
        self._load_headers()
        self.header_row.valueChanged.connect(self._load_headers)
        self.resize(640, 600)

    def _load_headers(self) -> None:
        """The sheet's headers in the chosen row, each beside what it is read as."""
        self.table.setRowCount(0)
        self.combos = []
        self.headers = []
        try:
            self.headers = inject_headers(
                self.source, ColumnMapping(header_row=self.header_row.value())
            )
        except InterchangeError as exc:
            self._show_refusal(exc)
            self.check_button.setEnabled(False)
            self.import_button.setEnabled(False)
            self.header_row.setEnabled(False)
            return
        remembered = self.settings.column_mapping(self.headers)
        known = layout.inject_header_keys()
        for row, header in enumerate(self.headers):
            self.table.insertRow(row)
            item = QTableWidgetItem(header)
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(texts.DREIEBOK_COLUMN_SKIP, SKIP)
            for key, title in choices():
                combo.addItem(title, key)
            wanted = remembered.get(header, known.get(layout.normal_header(header), SKIP))
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            self.table.setCellWidget(row, 1, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)

    def mapping(self) -> ColumnMapping:
        """The planner's headers to the dreiebok's keys, as chosen in the table."""
        columns = {
            layout.normal_header(header): str(combo.currentData())
            for header, combo in zip(self.headers, self.combos, strict=True)
        }
        return ColumnMapping(header_row=self.header_row.value(), columns=columns)

    def start(self) -> time | None:
        """The exercise's start for a sheet of clock times, when the planner gave one."""
        if not self.start_check.isChecked():
            return None
        chosen = self.start_edit.time()
        return time(chosen.hour(), chosen.minute())

    def check(self) -> ImportResult | None:
        """The dry run, shown in the report box."""
        return self._run(None)

    def run_import(self) -> None:
        """Write the pack into a new folder under ``target_root``, if it has no problems."""
        result = self._run(None)
        if result is None or not result.ok or result.pack is None:
            return
        self.target_root.mkdir(parents=True, exist_ok=True)
        folder = self._free_folder(result.pack.id)
        written = self._run(folder)
        if written is None or not written.ok or written.pack is None:
            return
        self.settings.set_column_mapping(
            self.headers,
            {h: str(c.currentData()) for h, c in zip(self.headers, self.combos, strict=True)},
        )
        self.report.setPlainText(
            texts.DREIEBOK_IMPORTED.format(title=written.pack.title, folder=folder)
        )
        self.imported.emit(folder)
        self.accept()

    def _free_folder(self, pack_id: str) -> Path:
        folder = self.target_root / pack_id
        number = 2
        while folder.exists():
            folder = self.target_root / f"{pack_id}-{number}"
            number += 1
        return folder

    def _run(self, output: Path | None) -> ImportResult | None:
        try:
            result = import_dreiebok(
                self.source, output, mapping=self.mapping(), start=self.start()
            )
        except (InterchangeError, ScenarioError) as exc:
            self._show_refusal(exc)
            return None
        except OSError as exc:
            self.report.setPlainText(
                texts.DREIEBOK_EXPORT_FAILED.format(error=exc.strerror or str(exc))
            )
            return None
        self.result_shown = result
        lines: list[str] = []
        if result.problems:
            lines.append(texts.DREIEBOK_PROBLEMS.format(count=len(result.problems)))
            lines += [str(problem) for problem in result.problems]
        else:
            lines.append(texts.DREIEBOK_OK)
            lines += result.summary()
        lines += [texts.DREIEBOK_NOTE.format(note=note) for note in result.notes]
        self.report.setPlainText("\n".join(lines))
        return result

    def _show_refusal(self, exc: InterchangeError | ScenarioError) -> None:
        self.report.setPlainText("\n".join([texts.DREIEBOK_REFUSED, str(exc)]))
