"""Which language a system locale and a command line ask for (docs/translations.md)."""

from __future__ import annotations

import pytest

from ovelse.i18n import detect, from_locale_name
from ovelse.i18n.languages import language_from_argv


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("nb_NO.UTF-8", "nb"),
        ("nb_NO", "nb"),
        ("nb", "nb"),
        ("no_NO", "nb"),
        ("no", "nb"),
        ("nb-NO", "nb"),
        ("nn_NO.UTF-8", "nn"),
        ("nn_NO@nynorsk", "nn"),
        ("nn", "nn"),
        ("nn-NO", "nn"),
        ("Norwegian Nynorsk_Norway.1252", "nn"),
        ("Norwegian Bokmål_Norway.1252", "nb"),
        ("se_NO.UTF-8", "nb"),  # Northern Sámi: no catalogue yet, bokmål is read
        ("fkv_NO", "nb"),  # Kven
        ("en_GB.UTF-8", "en"),
        ("en_US", "en"),
        ("en_NO", "en"),
        ("de_DE.UTF-8", "en"),
        ("sv_SE", "en"),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_locale_names(name: str, language: str | None) -> None:
    assert from_locale_name(name) == language


def test_nothing_useful_means_bokmal() -> None:
    assert detect({}) == "nb"
    assert detect({"LANG": "C.UTF-8"}) == "nb"
    assert detect({"LC_ALL": "POSIX", "LANGUAGE": "en"}) == "nb"  # GNU: C ignores LANGUAGE


def test_posix_order() -> None:
    assert detect({"LANG": "nn_NO.UTF-8"}) == "nn"
    assert detect({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "nn_NO.UTF-8"}) == "nn"
    assert detect({"LANG": "nn_NO.UTF-8", "LC_ALL": "de_DE.UTF-8"}) == "en"
    assert detect({"LANG": "nb_NO.UTF-8", "LANGUAGE": "nn:nb"}) == "nn"
    assert detect({"LANG": "nb_NO.UTF-8", "LANGUAGE": ""}) == "nb"


def test_the_system_locale_is_the_last_word() -> None:
    assert detect({}, system="nn_NO") == "nn"
    assert detect({}, system="en_GB") == "en"
    assert detect({}, system="C") == "nb"
    assert detect({"LANG": "nb_NO.UTF-8"}, system="en_GB") == "nb"


def test_lang_on_the_command_line() -> None:
    assert language_from_argv(["--lang", "en", "--help"]) == "en"
    assert language_from_argv(["report", "s.ovelse", "-o", "r.pdf", "--lang=nn"]) == "nn"
    assert language_from_argv(["--help"]) is None
    assert language_from_argv(["--lang", "xx"]) is None
    assert language_from_argv(["--lang"]) is None
    assert language_from_argv(["validate", "--", "--lang", "en"]) is None
