"""Headless subcommands that read a session: export and report.

They open the session read-only, so running them beside a live exercise never takes the
lock from the facilitator, and every failure becomes one line and exit code 1 (a session
error's own message stays in bokmål whatever the language).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ovelse import cli_texts
from ovelse.store.errors import SessionError


def export_session(session_path: Path, kind: str, output: Path) -> int:
    from ovelse.export.csv_log import export_csv
    from ovelse.export.json_session import export_json
    from ovelse.store.session import Session

    try:
        with Session.open(session_path, read_only=True) as session:
            if kind == "csv":
                export_csv(session, output)
            else:
                export_json(session, output)
    except SessionError as exc:
        print(f"ovelse: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(cli_texts.WRITE_FAILED.format(path=output, error=exc.strerror), file=sys.stderr)
        return 1
    print(cli_texts.WROTE.format(path=output))
    return 0


def report_session(session_path: Path, output: Path) -> int:
    from ovelse.report.from_session import write_report_for_session

    try:
        stats = write_report_for_session(session_path, output)
    except SessionError as exc:
        print(f"ovelse: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(cli_texts.WRITE_FAILED.format(path=output, error=exc.strerror), file=sys.stderr)
        return 1
    print(cli_texts.WROTE_REPORT.format(path=output, pages=stats.pages))
    return 0
