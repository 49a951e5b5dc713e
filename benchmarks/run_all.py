"""Run every benchmark and print one table; each figure beside a floor from the same run.

Benchmarks report and never assert: a benchmark that breaks prints a row saying so and
the others still run. ``make bench`` runs this with ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import platform
import sys
import time
import traceback

from benchmarks.common import HEADER

MODULES = [
    "bench_pack",
    "bench_session",
    "bench_log",
    "bench_log_scale",
    "bench_evidence",
    "bench_report",
    "bench_kit",
    "bench_rollup",
    "bench_docx",
    "bench_startup",
    "bench_timing",
    "bench_dreiebok",
    "bench_editor",
    "bench_ui",
]


def machine() -> str:
    """CPU, cores, memory, OS and the versions that matter, without paths or host names."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            ]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.0f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    versions = [f"Python {platform.python_version()}"]
    for name, attribute in (("PySide6", "__version__"), ("reportlab", "Version")):
        try:
            versions.append(f"{name} {getattr(importlib.import_module(name), attribute)}")
        except ImportError:
            versions.append(f"{name} missing")
    system = platform.system()
    with contextlib.suppress(OSError):  # no os-release file: keep the kernel's name
        system = platform.freedesktop_os_release().get("PRETTY_NAME", system)
    return f"{cpu}, {os.cpu_count()} cores{memory}; {system}; {', '.join(versions)}"


def main() -> int:
    print(f"Machine: {machine()}")
    print(f"Qt platform: {os.environ.get('QT_QPA_PLATFORM', '(default)')}")
    print()
    print(HEADER, flush=True)
    started = time.perf_counter()
    for name in MODULES:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            rows = module.main()
        except ModuleNotFoundError as exc:
            if exc.name == f"benchmarks.{name}":
                continue
            rows = [_failed(name, exc)]
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            rows = [_failed(name, exc)]
        for line in rows:
            print(line, flush=True)
    print(f"\nAll benchmarks took {time.perf_counter() - started:.0f} s.")
    return 0


def _failed(name: str, exc: BaseException) -> str:
    message = str(exc).replace("|", "/").replace("\n", " ")[:300]
    return f"| {name} did not run: {type(exc).__name__}: {message} | – | – | – | – |"


if __name__ == "__main__":
    sys.exit(main())
