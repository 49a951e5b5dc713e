"""The last step: write the report (PDF or Word, full or public), the log as CSV and the
session as JSON, and open them.

The kind written last is remembered (the app's settings) and offered first next time, as
the folder it went to. Opening a written file hands a local ``file:`` URL to the desktop;
no network is involved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ovelse import i18n, presentation
from ovelse.app import outputs
from ovelse.ui import file_dialogs, texts
from ovelse.ui.session_model import SessionModel
from ovelse.ui.settings import AppSettings
from ovelse.ui.svg_png import svg_png

if TYPE_CHECKING:
    from ovelse.ui.result_dialog import SendResultDialog


def file_filter(kind: str) -> str:
    """The save dialog's filter, read when asked (the language may have changed)."""
    return {
        "pdf": texts.REPORT_FILTER_PDF,
        "docx": texts.REPORT_FILTER_DOCX,
        "public_pdf": texts.REPORT_FILTER_PDF,
        "public_docx": texts.REPORT_FILTER_DOCX,
        "csv": texts.REPORT_FILTER_CSV,
        "actions_csv": texts.REPORT_FILTER_CSV,
        "json": texts.REPORT_FILTER_JSON,
    }[kind]


def button_labels() -> dict[outputs.Kind, str]:
    return {
        "pdf": texts.REPORT_PDF,
        "docx": texts.REPORT_DOCX,
        "public_pdf": texts.REPORT_PUBLIC_PDF,
        "public_docx": texts.REPORT_PUBLIC_DOCX,
        "csv": texts.REPORT_CSV,
        "actions_csv": texts.REPORT_ACTIONS_CSV,
        "json": texts.REPORT_JSON,
    }


def open_local(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ReportPage(QWidget):
    backRequested = Signal()

    def __init__(
        self,
        model: SessionModel,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.settings = settings
        self.last_written: Path | None = None
        heading = QLabel(texts.REPORT_HEADING)
        heading.setObjectName("pageHeading")
        intro = QLabel(texts.REPORT_INTRO)
        intro.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        for kind, label in button_labels().items():
            button = QPushButton(label)
            button.setObjectName(f"export_{kind}")
            button.clicked.connect(lambda _on, k=kind: self.choose_and_write(k))
            self.buttons[kind] = button
            column.addWidget(button)
            if kind == "public_docx":
                self.by_role = QCheckBox(texts.REPORT_BY_ROLE)
                self.by_role.setObjectName("report_by_role")
                column.addWidget(self.by_role)
                column.addLayout(self._language_row())
                hint = QLabel(texts.REPORT_ACCESSIBLE_HINT)
                hint.setWordWrap(True)
                column.addWidget(hint)
        self.send_button = QPushButton(texts.REPORT_SEND_RESULT)
        self.send_button.setObjectName("send_result")
        self.send_button.clicked.connect(self.open_send_result)
        column.addWidget(self.send_button)
        self.send_dialog: SendResultDialog | None = None
        remembered = settings.report_kind() if settings is not None else ""
        if remembered in self.buttons:
            self.buttons[remembered].setDefault(True)
            self.setFocusProxy(self.buttons[remembered])
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.open_button = QPushButton(texts.REPORT_OPEN)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_last)
        self.folder_button = QPushButton(texts.REPORT_OPEN_FOLDER)
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(self.open_folder)
        self.back_button = QPushButton(texts.REPORT_BACK)
        self.back_button.clicked.connect(self.backRequested)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addWidget(self.folder_button)
        open_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(column)
        layout.addWidget(self.message)
        layout.addLayout(open_row)
        layout.addStretch(1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _language_row(self) -> QHBoxLayout:
        """The report's language: the pack's own unless the user picks another."""
        self.language = QComboBox()
        self.language.setObjectName("report_language")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.NAMES[code], code)
        pack_language = outputs.report_language(self.model.session)
        self.language.setCurrentIndex(self.language.findData(pack_language))
        label = QLabel(texts.REPORT_LANGUAGE)
        label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.language)
        row.addStretch(1)
        return row

    def default_path(self, kind: outputs.Kind) -> Path:
        """Beside the session; a marked session's files say so in their name, so a log
        or an archive copy mailed on its own is not taken for a public document."""
        session_path = self.model.path
        marked = presentation.marking_line(self.model.exercise.evaluation.marking)
        public = kind in ("public_pdf", "public_docx")
        if public:
            tag = f"-{texts.REPORT_FILE_PUBLIC}"
        else:
            tag = f"-{texts.REPORT_FILE_MARKED}" if marked else ""
        stem = texts.REPORT_FILE_STEMS.get(kind, texts.REPORT_FILE_STEMS["pdf"])
        folder = session_path.parent
        if self.settings is not None and self.settings.report_folder():
            folder = Path(self.settings.report_folder())
        return folder / f"{session_path.stem}-{stem}{tag}{outputs.SUFFIXES[kind]}"

    def choose_and_write(self, kind: outputs.Kind) -> None:
        path = file_dialogs.save_file_name(
            self, self.buttons[kind].text(), str(self.default_path(kind)), file_filter(kind)
        )
        if path:
            self.write(kind, Path(path))

    def write(self, kind: outputs.Kind, path: Path) -> bool:
        path = outputs.with_suffix(kind, path)
        try:
            outputs.write_output(
                self.model.session,
                kind,
                path,
                log_by_role=self.by_role.isChecked(),
                language=self.language.currentData(),
                svg_png=svg_png,
            )
        except Exception as exc:
            self.message.setStyleSheet("color: #a01c22; font-weight: bold;")
            self.message.setText(texts.REPORT_FAILED.format(path=path, error=exc))
            return False
        self.message.setStyleSheet("")
        self.message.setText(texts.REPORT_WRITTEN.format(path=path))
        self.last_written = path
        if self.settings is not None:
            self.settings.set_report_choice(kind, path.parent)
        self.open_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        return True

    def open_send_result(self) -> SendResultDialog:
        """«Send til statsforvalteren …»: the result file's dialog, over this page."""
        from ovelse.ui.result_dialog import SendResultDialog

        if self.send_dialog is not None:
            self.send_dialog.close()  # one at a time; closing it lets it go
        dialog = SendResultDialog(self.model, self.settings, self)
        dialog.finished.connect(lambda _result: self._send_closed(dialog))
        self.send_dialog = dialog
        dialog.open()
        return dialog

    def _send_closed(self, dialog: SendResultDialog) -> None:
        if self.send_dialog is dialog:
            self.send_dialog = None
        dialog.deleteLater()

    def open_last(self) -> None:
        if self.last_written is not None:
            open_local(self.last_written)

    def open_folder(self) -> None:
        if self.last_written is not None:
            open_local(self.last_written.parent)
