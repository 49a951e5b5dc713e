"""«Skriv ut …» in Prepare: choose documents of the paper kit and the folder to write them to.

The kit itself is made in the core (``ovelse.app.kit``); the dialog only asks which
documents, whether role cards show every question, and where, and writes them on OK. A
folder that cannot be written keeps the dialog open with the reason, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ovelse.app.kit import write_kit
from ovelse.app.outputs import Written
from ovelse.report.kit.model import Kit, KitKind
from ovelse.report.kit.pdf import document_audience, document_name
from ovelse.ui import file_dialogs, texts
from ovelse.ui.confirm import ok_cancel


class PrintDialog(QDialog):
    """The documents to print, one box each (all ticked), and the folder."""

    def __init__(
        self, make_kit: Callable[[bool], Kit], folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.PRINT_TITLE)
        self._make_kit = make_kit
        self.written: tuple[Written, ...] = ()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(texts.PRINT_DOCUMENTS))
        self.boxes: dict[KitKind, QCheckBox] = {}
        for kind in KitKind:
            box = QCheckBox(
                texts.PRINT_DOCUMENT.format(
                    document=document_name(kind), audience=document_audience(kind)
                )
            )
            box.setObjectName(f"print_{kind.value}")
            box.setChecked(True)
            layout.addWidget(box)
            self.boxes[kind] = box
        self.all_questions = QCheckBox(texts.PRINT_ALL_QUESTIONS)
        self.all_questions.setObjectName("printAllQuestions")
        layout.addWidget(self.all_questions)
        self.folder = QLineEdit(str(folder))
        self.folder.setObjectName("printFolder")
        self.folder.setMinimumWidth(360)
        choose = QPushButton(texts.PRINT_CHOOSE_FOLDER)
        choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(QLabel(texts.PRINT_FOLDER))
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("errorText")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = ok_cancel(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(texts.PRINT_OK)
        layout.addWidget(buttons)
        self.boxes[KitKind.DIRECTIVE].setFocus()

    def chosen(self) -> list[KitKind]:
        return [kind for kind, box in self.boxes.items() if box.isChecked()]

    def _choose_folder(self) -> None:
        chosen = file_dialogs.existing_directory(self, texts.PRINT_FOLDER, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        kinds = self.chosen()
        folder = self.folder.text().strip()
        if not kinds:
            self.status.setText(texts.PRINT_NONE_CHOSEN)
            return
        if not folder:
            self.status.setText(texts.PRINT_NO_FOLDER)
            return
        try:
            kit = self._make_kit(self.all_questions.isChecked())
            self.written = write_kit(kit, kinds, Path(folder), folder=True)
        except OSError as exc:
            where = exc.filename or folder
            self.status.setText(texts.PRINT_FAILED.format(path=where, error=exc.strerror))
            return
        super().accept()
