"""What the console says about time, in words a facilitator reads at a glance."""

from __future__ import annotations

import pytest

from ovelse.exercise import EntryKind, labels


@pytest.mark.parametrize(
    ("due_in_ms", "text"),
    [
        (0, "nå"),
        (400, "om 1 s"),
        (45_000, "om 45 s"),
        (60_000, "om 1 min"),
        (90_000, "om 2 min"),
        (120_000, "om 2 min"),
        (-500, "1 s over tiden"),
        (-59_999, "59 s over tiden"),
        (-60_000, "1 min over tiden"),
        (-8 * 60_000 - 59_000, "8 min over tiden"),
    ],
)
def test_due_text(due_in_ms: int, text: str) -> None:
    assert labels.due_text(due_in_ms) == text


def test_clock_text_and_kind_labels() -> None:
    assert labels.clock_text(3_909_999) == "01:05:09"
    assert labels.ENTRY_KINDS[EntryKind.LEARNING_POINT] == "Læringspunkt"
    assert len(labels.ENTRY_KINDS) == len(EntryKind)
