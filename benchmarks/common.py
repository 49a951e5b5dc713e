"""Shared pieces for benchmarks: timing, and the one table format they all print."""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
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


def interleaved_best(
    floor: Callable[[], object], measured: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Best of each, timed in turns, so a busy spell on a shared machine hits both alike."""
    floor_s, measured_s = [], []
    for _ in range(repeat):
        floor_s.append(best_of(floor, 1))
        measured_s.append(best_of(measured, 1))
    return min(floor_s), min(measured_s)


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], percent: float) -> float:
    """The nearest-rank percentile: a value that was measured, never an interpolation."""
    ordered = sorted(values)
    rank = max(math.ceil(percent / 100 * len(ordered)), 1)
    return ordered[rank - 1]


def grouped(number: int) -> str:
    """10 000: digits grouped with a space, as Norwegian text writes them."""
    return f"{number:,}".replace(",", " ")


def row(what: str, measured: float, floor: float, target: str, unit: str = "ms") -> str:
    """One table row; a floor of zero (exact arithmetic) has no ratio, only a difference."""
    scale = 1000.0 if unit == "ms" else 1.0
    exact = "–" if measured == 0 else "∞"
    ratio = f"{measured / floor:.2f}×" if floor else exact
    return (
        f"| {what} | {measured * scale:.1f} {unit} | {floor * scale:.1f} {unit} | "
        f"{ratio} | {target} |"
    )


HEADER = "| what | measured | floor (same run) | ratio | target |\n|---|---|---|---|---|"


def run_child(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m benchmarks.MODULE ARGS`` in a fresh process, on Qt's offscreen platform
    unless told otherwise, so one benchmark's Qt state and heap stay out of another's."""
    return subprocess.run(
        [sys.executable, "-m", f"benchmarks.{module}", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")),
    )
