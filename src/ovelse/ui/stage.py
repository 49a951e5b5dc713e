"""What the shared screen shows, as plain data: the only door from a session to the projector.

The participant window is drawn from a ``Stage`` and nothing else. A ``Stage`` has no
field for facilitator notes, expected actions, stall prompts or the log, so they cannot
reach the projector by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Hold(StrEnum):
    NONE = "none"  # an inject is on screen
    BEFORE = "before"
    BETWEEN = "between"
    PAUSE = "pause"
    ENDED = "ended"


@dataclass(frozen=True)
class StageQuestion:
    text: str
    roles: tuple[str, ...]  # role titles, as the participants know them


@dataclass(frozen=True)
class StageBoardItem:
    item_id: str
    label: str
    value: str
    status: str  # normal / redusert / kritisk / ukjent


@dataclass(frozen=True)
class StagePicture:
    path: str  # the name inside the session, which tells the format (.svg, .png …)
    data: bytes
    caption: str = ""
    alt: str = ""


@dataclass(frozen=True)
class Stage:
    scenario_title: str
    municipality: str
    scenario_clock: str = ""
    hold: Hold = Hold.BEFORE
    inject_id: str | None = None
    title: str = ""
    text: str = ""
    source: str = ""
    picture: StagePicture | None = None
    questions: tuple[StageQuestion, ...] = ()
    board: tuple[StageBoardItem, ...] = ()
