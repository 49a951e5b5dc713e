"""Holding Python's cycle collector while a pack becomes objects."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_held() -> Iterator[None]:
    """Hold the cycle collector while a pack is read, checked or rendered.

    A thousand-inject pack is a few hundred thousand nodes, values and frozen objects,
    none of them in a reference cycle, and the collector walked them over and over while
    they were made (a tenth of the loading time). Reference counting still frees what is
    dropped; the collector resumes afterwards, and finds any cycle then.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
