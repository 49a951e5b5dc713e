"""``ovelse selftest``: prove an installed or frozen build works, end to end, headless.

Packaging runs it against the frozen folder, where a missing data file or hidden import
only shows when the code path runs: every built-in pack is rendered, a short exercise is
recorded, reported and exported, and the main window is built offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def selftest(*, gui: bool = True) -> int:
    from ovelse.app.sessions import SessionPlan, create_session
    from ovelse.commands import export_session, report_session
    from ovelse.exercise.kinds import EntryKind
    from ovelse.scenario.library import load_library

    packs, errors = load_library()
    for error in errors:
        print(error, file=sys.stderr)
    if errors or not packs:
        return 1
    for loaded in packs:
        for profile in (None, *loaded.profiles):
            loaded.render(loaded.values(profile))
    demo = next((loaded for loaded in packs if loaded.pack.id == "kom-i-gang"), packs[0])
    with tempfile.TemporaryDirectory(prefix="ovelse-selftest-") as folder:
        base = Path(folder)
        rendered = demo.render(demo.values())
        plan = SessionPlan(base / "test.ovelse", rendered, media=demo.media(rendered))
        with create_session(plan).session as session:
            run = session.exercise
            run.start()
            run.release_next()
            role = rendered.roles[0].id if rendered.roles else None
            run.add_entry(EntryKind.DECISION, "Selvtest: ŋ ŧ á č đ š ž", (role,) if role else ())
            run.end()
        for code in (
            report_session(base / "test.ovelse", base / "rapport.pdf"),
            export_session(base / "test.ovelse", "csv", base / "logg.csv"),
            export_session(base / "test.ovelse", "json", base / "okt.json"),
        ):
            if code:
                return code
        if gui:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from ovelse.ui.app import prepare_application
            from ovelse.ui.main_window import MainWindow
            from ovelse.ui.settings import AppSettings

            app = prepare_application()
            window = MainWindow(AppSettings(base / "settings"))
            window.show()
            app.processEvents()
            window.close()
            app.processEvents()
    print(
        f"selvtest OK: {len(packs)} scenariopakker, økt, rapport, eksport"
        + (", vindu" if gui else "")
    )
    return 0
