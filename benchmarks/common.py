"""Shared pieces for benchmarks: timing, and the one table format they all print."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Best wall time in seconds: the least disturbed run on a noisy machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median(values: list[float]) -> float:
    return statistics.median(values)


def row(what: str, measured: float, floor: float, target: str, unit: str = "ms") -> str:
    scale = 1000.0 if unit == "ms" else 1.0
    ratio = measured / floor if floor else float("inf")
    return (
        f"| {what} | {measured * scale:.1f} {unit} | {floor * scale:.1f} {unit} | "
        f"{ratio:.2f}× | {target} |"
    )


HEADER = "| what | measured | floor (same run) | ratio | target |\n|---|---|---|---|---|"
