"""Headless subcommands that read a session: export and report (``ovelse.app.outputs``).

They open the session read-only, so running them beside a live exercise never takes the
lock from the facilitator, and every failure becomes one line and exit code 1 (a session
error's own message stays in bokmål whatever the language).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from ovelse import cli_texts
from ovelse.store.errors import SessionError


def export_session(session_path: Path, kind: str, output: Path) -> int:
    def run() -> str:
        from ovelse.app.outputs import write_output_of_file

        write_output_of_file(session_path, "csv" if kind == "csv" else "json", output)
        return cli_texts.WROTE.format(path=output)

    return _reported(run, output)


def report_session(session_path: Path, output: Path, *, log_by_role: bool = False) -> int:
    def run() -> str:
        from ovelse.app.outputs import write_output_of_file

        written = write_output_of_file(session_path, "pdf", output, log_by_role=log_by_role)
        return cli_texts.WROTE_REPORT.format(path=output, pages=written.pages)

    return _reported(run, output)


def _reported(run: Callable[[], str], output: Path) -> int:
    """Run a command; its outcome, good or bad, is one line for the user."""
    try:
        message = run()
    except SessionError as exc:
        print(f"ovelse: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(cli_texts.WRITE_FAILED.format(path=output, error=exc.strerror), file=sys.stderr)
        return 1
    print(message)
    return 0
