"""Prepare offers a pack's 90-minute version, and the session runs only its core injects."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ovelse.exercise.kinds import MarkingKind
from ovelse.ui.main_window import MainWindow


def _prepare(window: MainWindow, qtbot, pack_id: str) -> None:
    window.activateWindow()
    assert window.library.select_pack(pack_id)
    qtbot.keyClick(window.library.pack_list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.prepare
    window.prepare.render_preview()


def _preview_rows(window: MainWindow) -> list[tuple[str, str]]:
    tree = window.prepare.preview_tree
    return [
        (phase.child(i).text(0), phase.child(i).text(1))
        for phase in (tree.topLevelItem(p) for p in range(tree.topLevelItemCount()))
        if phase is not None
        for i in range(phase.childCount())
    ]


def test_short_version_runs_the_core_injects_on_their_short_times(
    window: MainWindow, qtbot
) -> None:
    _prepare(window, qtbot, "gasslekkasje-karsto")
    box = window.prepare.short_version
    assert not box.isHidden() and not box.isChecked()
    assert box.text() == "Kort versjon (90 min)"
    full = _preview_rows(window)
    assert len(full) == 14
    assert sum(title.endswith("(valgfritt)") for title, _ in full) == 5

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    short = _preview_rows(window)
    assert len(short) == 9
    assert not any(title.endswith("(valgfritt)") for title, _ in short)
    assert short[1][1] == "+00:08" and short[-1][1] == "+01:08"

    qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
    model = window.model
    assert model is not None
    assert model.pack.duration.seconds == 90 * 60
    assert [inject.id for inject in model.pack.injects()][:3] == ["gk-1-1", "gk-1-2", "gk-2-1"]
    assert len(model.pack.injects()) == 9
    # Kårstø's material is sensitive: the report starts exempt under § 24 third paragraph.
    assert model.exercise.evaluation.marking.kind is MarkingKind.OFFL_24


def test_full_version_is_the_default_and_a_pack_without_a_short_one_offers_none(
    window: MainWindow, qtbot
) -> None:
    _prepare(window, qtbot, "kom-i-gang")
    assert window.prepare.short_version.isHidden()
    qtbot.mouseClick(window.prepare.start_button, Qt.MouseButton.LeftButton)
    model = window.model
    assert model is not None
    assert len(model.pack.injects()) == 5
    assert model.exercise.evaluation.marking.kind is MarkingKind.NONE
