"""The «Tilpass» step by keyboard: add an inject, change who a question is for, move it to
another phase, undo and redo, save as a new pack, and run the result from Prepare."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ovelse.scenario import editing
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import BoardUpdate, Question
from ovelse.ui.editor.page import EditorPage
from ovelse.ui.editor.preview import stage_for
from ovelse.ui.main_window import MainWindow

from .conftest import FULL_PACK, Scripted


def open_editor(window: MainWindow, qtbot) -> EditorPage:
    """Add the full pack to the library, prepare it and open «Tilpass» on it."""
    entry = window.library.add_folder(FULL_PACK)
    assert entry.ok
    qtbot.mouseClick(window.library.prepare_button, Qt.MouseButton.LeftButton)
    assert window.tailor_button.isEnabled()
    qtbot.mouseClick(window.tailor_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.editor
    return window.editor


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, modifier)


CTRL = Qt.KeyboardModifier.ControlModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> object:
    return QApplication.focusWidget()


def arrow_to(qtbot, outline, path) -> None:
    """Down (or Up) arrow until the row for ``path`` is the chosen one."""
    for _ in range(60):
        if outline.current_path() == path:
            return
        below = list(outline.rows).index(path) > list(outline.rows).index(outline.current_path())
        key(qtbot, outline, Qt.Key.Key_Down if below else Qt.Key.Key_Up)
    raise AssertionError(f"no row {path} by the arrow keys")


def tab_to(qtbot, widget) -> None:
    """Tab from where the focus is until it is in ``widget``."""
    for _ in range(30):
        if focused() is widget:
            return
        key(qtbot, focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {widget.objectName()}; stuck at {focused()}")


def test_tailoring_by_keyboard_saves_a_pack_that_prepares(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.library.add_folder(FULL_PACK)  # the pack is listed and chosen in the library
    qtbot.waitUntil(window.library.pack_list.hasFocus)

    # Ctrl+Shift+T from the library opens the chosen pack in «Tilpass».
    key(qtbot, window.library.pack_list, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.stack.currentWidget() is window.editor
    editor = window.editor
    outline = editor.outline
    assert focused() is outline
    assert editor.source == FULL_PACK
    assert editor.problems == []

    # Arrows down to the first inject of the first phase, then Insert: a new inject after it.
    arrow_to(qtbot, outline, ("pack", "phases", 0, "injects", 0))
    key(qtbot, outline, Qt.Key.Key_Insert)
    assert [i.id for i in editor.draft.pack.phases[0].injects] == ["i1", "i4", "i2"]
    assert outline.current_path() == ("pack", "phases", 0, "injects", 1)
    assert focused() is outline

    # Tab into its form and type its title; the row follows.
    title = editor.form.fields["title"]
    tab_to(qtbot, title)
    key(qtbot, title, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(title, "Vannverket ringer")
    assert editor.draft.pack.phases[0].injects[1].title == "Vannverket ringer"
    assert "Vannverket ringer" in outline.currentItem().text(0)

    # Esc back to the row; Ctrl+Insert adds a question to it, Enter goes to its fields.
    key(qtbot, title, Qt.Key.Key_Escape)
    assert focused() is outline
    key(qtbot, outline, Qt.Key.Key_Insert, CTRL)
    question = ("pack", "phases", 0, "injects", 1, "questions", 0)
    assert outline.current_path() == question
    key(qtbot, outline, Qt.Key.Key_Return)
    assert focused() is editor.form.fields["text"]
    key(qtbot, focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "Hvem varsler innbyggerne?")

    # The roles are the pack's own, by title: arrows and Space tick them, one undo step each.
    # A new question is for the first role.
    picker = editor.form.fields["roles"]
    tab_to(qtbot, picker)
    labels = [picker.item(row).text() for row in range(picker.count())]
    assert labels[0] == "Ordfører (ordforer)"
    assert "Nettselskapet i {{ fylke }} (nettselskap)" in labels
    questions = editor.draft.pack.phases[0].injects[1].questions
    assert questions[0].roles == ("ordforer",)
    steps = editor.undo_stack.count()
    key(qtbot, picker, Qt.Key.Key_Down)
    key(qtbot, picker, Qt.Key.Key_Space)
    questions = editor.draft.pack.phases[0].injects[1].questions
    assert questions[0].roles == ("ordforer", "kommunedirektor")
    assert focused() is picker  # the list stays where the user is
    key(qtbot, picker, Qt.Key.Key_Up)
    key(qtbot, picker, Qt.Key.Key_Space)
    questions = editor.draft.pack.phases[0].injects[1].questions
    assert questions[0] == Question("Hvem varsler innbyggerne?", ("kommunedirektor",))
    assert editor.undo_stack.count() == steps + 2
    key(qtbot, picker, Qt.Key.Key_Z, CTRL)  # one tick undone at a time
    assert editor.draft.pack.phases[0].injects[1].questions[0].roles == (
        "ordforer",
        "kommunedirektor",
    )
    key(qtbot, picker, Qt.Key.Key_Y, CTRL)
    editor.check()
    assert editor.problems == []

    # Back to the inject row (Esc, Up); Alt+Shift+Down moves it to the next phase.
    key(qtbot, picker, Qt.Key.Key_Escape)
    assert focused() is outline
    key(qtbot, outline, Qt.Key.Key_Up)
    assert outline.current_path() == ("pack", "phases", 0, "injects", 1)
    key(qtbot, outline, Qt.Key.Key_Down, ALT_SHIFT)
    assert [i.id for i in editor.draft.pack.phases[1].injects] == ["i4", "i3"]
    assert outline.current_path() == ("pack", "phases", 1, "injects", 0)
    assert focused() is outline
    # Its time is before the inject ahead of it: the validator says so at «at».
    editor.check()
    assert [p.path for p in editor.problems] == ["phases[1].injects[0].at"]
    at = editor.form.fields["at"]
    tab_to(qtbot, at)
    key(qtbot, at, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(at, "1:30")
    editor.check()
    assert editor.problems == []

    # Undo all the way back and redo it all.
    key(qtbot, at, Qt.Key.Key_Escape)
    edited = editor.draft
    steps = editor.undo_stack.count()
    assert steps >= 6
    for _ in range(steps):
        key(qtbot, outline, Qt.Key.Key_Z, CTRL)
    assert not editor.undo_stack.canUndo()
    assert [i.id for i in editor.draft.pack.phases[0].injects] == ["i1", "i2"]
    for _ in range(steps):
        key(qtbot, outline, Qt.Key.Key_Y, CTRL)
    assert editor.draft == edited

    # Leaving with unsaved changes asks first; «no» stays in the editor.
    scripted.answers.append(False)
    key(qtbot, outline, Qt.Key.Key_2, CTRL)
    assert window.stack.currentWidget() is editor
    assert scripted.asked == ["Endringer som ikke er lagret"]

    # Ctrl+S saves a copy under «Mine pakker»; the fixture is not touched.
    before = (FULL_PACK / "scenario.yaml").read_bytes()
    key(qtbot, focused(), Qt.Key.Key_S, CTRL)
    saved = window.settings.pack_folder() / "full-pack"
    assert (saved / "scenario.yaml").is_file()
    assert (FULL_PACK / "scenario.yaml").read_bytes() == before
    loaded = load_pack(saved)
    assert loaded.pack.based_on == "full-pack 3"
    assert [i.id for i in loaded.pack.phases[1].injects] == ["i4", "i3"]
    assert loaded.pack.phases[1].injects[0].questions[0].roles == ("kommunedirektor",)
    assert "Mine pakker · " in window.library.pack_list.item(len(window.library.entries) - 1).text()

    # Ctrl+2 goes to Prepare with the saved pack, and Ctrl+Enter starts a session from it.
    key(qtbot, focused(), Qt.Key.Key_2, CTRL)
    assert window.stack.currentWidget() is window.prepare
    assert window.prepare.loaded is not None
    assert Path(window.prepare.loaded.root) == saved
    key(qtbot, focused(), Qt.Key.Key_Return, CTRL)
    assert window.model is not None
    assert [i.id for i in window.model.pack.phases[1].injects] == ["i4", "i3"]


def test_a_role_the_pack_lacks_stays_ticked_in_the_picker_until_unticked(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    editor = open_editor(window, qtbot)
    question = ("pack", "phases", 0, "injects", 0, "questions", 0)
    editor.push(editing.set_field(editor.draft, (*question, "roles"), ("ordforer", "ukjent")))
    editor.outline.select(question)
    editor.check()
    picker = editor.form.fields["roles"]
    ticked = [
        picker.item(row).text()
        for row in range(picker.count())
        if picker.item(row).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["Ordfører (ordforer)", "ukjent – finnes ikke i pakken"]
    assert "ukjent" in editor.form.errors["roles"].text()
    # Unticking it (End, Space) takes it out; the problem goes with it.
    picker.setFocus()
    key(qtbot, picker, Qt.Key.Key_End)
    key(qtbot, picker, Qt.Key.Key_Space)
    assert editor.draft.pack.phases[0].injects[0].questions[0].roles == ("ordforer",)
    editor.check()
    assert editor.problems == []
    assert not editor.form.errors["roles"].text()
    editor.undo_stack.setClean()  # (the window closes without asking)


def test_an_injects_responses_and_goals_are_ticked_from_the_packs_own(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    editor = open_editor(window, qtbot)
    editor.outline.select(("pack", "phases", 0, "injects", 0))

    def ticked(name: str) -> list[str]:
        picker = editor.form.fields[name]
        return [
            picker.item(row).text()
            for row in range(picker.count())
            if picker.item(row).checkState() == Qt.CheckState.Checked
        ]

    assert ticked("responses") == ["Nettselskapet (nett-svar)"]
    assert ticked("objectives") == [
        "Etablere kriseledelse i {{ kommune }} (m1)",
        "    Innkalle kriseledelsen innen én time (m1.1)",
    ]
    # Tab to the goals, End to the last one and Space: one more goal, one undo step.
    editor.to_fields()
    goals = editor.form.fields["objectives"]
    tab_to(qtbot, goals)
    key(qtbot, goals, Qt.Key.Key_End)
    key(qtbot, goals, Qt.Key.Key_Space)
    assert editor.draft.pack.phases[0].injects[0].objectives == ("m1", "m1.1", "m2")
    assert editor.undo_stack.count() == 1
    key(qtbot, goals, Qt.Key.Key_Z, CTRL)
    assert editor.draft.pack.phases[0].injects[0].objectives == ("m1", "m1.1")
    assert ticked("objectives")[-1].endswith("(m1.1)")  # the list shows the undone state
    assert focused() is editor.form.fields["objectives"]  # and the cursor is back in it


def test_after_delete_the_next_row_is_chosen_so_delete_again_goes_on(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    editor = open_editor(window, qtbot)
    outline = editor.outline
    outline.setFocus()
    arrow_to(qtbot, outline, ("pack", "phases", 0, "injects", 0))
    key(qtbot, outline, Qt.Key.Key_Delete)
    assert [i.id for i in editor.draft.pack.phases[0].injects] == ["i2"]
    assert outline.current_path() == ("pack", "phases", 0, "injects", 0)  # i2, next in line
    assert focused() is outline
    key(qtbot, outline, Qt.Key.Key_Delete)  # the last one: its phase is chosen
    assert editor.draft.pack.phases[0].injects == ()
    assert outline.current_path() == ("pack", "phases", 0)
    key(qtbot, outline, Qt.Key.Key_Z, CTRL)
    key(qtbot, outline, Qt.Key.Key_Z, CTRL)
    assert [i.id for i in editor.draft.pack.phases[0].injects] == ["i1", "i2"]
    editor.undo_stack.setClean()  # (the window closes without asking)


def test_on_a_laptop_screen_roles_show_by_title_and_fields_keep_their_height(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    window.resize(1366, 768)
    editor = open_editor(window, qtbot)
    # A catalogue role written as its id alone is shown by the catalogue's title.
    assert editor.outline.rows[("pack", "roles", 0)].text(0) == "Ordfører"
    editor.outline.select(("pack", "roles", 0))
    assert editor.form.fields["title"].placeholderText() == "Ordfører"
    # A question's roles list sits right under its text, not at the bottom of the page.
    editor.outline.select(("pack", "phases", 0, "injects", 0, "questions", 0))
    form = editor.form
    text, picker = form.fields["text"], form.fields["roles"]
    qtbot.waitUntil(lambda: picker.geometry().isValid() and picker.mapTo(form, QPoint()).y() > 0)
    gap = picker.mapTo(form, QPoint()).y() - (text.mapTo(form, QPoint()).y() + text.height())
    assert 0 <= gap < 20
    # Moving in the list ticks nothing and highlights nothing: only the ticks are chosen.
    picker.setFocus()
    key(qtbot, picker, Qt.Key.Key_Down)
    assert picker.selectedItems() == []
    assert not editor.has_unsaved_changes()


def test_edits_given_up_when_leaving_are_gone_when_coming_back(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    editor = open_editor(window, qtbot)
    editor.outline.select(("pack", "phases", 0, "injects", 0))
    qtbot.keyClick(editor.outline, Qt.Key.Key_Delete)
    assert [i.id for i in editor.draft.pack.phases[0].injects] == ["i2"]
    scripted.answers.append(True)  # «forlate dem»
    window.go(1)
    assert window.stack.currentWidget() is window.prepare
    qtbot.mouseClick(window.tailor_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is editor
    assert [i.id for i in editor.draft.pack.phases[0].injects] == ["i1", "i2"]
    assert not editor.undo_stack.canUndo()


def test_a_draft_with_errors_is_saved_but_not_prepared(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    editor = open_editor(window, qtbot)
    editor.outline.select(("pack", "phases", 1, "injects", 0))
    at = editor.form.fields["at"]
    assert isinstance(at, QLineEdit)
    at.setFocus()
    at.selectAll()
    qtbot.keyClicks(at, "9:00")  # after the end of the exercise
    assert editor.check()[0].path == "phases[1].injects[0].at"
    assert editor.outline.rows[("pack", "phases", 1, "injects", 0)].toolTip(0)
    qtbot.keyClicks(at, "x")  # not a time: said at the field, the draft keeps 9:00
    assert "ikke en varighet" in editor.form.errors["at"].text()
    assert editor.save()
    assert "utkast" in editor.status.text()
    assert not window.step_buttons[1].isEnabled()
    saved = window.settings.pack_folder() / "full-pack"
    assert any(
        entry.folder == saved and not entry.ok and entry.mine for entry in window.library.entries
    )


def test_a_draft_saved_with_errors_is_opened_again_from_the_library_and_put_right(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    editor = open_editor(window, qtbot)
    editor.outline.select(("pack", "phases", 1, "injects", 0))
    at = editor.form.fields["at"]
    at.setFocus()
    key(qtbot, at, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(at, "9:00")  # after the end of the exercise
    key(qtbot, at, Qt.Key.Key_S, CTRL)
    assert "utkast" in editor.status.text()

    # Ctrl+1 to the library; the draft is the last pack there, and Ctrl+Shift+T opens it.
    key(qtbot, at, Qt.Key.Key_1, CTRL)
    pack_list = window.library.pack_list
    assert focused() is pack_list
    key(qtbot, pack_list, Qt.Key.Key_End)
    draft = window.library.current_entry()
    assert draft is not None and draft.mine and not draft.ok
    key(qtbot, pack_list, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.stack.currentWidget() is editor
    assert editor.source == draft.folder
    assert [p.path for p in editor.problems] == ["phases[1].injects[0].at"]

    # Put right and saved again in the same place, it is the pack prepared.
    arrow_to(qtbot, editor.outline, ("pack", "phases", 1, "injects", 0))
    at = editor.form.fields["at"]
    tab_to(qtbot, at)
    key(qtbot, at, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(at, "1:30")
    key(qtbot, at, Qt.Key.Key_S, CTRL)
    assert editor.source == draft.folder
    assert editor.problems == []
    assert window.prepare.loaded is not None
    assert Path(window.prepare.loaded.root) == draft.folder


def test_a_pack_folder_that_cannot_be_written_keeps_the_edits(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path: Path
) -> None:
    editor = open_editor(window, qtbot)
    editor.outline.select(("pack",))
    # The pack's own fields; its lists and tables (variables, phases …) are rows instead.
    assert {"title", "summary", "duration", "tags"} <= set(editor.form.fields)
    assert not {"variables", "phases", "roles", "board"} & set(editor.form.fields)
    title = editor.form.fields["title"]
    assert isinstance(title, QLineEdit)
    title.setFocus()
    qtbot.keyClicks(title, " (tilpasset)")
    blocker = tmp_path / "fil"
    blocker.write_text("ikke en mappe")
    assert not editor.save_to(blocker / "pakke")
    assert "kunne ikke lagres" in editor.status.text()
    assert editor.has_unsaved_changes()
    assert editor.draft.pack.title.endswith(" (tilpasset)")

    # Closing the window asks first; «no» keeps it open with the edits.
    scripted.answers.append(False)
    window.close()
    assert window.isVisible()
    assert editor.draft.pack.title.endswith(" (tilpasset)")
    scripted.answers.append(True)
    window.close()
    assert not window.isVisible()


def test_a_picture_is_chosen_for_an_inject_and_saved_beside_the_pack(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path: Path, monkeypatch
) -> None:
    from ovelse.ui import file_dialogs

    editor = open_editor(window, qtbot)
    fake = tmp_path / "kart.png"
    fake.write_bytes(b"not a picture at all")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *args: str(fake))
    editor.outline.select(("pack", "phases", 1, "injects", 0))
    assert editor.form.picture_button is not None
    editor.form.picture_button.click()
    assert "ikke et PNG-, JPEG- eller SVG-bilde" in editor.status.text()
    assert editor.draft.pack.phases[1].injects[0].media == ()

    fake.write_bytes((FULL_PACK / "media" / "bilde.png").read_bytes())
    editor.form.picture_button.click()
    media = ("pack", "phases", 1, "injects", 0, "media", 0)
    assert editor.outline.current_path() == media
    alt = editor.form.fields["alt"]
    assert isinstance(alt, QLineEdit)
    alt.setFocus()
    qtbot.keyClicks(alt, "Kart over vannverket")
    assert editor.check() == []
    assert editor.save()
    saved = window.settings.pack_folder() / "full-pack"
    assert (saved / "media" / "kart.png").read_bytes() == fake.read_bytes()
    ref = load_pack(saved).pack.phases[1].injects[0].media[0]
    assert (ref.path, ref.alt) == ("media/kart.png", "Kart over vannverket")


def test_board_changes_and_profile_values_are_edited_as_lines(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    editor = open_editor(window, qtbot)
    editor.outline.select(("pack", "phases", 0, "injects", 0))
    board = editor.form.fields["board"]
    assert board.toPlainText() == "strom: Ute [kritisk]\nmobil: Redusert"
    board.setFocus()
    board.selectAll()
    qtbot.keyClicks(board, "strom: Tilbake [normal]")
    assert editor.draft.pack.phases[0].injects[0].board == {
        "strom": BoardUpdate("Tilbake", "normal")
    }
    qtbot.keyClick(board, Qt.Key.Key_Return)
    qtbot.keyClicks(board, "uten kolon")
    assert "linje 2" in editor.form.errors["board"].text()

    editor.outline.select(("profiles", 0))
    values = editor.form.fields["values"]
    values.setFocus()
    values.moveCursor(values.textCursor().MoveOperation.End)
    qtbot.keyClick(values, Qt.Key.Key_Return)
    qtbot.keyClicks(values, "ukjent: x")
    editor.check()
    assert [problem.path for problem in editor.problems] == ["profiles[0].values.ukjent"]
    assert "ukjent" in editor.form.errors["values"].text()
    assert editor.outline.rows[("profiles", 0)].toolTip(0)
    editor.undo_stack.setClean()  # (the window closes without asking)


def test_the_preview_shows_the_inject_as_the_room_will_see_it(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    editor = open_editor(window, qtbot)
    editor.outline.select(("pack", "phases", 0, "injects", 0))
    editor.tabs.setCurrentWidget(editor.preview)
    preview = editor.preview
    preview.profile.setCurrentIndex(preview.profile.findData("samisk"))
    shown = "\n".join(preview.view.visible_texts())
    assert "Strømmen går i Nesseby" in shown
    assert "La deltakerne snakke fritt." not in shown  # notes never reach the room
    stage = preview.view.stage()
    assert (
        stage is not None and {item.item_id: item.value for item in stage.board}["strom"] == "Ute"
    )
    ratio = preview.view.width() / preview.view.height()
    assert abs(ratio - 16 / 9) < 0.02

    # While the pack has an error, the preview waits and says why.
    title = ("pack", "phases", 0, "injects", 0, "title")
    editor.push(editing.set_field(editor.draft, title, "{{ ukjent }}"))
    editor.check()
    assert preview.message.isVisible()
    assert not preview.box.isVisible()
    editor.undo_stack.setClean()  # (the window closes without asking)


def test_ctrl_e_offers_the_packs_variables_in_a_template_text(
    window: MainWindow, qtbot, scripted: Scripted, monkeypatch
) -> None:
    from ovelse.ui.editor import form as form_module

    offered: list[tuple[str, ...]] = []

    def choose(widget, names):
        offered.append(names)
        return "fylke"

    monkeypatch.setattr(form_module, "choose_variable", choose)
    editor = open_editor(window, qtbot)
    editor.outline.select(("pack", "phases", 0, "injects", 0))
    title = editor.form.fields["title"]
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " og ")
    qtbot.keyClick(title, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert offered == [("kommune", "fylke", "kommune_samisk")]
    assert editor.draft.pack.phases[0].injects[0].title.endswith(" og {{ fylke }}")
    text = editor.form.fields["text"]
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "{{ fylke }}" in editor.draft.pack.phases[0].injects[0].text
    at = editor.form.fields["at"]  # not a template: no offer
    at.setFocus()
    qtbot.keyClick(at, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(offered) == 2
    editor.undo_stack.setClean()  # (the window closes without asking)


def test_a_dragged_row_lands_where_it_is_dropped(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    from ovelse.ui.editor.outline import drop_place

    inject = ("pack", "phases", 0, "injects", 0)
    other = ("pack", "phases", 1, "injects", 0)
    assert drop_place(inject, other, "below") == (("pack", "phases", 1, "injects"), 1)
    assert drop_place(inject, ("pack", "phases", 1), "on")[0] == (
        "pack",
        "phases",
        1,
        "injects",
    )
    assert drop_place(inject, ("pack", "roles", 0), "above") is None  # not a role
    assert drop_place(inject, ("pack", "phases", 1), "above") is None  # not a phase
    assert drop_place(inject, ("pack", "objectives", 1), "on") is None  # holds no injects
    question = ("pack", "phases", 0, "injects", 0, "questions", 0)
    assert drop_place(question, other, "on") == ((*other, "questions"), 10**9)

    editor = open_editor(window, qtbot)
    editor.outline.select(inject)
    editor.drop(("pack", "phases", 0, "injects"), 0, ("pack", "phases", 1, "injects"), 1)
    assert [i.id for i in editor.draft.pack.phases[1].injects] == ["i3", "i1"]
    assert editor.outline.current_path() == ("pack", "phases", 1, "injects", 1)
    editor.drop(("pack", "phases", 1, "injects"), 1, ("pack", "phases", 1, "injects"), 0)
    assert [i.id for i in editor.draft.pack.phases[1].injects] == ["i1", "i3"]
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert [i.id for i in editor.draft.pack.phases[0].injects] == ["i1", "i2"]
    assert not editor.has_unsaved_changes()


def test_a_rehearsal_runs_the_tailored_pack_fast_and_writes_nothing(
    window: MainWindow, qtbot, scripted: Scripted, clock, tmp_path: Path
) -> None:
    editor = open_editor(window, qtbot)
    before = sorted(p.name for p in window.settings.basedir.rglob("*"))
    editor.preview.profile.setCurrentIndex(editor.preview.profile.findData("samisk"))
    rehearsal = editor.rehearse()
    assert rehearsal is not None
    qtbot.addWidget(rehearsal)
    rehearsal.tick()
    assert rehearsal.view.stage().title == ""  # i1 is given by hand («auto_release: false»)
    qtbot.mouseClick(rehearsal.next_button, Qt.MouseButton.LeftButton)
    assert rehearsal.view.stage().title == "Strømmen går i Nesseby"
    assert rehearsal.status.text().startswith("Øvingstid +00:00")
    # One real minute at ×60 is an hour of exercise time: the inject at +01:00 comes.
    rehearsal.speed.setCurrentIndex(1)
    clock.advance(minutes=1)
    rehearsal.tick()
    assert rehearsal.view.stage().title == "Mobilnettet faller ut"
    assert rehearsal.status.text().startswith("Øvingstid +01:00")
    qtbot.mouseClick(rehearsal.next_button, Qt.MouseButton.LeftButton)
    assert rehearsal.view.stage().title == "Vanntrykket faller"
    qtbot.mouseClick(rehearsal.pause_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=1)
    rehearsal.tick()
    assert rehearsal.status.text().startswith("Øvingstid +01:00")
    rehearsal.close()
    assert sorted(p.name for p in window.settings.basedir.rglob("*")) == before
    assert window.model is None


def test_a_variable_is_renamed_by_typing_its_name(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    editor = open_editor(window, qtbot)
    editor.outline.select(("pack", "variables", "fylke"))
    name = editor.form.fields["__name__"]
    assert isinstance(name, QLineEdit)
    name.setFocus()
    for char in "_navn":  # each key goes where the focus is, as a person's would
        qtbot.keyClick(QApplication.focusWidget(), char)
    assert list(editor.draft.pack.variables) == ["kommune", "fylke_navn", "kommune_samisk"]
    assert editor.outline.current_path() == ("pack", "variables", "fylke_navn")
    # Texts that used the old name are now wrong, and the check says where.
    editor.check()
    assert any(problem.path == "region" for problem in editor.problems)
    editor.undo_stack.undo()
    assert "fylke" in editor.draft.pack.variables
    editor.undo_stack.setClean()  # (the window closes without asking)


def test_every_row_of_a_built_in_pack_opens_its_form(
    window: MainWindow, qtbot, scripted: Scripted
) -> None:
    from ovelse.scenario.library import pack_folders

    folder = next(f for f in pack_folders() if f.name == "langvarig-strombrudd")
    editor = window.editor
    assert editor.open(folder)
    assert editor.problems == []
    for path in list(editor.outline.rows):
        editor.outline.select(path)
        assert editor.outline.current_path() == path
        if not editor.outline.is_group() and path != ("pack",):
            assert editor.form.fields, path
    assert not editor.has_unsaved_changes()  # looking changes nothing


def test_a_pack_chosen_in_the_library_is_tailored_with_a_click(window: MainWindow, qtbot) -> None:
    """A mouse user reaches «Tilpass» from the library without preparing the pack first."""
    window.library.add_folder(FULL_PACK)
    qtbot.waitUntil(window.tailor_button.isEnabled)
    assert window.stack.currentWidget() is window.library
    qtbot.mouseClick(window.tailor_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.editor
    assert window.editor.draft is not None
    assert window.editor.draft.pack.id == load_pack(FULL_PACK).pack.id


def test_the_preview_of_an_inject_shows_its_picture_and_who_each_question_is_for() -> None:
    loaded = load_pack(Path(__file__).parents[2] / "scenarios" / "gasslekkasje-karsto")
    pack = loaded.render(loaded.values(loaded.profiles[0]))
    inject = next(i for i in pack.injects() if i.media and i.questions)
    stage = stage_for(loaded, pack, inject.id)
    assert stage is not None and stage.title == inject.title
    assert stage.picture is not None
    assert stage.picture.data == (loaded.root / inject.media[0].path).read_bytes()
    role = pack.role(inject.questions[0].roles[0])
    assert role is not None
    assert role.title in stage.questions[0].roles
