"""Printing the paper kit, from a pack and profile (``ovelse print``) or from a session
(the Prepare step): which kit, and where each document is written."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from ovelse import presentation
from ovelse.app.outputs import Written
from ovelse.exercise.kinds import EvaluationField
from ovelse.report.from_session import MUNICIPALITY_VARIABLE, SAMI_NAME_VARIABLE
from ovelse.report.kit.build import build_kit
from ovelse.report.kit.model import Kit, KitKind
from ovelse.report.kit.pdf import write_kit_document
from ovelse.report.model import Municipality
from ovelse.report.pictures import SvgPainter
from ovelse.scenario.languages import without_translation
from ovelse.scenario.loader import LoadedPack
from ovelse.scenario.model import Directive, Profile, ScenarioPack
from ovelse.store.session import Session

PDF = ".pdf"


def municipality(pack: ScenarioPack, values: Mapping[str, str], profile: Profile | None) -> str:
    """The municipality as the report's cover names it (Sámi name first), else the
    profile's or the pack's region."""
    name = values.get(MUNICIPALITY_VARIABLE, "").strip()
    if not name:
        name = (profile.municipality if profile is not None else "") or pack.region
    return Municipality(name, values.get(SAMI_NAME_VARIABLE, "").strip()).display


def kit_for_pack(
    loaded: LoadedPack,
    profile: Profile | None,
    *,
    reveal: bool = False,
    svg_png: SvgPainter | None = None,
) -> Kit:
    """The kit of a pack with a profile applied (or with its defaults); its pictures are
    read from the pack, an SVG painted by ``svg_png`` when there is one."""
    values = loaded.values(profile)
    pack = loaded.render(values)
    if profile is None or not profile.show_translation:
        pack = without_translation(pack)  # as the session a Prepare with it off would hold
    return build_kit(
        pack,
        municipality=municipality(pack, values, profile),
        directive=profile.directive if profile is not None else None,
        reveal=reveal,
        media=loaded.media(pack).get,
        svg_png=svg_png,
    )


def kit_for_preparation(
    pack: ScenarioPack,
    values: Mapping[str, str],
    profile: Profile | None,
    directive: Directive,
    people: Mapping[str, tuple[str, ...]],
    *,
    reveal: bool = False,
    media: Mapping[str, bytes] | None = None,
    svg_png: SvgPainter | None = None,
    at_table: Collection[str] = (),
) -> Kit:
    """The kit of what Prepare shows before there is a session: the pack as rendered
    there, the directive's texts as typed, the names at the table by role, and cards and
    forms for the roles at the table (all of them when none is chosen yet)."""
    return build_kit(
        pack,
        municipality=municipality(pack, values, profile),
        directive=directive,
        people=dict(people),
        reveal=reveal,
        media=(media or {}).get,
        svg_png=svg_png,
        at_table=at_table,
    )


def session_directive(session: Session) -> Directive:
    """The directive's texts for a session: the evaluation's date, place and
    øvingsforutsetninger where Prepare left them empty."""
    exercise = session.exercise
    text = exercise.evaluation.text
    directive = exercise.directive
    return replace(
        directive,
        date=directive.date or text(EvaluationField.DATE),
        place=directive.place or text(EvaluationField.PLACE),
        scope=directive.scope or text(EvaluationField.ASSUMPTIONS),
    )


def kit_for_session(
    session: Session, *, reveal: bool = False, svg_png: SvgPainter | None = None
) -> Kit:
    """The kit of a session's scenario, with its directive, marking and participants."""
    exercise = session.exercise
    pack = exercise.pack
    people: dict[str, tuple[str, ...]] = {}
    seated: set[str] = set()
    for participant in exercise.participants.all():
        seated.update(participant.roles)
        if participant.name:
            for role in participant.roles:
                people[role] = (*people.get(role, ()), participant.name)
    return build_kit(
        pack,
        municipality=municipality(pack, session.variables, None),
        directive=session_directive(session),
        marking=presentation.marking_line(exercise.evaluation.marking),
        people=people,
        reveal=reveal,
        media=session.media,
        svg_png=svg_png,
        at_table=seated,
    )


def kit_paths(
    kinds: Sequence[KitKind], output: Path, *, folder: bool = False
) -> dict[KitKind, Path]:
    """Where each document goes: one document to ``output`` (``.pdf`` added when left
    out), several (or any, with ``folder``) to a file each in the folder ``output``,
    named by kind."""
    if len(kinds) == 1 and not folder:
        path = output if output.suffix.lower() == PDF else output.with_name(output.name + PDF)
        return {kinds[0]: path}
    return {kind: output / f"{kind.value}{PDF}" for kind in kinds}


def write_kit(
    kit: Kit, kinds: Sequence[KitKind], output: Path, *, folder: bool = False
) -> tuple[Written, ...]:
    """Write the chosen documents; raises ``OSError`` when a file cannot be written (the
    files before it are written whole, none is left half-written)."""
    paths = kit_paths(kinds, output, folder=folder)
    if len(kinds) > 1 or folder:
        output.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, path in paths.items():
        stats = write_kit_document(kit, kind, path)
        written.append(Written(path, stats.pages))
    return tuple(written)
