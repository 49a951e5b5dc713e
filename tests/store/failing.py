"""A session file's connection that fails on purpose, for the tests of write refusals."""

from __future__ import annotations

import sqlite3
from typing import Any


class FailingConnection:
    """A real connection that answers one kind of statement with a chosen SQLite error,
    before running it or, with ``after``, once it has run."""

    def __init__(self, real: sqlite3.Connection, statement: str, code: int, after: bool) -> None:
        self.real, self.statement, self.code, self.after = real, statement, code, after
        self.armed = True

    def _error(self) -> sqlite3.OperationalError:
        error = sqlite3.OperationalError(f"injected SQLite error {self.code}")
        error.sqlite_errorcode = self.code
        return error

    def _maybe_fail(self, sql: str, run: Any) -> Any:
        if not (self.armed and sql.lstrip().upper().startswith(self.statement)):
            return run()
        if self.after:
            run()
        raise self._error()

    def execute(self, sql: str, *args: Any) -> Any:
        return self._maybe_fail(sql, lambda: self.real.execute(sql, *args))

    def executemany(self, sql: str, *args: Any) -> Any:
        return self._maybe_fail(sql, lambda: self.real.executemany(sql, *args))

    @property
    def in_transaction(self) -> bool:
        return self.real.in_transaction

    def backup(self, target: sqlite3.Connection) -> None:
        self.real.backup(target)

    def close(self) -> None:
        self.real.close()
