"""Checks that need the whole pack: ids, references, timing, media and template names.

The binder has already made sure every field has the right shape; what is left are the
mistakes an author makes across fields, reported with the place of the offending field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from ovelse.scenario import messages
from ovelse.scenario.binding import MAX_PROBLEMS, Located, more_problems, nearest
from ovelse.scenario.catalogue import in_sami_language_area
from ovelse.scenario.errors import Problem
from ovelse.scenario.languages import LANGUAGE_NAMES
from ovelse.scenario.model import (
    FORMAT_VERSION,
    SHORT_TRACK_LIMIT_SECONDS,
    Profile,
    ScenarioPack,
)
from ovelse.scenario.names import MEDIA_SUFFIXES, is_id, is_variable
from ovelse.scenario.render import TemplateProblem, braced_template_fields, names_in
from ovelse.scenario.timing import Duration
from ovelse.scenario.yamlsafe import os_reason

MAX_MEDIA_BYTES = 20 * 1024 * 1024
# Texts with «{» are compiled by Jinja2 (about a millisecond each) and rendered once per
# profile; the built-in packs have fewer than a hundred, a hostile one could have 200 000.
MAX_TEMPLATES = 2000

_Fail = Callable[[str, str], None]


class _Problems:
    """Collects problems up to ``MAX_PROBLEMS``; ``full`` tells when hints are not worth it."""

    def __init__(self, located: Located) -> None:
        self.located = located
        self.found: list[Problem] = []
        self.dropped = 0

    @property
    def full(self) -> bool:
        return len(self.found) >= MAX_PROBLEMS

    def __call__(self, path: str, message: str) -> None:
        if self.full:
            self.dropped += 1
        else:
            self.found.append(self.located.problem(path, message))

    def result(self) -> list[Problem]:
        if self.dropped:
            return [*self.found, more_problems(self.located.file, self.dropped)]
        return self.found


def check_pack(
    pack: ScenarioPack,
    located: Located,
    root: Path,
    templated: list[tuple[str, str]] | None = None,
) -> list[Problem]:
    """Every check of the pack on its own; ``templated``, if given, receives (field path,
    text) of each text that uses a template, for the renderings' check that follows."""
    fail = _Problems(located)

    if pack.format != FORMAT_VERSION:
        fail(
            "format",
            f"formatversjon {pack.format} støttes ikke; denne versjonen leser {FORMAT_VERSION}",
        )
    _check_id(pack.id, "id", fail)
    for name in pack.variables:
        if not is_variable(name):
            fail(
                f"variables.{name}",
                "variabelnavn må starte med en liten bokstav og bare ha a–z, 0–9 og _",
            )

    role_ids = _unique(
        ((f"roles[{i}]", role.id) for i, role in enumerate(pack.roles)), "rolle", fail
    )
    goal_ids = _unique(
        [(f"objectives[{i}]", goal.id) for i, goal in enumerate(pack.objectives)]
        + [
            (f"objectives[{i}].subgoals[{j}]", sub.id)
            for i, goal in enumerate(pack.objectives)
            for j, sub in enumerate(goal.subgoals)
        ],
        "mål",
        fail,
    )
    board_ids = _unique(
        ((f"board[{i}]", item.id) for i, item in enumerate(pack.board)), "punkt", fail
    )
    response_ids = _unique(
        ((f"response_cells[{i}]", cell.id) for i, cell in enumerate(pack.response_cells)),
        "motspill",
        fail,
    )
    _unique(((f"phases[{i}]", phase.id) for i, phase in enumerate(pack.phases)), "fase", fail)
    _unique(
        (
            (f"phases[{i}].injects[{j}]", inject.id)
            for i, phase in enumerate(pack.phases)
            for j, inject in enumerate(phase.injects)
        ),
        "innspill",
        fail,
    )

    if pack.duration.seconds <= 0:
        fail("duration", "varigheten må være mer enn null")
    if not pack.phases:
        fail("phases", "pakken må ha minst én fase")
    previous = None
    for i, phase in enumerate(pack.phases):
        if not phase.injects:
            fail(f"phases[{i}].injects", "fasen har ingen innspill")
        for j, inject in enumerate(phase.injects):
            here = f"phases[{i}].injects[{j}]"
            if previous is not None and inject.at < previous:
                fail(
                    f"{here}.at",
                    f"innspillet er planlagt ({inject.at}) før det forrige ({previous})",
                )
            if inject.at > pack.duration:
                fail(
                    f"{here}.at",
                    f"innspillet er planlagt ({inject.at}) etter øvelsens slutt ({pack.duration})",
                )
            previous = inject.at
            for k, question in enumerate(inject.questions):
                if not question.roles:
                    fail(f"{here}.questions[{k}].roles", "spørsmålet må rettes til minst én rolle")
                for m, role in enumerate(question.roles):
                    _reference(role, role_ids, f"{here}.questions[{k}].roles[{m}]", "rollen", fail)
            for key in inject.board:
                _reference(
                    key, board_ids, f"{here}.board.{key}", "punktet på situasjonsbildet", fail
                )
            for m, cell in enumerate(inject.responses):
                _reference(cell, response_ids, f"{here}.responses[{m}]", "motspillet", fail)
            for m, goal in enumerate(inject.objectives):
                _reference(goal, goal_ids, f"{here}.objectives[{m}]", "målet", fail)
            for m, media in enumerate(inject.media):
                message = media_problem(root, media.path)
                if message:
                    fail(f"{here}.media[{m}].path", message)

    _check_short_track(pack, fail)
    _check_translation(pack, fail)

    declared = set(pack.variables)
    templates = 0
    for path, text in braced_template_fields(pack):
        templates += 1
        if templates > MAX_TEMPLATES:
            fail("", f"pakken har over {MAX_TEMPLATES} tekster med maler («{{{{ }}}}»)")
            break
        if templated is not None:
            templated.append((path, text))
        try:
            used = names_in(text)
        except TemplateProblem as exc:
            fail(path, str(exc))
            continue
        for name in sorted(used - declared):
            hint = None if fail.full else nearest(name, declared)
            fail(
                path,
                f"teksten bruker «{{{{ {name} }}}}», men pakken har ingen variabel «{name}»"
                + (f" – mente du «{hint}»?" if hint else "; legg den til under «variables»"),
            )
    return fail.result()


