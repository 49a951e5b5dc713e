"""The «Tilpass» step: an outline of the pack, a form for the chosen item, undo and save.

The page holds a draft and a ``QUndoStack``; every edit is an operation of
``ovelse.scenario.editing`` wrapped in a command that applies the change or its inverse,
so the page never changes the pack itself. Typing in one field merges into one undo step.
The check is the loader's own (``check_draft``), run a moment after typing stops, and a
pack with problems can be saved as a draft but not prepared.
"""

from __future__ import annotations

import re
import shutil
import weakref
from collections.abc import Callable
from pathlib import Path as FilePath

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ovelse.exercise.clock import Clock, SystemClock
from ovelse.scenario import editing
from ovelse.scenario.editing import Change, Draft, EditError, Path, Step
from ovelse.scenario.errors import Problem, ScenarioError
from ovelse.scenario.loader import LoadedPack
from ovelse.scenario.model import MediaRef
from ovelse.scenario.workspace import (
    PictureError,
    SaveError,
    Workspace,
    by_field,
    checked,
    import_picture,
    open_draft,
    prepared_for,
    save_draft,
)
from ovelse.ui import confirm, file_dialogs, texts
from ovelse.ui.editor import dreiebok
from ovelse.ui.editor.form import ItemForm, Rename, Whole
from ovelse.ui.editor.outline import Outline
from ovelse.ui.editor.preview import InjectPreview
from ovelse.ui.editor.rehearsal import RehearsalWindow
from ovelse.ui.settings import AppSettings

CHECK_DELAY_MS = 150  # the check runs when typing pauses, not on every key
TYPING = 1  # undo command id: edits of one field in a row merge into one step


class EditCommand(QUndoCommand):
    def __init__(self, page: EditorPage, change: Change, *, typing: bool) -> None:
        super().__init__(change.label)
        self.page = page
        self.change = change
        self.typing = typing

    def redo(self) -> None:
        self.page.apply_change(self.change)

    def undo(self) -> None:
        self.page.apply_change(self.change.inverse())

    def id(self) -> int:
        return TYPING if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or not other.typing:
            return False
        mine, theirs = self.change.steps, other.change.steps
        if len(mine) != 1 or len(theirs) != 1 or mine[0].path != theirs[0].path:
            return False
        step = Step(mine[0].path, mine[0].before, theirs[0].after)
        self.change = Change(self.change.label, (step,))
        return True


