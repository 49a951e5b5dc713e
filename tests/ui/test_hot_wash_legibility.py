"""The hot wash on the projector from the back of the room, measured on the real view as
test_room_legibility measures the injects: cap height of the answers against the screen
height, and 7:1 contrast for every text shown."""

from __future__ import annotations

import pytest

from ovelse.ui.stage import Hold, Stage, StageHotWash, StageHotWashPrompt

from .test_room_legibility import SCREENS, cap_height, contrast, shown

PROMPTS = ("Hva fungerte?", "Hva kan bli bedre?", "Én ting vi endrer i planen")
ROLES = (
    "Ordfører",
    "Kommunedirektør",
    "Beredskapskoordinator",
    "Kommuneoverlege",
    "Helse- og omsorgssjef",
    "Teknisk sjef",
    "Kommunikasjonsrådgiver",
    "Nettselskapet i Finnmark",
)


def round_stage(answers_per_prompt: int = 1, length: int = 70) -> Stage:
    """One role's turn: what a person typically says, about one line of speech each."""
    sentence = (
        "Kriseledelsen kom raskt sammen, men varslingslista hadde gamle numre for de frivillige"
    )[:length]
    prompts = tuple(
        StageHotWashPrompt(
            prompt,
            tuple(sentence for _ in range(answers_per_prompt)),
            sentence[:30] if index == 2 else None,
        )
        for index, prompt in enumerate(PROMPTS)
    )
    scene = StageHotWash("Umiddelbar evaluering", "Ordfører – Kari Nordmann", "1 av 8", prompts)
    return Stage("Langvarig strømbrudd", "Nesseby", hold=Hold.ENDED, hot_wash=scene)


def summary_stage() -> Stage:
    """The summary after eight roles, each with one thing to change in the plan."""
    changes = tuple(
        ("Oppdatere varslingslista for kriseledelsen hvert kvartal", role) for role in ROLES
    )
    scene = StageHotWash(
        "Umiddelbar evaluering",
        "Oppsummering",
        summary=True,
        counts=tuple((prompt, 8) for prompt in PROMPTS),
        changes=changes,
    )
    return Stage("Langvarig strømbrudd", "Nesseby", hold=Hold.ENDED, hot_wash=scene)


@pytest.mark.parametrize("size", SCREENS)
def test_a_typical_round_reads_from_the_back_of_the_room(qtbot, size: tuple[int, int]) -> None:
    view = shown(qtbot, round_stage(), size)
    cap = cap_height(view.hot_wash_scene.body, "• ")
    assert cap >= size[1] / 40, (size, size[1] / cap)
    # The role is larger than the answers, the answers than the prompts.
    assert cap_height(view.hot_wash_scene.who) > cap


@pytest.mark.parametrize("size", SCREENS)
def test_a_crowded_round_and_the_summary_stay_readable(qtbot, size: tuple[int, int]) -> None:
    for stage in (round_stage(answers_per_prompt=3, length=90), summary_stage()):
        view = shown(qtbot, stage, size)
        body = view.hot_wash_scene.body
        cap = cap_height(body, "• ")
        assert cap >= size[1] / 50, (size, size[1] / cap)
        # Everything is on the screen: the text fits its rectangle at the size chosen.
        fitted = body.currentFit().pixel_size
        assert body.naturalHeight(body.width(), fitted) <= body.height() + 1
        view.close()


def test_every_hot_wash_text_has_seven_to_one_contrast(qtbot) -> None:
    view = shown(qtbot, round_stage(), SCREENS[0])
    pairs = view.colour_pairs()
    names = {name for name, _text, _ground in pairs}
    assert {"hot_wash_heading", "hot_wash_who", "hot_wash_body"} <= names
    for name, text, ground in pairs:
        assert contrast(text, ground) >= 7, name
    # Nothing of an inject is drawn beside it.
    assert not view.title.isVisible() and not view.body.isVisible()
    assert not view.board.isVisible()
