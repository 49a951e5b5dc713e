"""Starting the program: the language, the settings, the application and the main window.

Apart from ``ovelse.ui.app`` because the main window needs the application class, and
the start needs the main window: in one module they imported each other.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ovelse import PACK_SUFFIX


def run_app(
    session: Path | None = None, basedir: Path | None = None, language: str | None = None
) -> int:
    """The app, in ``language`` (``--lang``) or the one saved or asked for by the system."""
    from ovelse import i18n
    from ovelse.ui.app import prepare_application
    from ovelse.ui.language import install_qt_translations, startup_language
    from ovelse.ui.main_window import MainWindow
    from ovelse.ui.settings import AppSettings

    settings = AppSettings(basedir)
    chosen = startup_language(settings, language)
    try:
        i18n.install(chosen)  # before any window reads its texts
    except i18n.CatalogueMissingError as missing:
        print(missing, file=sys.stderr)  # the program still works, in bokmål
        chosen = i18n.SOURCE
    app = prepare_application()
    install_qt_translations(chosen)
    window = MainWindow(settings)
    window.show()
    if session is not None and session.suffix.lower() == PACK_SUFFIX:
        window.import_pack(session)  # «ovelse FILE.ovelsepakke»: a double click on a pack
    elif session is not None:
        window.open_session(session)
    else:
        window.offer_resume()
    return app.exec()
