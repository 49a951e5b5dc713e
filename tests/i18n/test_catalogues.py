"""Every text a user reads is in the template and has a nynorsk and an English translation.

The source modules are read as they are, so a constant added in bokmål without marking
it, without running ``make i18n``, or without a translation fails here, naming the text
and the language. A translation must keep the source's ``{fields}`` and must not be fuzzy
(Babel's guess after the bokmål changed, which nobody has checked yet).
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from ovelse import i18n
from ovelse.i18n.catalogues import (
    SOURCE_MODULES,
    Text,
    originals,
    text_names,
    translate,
    translations,
)
from ovelse.i18n.markers import Contextual, Plural

PO = Path(__file__).resolve().parents[2] / "po"
TRANSLATIONS = [language for language in i18n.LANGUAGES if language != i18n.SOURCE]
Key = tuple[str | None, str]


def fields(text: str) -> list[str]:
    """The ``{placeholders}`` of a format string, sorted, with their format specs."""
    return sorted(
        f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text) if name is not None
    )


def read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def key(message: Message) -> Key:
    msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
    return message.context, msgid


def source_texts() -> Iterator[tuple[str, Key, Text]]:
    """(where, (context, msgid), value) for every bokmål text of the source modules."""
    for module_name in SOURCE_MODULES:
        for name, value in originals(module_name).items():
            if isinstance(value, Plural):
                yield f"{module_name}.{name}", (value.context, value.singular), value
                continue
            pieces = (
                value.values()
                if isinstance(value, dict)
                else (value if isinstance(value, tuple) else (value,))
            )
            for text in pieces:
                if text:  # empty where a marking kind prints nothing; never translated
                    context = text.context if isinstance(text, Contextual) else None
                    yield f"{module_name}.{name}", (context, str(text)), text


def problems(catalogue: Catalog, template: Catalog) -> list[str]:
    """What a translator must still do: missing, fuzzy, or with other {fields}."""
    found = []
    by_key = {key(message): message for message in catalogue if message.id}
    for wanted in template:
        if not wanted.id:
            continue
        message = by_key.get(key(wanted))
        label = f"«{key(wanted)[1]}»" + (f" ({wanted.context})" if wanted.context else "")
        if message is None:
            found.append(f"{label}: missing")
            continue
        if message.fuzzy:
            found.append(f"{label}: fuzzy")
        sources = list(message.id) if isinstance(message.id, tuple | list) else [message.id]
        strings = (
            list(message.string) if isinstance(message.string, tuple | list) else [message.string]
        )
        if not all(strings):
            found.append(f"{label}: not translated")
            continue
        expected = fields(sources[-1])
        for text in strings:
            if fields(text) != expected:
                found.append(f"{label}: «{text}» has {fields(text)}, the source {expected}")
    return found


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


def test_the_template_holds_every_text_and_no_other() -> None:
    """A text added without ``N_()`` or without ``make i18n`` is named here."""
    template = {key(message) for message in read(PO / "ovelse.pot") if message.id}
    source = {found: where for where, found, _ in source_texts()}
    missing = sorted(
        f"{where}: «{text}»"
        for (context, text), where in source.items()
        if (context, text) not in template
    )
    stale = sorted(text for context, text in template - set(source))
    assert not missing, f"not in po/ovelse.pot (mark with N_() and run make i18n): {missing}"
    assert not stale, f"po/ovelse.pot has texts the program no longer has (make i18n): {stale}"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_text_is_translated_with_the_same_fields(language: str) -> None:
    catalogue = read(PO / f"{language}.po")
    assert str(catalogue.locale) == language
    assert not problems(catalogue, read(PO / "ovelse.pot"))


def test_the_check_names_a_missing_a_fuzzy_and_a_misfielded_translation() -> None:
    template = Catalog()
    for text in ("Sammendrag", "Innspill", "Side {page} av {total}", "{count} innspill"):
        template.add(text)
    template.add(("{count} side", "{count} sider"))
    catalogue = Catalog(locale="nn")
    catalogue.add("Innspill", "Innspel", flags=["fuzzy"])
    catalogue.add("Side {page} av {total}", "Side {side} av {total}")
    catalogue.add("{count} innspill", "{count} innspel")
    catalogue.add(("{count} side", "{count} sider"), ("{count} side", "sider"))
    assert problems(catalogue, template) == [
        "«Sammendrag»: missing",
        "«Innspill»: fuzzy",
        "«Side {page} av {total}»: «Side {side} av {total}» has ['side:', 'total:'], "
        "the source ['page:', 'total:']",
        "«{count} side»: «sider» has [], the source ['count:']",
    ]


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_the_compiled_catalogue_is_the_current_one(language: str) -> None:
    """The program reads the .mo; one older than its .po is named here (run make)."""
    compiled = translations(language)

    def in_compiled(message: Message) -> str:
        if message.context:
            return compiled.pgettext(message.context, message.id)
        return compiled.gettext(message.id)

    singles = [m for m in read(PO / f"{language}.po") if isinstance(m.id, str) and m.id]
    stale = [m.id for m in singles if m.string and in_compiled(m) != m.string]
    assert not stale, f"{language}: ovelse.mo is older than po/{language}.po (run make)"


def test_translations_are_not_bokmal_copies() -> None:
    """A catalogue that merely repeats bokmål would pass the checks above; this does not.

    Some texts are rightly the same in nynorsk («Mål og delmål», «Side {page} av {total}»),
    so the check is on the share of longer texts left unchanged, over all modules.
    """
    for language in TRANSLATIONS:
        catalogue = translations(language)
        pairs = [
            (str(translate(text, catalogue)), str(text))
            for _, _, text in source_texts()
            if isinstance(text, str) and len(text) > 12
        ]
        same = sum(1 for translated, original in pairs if translated == original)
        assert same / len(pairs) < 0.3, f"{language}: {same} of {len(pairs)} texts are bokmål"


def test_a_word_with_two_meanings_gets_both_translations() -> None:
    """«Pågår» is a running exercise and a measure in progress: gettext contexts."""
    from ovelse.exercise import labels
    from ovelse.exercise.kinds import ActionStatus, RunState

    i18n.install("en")
    assert labels.RUN_STATES[RunState.RUNNING] == "Running"
    assert labels.ACTION_STATUSES[ActionStatus.IN_PROGRESS] == "In progress"
    assert labels.RUN_STATES[RunState.PAUSED] == "Paused"


def test_the_legal_marking_keeps_its_reference() -> None:
    from ovelse.exercise.kinds import MarkingKind

    nn = i18n.lookup("nn", "ovelse.exercise.labels", "MARKINGS")
    en = i18n.lookup("en", "ovelse.exercise.labels", "MARKINGS")
    assert isinstance(nn, dict) and isinstance(en, dict)
    assert nn[MarkingKind.OFFL_24] == "Unnateke frå innsyn, jf. offl. § 24 tredje ledd"
    assert nn[MarkingKind.OFFL_21] == "Unnateke frå innsyn, jf. offl. § 21"
    assert "offl.) § 24 third paragraph" in en[MarkingKind.OFFL_24]
    assert en[MarkingKind.OFFL_21].endswith("(offl.) § 21")


def test_nynorsk_uses_the_nynorsk_vocabulary() -> None:
    """The words domain.md §5.2 names, where a bokmål form would be a tell-tale."""
    from ovelse import cli_texts
    from ovelse.exercise import messages as refusals
    from ovelse.report import texts as report
    from ovelse.store import messages as store
    from ovelse.ui import texts as ui

    i18n.install("nn")
    assert ui.LOG_HEADING == "Avgjerdslogg"
    assert ui.INJECT_RESPONSES == "Motspel"
    assert report.CH_WAY_FORWARD == "Vegen vidare"
    assert report.SEC_CONTROL == "Øvingsleiing"
    assert refusals.INJECT_NOT_FOUND == "Innspelet «{inject_id}» finst ikkje."
    assert refusals.ENTRY_DELETED == "Loggføringa «{entry_id}» er sletta."
    assert store.NOT_FOUND == "Finn ikkje øktfila «{name}»."
    assert cli_texts.COMMANDS == "kommandoar"
    everything = " ".join(
        message.string if isinstance(message.string, str) else " ".join(message.string)
        for message in read(PO / "nn.po")
        if message.id
    ).lower()
    for bokmal in ("innspill", "øvelsen", "deltaker ", "ikke ", "hvis ", "hva ", "veien videre"):
        assert bokmal not in everything, bokmal


def test_english_uses_the_emergency_management_vocabulary() -> None:
    from ovelse.report import texts as report
    from ovelse.ui import texts as ui

    i18n.install("en")
    assert ui.LOG_HEADING == "Decision log"
    assert ui.INJECT_RESPONSES == "Response cell"
    assert report.REPORT_KIND == "After-action report"
    assert report.CH_ACTIONS == "Action plan"
