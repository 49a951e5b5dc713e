"""The situation board participants see, following the injects in the order they were given.

Updates are applied in release order, not plan order, because the board must show what the
participants have been told. A facilitator's override is just another write: the next
inject that touches the same item replaces it again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ovelse.exercise import messages
from ovelse.exercise.errors import ExerciseError
from ovelse.scenario.model import BoardItem, BoardStatus, Inject

BOARD_STATUSES: tuple[BoardStatus, ...] = ("normal", "redusert", "kritisk", "ukjent")


@dataclass(frozen=True)
class BoardEntry:
    item_id: str
    label: str
    value: str
    status: BoardStatus
    source: str | None = None  # inject id that set the value; None for the starting value
    overridden: bool = False
    changed_ms: int | None = None


class Board:
    def __init__(self, items: tuple[BoardItem, ...]) -> None:
        self._items: dict[str, BoardEntry] = {
            item.id: BoardEntry(item.id, item.label, item.value, item.status) for item in items
        }

    def entries(self) -> tuple[BoardEntry, ...]:
        return tuple(self._items.values())

    def entry(self, item_id: str) -> BoardEntry:
        try:
            return self._items[item_id]
        except KeyError:
            raise ExerciseError(messages.BOARD_ITEM_NOT_FOUND.format(item_id=item_id)) from None

    def check_override(self, item_id: str, value: str, status: str) -> None:
        self.entry(item_id)
        if status not in BOARD_STATUSES:
            raise ExerciseError(messages.BOARD_BAD_STATUS.format(status=status))
        if not value.strip():
            raise ExerciseError(messages.BOARD_VALUE_MISSING)

    def apply_release(self, inject: Inject, exercise_ms: int) -> frozenset[str]:
        """Apply an inject's updates; items the board does not have are left out."""
        changed = []
        for item_id, update in inject.board.items():
            current = self._items.get(item_id)
            if current is None:
                continue
            self._items[item_id] = replace(
                current,
                value=update.value,
                status=update.status if update.status is not None else current.status,
                source=inject.id,
                overridden=False,
                changed_ms=exercise_ms,
            )
            changed.append(item_id)
        return frozenset(changed)

    def apply_override(
        self, item_id: str, value: str, status: BoardStatus, exercise_ms: int
    ) -> None:
        current = self.entry(item_id)
        self._items[item_id] = replace(
            current,
            value=value,
            status=status,
            source=None,
            overridden=True,
            changed_ms=exercise_ms,
        )