def _check_short_track(pack: ScenarioPack, fail: _Problems) -> None:
    """The short version: core injects only, each with a time, in order, within 90 minutes."""
    short = pack.short_duration
    if short is not None and short.seconds > SHORT_TRACK_LIMIT_SECONDS:
        fail(
            "short_duration",
            f"kortversjonen kan vare høyst {Duration(SHORT_TRACK_LIMIT_SECONDS)} ({short})",
        )
    if short is not None and short.seconds <= 0:
        fail("short_duration", "varigheten må være mer enn null")
    previous: Duration | None = None
    for i, phase in enumerate(pack.phases):
        for j, inject in enumerate(phase.injects):
            here = f"phases[{i}].injects[{j}]"
            if inject.short_at is None:
                if short is not None and not inject.optional:
                    fail(
                        here,
                        "kjerneinnspillet mangler «short_at», tiden i kortversjonen; "
                        "skriv den, eller merk innspillet «optional: true»",
                    )
                continue
            if short is None:
                fail(
                    f"{here}.short_at",
                    "pakken har ingen kortversjon; skriv «short_duration» på toppnivået",
                )
            elif inject.optional:
                fail(
                    f"{here}.short_at",
                    "et valgfritt innspill er ikke med i kortversjonen; fjern «short_at»",
                )
                continue
            elif inject.short_at > short:
                fail(
                    f"{here}.short_at",
                    f"innspillet er planlagt ({inject.short_at}) etter slutten på "
                    f"kortversjonen ({short})",
                )
            if previous is not None and inject.short_at < previous:
                fail(
                    f"{here}.short_at",
                    f"innspillet er planlagt ({inject.short_at}) før det forrige i "
                    f"kortversjonen ({previous})",
                )
            previous = inject.short_at


def _check_translation(pack: ScenarioPack, fail: _Problems) -> None:
    """The second language: a known code other than the pack's, and texts that match."""
    if pack.translation is not None:
        code = pack.translation.language
        if code not in LANGUAGE_NAMES:
            hint = nearest(code, LANGUAGE_NAMES)
            fail(
                "translation.language",
                messages.TRANSLATION_UNKNOWN_LANGUAGE.format(
                    code=code, choices=", ".join(f"«{name}»" for name in LANGUAGE_NAMES)
                )
                + (f" – mente du «{hint}»?" if hint else ""),
            )
        elif code == pack.language:
            fail("translation.language", messages.TRANSLATION_SAME_LANGUAGE.format(code=code))
    for i, phase in enumerate(pack.phases):
        for j, inject in enumerate(phase.injects):
            translation = inject.translation
            if translation is None:
                continue
            here = f"phases[{i}].injects[{j}].translation"
            if pack.translation is None:
                fail(here, messages.TRANSLATION_WITHOUT_LANGUAGE)
            if not (translation.title or translation.text or translation.questions):
                fail(here, messages.TRANSLATION_EMPTY)
            extra = len(translation.questions) - len(inject.questions)
            if extra > 0:
                fail(
                    f"{here}.questions[{len(inject.questions)}]",
                    messages.TRANSLATION_TOO_MANY_QUESTIONS.format(
                        translated=len(translation.questions), questions=len(inject.questions)
                    ),
                )


