"""Fil → Lagre som: the way out when the session file cannot be written any more.

A full disk, a memory stick pulled out, a file deleted while open, or a folder that was
read-only from the start: the session lives on in memory, and this lets the facilitator
continue in a new file that holds everything recorded so far.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ovelse import SESSION_SUFFIX
from ovelse.ui import file_dialogs, texts


def suggested_path(current: Path, folder: Path) -> Path:
    """The same name in the user's session folder, or a «kopi» beside the old file."""
    if folder.resolve() != current.parent.resolve():
        return folder / current.name
    return current.with_name(texts.SAVE_AS_COPY.format(stem=current.stem) + SESSION_SUFFIX)


def choose_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to continue; tests replace this function instead of driving the dialog."""
    chosen = file_dialogs.save_file_name(
        parent, texts.SAVE_AS_TITLE, str(suggested), texts.SESSION_FILTER
    )
    if not chosen:
        return None
    path = Path(chosen)
    return (
        path
        if path.suffix.lower() == SESSION_SUFFIX
        else path.with_name(path.name + SESSION_SUFFIX)
    )
