"""The projector from the back of the room: type sizes and contrast measured on the real view.

Goals (issue «Room legibility»): the inject text's cap height at least 1/40 of the screen
height for a typical inject, never below 1/50 beside a picture; the board's status words
and labels no smaller than the questions; every text on its background at least 7:1.
The demo pack's injects are the typical ones; all three screens the program meets.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontMetricsF

from ovelse.scenario.languages import without_translation
from ovelse.ui.fit_text import FitText
from ovelse.ui.main_window import MainWindow
from ovelse.ui.participant import ParticipantView
from ovelse.ui.stage import Hold, Stage

SCREENS = ((1920, 1080), (1366, 768), (1280, 720))
DEMO_PACK = "langvarig-strombrudd"
NEWER_PACKS = ("vertskommune-evakuerte", "vertsnasjonsstotte", "helseberedskap-krig")


def demo_stages(
    window: MainWindow, pack_id: str = DEMO_PACK, *, one_language: bool = False
) -> list[Stage]:
    """What the shared screen shows for each inject of a pack, released in turn
    (``one_language``: without the pack's second language, as a kommune that does not show it)."""
    window.library.select_pack(pack_id)
    entry = window.library.current_entry()
    assert entry is not None and entry.loaded is not None
    loaded = entry.loaded
    if one_language:
        loaded = replace(loaded, pack=without_translation(loaded.pack), _rendered={})
    window.prepare_pack(loaded)
    for role in entry.loaded.pack.roles[:4]:
        window.prepare.set_role_checked(role.id, True)
    window.prepare.request_create()
    model = window.model
    assert model is not None
    model.toggle_run()
    stages = []
    while model.exercise.next_inject() is not None:
        model.call(model.exercise.release_next)
        stages.append(model.stage())
    assert len(stages) > 5 and any(s.picture for s in stages) and all(s.board for s in stages)
    return stages


def shown(qtbot, stage: Stage, size: tuple[int, int]) -> ParticipantView:
    view = ParticipantView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.setStage(stage)
    view.show()
    return view


def cap_height(text: FitText, first: str = "") -> float:
    """Cap height of the first paragraph of normal size (or starting with ``first``)."""
    for paragraph in text.paragraphs():
        wanted = paragraph.text.startswith(first) if first else paragraph.scale == 1.0
        if wanted:
            return QFontMetricsF(text.paragraphFont(paragraph)).capHeight()
    raise AssertionError(f"no paragraph in {text.text()!r}")


def test_the_inject_text_reads_from_the_back_of_the_room(window: MainWindow, qtbot) -> None:
    for stage in demo_stages(window):
        for size in SCREENS:
            view = shown(qtbot, stage, size)
            height = size[1]
            cap = cap_height(view.body)
            share = 50 if view.picture.hasPicture() else 40
            assert cap >= height / share, (stage.inject_id, size, cap, height / cap)
            view.close()


@pytest.mark.parametrize("pack_id", NEWER_PACKS)
def test_the_newer_packs_read_from_the_back_of_the_room(
    window: MainWindow, qtbot, pack_id: str
) -> None:
    """The packs written after the demo pack keep their texts within what the screen fits
    (in one language; how a second language fits beside it is measured on its own)."""
    for stage in demo_stages(window, pack_id, one_language=True):
        for size in SCREENS:
            view = shown(qtbot, stage, size)
            cap = cap_height(view.body)
            share = 50 if view.picture.hasPicture() else 40
            assert cap >= size[1] / share, (stage.inject_id, size, cap, size[1] / cap)
            view.close()


def test_the_host_kommune_pack_fits_in_two_languages(window: MainWindow, qtbot) -> None:
    """With its Northern Sámi shown, every translated inject still fits the projector: each
    text is fitted, inside the screen, and the Sámi lines are not much smaller."""
    stages = demo_stages(window, "vertskommune-evakuerte")
    bilingual = [stage for stage in stages if stage.translation is not None]
    assert len(bilingual) >= 5
    for stage in bilingual:
        for size in SCREENS:
            view = shown(qtbot, stage, size)
            screen = QRect(0, 0, *size)
            for text in (view.title, view.body, view.questions):
                where = (stage.inject_id, size, text.objectName())
                assert text.currentFit().fits, where
                assert screen.contains(text.geometry()), where
                pixels: dict[bool, list[int]] = {False: [], True: []}
                for paragraph in text.paragraphs():
                    if not paragraph.muted and paragraph.scale > 0.8:
                        pixels[paragraph.second].append(text.paragraphFont(paragraph).pixelSize())
                if pixels[False] and pixels[True]:
                    assert min(pixels[True]) >= 0.8 * max(pixels[False]), (where, pixels)
            view.close()


def test_board_words_are_no_smaller_than_the_questions(window: MainWindow, qtbot) -> None:
    for stage in demo_stages(window):
        for size in SCREENS:
            view = shown(qtbot, stage, size)
            question = cap_height(view.questions, "• ")
            board = view.board
            assert not board.isHidden(), (stage.inject_id, size)
            status = QFontMetricsF(board.status_font()).capHeight()
            label = QFontMetricsF(board.label_font()).capHeight()
            assert status >= question and label >= question, (stage.inject_id, size)
            # Every tile is on the screen: the board fits its rectangle.
            assert board.neededHeight(board.width()) <= board.height() + 0.5
            view.close()


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("status", ["normal", "redusert", "kritisk", "ukjent"])
def test_every_text_on_the_projector_has_seven_to_one_contrast(
    window: MainWindow, qtbot, status: str
) -> None:
    stages = demo_stages(window)
    with_picture = next(s for s in stages if s.picture is not None)
    hold = replace(stages[0], hold=Hold.BETWEEN)
    for stage in (stages[0], with_picture, hold):
        board = tuple(replace(item, status=status) for item in stage.board)
        view = shown(qtbot, replace(stage, board=board), SCREENS[0])
        pairs = view.colour_pairs()
        names = {name for name, _, _ in pairs}
        if stage.hold is Hold.NONE:
            assert names >= {"title", "body", "questions", "clock", f"board status {status}"}
        else:
            assert len(pairs) >= 3, names  # the hold message, the title and the place
        for name, text, ground in pairs:
            ratio = contrast(text, ground)
            assert ratio >= 7.0, f"{name}: {text.name()} on {ground.name()} is {ratio:.2f}:1"
        view.close()
