"""Event sinks for engine tests: one that keeps records, one that fails like a full disk."""

from __future__ import annotations

from collections.abc import Sequence

from ovelse.exercise import EventRecord


class ListSink:
    def __init__(self) -> None:
        self.records: list[EventRecord] = []
        self.fail_with: Exception | None = None

    def append(self, records: Sequence[EventRecord]) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.records.extend(records)
