"""Operations the current state does not allow; the message is shown to the facilitator."""

from __future__ import annotations


class ExerciseError(ValueError):
    """Raised before anything is written, so a refused operation changes nothing."""
