"""Putting one language's texts into the text modules, and taking them out again.

The texts are written in bokmål, as constants in a few modules (``SOURCE_MODULES``) that
the rest of the program reads at the moment it shows something (``texts.X``, never
``from texts import X``). A catalogue (``nn.py``, ``en.py``) holds, per source module,
the same names with translated values: a string, a tuple of strings, or a dict of strings
with the same keys. ``install`` sets those values onto the modules and keeps the bokmål
originals, so ``install("nb")`` gives them back. Call it before building any window or
report: text already on screen stays as it was.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from ovelse.i18n.languages import LANGUAGES, SOURCE

# The modules that hold every text a user reads, each in bokmål. None of them imports Qt.
SOURCE_MODULES = (
    "ovelse.cli_texts",
    "ovelse.exercise.labels",
    "ovelse.exercise.messages",
    "ovelse.interchange.messages",
    "ovelse.report.texts",
    "ovelse.scenario.messages",
    "ovelse.store.messages",
    "ovelse.ui.texts",
)

Text = str | tuple[str, ...] | Mapping[Any, str]
ModuleCatalogue = Mapping[str, Text]
Catalogue = Mapping[str, ModuleCatalogue]

_originals: dict[str, dict[str, Text]] = {}
_current = [SOURCE]  # a list, so install() needs no ``global``


def is_text(value: object) -> bool:
    """A string, a tuple of strings, or a dict whose values are strings."""
    if isinstance(value, str):
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


def catalogue(language: str) -> Catalogue:
    """The translations for one language; empty for bokmål, which the modules hold."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
    if language == SOURCE:
        return {}
    module = importlib.import_module(f"ovelse.i18n.{language}")
    table: Catalogue = module.CATALOGUE
    return table


def originals(module_name: str) -> dict[str, Text]:
    """The bokmål texts of a source module, as they were before any install()."""
    if module_name not in _originals:
        module = importlib.import_module(module_name)
        _originals[module_name] = {name: getattr(module, name) for name in text_names(module)}
    return _originals[module_name]


def _merged(original: Text, translated: Text | None) -> Text:
    """The translation, with bokmål for any key a dict translation lacks."""
    if translated is None:
        return original
    if isinstance(original, Mapping) and isinstance(translated, Mapping):
        return {key: translated.get(key, value) for key, value in original.items()}
    return translated


def lookup(language: str, module_name: str, name: str) -> Text:
    """One text in a language without installing it (to say something in the new language)."""
    original = originals(module_name)[name]
    return _merged(original, catalogue(language).get(module_name, {}).get(name))


def current() -> str:
    """The language installed last (bokmål until install() is called)."""
    return _current[0]


def install(language: str) -> None:
    """Make every source module speak ``language``; idempotent, and "nb" restores bokmål."""
    table = catalogue(language)
    if language == _current[0]:
        return
    for module_name in SOURCE_MODULES:
        module = importlib.import_module(module_name)
        translations = table.get(module_name, {})
        for name, original in originals(module_name).items():
            setattr(module, name, _merged(original, translations.get(name)))
    _current[0] = language
