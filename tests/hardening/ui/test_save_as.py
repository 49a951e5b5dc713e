"""Fil → Lagre som: when the file cannot be written, the facilitator carries on elsewhere.

The text being typed stays in the entry box, the message says what happened and where the
way out is, and after «Lagre som» the same Enter saves it in the new file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from ovelse.store import Session
from ovelse.ui import save_as, texts
from ovelse.ui.main_window import MainWindow
from tests.hardening.sessions import entry_texts
from tests.ui.test_screens import started


def _file_menu_texts(window: MainWindow) -> list[str]:
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Fil")
    return [action.text() for action in menu.actions()]


def test_save_as_is_in_the_file_menu_only_with_a_session(window: MainWindow, qtbot: object) -> None:
    assert texts.SAVE_AS_ACTION in _file_menu_texts(window)
    assert not window.save_as_action.isEnabled()
    started(window, qtbot)
    assert window.save_as_action.isEnabled()


def test_after_a_write_error_save_as_keeps_the_text_and_everything_before(
    window: MainWindow, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started(window, qtbot)
    model, console = window.model, window.console
    assert model is not None and console is not None
    old_path = model.path
    entry = console.log.entry
    entry.setText("Før minnepinnen falt ut")
    qtbot.keyClick(entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    old_path.rename(tmp_path / "borte.ovelse")  # the file is gone from where it was

    entry.setText("Viktig beslutning")
    qtbot.keyClick(entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert entry.text() == "Viktig beslutning"  # not a word lost
    message = console.log.message.text()
    assert "IKKE LAGRET" in message and "slettet eller flyttet" in message
    assert "Fil → Lagre som" in message and "Fil → Lagre som" in console.status.text()
    assert console.log.message.textFormat() == Qt.TextFormat.PlainText

    target = tmp_path / "reddet" / "Øvelse reddet.ovelse"
    target.parent.mkdir()
    chosen: list[Path] = []

    def choose(_parent: object, suggested: Path) -> Path:
        chosen.append(suggested)
        return target

    monkeypatch.setattr(save_as, "choose_path", choose)
    window.save_as_action.trigger()
    assert chosen and chosen[0].suffix == ".ovelse"
    assert model.path == target and not model.read_only
    assert window.session_label.text() == target.name
    assert window.session_label.toolTip() == str(target)
    assert str(target) in window.statusBar().currentMessage()
    assert window.settings.unclean_session() == target.resolve()

    qtbot.keyClick(entry, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert entry.text() == ""
    window.close_session()
    with Session.open(target) as reopened:
        assert entry_texts(reopened) == ["Før minnepinnen falt ut", "Viktig beslutning"]


def test_a_read_only_view_becomes_the_writer_after_save_as(
    window: MainWindow, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started(window, qtbot)
    model = window.model
    assert model is not None
    path = model.path
    window.close_session()
    holder = Session.open(path)  # another program has it open
    try:
        assert window.open_session(path)
        model = window.model
        assert model is not None and model.read_only and not model.timer.isActive()
        console = window.console
        assert console is not None and not console.next_button.isEnabled()
        target = tmp_path / "min kopi.ovelse"
        monkeypatch.setattr(save_as, "choose_path", lambda _parent, _suggested: target)
        assert window.save_session_as()
        assert not model.read_only and model.timer.isActive()
        assert console.next_button.isEnabled()
        assert model.call(model.exercise.release_next) is not None
    finally:
        holder.close()


def test_a_save_as_that_fails_says_why_and_changes_nothing(
    window: MainWindow, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started(window, qtbot)
    model, console = window.model, window.console
    assert model is not None and console is not None
    path = model.path
    taken = tmp_path / "finnes.ovelse"
    taken.write_bytes(b"noe annet")
    monkeypatch.setattr(save_as, "choose_path", lambda _parent, _suggested: taken)
    assert not window.save_session_as()
    assert model.path == path and taken.read_bytes() == b"noe annet"
    assert "finnes allerede" in console.status.text()
    monkeypatch.setattr(save_as, "choose_path", lambda _parent, _suggested: None)
    assert not window.save_session_as()  # cancelled: nothing happens
    assert model.path == path
