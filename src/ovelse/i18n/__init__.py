"""Translations: bokmål is the source language; the others are gettext catalogues.

``install(language)`` switches the text modules (``catalogues.SOURCE_MODULES``) to a
language before the interface or a report is built; ``detect()`` picks the language from
the system locale. The catalogues are ``po/*.po`` in the source, compiled to ``.mo`` when
the program is built. See docs/translations.md for adding a language.
"""

from __future__ import annotations

from ovelse.i18n.catalogues import CatalogueMissingError, current, install, lookup
from ovelse.i18n.languages import DEFAULT, LANGUAGES, NAMES, SOURCE, detect, from_locale_name

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "NAMES",
    "SOURCE",
    "CatalogueMissingError",
    "current",
    "detect",
    "from_locale_name",
    "install",
    "lookup",
]
