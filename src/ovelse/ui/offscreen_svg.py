"""The pack's SVG pictures painted for the command line, by the painter the window uses.

``ovelse report`` and ``ovelse print`` run without a window, on a server, over SSH or in
CI, but their report and inject cards should show the same maps as the ones the window
writes. The window paints an SVG with ``ovelse.ui.svg_png``, which needs a running Qt
application; this painter starts one, the same way the window does
(``ovelse.ui.app.prepare_application``: the bundled fonts, so a map's text is drawn in the
same letters), the first time a picture is an SVG. A command whose session or pack has
no SVG never imports Qt, which takes longer to load than the rest of the command.

Qt is started on the offscreen platform unless the user named one in ``QT_QPA_PLATFORM``:
the picture is painted into an image and never shown, so a display would only be a way to
fail (a forwarded X display that is gone, or xcb libraries missing, on which Qt ends the
process instead of raising). When Qt cannot start, the pictures are left out, as before,
and one sentence on standard error says so and why; the command still writes its file.

Nothing here imports Qt when the module is imported: ``ovelse.cli`` imports it for every
report and kit it writes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, MutableMapping

from ovelse import cli_texts
from ovelse.display import HEADLESS_PLATFORMS, display_problem

PLATFORM_VARIABLE = "QT_QPA_PLATFORM"
OFFSCREEN = "offscreen"

Painter = Callable[[bytes], bytes | None]


def _start_qt() -> Painter:
    """Qt's SVG painter, with the application the window would have; raises ImportError
    (or OSError) when PySide6 or a library it needs is missing."""
    from ovelse.ui.app import prepare_application
    from ovelse.ui.svg_png import svg_png

    prepare_application()
    return svg_png


def _say(note: str) -> None:
    print(note, file=sys.stderr)


class OffscreenSvgPainter:
    """Paints an SVG as PNG bytes, starting Qt on the first call; ``None`` for a picture it
    cannot paint, or for every picture once Qt could not start (said once, on stderr).

    ``start`` and ``environ`` are parameters so tests can make the start fail without
    breaking the Qt installation of the process they run in.
    """

    def __init__(
        self,
        *,
        start: Callable[[], Painter] = _start_qt,
        environ: MutableMapping[str, str] | None = None,
        say: Callable[[str], None] = _say,
    ) -> None:
        self._start = start
        self._environ = os.environ if environ is None else environ
        self._say = say
        self._paint: Painter | None = None
        self._failed = False

    @property
    def started(self) -> bool:
        """Whether Qt was started (a picture needed painting and it could be)."""
        return self._paint is not None

    def __call__(self, data: bytes) -> bytes | None:
        if self._failed:
            return None
        if self._paint is None:
            self._paint = self._started()
            if self._paint is None:
                self._failed = True
                return None
        return self._paint(data)

    def _started(self) -> Painter | None:
        requested = self._environ.get(PLATFORM_VARIABLE, "")
        if not requested:
            # In this process's environment: the shell it was started from keeps its own.
            self._environ[PLATFORM_VARIABLE] = OFFSCREEN
        elif requested.split(":")[0] not in HEADLESS_PLATFORMS and display_problem(self._environ):
            # Qt: a platform plugin that cannot connect (xcb without a display) ends the
            # process instead of raising; say why instead, and write the file without them.
            reason = cli_texts.SVG_PLATFORM_UNUSABLE.format(platform=requested)
            self._say(cli_texts.SVG_LEFT_OUT.format(reason=reason))
            return None
        try:
            return self._start()
        except (ImportError, OSError, RuntimeError) as exc:
            self._say(cli_texts.SVG_LEFT_OUT.format(reason=str(exc) or type(exc).__name__))
            return None
