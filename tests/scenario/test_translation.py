"""A pack's second participant language: read, rendered, checked, written and kept."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ovelse.scenario import editing
from ovelse.scenario.editing import Draft, apply
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.languages import language_name, without_translation
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import Question
from ovelse.scenario.serialize import pack_from_plain, pack_to_plain
from ovelse.scenario.writer import pack_yaml, profile_yaml

PACK_TRANSLATION = """language: nb
translation:
  language: sme
  note: "Den samiske teksten må kontrolleres av en oversetter før bruk."
"""

INJECT_TRANSLATION = """        questions:
          - text: "Hvem kaller inn kriseledelsen?"
            roles: [ordforer, kommunedirektor]
        translation:
          title: "Šleađga lea jávkan {{ kommune_samisk }} gielddas"
          text: "Olles {{ kommune }} lea šleađggaha haga. Ŋ ŧ á č đ š ž."
          questions: ["Gii čoahkkaida kriisajođihusa?"]
"""

FIRST_QUESTIONS = """        questions:
          - text: "Hvem kaller inn kriseledelsen?"
            roles: [ordforer, kommunedirektor]
"""


def _edit(pack: Path, *changes: tuple[str, str]) -> None:
    file = pack / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    file.write_text(text, encoding="utf-8")


def _bilingual(pack: Path) -> Path:
    _edit(pack, ("language: nb\n", PACK_TRANSLATION), (FIRST_QUESTIONS, INJECT_TRANSLATION))
    return pack


def _problems(pack: Path) -> list[tuple[str, int, str]]:
    with pytest.raises(ScenarioError) as caught:
        load_pack(pack)
    return [(p.path, p.line, p.message) for p in caught.value.problems]


def test_the_second_language_is_read_and_rendered_like_the_first(full_pack_copy: Path) -> None:
    loaded = load_pack(_bilingual(full_pack_copy))
    assert loaded.pack.translation is not None
    assert loaded.pack.translation.language == "sme"
    assert "oversetter" in loaded.pack.translation.note
    inject = loaded.render(loaded.values(loaded.profile("samisk"))).injects()[0]
    assert inject.translation is not None
    assert inject.translation.title == "Šleađga lea jávkan Unjárga gielddas"
    assert inject.translation.text.startswith("Olles Nesseby lea")
    assert inject.translation.questions == ("Gii čoahkkaida kriisajođihusa?",)
    assert language_name("sme") == "Davvisámegiella"


def test_the_second_language_survives_the_writer_and_the_session_snapshot(
    full_pack_copy: Path, tmp_path: Path
) -> None:
    loaded = load_pack(_bilingual(full_pack_copy))
    written = pack_yaml(loaded.pack)
    assert "translation:\n  language: sme\n" in written
    assert pack_yaml(loaded.pack) == written
    (full_pack_copy / "scenario.yaml").write_text(written, encoding="utf-8")
    assert load_pack(full_pack_copy).pack.injects()[0].translation == (
        loaded.pack.injects()[0].translation
    )
    rendered = loaded.render(loaded.values(loaded.profile("samisk")))
    assert pack_from_plain(pack_to_plain(rendered)) == rendered


def test_a_session_that_does_not_show_it_keeps_no_second_language(full_pack_copy: Path) -> None:
    loaded = load_pack(_bilingual(full_pack_copy))
    stripped = without_translation(loaded.pack)
    assert stripped.translation is None
    assert all(inject.translation is None for inject in stripped.injects())
    assert stripped.injects()[0].title == loaded.pack.injects()[0].title


def test_a_translated_inject_in_a_pack_without_a_second_language_is_located(
    full_pack_copy: Path,
) -> None:
    _edit(full_pack_copy, (FIRST_QUESTIONS, INJECT_TRANSLATION))
    [(path, line, message)] = _problems(full_pack_copy)
    assert path == "phases[0].injects[0].translation"
    assert message.startswith("innspillet har en oversettelse, men pakken sier ikke hvilket")
    lines = (full_pack_copy / "scenario.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[line - 1].strip() == "translation:"


def test_more_translated_questions_than_questions_is_located(full_pack_copy: Path) -> None:
    _bilingual(full_pack_copy)
    _edit(full_pack_copy, ('questions: ["Gii', 'questions: ["Mii?", "Gii'))
    [(path, _line, message)] = _problems(full_pack_copy)
    assert path == "phases[0].injects[0].translation.questions[1]"
    assert message.startswith("oversettelsen har flere problemstillinger (2) enn innspillet (1)")


def test_an_unknown_language_code_gets_a_hint(full_pack_copy: Path) -> None:
    _bilingual(full_pack_copy)
    _edit(full_pack_copy, ("  language: sme\n", "  language: smee\n"))
    [(path, _line, message)] = _problems(full_pack_copy)
    assert path == "translation.language"
    assert "«smee» er ukjent" in message and "mente du «sme»?" in message


def test_a_pack_translation_needs_its_language(full_pack_copy: Path) -> None:
    _bilingual(full_pack_copy)
    _edit(full_pack_copy, ("  language: sme\n", ""))
    [(path, _line, message)] = _problems(full_pack_copy)
    assert path == "translation"
    assert message == "mangler det påkrevde feltet «language»"


def test_a_profile_cannot_show_a_second_language_the_pack_lacks(full_pack_copy: Path) -> None:
    profile = full_pack_copy / "profiles" / "enkel.yaml"
    profile.write_text(
        profile.read_text(encoding="utf-8") + "show_translation: true\n", encoding="utf-8"
    )
    [(path, _line, message)] = _problems(full_pack_copy)
    assert path == "show_translation"
    assert message.startswith("profilen vil vise et andre språk, men pakken har ingen")


def test_a_profile_that_shows_it_loads_and_is_written_back(full_pack_copy: Path) -> None:
    _bilingual(full_pack_copy)
    profile = full_pack_copy / "profiles" / "samisk.yaml"
    profile.write_text(
        profile.read_text(encoding="utf-8") + "show_translation: true\n", encoding="utf-8"
    )
    loaded = load_pack(full_pack_copy)
    shown = loaded.profile("samisk")
    assert shown.show_translation and not loaded.profile("enkel").show_translation
    assert "show_translation: true" in profile_yaml(shown)


def test_editing_the_questions_keeps_their_translations_beside_them(full_pack_copy: Path) -> None:
    loaded = load_pack(_bilingual(full_pack_copy))
    inject = loaded.pack.injects()[0]
    first = Question("Hvem varsler innbyggerne?", ("ordforer",))
    draft = Draft(
        replace(
            loaded.pack,
            phases=(
                replace(
                    loaded.pack.phases[0],
                    injects=(
                        replace(
                            inject,
                            questions=(first, *inject.questions),
                            translation=replace(
                                inject.translation,
                                questions=("Gii dieđiha ássiide?", "Gii čoahkkaida?"),
                            ),
                        ),
                        *loaded.pack.phases[0].injects[1:],
                    ),
                ),
                *loaded.pack.phases[1:],
            ),
        )
    )
    questions = (*editing.inject_path(0, 0), "questions")

    def translated(state: Draft) -> tuple[str, ...]:
        second = editing.get(state, (*editing.inject_path(0, 0), "translation"))
        return tuple(second.questions)

    moved = apply(draft, editing.move(draft, questions, 0, 1))
    assert translated(moved) == ("Gii čoahkkaida?", "Gii dieđiha ássiide?")
    added = apply(draft, editing.insert(draft, questions, 1, Question("Ny?", ("ordforer",))))
    assert translated(added) == ("Gii dieđiha ássiide?", "", "Gii čoahkkaida?")
    change = editing.remove(draft, questions, 0)
    removed = apply(draft, change)
    assert translated(removed) == ("Gii čoahkkaida?",)
    assert apply(removed, change.inverse()) == draft
