"""Counts the hardening tests print at the end of a run, for docs/reliability.md.

Hypothesis may run fewer examples than ``max_examples`` when a strategy is small, so the
tests count what they actually tried instead of quoting their settings.
"""

from __future__ import annotations

from collections import Counter

COUNTS: Counter[str] = Counter()


def count(what: str, n: int = 1) -> None:
    COUNTS[what] += n
