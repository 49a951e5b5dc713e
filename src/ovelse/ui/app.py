"""Application start-up (interim: lists the built-in packs until the console lands)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

from ovelse.scenario.library import PackSummary, load_library


def run_app(session: Path | None = None, basedir: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Øvelse")
    listing = QListWidget()
    packs, _errors = load_library()
    for pack in packs:
        summary = PackSummary.of(pack)
        listing.addItem(f"{summary.title} — {summary.region}")
    window.setCentralWidget(listing)
    window.resize(900, 600)
    window.show()
    return app.exec()
