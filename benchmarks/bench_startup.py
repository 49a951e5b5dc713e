"""Cold start to the library window shown and idle, against a bare PySide6 window.

Each start is a fresh Python process (``benchmarks.startup_probe``), timed from just before
it is spawned until it reports that the event loop went idle with its window shown, so
interpreter start, imports, the library's pack loading and the first layout all count.
Runs alternate between the app and the floor so that a burst of machine noise hits both.
Modules load from compiled bytecode, as in an installed or frozen program: the probes get a
private ``PYTHONPYCACHEPREFIX`` that a first, untimed start of each fills.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import HEADER, median, row

RUNS = 7


def cold_start(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning the probe until it says ``idle`` and ``filled``; exit untimed."""
    start = time.perf_counter()
    probe = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.startup_probe", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert probe.stdout is not None
    idle_line = probe.stdout.readline()
    idle = time.perf_counter() - start
    filled_line = probe.stdout.readline()
    filled = time.perf_counter() - start
    _out, err = probe.communicate(timeout=60)
    if (idle_line.strip(), filled_line.strip()) != ("idle", "filled"):
        raise RuntimeError(f"start-up probe {args[0]} failed: {err.strip()[-2000:]}")
    return idle, filled


def measure(runs: int = RUNS) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    app: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="ovelse-bench-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        root = Path(__file__).resolve().parent.parent
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH", "")]))
        cold_start(["bare"], env)  # fills the bytecode cache and warms the OS file cache
        cold_start(["app", str(Path(folder) / "warm")], env)
        for n in range(runs):
            bare.append(cold_start(["bare"], env))
            app.append(cold_start(["app", str(Path(folder) / f"base{n}")], env))
    return app, bare


def main() -> list[str]:
    app, bare = measure()
    app_idle = [idle for idle, _filled in app]
    app_filled = [filled for _idle, filled in app]
    bare_idle = [idle for idle, _filled in bare]
    return [
        row(
            f"cold start to the library window shown and idle (median of {len(app)}; "
            f"best {min(app_idle) * 1000:.0f} ms vs {min(bare_idle) * 1000:.0f} ms)",
            median(app_idle),
            median(bare_idle),
            "≤ 2× floor",
        ),
        row(
            "… and on to the built-in packs listed (loaded on a worker thread meanwhile)",
            median(app_filled),
            median(bare_idle),
            "(for information)",
        ),
    ]


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(main()))
