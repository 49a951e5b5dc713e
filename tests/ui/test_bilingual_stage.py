"""The pack's second language on the shared screen: shown, set apart, large enough, fitted.

The Finnmark pack gives key injects in Northern Sámi; its Nesseby profile shows them. The
checks are made on the real participant view at the projector sizes, from its layout.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from ovelse.ui.fit_text import FitText
from ovelse.ui.main_window import MainWindow
from ovelse.ui.participant import ParticipantView
from ovelse.ui.stage import Stage
from tests.conftest import FULL_PACK
from tests.scenario.test_translation import _bilingual

FINNMARK = "evakuering-ost-finnmark"
SCREENS = ((1920, 1080), (1280, 720))
SAMI_LETTERS = "áčđŋšŧž"


def _session_stages(
    window: MainWindow, *, profile: str, switch: bool = False, pack: str = FINNMARK
) -> list[Stage]:
    """What the shared screen shows for each inject of a pack, released in turn."""
    window.library.select_pack(pack)
    entry = window.library.current_entry()
    assert entry is not None and entry.loaded is not None
    window.prepare_pack(entry.loaded)
    window.prepare.set_profile(profile)
    window.prepare.render_preview()
    if switch:
        box = window.prepare.show_translation
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Space)
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
    return stages


def _shown(qtbot, stage: Stage, size: tuple[int, int]) -> ParticipantView:
    view = ParticipantView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.setStage(stage)
    view.show()
    return view


def _pixels(text: FitText, *, second: bool) -> list[int]:
    return [
        text.paragraphFont(paragraph).pixelSize()
        for paragraph in text.paragraphs()
        # Not the source and the roles (muted), not the language's name (a label).
        if paragraph.second == second and not paragraph.muted and paragraph.scale > 0.8
    ]


def test_the_nesseby_profile_shows_the_sami_text_labelled_with_its_name(
    window: MainWindow, qtbot
) -> None:
    stages = _session_stages(window, profile="nesseby")
    bilingual = [stage for stage in stages if stage.translation is not None]
    assert [stage.inject_id for stage in bilingual] == ["eo-2-1", "eo-2-4", "eo-3-4", "eo-4-3"]
    decision = bilingual[0]
    view = _shown(qtbot, decision, SCREENS[0])
    shown = "\n".join(view.visible_texts())
    assert "Davvisámegiella" in shown
    assert "Ráđđehus mearrida evakuerema" in shown and "Regjeringen beslutter" in shown
    assert "Mii lea politiija ovddasvástádus, ja mii lea min?" in shown
    assert all(letter in shown for letter in "áčđš")
    # The label and the Sámi text stand below the Norwegian text, in their own colour.
    body = [paragraph.text for paragraph in view.body.paragraphs()]
    label = body.index("Davvisámegiella")
    assert body[label + 1].startswith("Politiijamešttir dieđiha")
    assert all(not p.second for p in view.body.paragraphs()[:label])
    assert all(p.second for p in view.body.paragraphs()[label:])
    assert "body (second language)" in {name for name, _, _ in view.colour_pairs()}
    # The type the Sámi text is drawn in has every Northern Sámi letter, capitals too.
    sami = next(p for p in view.body.paragraphs() if p.second and p.scale > 0.8)
    metrics = QFontMetricsF(view.body.paragraphFont(sami))
    missing = [c for c in SAMI_LETTERS + SAMI_LETTERS.upper() if not metrics.inFontUcs4(ord(c))]
    assert not missing, missing


@pytest.mark.parametrize(
    ("pack", "profile"), [(FINNMARK, "nesseby"), ("vertskommune-evakuerte", "karasjok")]
)
def test_a_bilingual_inject_fits_both_projector_sizes_unclipped(
    window: MainWindow, qtbot, pack: str, profile: str
) -> None:
    stages = _session_stages(window, profile=profile, pack=pack)
    stages = [stage for stage in stages if stage.translation is not None]
    assert stages
    for stage in stages:
        for size in SCREENS:
            view = _shown(qtbot, stage, size)
            screen = QRect(0, 0, *size)
            boxes = []
            for text in (view.title, view.body, view.questions):
                if text.isHidden():
                    continue
                where = (stage.inject_id, size, text.objectName())
                fit = text.currentFit()
                assert fit.fits, where
                assert screen.contains(text.geometry()), where
                # Nothing below the box: at the fitted size the text needs no more room.
                if fit.columns == 1:
                    assert text.naturalHeight(text.width(), fit.pixel_size) <= text.height(), where
                first, second = _pixels(text, second=False), _pixels(text, second=True)
                if first and second:
                    assert min(second) >= 0.8 * max(first), (where, first, second)
                boxes.append(text.geometry())
            for index, box in enumerate(boxes):
                assert not any(box.intersects(other) for other in boxes[index + 1 :]), stage
            view.close()


def test_another_profile_shows_only_the_first_language_unless_switched_on(
    window: MainWindow,
) -> None:
    window.library.select_pack(FINNMARK)
    entry = window.library.current_entry()
    assert entry is not None and entry.loaded is not None
    window.prepare_pack(entry.loaded)
    prepare = window.prepare
    assert prepare.show_translation.isVisible()
    assert "Davvisámegiella" in prepare.show_translation.text()
    assert "oversetter" in prepare.translation_note.text()
    prepare.set_profile("nesseby")
    prepare.render_preview()
    assert prepare.show_translation.isChecked()
    prepare.set_profile("vadso")
    prepare.render_preview()
    assert not prepare.show_translation.isChecked()
    assert prepare.rendered is not None and prepare.rendered.translation is None
    assert all(inject.translation is None for inject in prepare.rendered.injects())
    prepare.show_translation.setFocus()
    QTest.keyClick(prepare.show_translation, Qt.Key.Key_Space)
    assert prepare.rendered is not None and prepare.rendered.translation is not None
    assert prepare.rendered.injects()[3].translation is not None


def test_the_session_remembers_the_choice_when_reopened(window: MainWindow, qtbot) -> None:
    _session_stages(window, profile="nesseby")
    model = window.model
    assert model is not None
    path = model.session.path
    assert model.pack.translation is not None
    model.close()
    from ovelse.app.sessions import open_session

    reopened = open_session(path)
    try:
        assert reopened.exercise.pack.translation is not None
        decision = next(i for i in reopened.exercise.pack.injects() if i.id == "eo-2-1")
        assert decision.translation is not None
        assert any(letter in decision.translation.text for letter in SAMI_LETTERS)
    finally:
        reopened.close()


def test_the_second_language_is_never_under_eighty_percent_on_a_long_inject(qtbot) -> None:
    stage = Stage(
        scenario_title="Evakuering",
        municipality="Nesseby",
        title="Regjeringen beslutter evakuering",
        text="Lang tekst. " * 60,
    )
    from ovelse.ui.stage import Hold, StageQuestion, StageTranslation

    stage = replace(
        stage,
        hold=Hold.NONE,
        inject_id="x",
        questions=(StageQuestion("Hva gjør vi nå?", ("Ordfører",)),),
        translation=StageTranslation(
            "Davvisámegiella", "Ráđđehus mearrida", "Guhkes teaksta. " * 60, ("Maid mii dahkat?",)
        ),
    )
    for size in SCREENS:
        view = _shown(qtbot, stage, size)
        for text in (view.title, view.body, view.questions):
            first, second = _pixels(text, second=False), _pixels(text, second=True)
            assert text.currentFit().fits
            assert first and second and min(second) >= 0.8 * max(first), text.objectName()
        view.close()


def test_the_console_shows_the_facilitator_what_the_room_reads_in_both_languages(
    window: MainWindow,
) -> None:
    stages = _session_stages(window, profile="nesseby")
    assert stages[-1].inject_id != "eo-2-1"
    assert window.console.select_inject("eo-2-1")
    shown = window.console.chosen.toPlainText()
    assert "Davvisámegiella" in shown and "Ráđđehus mearrida evakuerema" in shown
    assert "Makkár golbma vuosttaš mearrádusa dahkat mii boahtte diimmu?" in shown


def test_the_editor_writes_an_injects_second_language_beside_its_own_fields(
    window: MainWindow, qtbot, scripted, tmp_path: Path
) -> None:
    pack = tmp_path / "tospraklig"
    shutil.copytree(FULL_PACK, pack)
    _bilingual(pack)
    assert window.library.add_folder(pack).ok
    qtbot.mouseClick(window.library.prepare_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.tailor_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    # The second inject has no translation yet: typing its Sámi title makes one.
    editor.outline.select(("pack", "phases", 0, "injects", 1))
    title = editor.form.fields["translation.title"]
    label = editor.form._body.findChildren(QLabel)  # the row's label names the language
    assert any(item.text() == "Tittel (Davvisámegiella)" for item in label)
    title.setFocus()
    QTest.keyClicks(title, "Mobiilafierpmadat javka")  # (Qt types ASCII only)
    second = editor.draft.pack.phases[0].injects[1].translation
    assert second is not None and second.title == "Mobiilafierpmadat javka"
    # The first inject's questions: one per line, on the line of the question they translate.
    editor.outline.select(("pack", "phases", 0, "injects", 0))
    questions = editor.form.fields["translation.questions"]
    assert questions.toPlainText() == "Gii čoahkkaida kriisajođihusa?"
    questions.setFocus()
    QTest.keyClick(questions, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(questions, Qt.Key.Key_Return)
    QTest.keyClicks(questions, "Mii lea?")
    editor.check()
    assert editor.draft.pack.phases[0].injects[0].translation.questions == (  # type: ignore[union-attr]
        "Gii čoahkkaida kriisajođihusa?",
        "Mii lea?",
    )
    # One question has two translations: the problem stands under the field.
    assert "flere problemstillinger (2) enn innspillet (1)" in (
        editor.form.errors["translation.questions"].text()
    )
    editor.undo_stack.setClean()  # (the window closes without asking)
