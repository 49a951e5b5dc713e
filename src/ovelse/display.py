"""Telling a person, in one sentence, why the window cannot open, before Qt aborts.

Qt ends the process with a core dump when its platform plugin cannot load; that says
nothing useful to a facilitator. These checks are cheap (no Qt import, no subprocess).
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

from ovelse import cli_texts

# Linux libraries the xcb platform plugin needs that minimal installs often lack.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "EGL": "libegl1",
}

HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc"}


def display_problem(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
) -> str | None:
    """One sentence with the fix, or None when a window can probably open."""
    env = os.environ if environ is None else environ
    system = platform or sys.platform
    if not system.startswith("linux"):
        return None
    requested = env.get("QT_QPA_PLATFORM", "")
    if requested.split(":")[0] in HEADLESS_PLATFORMS:
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return cli_texts.NO_DISPLAY
    if env.get("DISPLAY") and requested in ("", "xcb"):
        missing = [package for name, package in XCB_LIBRARIES.items() if not find_library(name)]
        if missing:
            return cli_texts.MISSING_LIBRARIES.format(packages=" ".join(missing))
    return None
