"""One cold start, run in a fresh process by ``bench_startup``: show a window, wait for idle.

``python -m benchmarks.startup_probe app BASEDIR`` starts Øvelse the way ``run_app`` does
(application, main window with the library, the resume offer); ``bare`` shows an empty
``QMainWindow`` instead, the floor. The event loop is idle when it is about to block for
want of anything to do (``QAbstractEventDispatcher.aboutToBlock``): every posted event,
the first paint and any zero-delay timer are behind it. The probe prints ``idle`` then,
and ``filled`` at the first idle moment with the library's packs listed (at once for the
bare window); the parent times both lines. Everything is imported inside the process
being timed, so import cost counts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication


def _report_idle(app: QCoreApplication, filled: Callable[[], bool]) -> None:
    """Print ``idle`` and later ``filled`` from the event loop's idle moments, then quit."""
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    said: list[str] = []

    def about_to_block() -> None:
        if not said:
            said.append("idle")
            sys.stdout.write("idle\n")
            sys.stdout.flush()
        if filled() and len(said) == 1:
            said.append("filled")
            sys.stdout.write("filled\n")
            sys.stdout.flush()
            app.quit()

    dispatcher.aboutToBlock.connect(about_to_block)


def _bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1600, 900)
    window.show()
    _report_idle(app, lambda: True)
    return app.exec()


def _app(basedir: str) -> int:
    from pathlib import Path

    from ovelse.ui.app import prepare_application
    from ovelse.ui.main_window import MainWindow
    from ovelse.ui.settings import AppSettings

    app = prepare_application()
    window = MainWindow(AppSettings(Path(basedir)))
    window.show()
    window.offer_resume()
    _report_idle(app, lambda: window.library.pack_list.count() > 0)
    code = app.exec()
    window.close()
    return code


def main(argv: list[str]) -> int:
    if argv[:1] == ["bare"]:
        return _bare()
    if argv[:1] == ["app"] and len(argv) == 2:
        return _app(argv[1])
    sys.stderr.write("usage: python -m benchmarks.startup_probe bare | app BASEDIR\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
