"""Putting one language's texts into the text modules, and taking them out again.

The texts are written in bokmål, as constants in a few modules (``SOURCE_MODULES``) that
the rest of the program reads at the moment it shows something (``texts.X``, never
``from texts import X``), each marked for extraction (``ovelse.i18n.markers``). A
constant is a string, a tuple of strings, a dict of strings, or a ``Plural``. The
translations are gettext catalogues: ``po/<language>.po`` in the source, compiled to
``ovelse/locale/<language>/LC_MESSAGES/ovelse.mo`` when the program is built or installed
(the ``.po`` is never read at run time). ``install`` looks every constant up in the
language's catalogue and sets the result onto the module, keeping the bokmål originals,
so ``install("nb")`` gives them back. Call it before building any window or report: text
already on screen stays as it was.
"""

from __future__ import annotations

import gettext
import importlib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

from ovelse.i18n.languages import LANGUAGES, SOURCE
from ovelse.i18n.markers import Contextual, Plural

# The modules that hold every text a user reads, each in bokmål. None of them imports Qt.
SOURCE_MODULES = (
    "ovelse.cli_texts",
    "ovelse.exercise.labels",
    "ovelse.exercise.messages",
    "ovelse.interchange.messages",
    "ovelse.regional.texts",
    "ovelse.report.kit.texts",
    "ovelse.report.texts",
    "ovelse.scenario.messages",
    "ovelse.store.messages",
    "ovelse.ui.texts",
)

DOMAIN = "ovelse"
# Inside the package, so a checkout, a wheel and a frozen build find it the same way.
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

Text = str | tuple[str, ...] | Mapping[Any, str] | Plural

_originals: dict[str, dict[str, Text]] = {}
_current = [SOURCE]  # a list, so install() needs no ``global``


class CatalogueMissingError(FileNotFoundError):
    """The compiled catalogue of a language is not where the program looks for it."""


def is_text(value: object) -> bool:
    """A string, a tuple of strings, a dict whose values are strings, or a plural text."""
    if isinstance(value, str | Plural):
        return True
    if isinstance(value, tuple):
        return bool(value) and all(isinstance(item, str) for item in value)
    if isinstance(value, dict):
        return bool(value) and all(isinstance(item, str) for item in value.values())
    return False


def text_names(module: ModuleType) -> list[str]:
    """The translatable constants of a source module: public UPPER_CASE names holding text."""
    return [
        name
        for name, value in vars(module).items()
        if name[:1].isalpha() and name.isupper() and is_text(value)
    ]


def translations(language: str, localedir: Path | None = None) -> gettext.NullTranslations:
    """The compiled catalogue of a language; for bokmål, which the modules hold, none.

    ``localedir`` is for tests and translators trying a catalogue of their own.
    """
    if localedir is None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
    if language == SOURCE and localedir is None:
        return gettext.NullTranslations()
    folder = LOCALE_DIR if localedir is None else localedir
    path = folder / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as file:
            return gettext.GNUTranslations(file)
    except FileNotFoundError:
        raise CatalogueMissingError(
            f"Øvelse finner ikke oversettelsen til «{language}» ({path}); "
            "installer programmet på nytt, eller kjør «make» i kildekoden."
        ) from None


def translate(value: Text, catalogue: gettext.NullTranslations) -> Text:
    """A bokmål text constant in the catalogue's language; bokmål where it has no entry."""
    if isinstance(value, Plural):
        return replace(value, catalogue=catalogue)
    if isinstance(value, str):
        if not value:  # the empty msgid is the catalogue's header, not a text
            return value
        if isinstance(value, Contextual):
            return catalogue.pgettext(value.context, value)
        return catalogue.gettext(value)
    if isinstance(value, tuple):
        return tuple(str(translate(item, catalogue)) for item in value)
    return {key: str(translate(item, catalogue)) for key, item in value.items()}


def originals(module_name: str) -> dict[str, Text]:
    """The bokmål texts of a source module, as they were before any install()."""
    if module_name not in _originals:
        module = importlib.import_module(module_name)
        _originals[module_name] = {name: getattr(module, name) for name in text_names(module)}
    return _originals[module_name]


def lookup(language: str, module_name: str, name: str) -> Text:
    """One text in a language without installing it (to say something in the new language)."""
    return translate(originals(module_name)[name], translations(language))


def current() -> str:
    """The language installed last (bokmål until install() is called)."""
    return _current[0]


def apply(language: str, catalogue: gettext.NullTranslations) -> None:
    """Make every source module speak the catalogue's language, recorded as ``language``."""
    for module_name in SOURCE_MODULES:
        module = importlib.import_module(module_name)
        for name, original in originals(module_name).items():
            setattr(module, name, translate(original, catalogue))
    _current[0] = language


def install(language: str) -> None:
    """Make every source module speak ``language``; idempotent, and "nb" restores bokmål."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
    if language != _current[0]:
        apply(language, translations(language))
