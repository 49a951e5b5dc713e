"""Every text a user reads has a nynorsk and an English translation that fits its place.

The source modules are read as they are, so a constant added in bokmål without a
translation fails here, naming the module, the constant and the language.
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Iterator, Mapping

import pytest

from ovelse import i18n
from ovelse.i18n.catalogues import SOURCE_MODULES, Text, catalogue, originals, text_names

TRANSLATIONS = [language for language in i18n.LANGUAGES if language != i18n.SOURCE]


def fields(text: str) -> list[str]:
    """The ``{placeholders}`` of a format string, in order, with their format specs."""
    return sorted(
        f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text) if name is not None
    )


def pieces(value: Text) -> Iterator[tuple[object, str]]:
    """(key, string) for each string in a text constant: itself, a tuple's items, a dict's."""
    if isinstance(value, str):
        yield None, value
    elif isinstance(value, tuple):
        yield from enumerate(value)
    else:
        yield from value.items()


def test_the_source_modules_hold_the_texts() -> None:
    for module_name in SOURCE_MODULES:
        module = importlib.import_module(module_name)
        assert len(text_names(module)) >= 10, module_name
    assert "CH_SUMMARY" in originals("ovelse.report.texts")
    assert "ENTRY_KINDS" in originals("ovelse.exercise.labels")
    assert "SHORTCUT_LABELS" in originals("ovelse.ui.texts")
    assert "HELP_LANG" in originals("ovelse.cli_texts")
    assert "ENTRY_DELETED" in originals("ovelse.exercise.messages")
    assert "NOT_A_SESSION" in originals("ovelse.store.messages")


@pytest.mark.parametrize("language", TRANSLATIONS)
@pytest.mark.parametrize("module_name", SOURCE_MODULES)
def test_every_text_is_translated(language: str, module_name: str) -> None:
    source = originals(module_name)
    translated = catalogue(language).get(module_name, {})
    missing = sorted(set(source) - set(translated))
    unknown = sorted(set(translated) - set(source))
    assert not missing, f"{language}: {module_name} lacks {missing}"
    assert not unknown, f"{language}: {module_name} has no such texts: {unknown}"


@pytest.mark.parametrize("language", TRANSLATIONS)
@pytest.mark.parametrize("module_name", SOURCE_MODULES)
def test_translations_have_the_same_shape_and_placeholders(language: str, module_name: str) -> None:
    translated = catalogue(language)[module_name]
    for name, original in originals(module_name).items():
        value = translated[name]
        where = f"{language}: {module_name}.{name}"
        assert type(value) is type(original) or (
            isinstance(original, Mapping) and isinstance(value, Mapping)
        ), where
        if not isinstance(original, str):
            assert [key for key, _ in pieces(value)] == [key for key, _ in pieces(original)], where
        for (key, text), (_, source_text) in zip(pieces(value), pieces(original), strict=True):
            assert isinstance(text, str), f"{where}[{key}]"
            # Empty only where bokmål is empty (a marking kind that prints nothing).
            assert bool(text.strip()) == bool(source_text.strip()), f"{where}[{key}]"
            assert fields(text) == fields(source_text), f"{where}[{key}]: {text!r}"


def test_translations_are_not_bokmal_copies() -> None:
    """A catalogue that merely repeats bokmål would pass the checks above; this does not.

    Some texts are rightly the same in nynorsk («Mål og delmål», «Side {page} av {total}»),
    so the check is on the share of longer texts left unchanged, over all modules.
    """
    for language in TRANSLATIONS:
        table = catalogue(language)
        pairs = [
            (text, original)
            for module_name in SOURCE_MODULES
            for name, value in table[module_name].items()
            for (_, text), (_, original) in zip(
                pieces(value), pieces(originals(module_name)[name]), strict=True
            )
            if len(original) > 12
        ]
        same = sum(1 for text, original in pairs if text == original)
        assert same / len(pairs) < 0.3, f"{language}: {same} of {len(pairs)} texts are bokmål"


def test_the_legal_marking_keeps_its_reference() -> None:
    from ovelse.exercise.kinds import MarkingKind

    nn = catalogue("nn")["ovelse.exercise.labels"]["MARKINGS"]
    en = catalogue("en")["ovelse.exercise.labels"]["MARKINGS"]
    assert isinstance(nn, Mapping) and isinstance(en, Mapping)
    assert nn[MarkingKind.OFFL_24] == "Unnateke frå innsyn, jf. offl. § 24 tredje ledd"
    assert nn[MarkingKind.OFFL_21] == "Unnateke frå innsyn, jf. offl. § 21"
    assert "offl.) § 24 third paragraph" in en[MarkingKind.OFFL_24]
    assert en[MarkingKind.OFFL_21].endswith("(offl.) § 21")


def test_nynorsk_uses_the_nynorsk_vocabulary() -> None:
    """The words domain.md §5.2 names, where a bokmål form would be a tell-tale."""
    ui = catalogue("nn")["ovelse.ui.texts"]
    report = catalogue("nn")["ovelse.report.texts"]
    assert ui["LOG_HEADING"] == "Avgjerdslogg"
    assert ui["INJECT_RESPONSES"] == "Motspel"
    assert report["CH_WAY_FORWARD"] == "Vegen vidare"
    assert report["SEC_CONTROL"] == "Øvingsleiing"
    refusals = catalogue("nn")["ovelse.exercise.messages"]
    assert refusals["INJECT_NOT_FOUND"] == "Innspelet «{inject_id}» finst ikkje."
    assert refusals["ENTRY_DELETED"] == "Loggføringa «{entry_id}» er sletta."
    assert catalogue("nn")["ovelse.store.messages"]["NOT_FOUND"] == "Finn ikkje øktfila «{name}»."
    everything = " ".join(
        text
        for module in catalogue("nn").values()
        for value in module.values()
        for _, text in pieces(value)
    ).lower()
    for bokmal in ("innspill", "øvelsen", "deltaker ", "ikke ", "hvis ", "hva ", "veien videre"):
        assert bokmal not in everything, bokmal


def test_english_uses_the_emergency_management_vocabulary() -> None:
    ui = catalogue("en")["ovelse.ui.texts"]
    report = catalogue("en")["ovelse.report.texts"]
    assert ui["LOG_HEADING"] == "Decision log"
    assert ui["INJECT_RESPONSES"] == "Response cell"
    assert report["REPORT_KIND"] == "After-action report"
    assert report["CH_ACTIONS"] == "Action plan"
