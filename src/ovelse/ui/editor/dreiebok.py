"""The dreiebok from «Tilpass»: the draft as a spreadsheet, and a spreadsheet as a draft.

Export writes the draft as it is on screen, unsaved edits included, since that is what
the author means to hand the planning group; it goes through the loader's own check
(``checked``), so a draft that would not load is not written, and the status line says
why. Import reads a workbook with the same dialog as the File menu and opens the new
pack in the editor, as a draft of its own: replacing the injects of the pack being
edited would leave its roles, goals and phases out of step with a sheet made for another
exercise, and a new pack leaves the old one untouched. Unsaved edits are asked about
first, as when any other pack is opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from ovelse.scenario.editing import Draft
from ovelse.scenario.workspace import Workspace, checked
from ovelse.ui import confirm, file_dialogs, texts
from ovelse.ui.dreiebok_dialog import DreiebokImportDialog, export_dreiebok
from ovelse.ui.settings import AppSettings


class EditorPage(Protocol):
    """What these actions use of the «Tilpass» page (``page.EditorPage``), named here
    so that the page can import this module without a circle."""

    draft: Draft | None
    workspace: Workspace | None
    status: QLabel
    settings: AppSettings

    @property
    def savedPack(self) -> SignalInstance: ...

    def may_leave(self) -> bool: ...

    def open(self, folder: Path) -> bool: ...

    def window(self) -> QWidget: ...


def export_draft(page: EditorPage) -> None:
    """Ask where, and write the draft being edited as a workbook (or CSV)."""
    if page.draft is None or page.workspace is None:
        return
    loaded, _problems = checked(page.draft, page.workspace)
    if loaded is None:
        page.status.setText(texts.EDITOR_DREIEBOK_NOT_LOADABLE)
        return
    line = export_dreiebok(page.window(), loaded)
    if line:
        page.status.setText(line)


def import_draft(page: EditorPage) -> None:
    """Choose a spreadsheet, map and check it, and open the pack it becomes."""
    if not page.may_leave():
        return
    chosen = file_dialogs.open_file_name(
        page.window(),
        texts.DREIEBOK_IMPORT_CAPTION,
        page.settings.last_pack_folder(),
        texts.DREIEBOK_IMPORT_FILTER,
    )
    if not chosen:
        return
    dialog = DreiebokImportDialog(
        Path(chosen), page.settings.pack_folder(), page.settings, page.window()
    )

    def opened(folder: Path) -> None:
        # A new pack is on disk: listed in «Mine pakker» and ready to prepare, as after a save.
        if page.open(folder):
            page.savedPack.emit(folder)

    dialog.imported.connect(opened)
    confirm.run_dialog(dialog)
