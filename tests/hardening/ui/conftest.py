"""The Qt fixtures of ``tests/ui`` (offscreen platform, fake clock, scripted dialogs)."""

from __future__ import annotations

from tests.ui.conftest import (  # noqa: F401  (fixtures, found by name)
    app,
    clock,
    no_windows_left,
    scripted,
    settings,
    window,
)
