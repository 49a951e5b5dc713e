"""One cold start, run in a fresh process by ``bench_startup``: show a window, wait for idle.

``python -m benchmarks.startup_probe app BASEDIR`` starts Øvelse through its real entry
point, the ``ovelse`` command's ``ovelse.cli:main`` (arguments, language, settings,
application, main window with the library, the resume offer); ``bare`` shows an empty
``QMainWindow`` instead, the floor. The only thing added to the real start is the
listener for idle moments, hooked onto the application as it is made. The event loop is idle when it is about to block for
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
    import ovelse.ui.app
    from ovelse.cli import main as ovelse_main

    made = ovelse.ui.app.prepare_application

    def prepare_and_listen() -> QCoreApplication:
        app = made()
        _report_idle(app, _library_filled)
        return app

    ovelse.ui.app.prepare_application = prepare_and_listen  # type: ignore[assignment]
    return ovelse_main(["--basedir", basedir])


def _library_filled() -> bool:
    """The main window's library lists its packs."""
    from PySide6.QtWidgets import QApplication

    from ovelse.ui.main_window import MainWindow

    return any(
        isinstance(widget, MainWindow) and widget.library.pack_list.count() > 0
        for widget in QApplication.topLevelWidgets()
    )


def main(argv: list[str]) -> int:
    if argv[:1] == ["bare"]:
        return _bare()
    if argv[:1] == ["app"] and len(argv) == 2:
        return _app(argv[1])
    sys.stderr.write("usage: python -m benchmarks.startup_probe bare | app BASEDIR\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
