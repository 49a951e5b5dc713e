"""Save the «Tilpass» step (the scenario editor) as a screenshot in this folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_editor_screenshot.py

A built-in pack at a laptop's 1366×768, an inject chosen and one of its questions given a
role that does not exist, so the picture shows a problem at its field and in the outline;
then the same inject in the preview, as the projector shows it with the first profile.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from ovelse.exercise.clock import FakeClock
from ovelse.ui.app import prepare_application
from ovelse.ui.main_window import MainWindow
from ovelse.ui.settings import AppSettings

HERE = Path(__file__).resolve().parent
PACK = "langvarig-strombrudd"


def main() -> int:
    app = prepare_application()
    with tempfile.TemporaryDirectory() as base:
        window = MainWindow(AppSettings(Path(base)), FakeClock())
        window.resize(1366, 768)
        window.show()
        window.library.select_pack(PACK)
        entry = window.library.current_entry()
        assert entry is not None and entry.loaded is not None, PACK
        window.prepare_pack(entry.loaded)
        window.tailor()
        editor = window.editor
        pack = entry.loaded.pack
        phase = next(i for i, p in enumerate(pack.phases) if any(j.questions for j in p.injects))
        index = next(i for i, j in enumerate(pack.phases[phase].injects) if j.questions)
        editor.outline.select(("pack", "phases", phase, "injects", index))
        editor.outline.setFocus()
        QApplication.processEvents()
        question = ("pack", "phases", phase, "injects", index, "questions", 0)
        current = pack.phases[phase].injects[index].questions[0].roles
        from ovelse.scenario import editing

        assert editor.draft is not None
        editor.push(editing.set_field(editor.draft, (*question, "roles"), (*current, "brannvesen")))
        editor.outline.select(("pack", "phases", phase, "injects", index))
        editor.check()
        # The picture shows where an installed program keeps its packs, not this folder.
        editor.source_label.setText(f"/usr/share/ovelse/scenarios/{PACK}")
        QApplication.processEvents()
        window.grab().save(str(HERE / "editor.png"))
        print(HERE / "editor.png")
        editor.undo_stack.undo()  # the preview waits while the pack has an error
        editor.check()
        editor.tabs.setCurrentWidget(editor.preview)
        if entry.loaded.profiles:
            editor.preview.profile.setCurrentIndex(1)
        QApplication.processEvents()
        window.grab().save(str(HERE / "editor-preview.png"))
        print(HERE / "editor-preview.png")
        editor.undo_stack.setClean()
        window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
