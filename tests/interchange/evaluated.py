"""A built-in pack run and evaluated through the engine with a fake clock, as a kommune
would before sending its result file: for the result-file and roll-up tests."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from ovelse.exercise import FakeClock, Links, NoteSection, Rating
from ovelse.exercise.kinds import (
    ActionStatus,
    Appendix,
    EvaluationField,
    ExemptKind,
    MarkingKind,
    Priority,
)
from ovelse.scenario.library import load_library
from ovelse.scenario.loader import LoadedPack
from ovelse.store import Session

MARKUP = "<b>Fet</b> & <script>alert(1)</script> «sitat» \u202e snudd"
SECRET = "Reservestrøm ved Kårstø-anlegget, nøyaktig plassering"


@cache
def builtin_packs() -> tuple[LoadedPack, ...]:
    packs, errors = load_library()
    assert not errors
    return tuple(packs)


def builtin_pack(pack_id: str) -> LoadedPack:
    return next(loaded for loaded in builtin_packs() if loaded.pack.id == pack_id)


def evaluated_session(folder: Path, loaded: LoadedPack, clock: FakeClock | None = None) -> Session:
    """A session of ``loaded`` with its first profile, run to the end and evaluated:
    every goal rated, a finding of each kind (one with markup, one exempt), two measures
    (one flagged for follow-up), three people, one of them absent."""
    clock = clock or FakeClock()
    profile = loaded.profiles[0] if loaded.profiles else None
    values = loaded.values(profile)
    pack = loaded.render(values)
    session = Session.create(
        folder / f"{pack.id}.ovelse",
        pack,
        profile_id=profile.id if profile else "",
        variables=values,
        clock=clock,
    )
    exercise = session.exercise
    roles = [role.id for role in exercise.roles()]
    exercise.add_participant("Kari Nordmann", "Kommunen", [roles[0]])
    exercise.add_participant("Ola Nordmann", "Kommunen", roles[:2])
    exercise.add_participant("Per Fraværende", "Kommunen", [roles[0]], present=False)
    exercise.start()
    for _ in pack.injects():
        clock.advance(minutes=5)
        exercise.release_next()
    clock.advance(minutes=7)
    exercise.end()
    ratings = list(Rating)
    goal_ids = list(exercise.evaluation.goals)
    for index, goal_id in enumerate(goal_ids):
        exercise.rate(goal_id, ratings[index % len(ratings)], f"Kommentar til {goal_id}")
    first = goal_ids[0]
    exercise.add_note(NoteSection.STRENGTHS, "Rask innkalling av kriseledelsen", Links((first,)))
    exercise.add_note(NoteSection.STRENGTHS, SECRET)  # S2, exempt below
    exercise.add_note(NoteSection.IMPROVEMENTS, MARKUP, Links((first,)))
    exercise.add_note(NoteSection.LEARNING_POINTS, "Øv varsling oftere", Links((first,)))
    exercise.add_action(
        "Oppdatere varslingslista",
        owner="Beredskapskoordinator",
        deadline=date(2026, 6, 1),
        links=Links(objectives=(first,)),
        priority=Priority.HIGH,
    )
    exercise.add_action("Avtale om reservedrivstoff med staten", owner="Kommunedirektør")
    exercise.edit_action("T1", status=ActionStatus.IN_PROGRESS)
    exercise.set_evaluation_text(EvaluationField.DATE, "2026-03-12")
    exercise.set_marking(MarkingKind.OFFL_24)
    exercise.set_exempt(ExemptKind.ITEM, "S2")
    exercise.set_exempt(ExemptKind.ASSESSMENT, goal_ids[-1])
    exercise.set_exempt(ExemptKind.APPENDIX, Appendix.INJECTS.value)
    exercise.set_follow_up("T2")
    exercise.set_follow_up("LP1")
    return session
