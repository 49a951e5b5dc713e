"""Creating, opening, continuing elsewhere and closing a session file.

The store does the file work (header check, journal recovery, lock, migration, replay);
these functions are the one way the window and the command line ask for it. Failures
stay the store's ``SessionError`` (its message is written for the user) or an
``OSError`` from the folder; callers decide how to tell them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ovelse.exercise.clock import Clock
from ovelse.exercise.errors import ExerciseError
from ovelse.scenario.model import Directive, ScenarioPack
from ovelse.store.errors import SessionError
from ovelse.store.session import Session


@dataclass(frozen=True)
class Person:
    """Someone at the table, as the prepare step lists them."""

    name: str
    organisation: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class SessionPlan:
    """Everything a new session starts from: the rendered pack and who takes part."""

    path: Path
    pack: ScenarioPack
    profile_id: str = ""
    variables: Mapping[str, str] = field(default_factory=dict)
    media: Mapping[str, bytes] = field(default_factory=dict)
    participants: Sequence[Person] = ()
    auto_release: bool = False
    directive: Directive = field(default_factory=Directive)  # the øvingsdirektiv's texts


@dataclass(frozen=True)
class Created:
    """A new, open session; ``setup_error`` when the file exists but the people or the
    auto-release choice could not all be written (the session is usable, and says so)."""

    session: Session
    setup_error: SessionError | ExerciseError | None = None


def create_session(plan: SessionPlan, clock: Clock | None = None) -> Created:
    """Write a new session file and record who takes part.

    Raises ``SessionError`` or ``OSError`` when no file could be made.
    """
    plan.path.parent.mkdir(parents=True, exist_ok=True)
    session = Session.create(
        plan.path,
        plan.pack,
        profile_id=plan.profile_id,
        variables=plan.variables,
        media=plan.media,
        clock=clock,
    )
    try:
        for person in plan.participants:
            session.exercise.add_participant(person.name, person.organisation, person.roles)
        session.exercise.set_auto_release(plan.auto_release)
        session.exercise.set_directive(plan.directive)
    except (SessionError, ExerciseError) as exc:
        return Created(session, exc)
    return Created(session)


def open_session(
    path: Path | str,
    clock: Clock | None = None,
    *,
    read_only: bool = False,
    take_over: bool = False,
) -> Session:
    """Open a session to work in (or only to read), recovering after a crash.

    Someone else's open session comes back read-only with the reason and the holder
    (``Session.read_only_reason``, ``Session.lock_holder``); ``take_over`` takes it from
    them. Raises ``SessionError`` or ``OSError``.
    """
    return Session.open(Path(path), clock=clock, read_only=read_only, take_over=take_over)


def save_session_as(session: Session, target: Path | str) -> None:
    """Continue in a new file holding everything recorded so far (the old one stays)."""
    session.save_as(Path(target))


def close_session(session: Session) -> None:
    """Mark the session closed cleanly and let go of its file and lock; safe twice."""
    session.close()
