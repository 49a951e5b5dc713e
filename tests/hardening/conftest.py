"""Shared by the hardening tests: a summary of how much was tried, printed after the run."""

from __future__ import annotations

import pytest

from tests.hardening.tally import COUNTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not COUNTS:
        return
    terminalreporter.section("hardening: cases tried in this run")
    for what, n in sorted(COUNTS.items()):
        terminalreporter.write_line(f"{n:>7}  {what}")