def check_profile(profile: Profile, located: Located, pack: ScenarioPack) -> list[Problem]:
    fail = _Problems(located)
    if profile.format != FORMAT_VERSION:
        fail("format", f"formatversjon {profile.format} støttes ikke")
    if not is_id(profile.id):
        fail("id", _id_message(profile.id))
    for name in profile.values:
        if name not in pack.variables:
            hint = None if fail.full else nearest(name, pack.variables)
            fail(
                f"values.{name}",
                f"pakken har ingen variabel «{name}»" + (f" – mente du «{hint}»?" if hint else ""),
            )
    if profile.show_translation and pack.translation is None:
        fail("show_translation", messages.TRANSLATION_NOT_IN_PACK)
    if profile.sami_language_area and not in_sami_language_area(profile.municipality):
        fail(
            "sami_language_area",
            f"«{profile.municipality or 'kommunen'}» er ikke i forvaltningsområdet for samisk "
            "språk, så pliktene i sameloven kapittel 3 gjelder ikke; fjern "
            "«sami_language_area» og skriv i stedet hvorfor tekstene er på samisk",
        )
    return fail.result()


def media_problem(root: Path, reference: str) -> str | None:
    """Why a media path may not be used, or None; confines every file to its pack."""
    if re.search(r"[\x00-\x1f\x7f]", reference):
        # A YAML escape («\0») can put a NUL here, which the operating system refuses.
        return "bildestien inneholder et kontrolltegn"
    pure = _pure(reference)
    if pure.is_absolute() or re.match(r"^[A-Za-z]:", reference):
        return "bildestien må være relativ til pakken, ikke absolutt"
    if ".." in pure.parts:
        return "bildestien kan ikke gå ut av pakken («..»)"
    if pure.suffix.lower() not in MEDIA_SUFFIXES:
        return "bare PNG, JPEG og SVG kan brukes som bilder"
    target = media_file(root, reference)
    try:
        resolved = target.resolve(strict=True)
    except (FileNotFoundError, RuntimeError, ValueError):
        return f"bildet «{reference}» finnes ikke i pakken"
    except OSError as exc:
        return messages.PICTURE_UNREADABLE.format(reference=reference, reason=os_reason(exc))
    if not resolved.is_relative_to(root.resolve()):
        return "bildet peker ut av pakken (symbolsk lenke)"
    if not resolved.is_file():
        return f"«{reference}» er ikke en fil"
    if resolved.stat().st_size > MAX_MEDIA_BYTES:
        return f"bildet er større enn {MAX_MEDIA_BYTES // 1_048_576} MB"
    return None


def media_file(root: Path, reference: str) -> Path:
    """The file a media path names; only for paths ``media_problem`` let through."""
    return root.joinpath(*_pure(reference).parts)


def _pure(reference: str) -> PurePosixPath:
    # Packs written on Windows may use backslashes; they mean the same folders.
    return PurePosixPath(reference.replace("\\", "/"))


def _id_message(value: str) -> str:
    return f"«{value}» er ikke en gyldig id (små bokstaver a–z, tall, «-», «_» og «.»)"


def _check_id(value: str, path: str, fail: _Fail) -> bool:
    if is_id(value):
        return True
    fail(path, _id_message(value))
    return False


def _unique(items: Iterable[tuple[str, str]], noun: str, fail: _Fail) -> set[str]:
    seen: set[str] = set()
    for path, value in items:
        if not _check_id(value, f"{path}.id", fail):
            continue
        if value in seen:
            fail(f"{path}.id", f"id-en «{value}» er brukt før ({noun}-id-er må være unike)")
        seen.add(value)
    return seen


def _reference(value: str, known: set[str], path: str, noun: str, fail: _Problems) -> None:
    if value in known:
        return
    hint = None if fail.full else nearest(value, known)
    fail(
        path, f"{noun} «{value}» finnes ikke i pakken" + (f" – mente du «{hint}»?" if hint else "")
    )
