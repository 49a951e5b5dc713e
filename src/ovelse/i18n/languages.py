"""Which languages Øvelse speaks, and which of them a system locale asks for.

Øvelse is written for Norwegian municipalities, so bokmål is both the source language
and the fallback: a machine that says nothing useful (no locale, ``C``, ``POSIX``) gets
bokmål. A nynorsk locale gets nynorsk. A Sámi or Kven locale gets bokmål, since there is
no Sámi catalogue yet and its readers also read Norwegian. Any other language (``en_GB``,
``de_DE``, ``sv_SE`` …) is clearly not Norwegian and gets English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("nb", "nn", "en")
SOURCE = "nb"  # the language the text modules are written in
DEFAULT = "nb"  # what a machine without a usable locale gets

# Each language's own name, the way its speakers look for it in a menu: never translated.
NAMES = {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}

# Languages of Norway without a catalogue of their own: their readers get bokmål.
_READ_BOKMAL = frozenset({"se", "sma", "smj", "smn", "sms", "fkv"})


def from_locale_name(name: str) -> str | None:
    """``nb_NO.UTF-8`` → nb, ``nn-NO`` → nn, ``en_GB`` → en; None for ``C``, ``POSIX``, empty.

    Also reads the long names Windows uses («Norwegian Nynorsk_Norway»).
    """
    cleaned = name.strip().split(".")[0].split("@")[0].replace("-", "_").lower()
    if cleaned in ("", "c", "posix"):
        return None
    if cleaned.startswith("norwegian"):
        return "nn" if "nynorsk" in cleaned else "nb"
    language = cleaned.split("_")[0]
    if language == "nn":
        return "nn"
    if language in ("nb", "no") or language in _READ_BOKMAL:
        return "nb"
    return "en"


def detect(environ: Mapping[str, str] | None = None, system: str | None = None) -> str:
    """The language the user's locale asks for, or bokmål.

    Follows the POSIX order for messages (``LC_ALL``, then ``LC_MESSAGES``, then
    ``LANG``) and, as GNU gettext does, lets the ``LANGUAGE`` priority list win unless the
    locale is ``C``. ``system`` is the operating system's own locale name (the app passes
    Qt's), used when the environment names none, as on Windows and macOS.
    """
    env = os.environ if environ is None else environ
    locale_name = next((env[key] for key in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(key)), "")
    from_locale = from_locale_name(locale_name)
    if from_locale is not None:
        for item in env.get("LANGUAGE", "").split(":"):
            preferred = from_locale_name(item)
            if preferred is not None:
                return preferred
        return from_locale
    from_system = from_locale_name(system) if system else None
    return from_system or DEFAULT


def language_from_argv(words: list[str]) -> str | None:
    """The value of ``--lang`` anywhere on a command line, if it names a language.

    Read before argparse builds its parser, so ``--help`` is already in that language.
    Anything after ``--`` is an argument, not an option.
    """
    for index, word in enumerate(words):
        if word == "--":
            break
        value: str | None = None
        if word == "--lang" and index + 1 < len(words):
            value = words[index + 1]
        elif word.startswith("--lang="):
            value = word.split("=", 1)[1]
        if value in LANGUAGES:
            return value
    return None