class EditorPage(QWidget):
    savedPack = Signal(object)  # the folder of the saved pack

    def __init__(
        self, settings: AppSettings, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.clock: Clock = clock or SystemClock()
        self.rehearsal: RehearsalWindow | None = None
        self.draft: Draft | None = None
        self.workspace: Workspace | None = None
        self.problems: list[Problem] = []
        self._from_form = False
        self.undo_stack = QUndoStack(self)

        heading = QLabel(texts.EDITOR_HEADING)
        heading.setObjectName("pageHeading")
        self.source_label = QLabel()
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.outline = Outline()
        self.outline.currentItemChanged.connect(lambda *_: self._show_form())
        self.outline.moveRequested.connect(self.drop)
        self.form = ItemForm(self._form_edit, self.add_picture)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields themselves
        scroll.setWidget(self.form)
        self.preview = InjectPreview()
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, texts.EDITOR_TAB_FIELDS)
        self.tabs.addTab(self.preview, texts.EDITOR_TAB_PREVIEW)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_preview())
        self.loaded: LoadedPack | None = None
        splitter = QSplitter()
        splitter.addWidget(self.outline)
        splitter.addWidget(self.tabs)
        splitter.setSizes([420, 900])
        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        keys = QLabel(texts.EDITOR_KEYS)
        keys.setWordWrap(True)
        self.save_button = QPushButton(texts.EDITOR_SAVE)
        self.save_button.setToolTip(texts.EDITOR_SAVE_TIP)
        self.save_button.clicked.connect(self.save)
        self.save_in_button = QPushButton(texts.EDITOR_SAVE_IN)
        self.save_in_button.clicked.connect(self.save_in_folder)
        self.rehearse_button = QPushButton(texts.EDITOR_REHEARSE)
        self.rehearse_button.setToolTip(texts.EDITOR_REHEARSE_TIP)
        self.rehearse_button.clicked.connect(self.rehearse)
        self.export_dreiebok_button = QPushButton(texts.ACTION_EXPORT_DREIEBOK)
        self.export_dreiebok_button.clicked.connect(lambda: dreiebok.export_draft(self))
        self.import_dreiebok_button = QPushButton(texts.ACTION_IMPORT_DREIEBOK)
        self.import_dreiebok_button.clicked.connect(lambda: dreiebok.import_draft(self))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.import_dreiebok_button)
        buttons.addWidget(self.export_dreiebok_button)
        buttons.addWidget(self.rehearse_button)
        buttons.addWidget(self.save_in_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.source_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(keys)
        layout.addLayout(buttons)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        self._keys()

    def _keys(self) -> None:
        def on_outline(keys: str, slot: object) -> None:
            shortcut = QShortcut(QKeySequence(keys), self.outline)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        on_outline("Insert", self.add_after)
        on_outline("Ctrl+Insert", self.add_inside)
        on_outline("Delete", self.delete)
        on_outline("Ctrl+D", self.duplicate)
        on_outline("Alt+Up", lambda: self.move_item(-1))
        on_outline("Alt+Down", lambda: self.move_item(1))
        on_outline("Alt+Shift+Up", lambda: self.move_phase(-1))
        on_outline("Alt+Shift+Down", lambda: self.move_phase(1))
        on_outline("Return", self.to_fields)
        on_outline("Enter", self.to_fields)
        # Esc in the fields goes back to the row they belong to.
        back = QShortcut(QKeySequence("Escape"), self.tabs)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.outline.setFocus)
        for keys, slot in (
            # Written out: the platform's Redo may already be Ctrl+Y, and a key bound
            # twice does nothing.
            ("Ctrl+Z", self.undo_stack.undo),
            ("Ctrl+Shift+Z", self.undo_stack.redo),
            ("Ctrl+Y", self.undo_stack.redo),
            ("Ctrl+S", self.save),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- opening --------------------------------------------------------------------------

    def open(self, folder: FilePath) -> bool:
        """Open the pack in ``folder``; False (with the reason shown) if it cannot be read."""
        try:
            draft, workspace = open_draft(folder)
        except (ScenarioError, OSError) as exc:
            self.status.setText(texts.EDITOR_OPEN_FAILED.format(error=exc))
            return False
        self.close_pack()
        self.draft, self.workspace = draft, workspace
        # The working folder (chosen pictures) goes with the page if the pack is not closed.
        weakref.finalize(self, shutil.rmtree, workspace.working, True)
        self.undo_stack.clear()
        self.source_label.setText(str(folder))
        self.outline.fill(draft)
        self.outline.expandAll()
        self._show_form()
        self.check()
        return True

    def close_pack(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
        self.workspace = None

    @property
    def source(self) -> FilePath | None:
        return self.workspace.source if self.workspace is not None else None

    def has_unsaved_changes(self) -> bool:
        return not self.undo_stack.isClean()

    def may_leave(self) -> bool:
        """True when nothing would be lost, or the user agrees to lose it."""
        if not self.has_unsaved_changes():
            return True
        if confirm.ask(self, texts.EDITOR_UNSAVED_TITLE, texts.EDITOR_UNSAVED_TEXT):
            self.undo_stack.setClean()
            return True
        return False

    # --- edits ----------------------------------------------------------------------------

    def push(self, change: Change, *, typing: bool = False) -> None:
        self.undo_stack.push(EditCommand(self, change, typing=typing))

    def apply_change(self, change: Change) -> None:
        """Apply a change (or an undo) and redraw what it touched."""
        assert self.draft is not None
        # Undo from a field: the cursor comes back to that field of the new form.
        field = None if self._from_form else self.form.focused_field()
        self.draft = editing.apply(self.draft, change)
        structural = any(
            isinstance(editing.get(self.draft, step.path), tuple | dict) for step in change.steps
        )
        if self._from_form and not structural:
            for step in change.steps:
                for cut in range(len(step.path), 0, -1):
                    self.outline.relabel(self.draft, step.path[:cut])
        else:
            selected = self.outline.current_path()
            # An edit from the form keeps its form (and the focus in it): the rows are
            # rebuilt without telling the form that a row was chosen.
            was = self.outline.blockSignals(self._from_form or self.outline.signalsBlocked())
            try:
                self.outline.fill(self.draft)
                target = change.steps[0].path if change.steps else selected
                if target is not None and self._from_form:
                    target = selected
                self.outline.select(target or ("pack",))
            finally:
                self.outline.blockSignals(was)
            if not self._from_form:
                self._show_form()
                widget = self.form.fields.get(field or "")
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._check_timer.start()

    def _form_edit(self, path: Path, value: object) -> None:
        if self.draft is None:
            return
        self._from_form = True
        try:
            if isinstance(value, Rename):
                table, key = path[:-1], str(path[-1])
                if value.name == key or not value.name:
                    return
                try:
                    change = editing.rename_key(self.draft, table, key, value.name)
                except EditError:
                    return
                self._renamed(change, (*table, value.name))
                return
            typing = not isinstance(value, Whole)
            if isinstance(value, Whole):
                value = value.value
            try:
                if editing.get(self.draft, path) == value:
                    return
            except EditError:
                return  # a field of an item that is gone
            self.push(editing.set_field(self.draft, path, value), typing=typing)
        finally:
            self._from_form = False

    def _renamed(self, change: Change, path: Path) -> None:
        """Rename a variable while its name is typed: the form follows, the cursor stays."""
        field = self.form.fields.get("__name__")
        cursor = field.cursorPosition() if isinstance(field, QLineEdit) else 0
        was = self.outline.blockSignals(True)
        try:
            self.push(change, typing=True)  # one undo step for the whole name
            self.outline.select(path)
        finally:
            self.outline.blockSignals(was)
        self._show_form()
        field = self.form.fields.get("__name__")
        if isinstance(field, QLineEdit):
            field.setFocus()
            field.setCursorPosition(cursor)

    def _show_form(self) -> None:
        if self.draft is None:
            return
        self.form.show_item(self.draft, self.outline.current_path(), self.outline.is_group())
        # Tab from the outline goes through the fields before the buttons below them.
        previous: QWidget = self.outline
        for widget in self.form.tab_chain():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self.form.show_problems(self.problems)
        self._refresh_preview()

    def to_fields(self) -> None:
        """Enter on a row: the cursor goes to its first field (Esc comes back)."""
        self.tabs.setCurrentIndex(0)
        first = next(iter(self.form.fields.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def _refresh_preview(self) -> None:
        """The preview follows the chosen inject (or the inject of a chosen question)."""
        if self.draft is None:
            return
        if self.tabs.currentWidget() is not self.preview:
            self.preview.show_inject(self.loaded, None)  # the profiles, for a rehearsal too
            return
        path = self.outline.current_path() or ()
        inject_id = None
        if len(path) >= 5 and path[1] == "phases" and path[3] == "injects":
            inject_id = editing.get(self.draft, path[:5]).id
        self.preview.show_inject(self.loaded, inject_id)

    def _list_and_index(self) -> tuple[Path, int] | None:
        path = self.outline.current_path()
        if path is None or self.outline.is_group() or not isinstance(path[-1], int):
            return None
        return path[:-1], path[-1]

    def _try(self, make: Callable[[], Change]) -> None:
        """Push the change an operation makes, and choose the row it added, if any."""
        try:
            change = make()
        except EditError:
            return
        self.push(change)
        step = change.steps[-1]
        if isinstance(step.after, tuple) and len(step.after) > len(step.before):
            added = next(
                (i for i, item in enumerate(step.before) if step.after[i] != item),
                len(step.before),
            )
            self.outline.select((*step.path, added))
        elif isinstance(step.after, dict) and len(step.after) > len(step.before):
            self.outline.select((*step.path, next(reversed(step.after))))

    def add_after(self) -> None:
        """Insert: a new item after the chosen one, or at the end of a chosen group."""
        if self.draft is None:
            return
        draft, path = self.draft, self.outline.current_path()
        if path == ("pack", "variables") or (path and path[:2] == ("pack", "variables")):
            self._try(lambda: editing.add_variable(draft))
            return
        if self.outline.is_group() and path is not None:
            self._try(lambda: editing.add(draft, path))
            return
        place = self._list_and_index()
        if place is not None:
            self._try(lambda: editing.add(draft, place[0], place[1] + 1))

    def add_inside(self) -> None:
        """Ctrl+Insert: an inject in a phase, a sub-goal in a goal, a question in an inject."""
        if self.draft is None:
            return
        draft, path = self.draft, self.outline.current_path()
        if path is None or self.outline.is_group():
            self.add_after()
            return
        value = editing.get(draft, path)
        name = next((n for n in ("injects", "subgoals", "questions") if hasattr(value, n)), None)
        if name is not None:
            inside: Path = (*path, name)
            self._try(lambda: editing.add(draft, inside))

    def delete(self) -> None:
        if self.draft is None:
            return
        draft, path = self.draft, self.outline.current_path()
        if path is not None and path[:2] == ("pack", "variables") and len(path) == 3:
            self._try(lambda: editing.remove_key(draft, path[:2], str(path[2])))
            return
        place = self._list_and_index()
        if place is not None:
            self._try(lambda: editing.remove(draft, place[0], place[1]))
            # The row that took its place is chosen (or the one before, after the last), so
            # Delete again goes on down the list rather than out to the group.
            left = len(editing.get(self.draft, place[0]))
            if left:
                self.outline.select((*place[0], min(place[1], left - 1)))

    def duplicate(self) -> None:
        if self.draft is None:
            return
        draft, place = self.draft, self._list_and_index()
        if place is not None:
            self._try(lambda: editing.duplicate(draft, place[0], place[1]))
            self.outline.select((*place[0], place[1] + 1))

    def move_item(self, offset: int) -> None:
        if self.draft is None:
            return
        draft, place = self.draft, self._list_and_index()
        if place is None:
            return
        items = editing.get(draft, place[0])
        to = place[1] + offset
        if 0 <= to < len(items):
            self._try(lambda: editing.move(draft, place[0], place[1], to))
            self.outline.select((*place[0], to))

    def drop(self, from_list: Path, index: int, to_list: Path, to_index: int) -> None:
        """A row dragged in the outline: moved within its list or to another one."""
        if self.draft is None:
            return
        draft = self.draft
        if from_list == to_list:
            target = to_index - 1 if to_index > index else to_index
            self._try(lambda: editing.move(draft, from_list, index, target))
            place = (*from_list, min(target, len(editing.get(draft, from_list)) - 1))
        else:
            self._try(lambda: editing.transfer(draft, from_list, index, to_list, to_index))
            place = (*to_list, min(to_index, len(editing.get(draft, to_list))))
        self.outline.select(place)

    def move_phase(self, offset: int) -> None:
        """An inject to the end of the phase before, or the start of the phase after."""
        if self.draft is None:
            return
        draft, path = self.draft, self.outline.current_path()
        if path is None or len(path) != 5 or path[1] != "phases" or path[3] != "injects":
            return
        phase, index = int(path[2]), int(path[4])
        to_phase = phase + offset
        if not 0 <= to_phase < len(draft.pack.phases):
            return
        to_index = len(draft.pack.phases[to_phase].injects) if offset < 0 else 0
        self._try(lambda: editing.move_inject(draft, phase, index, to_phase, to_index))
        self.outline.select(editing.inject_path(to_phase, to_index))

    def add_picture(self) -> None:
        """Choose a picture for the chosen inject; it is copied into the pack's media."""
        path = self.outline.current_path()
        if self.draft is None or self.workspace is None or path is None:
            return
        chosen = file_dialogs.open_file_name(
            self, texts.EDITOR_PICTURE_CAPTION, str(FilePath.home()), texts.EDITOR_PICTURE_FILTER
        )
        if not chosen:
            return
        try:
            reference = import_picture(FilePath(chosen), self.workspace)
        except PictureError as exc:
            self.status.setText(str(exc))
            return
        draft, media = self.draft, (*path, "media")
        self._try(
            lambda: editing.insert(
                draft, media, len(editing.get(draft, media)), MediaRef(reference)
            )
        )

    # --- checking and saving --------------------------------------------------------------

    def check(self) -> list[Problem]:
        if self.draft is None or self.workspace is None:
            return []
        self.loaded, found = checked(self.draft, self.workspace)
        self.problems = by_field(found, self.draft, self.workspace)
        self.rehearse_button.setEnabled(self.loaded is not None)
        self._refresh_preview()
        self.outline.mark(self.problems)
        self.form.show_problems(self.problems)
        self.status.setText(
            texts.EDITOR_PROBLEMS.format(count=len(self.problems))
            if self.problems
            else texts.EDITOR_NO_PROBLEMS
        )
        return self.problems

    def rehearse(self) -> RehearsalWindow | None:
        """Run the draft on a fast clock, with the profile chosen in the preview."""
        loaded = self.loaded
        if loaded is None:
            return None
        profile_id = self.preview.profile.currentData()
        values = loaded.values(loaded.profile(profile_id) if profile_id else None)
        try:
            pack = loaded.render(values)
        except ScenarioError as exc:
            self.status.setText(str(exc))
            return None
        if self.rehearsal is not None:
            self.rehearsal.close()
            self.rehearsal.deleteLater()
        self.rehearsal = RehearsalWindow(pack, values, loaded.media(pack), self.clock, self)
        self.rehearsal.show()
        return self.rehearsal

    def default_target(self) -> FilePath:
        """A saved user pack is saved again where it is; anything else gets a new folder."""
        mine = self.settings.pack_folder()
        source = self.source
        if source is not None and source.parent.resolve() == mine.resolve():
            return source
        assert self.draft is not None
        stem = re.sub(r"[^a-z0-9._-]", "-", self.draft.pack.id.lower()) or "pakke"
        target, number = mine / stem, 2
        while target.exists():
            target, number = mine / f"{stem}-{number}", number + 1
        return target

    def save(self) -> bool:
        """Save under «Mine pakker» (Ctrl+S)."""
        if self.draft is None:
            return False
        return self.save_to(self.default_target())

    def save_in_folder(self) -> bool:
        chosen = file_dialogs.existing_directory(
            self, texts.EDITOR_SAVE_IN_CAPTION, str(self.settings.pack_folder())
        )
        return bool(chosen) and self.save_to(FilePath(chosen))

    def save_to(self, target: FilePath) -> bool:
        if self.draft is None or self.workspace is None:
            return False
        prepared = prepared_for(self.draft, self.workspace, target)
        try:
            save_draft(prepared, self.workspace, target)
        except SaveError as exc:
            self.status.setText(str(exc))
            return False
        if prepared != self.draft:
            self.draft = prepared
        self.workspace.source = target
        self.workspace.original = prepared.pack
        self.source_label.setText(str(target))
        self.undo_stack.setClean()
        problems = self.check()
        folder = str(target)
        self.status.setText(
            texts.EDITOR_SAVED_WITH_PROBLEMS.format(folder=folder)
            if problems
            else texts.EDITOR_SAVED.format(folder=folder)
        )
        self.savedPack.emit(target)
        return True
