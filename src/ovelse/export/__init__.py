"""Exports of a session: the decision log as CSV, the whole session as JSON."""

from ovelse.export.csv_log import LogDialect, export_csv, log_csv, log_rows
from ovelse.export.json_session import export_json, session_to_plain, state_to_plain

__all__ = [
    "LogDialect",
    "export_csv",
    "export_json",
    "log_csv",
    "log_rows",
    "session_to_plain",
    "state_to_plain",
]
