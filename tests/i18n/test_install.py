"""install() puts a language into the text modules and takes it out again."""

from __future__ import annotations

from pathlib import Path

import pytest

from ovelse import cli_texts, i18n
from ovelse.exercise import labels
from ovelse.exercise.kinds import EntryKind
from ovelse.report import texts as report_texts
from ovelse.scenario.timing import ScenarioTime
from ovelse.ui import texts as ui_texts


def test_install_switches_every_source_module_and_nb_restores_them() -> None:
    assert i18n.current() == "nb"
    assert report_texts.CH_SUMMARY == "Sammendrag"
    i18n.install("nn")
    assert i18n.current() == "nn"
    assert report_texts.CH_SUMMARY == "Samandrag"
    assert ui_texts.LOG_HEADING == "Avgjerdslogg"
    assert labels.ENTRY_KINDS[EntryKind.DECISION] == "Avgjerd"
    assert cli_texts.COMMANDS == "kommandoar"
    i18n.install("en")
    assert report_texts.CH_SUMMARY == "Summary"
    assert ui_texts.SHORTCUT_LABELS["release_next"] == "Release the next inject"
    assert labels.due_text(120_000) == "in 2 min"
    i18n.install("nb")
    assert report_texts.CH_SUMMARY == "Sammendrag"
    assert ui_texts.LOG_HEADING == "Beslutningslogg"
    assert labels.ENTRY_KINDS[EntryKind.DECISION] == "Beslutning"
    assert labels.due_text(120_000) == "om 2 min"
    assert cli_texts.COMMANDS == "kommandoer"


def test_install_is_idempotent() -> None:
    i18n.install("en")
    first = dict(labels.RUN_STATES)
    i18n.install("en")
    assert first == labels.RUN_STATES
    i18n.install("nb")
    i18n.install("nb")
    assert report_texts.PAGE_OF == "Side {page} av {total}"


def test_an_unknown_language_is_refused_and_changes_nothing() -> None:
    with pytest.raises(ValueError, match="se"):
        i18n.install("se")
    assert i18n.current() == "nb"
    assert report_texts.CH_SUMMARY == "Sammendrag"


def test_lookup_reads_a_language_without_installing_it() -> None:
    note = i18n.lookup("en", "ovelse.ui.texts", "LANGUAGE_RESTART")
    assert isinstance(note, str) and note.startswith("Øvelse will use")
    assert i18n.current() == "nb"
    assert i18n.lookup("nb", "ovelse.ui.texts", "MENU_LANGUAGE") == "Språk"


def test_the_report_model_default_follows_the_language() -> None:
    from ovelse.report.model import Municipality, ReportInput

    i18n.install("nn")
    nn_input = ReportInput(title="T", municipality=Municipality("Kommune"))
    i18n.install("en")
    en_input = ReportInput(title="T", municipality=Municipality("Kommune"))
    assert nn_input.exercise_form == "Diskusjonsøving"
    assert en_input.exercise_form == "Discussion-based exercise"


def test_report_dates_and_durations_follow_the_language() -> None:
    from datetime import date

    from ovelse.report import formats

    days = (date(2026, 3, 12), date(2026, 3, 13))
    assert formats.date_span(days) == "12.–13. mars 2026"
    assert formats.duration(150 * 60_000) == "2 t 30 min"
    i18n.install("en")
    assert formats.date_span(days) == "12–13 March 2026"
    assert formats.date_span((date(2026, 3, 30), date(2026, 4, 2))) == "30 March – 2 April 2026"
    assert formats.short_date(date(2026, 3, 2)) == "02/03/2026"
    assert formats.duration(150 * 60_000) == "2 h 30 min"


def test_the_scenario_clock_follows_the_language() -> None:
    dated = ScenarioTime.parse("2023-08-07 14:00")
    i18n.install("en")
    assert labels.scenario_time_text(ScenarioTime.parse("Dag 2 06:00")) == "Day 2, 06:00"
    assert labels.scenario_time_text(dated) == "Monday 7 August, 14:00"
    i18n.install("nn")
    assert labels.scenario_time_text(dated) == "måndag 7. august kl. 14:00"
    i18n.install("nb")
    assert labels.scenario_time_text(dated) == "mandag 7. august kl. 14:00"


def test_a_missing_compiled_catalogue_is_named_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An installation without its .mo files says which one and how to get it back."""
    from ovelse.i18n import catalogues

    monkeypatch.setattr(catalogues, "LOCALE_DIR", tmp_path)
    with pytest.raises(i18n.CatalogueMissingError, match=r"«nn».*installer programmet på nytt"):
        i18n.install("nn")
    assert i18n.current() == "nb"
    assert report_texts.CH_SUMMARY == "Sammendrag"
