"""Holding Python's cycle collector while many acyclic objects are made at once."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_held() -> Iterator[None]:
    """Hold the cycle collector while a pack is read or a session file is replayed.

    A thousand-inject pack is a few hundred thousand nodes, values and frozen objects, and
    ten thousand stored events as many again, none of them in a reference cycle; the
    collector walked them over and over while they were made (a tenth of a pack's loading
    time, a quarter of a session's opening time). Reference counting still frees what is
    dropped; the collector resumes afterwards, and finds any cycle then.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
