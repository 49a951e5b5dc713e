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
class StageTranslation:
    """The inject's participant texts in the pack's second language, shown under the first."""

    language: str  # the language's own name, the label participants see («Davvisámegiella»)
    title: str = ""
    text: str = ""
    questions: tuple[str, ...] = ()  # in the order of the inject's questions


@dataclass(frozen=True)
class StageHotWashPrompt:
    """One of the hot wash's three questions, with what the person answered to it."""

    prompt: str
    answers: tuple[str, ...] = ()  # saved
    typing: str | None = None  # the words being written now, live; None: not this prompt


@dataclass(frozen=True)
class StageHotWash:
    """The umiddelbar evaluering on the shared screen: the room sees its words written down.

    A round shows one role and its three prompts; the summary shows how many answers each
    prompt got and every «endre i planen» item. Only what the room said is here.
    """

    heading: str
    who: str = ""  # the role, and the names of those in it
    place: str = ""  # «2 av 5» round the table
    prompts: tuple[StageHotWashPrompt, ...] = ()
    summary: bool = False
    counts: tuple[tuple[str, int], ...] = ()  # (prompt, answers) in the summary
    changes: tuple[tuple[str, str], ...] = ()  # (what we change, role) in the summary


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
    hot_wash: StageHotWash | None = None  # drawn instead of everything else when set
    translation: StageTranslation | None = None
