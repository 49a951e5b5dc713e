"""The languages a pack's second participant text may be in, named as their speakers do.

The shared screen labels the second text with this name («Davvisámegiella»), not with a
bokmål word for it, so the people it is written for recognise it from across the room.
"""

from __future__ import annotations

from dataclasses import replace

from ovelse.scenario.model import ScenarioPack

# Code (ISO 639) → the language's name in the language itself.
LANGUAGE_NAMES: dict[str, str] = {
    "nb": "Bokmål",
    "nn": "Nynorsk",
    "sme": "Davvisámegiella",
    "se": "Davvisámegiella",
    "smj": "Julevsámegiella",
    "sma": "Åarjelsaemien gïele",
    "fi": "Suomi",
    "en": "English",
}


def language_name(code: str) -> str:
    """The name to label a text in ``code`` with; an unknown code stands as it is."""
    return LANGUAGE_NAMES.get(code.strip().lower(), code)


def second_language_name(pack: ScenarioPack) -> str:
    """The label of the pack's second language, or "" for a pack in one language."""
    return language_name(pack.translation.language) if pack.translation is not None else ""


def without_translation(pack: ScenarioPack) -> ScenarioPack:
    """The pack as a session that does not show the second language: without it.

    The session's snapshot is what the shared screen and the report show, so leaving the
    translation out is how a session remembers that it was switched off.
    """
    if pack.translation is None and not any(inject.translation for inject in pack.injects()):
        return pack
    phases = tuple(
        replace(
            phase,
            injects=tuple(replace(inject, translation=None) for inject in phase.injects),
        )
        for phase in pack.phases
    )
    return replace(pack, translation=None, phases=phases)
