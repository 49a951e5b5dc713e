"""Run every benchmark and print one table; each figure beside a floor from the same run."""

from __future__ import annotations

import importlib
import platform
import sys

from benchmarks.common import HEADER

MODULES = [
    "bench_pack",
    "bench_session",
    "bench_report",
    "bench_startup",
    "bench_timing",
    "bench_ui",
]


def main() -> int:
    print(
        f"Machine: {platform.platform()}, Python {platform.python_version()}, {platform.processor()}"
    )
    print(HEADER)
    for name in MODULES:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"benchmarks.{name}":
                continue
            raise
        for line in module.main():
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
