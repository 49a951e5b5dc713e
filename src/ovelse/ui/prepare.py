"""Preparing an exercise: tailor the pack, preview every inject, seat the table, pick a file.

The page produces a ``Preparation``; the main window turns it into a session file. Roles
at the table without a named person become role-only participants, which is how many
municipalities log anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ovelse import SESSION_SUFFIX
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.languages import second_language_name, without_translation
from ovelse.scenario.timing import format_offset
from ovelse.ui import confirm, file_dialogs, texts
from ovelse.ui.confirm import CONFIRM_KEYS
from ovelse.ui.inject_text import STYLE, inject_html
from ovelse.ui.plain_edit import PlainEdit
from ovelse.ui.settings import AppSettings
from ovelse.ui.shortcuts import STEP_KEYS

if TYPE_CHECKING:  # the library window starts without the format classes and Jinja2
    from ovelse.report.kit.model import Kit
    from ovelse.scenario.loader import LoadedPack
    from ovelse.scenario.model import Directive, Profile, ScenarioPack

# The øvingsdirektiv's texts that take more than a line.
DIRECTIVE_PARAGRAPHS = ("scope", "rules", "practical")


@dataclass(frozen=True)
class PlannedParticipant:
    name: str
    organisation: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Preparation:
    loaded: LoadedPack
    profile_id: str | None
    values: dict[str, str]
    rendered: ScenarioPack
    media: dict[str, bytes]
    participants: tuple[PlannedParticipant, ...]
    auto_release: bool
    path: Path
    directive: Directive  # the øvingsdirektiv's texts, for the session and the paper kit


def default_session_path(folder: Path, pack_id: str, today: date | None = None) -> Path:
    """``<folder>/<pack>-<date>.ovelse``, numbered when that name is taken."""
    stem = f"{pack_id}-{(today or date.today()).isoformat()}"
    candidate = folder / f"{stem}{SESSION_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{SESSION_SUFFIX}"
        number += 1
    return candidate


class PreparePage(QWidget):
    createRequested = Signal(object)  # Preparation
    backRequested = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.loaded: LoadedPack | None = None
        self.rendered: ScenarioPack | None = None
        self._fields: dict[str, QLineEdit] = {}
        self._filling = False
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(200)
        self._render_timer.timeout.connect(self.render_preview)

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        # Tailoring: profile and variables.
        self.profile_combo = QComboBox()
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        self.variables_form = QFormLayout()
        tailor = QWidget()
        tailor_layout = QVBoxLayout(tailor)
        profile_row = QFormLayout()
        profile_row.addRow(texts.PREPARE_PROFILE, self.profile_combo)
        tailor_layout.addLayout(profile_row)
        # The pack's core injects on their short times, for a group with one meeting slot.
        self.short_version = QCheckBox()
        self.short_version.setObjectName("shortVersion")
        self.short_version.toggled.connect(lambda _on: self.render_preview())
        tailor_layout.addWidget(self.short_version)
        # The pack's second language on the shared screen; a session without it keeps none.
        self.show_translation = QCheckBox()
        self.show_translation.setObjectName("showTranslation")
        self.show_translation.toggled.connect(lambda _on: self.render_preview())
        tailor_layout.addWidget(self.show_translation)
        self.translation_note = QLabel()
        self.translation_note.setObjectName("translationNote")
        self.translation_note.setTextFormat(Qt.TextFormat.PlainText)
        self.translation_note.setWordWrap(True)
        tailor_layout.addWidget(self.translation_note)
        tailor_layout.addWidget(_bold(texts.PREPARE_VARIABLES))
        tailor_layout.addLayout(self.variables_form)
        self.render_error = QLabel()
        self.render_error.setObjectName("errorText")
        self.render_error.setTextFormat(Qt.TextFormat.PlainText)
        self.render_error.setWordWrap(True)
        self.render_error.hide()
        tailor_layout.addWidget(self.render_error)
        tailor_layout.addStretch(1)

        # Preview of every rendered inject.
        self.preview_tree = QTreeWidget()
        self.preview_tree.setHeaderLabels(["", ""])
        self.preview_tree.setHeaderHidden(True)
        self.preview_tree.setColumnCount(2)
        header = self.preview_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.preview_tree.currentItemChanged.connect(lambda *_: self._show_inject())
        self.preview_text = QTextBrowser()
        self.preview_text.setOpenLinks(False)
        self.preview_text.document().setDefaultStyleSheet(STYLE)
        self.preview_private = QCheckBox(texts.PREPARE_PREVIEW_FACILITATOR)
        self.preview_private.setChecked(True)
        self.preview_private.toggled.connect(lambda _on: self._show_inject())
        preview_right = QWidget()
        preview_right_layout = QVBoxLayout(preview_right)
        preview_right_layout.setContentsMargins(0, 0, 0, 0)
        preview_right_layout.addWidget(self.preview_private)
        preview_right_layout.addWidget(self.preview_text, 1)
        preview = QSplitter()
        preview.addWidget(self.preview_tree)
        preview.addWidget(preview_right)
        preview.setStretchFactor(0, 2)
        preview.setStretchFactor(1, 3)

        # Roles and participants.
        self.roles_list = QListWidget()
        self.roles_list.itemChanged.connect(lambda _item: self._roles_changed())
        self.participants = QTableWidget(0, 3)
        self.participants.setHorizontalHeaderLabels(list(texts.PREPARE_PARTICIPANT_COLUMNS))
        self.participants.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Tab goes on to the buttons; arrow keys move between the cells.
        self.participants.setTabKeyNavigation(False)
        self.add_participant_button = QPushButton(texts.PREPARE_ADD_PARTICIPANT)
        self.add_participant_button.clicked.connect(lambda: self.add_participant_row())
        self.remove_participant_button = QPushButton(texts.PREPARE_REMOVE_PARTICIPANT)
        self.remove_participant_button.clicked.connect(self._remove_participant)
        seating = QWidget()
        seating_layout = QHBoxLayout(seating)
        roles_box = QVBoxLayout()
        roles_box.addWidget(_bold(texts.PREPARE_ROLES))
        roles_box.addWidget(self.roles_list)
        people_box = QVBoxLayout()
        people_box.addWidget(_bold(texts.PREPARE_PARTICIPANTS))
        hint = QLabel(texts.PREPARE_PARTICIPANT_HINT)
        hint.setWordWrap(True)
        people_box.addWidget(hint)
        people_box.addWidget(self.participants, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_participant_button)
        buttons.addWidget(self.remove_participant_button)
        buttons.addStretch(1)
        people_box.addLayout(buttons)
        seating_layout.addLayout(roles_box, 2)
        seating_layout.addLayout(people_box, 3)

        self.tabs = QTabWidget()
        # A pack may have thirty variables; the form scrolls instead of growing the window
        # past a 768-pixel laptop screen.
        tailor_scroll = QScrollArea()
        tailor_scroll.setWidgetResizable(True)
        tailor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        tailor_scroll.setWidget(tailor)
        self.tabs.addTab(tailor_scroll, texts.PREPARE_PROFILE)
        self.tabs.addTab(preview, texts.PREPARE_PREVIEW)
        self.tabs.addTab(seating, texts.PREPARE_ROLES)
        self.tabs.addTab(self._directive_form(), texts.PREPARE_DIRECTIVE)

        # Run settings and file.
        self.auto_release = QCheckBox(texts.PREPARE_AUTO_RELEASE)
        self.path_edit = QLineEdit()
        self.choose_button = QPushButton(texts.PREPARE_CHOOSE_FILE)
        self.choose_button.clicked.connect(self._choose_file)
        self.status = QLabel()
        self.status.setObjectName("errorText")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.back_button = QPushButton(texts.PREPARE_BACK)
        self.back_button.clicked.connect(self.backRequested)
        print_sequence = STEP_KEYS["print_kit"].keys[0]
        self.print_button = QPushButton(f"{texts.PREPARE_PRINT}  {print_sequence}")
        self.print_button.setObjectName("printKit")
        self.print_button.clicked.connect(self.print_kit)
        print_key = QShortcut(QKeySequence(print_sequence), self)
        print_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_key.activated.connect(self.print_button.click)
        self.start_button = QPushButton(f"{texts.PREPARE_START}  Ctrl+Enter")
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.request_create)
        # The keyboard's way forward from anywhere on the page, a form field included.
        for key in CONFIRM_KEYS:
            start = QShortcut(QKeySequence(key), self)
            start.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            start.activated.connect(self._start_by_key)

        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(texts.PREPARE_SAVE_AS))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.auto_release)
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    # --- loading a pack -------------------------------------------------------------------

    def set_pack(self, loaded: LoadedPack) -> None:
        from ovelse.scenario.workspace import builtin_pack

        self.loaded = loaded
        pack = loaded.pack
        self.directive_status.clear()
        self.directive_hint.setText(
            texts.PREPARE_DIRECTIVE_BUILTIN
            if builtin_pack(loaded.root)
            else texts.PREPARE_DIRECTIVE_HINT
        )
        self._filling = True
        self.profile_combo.clear()
        self.profile_combo.addItem(texts.PREPARE_PROFILE_DEFAULTS, None)
        for profile in loaded.profiles:
            self.profile_combo.addItem(profile.title, profile.id)
        self.profile_combo.addItem(texts.PREPARE_PROFILE_CUSTOM, "")
        while self.variables_form.rowCount():
            self.variables_form.removeRow(0)
        self._fields = {}
        for name, variable in pack.variables.items():
            edit = QLineEdit()
            edit.setObjectName(f"var_{name}")
            # Qt: tool tips and form labels guess rich text; the pack's words are data.
            edit.setToolTip(f"<p>{escape(variable.help)}</p>" if variable.help else "")
            edit.setPlaceholderText(variable.help)
            edit.textEdited.connect(lambda _text: self._edited())
            label = QLabel(variable.label)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.variables_form.addRow(label, edit)
            self._fields[name] = edit
        self._filling = False
        self.profile_combo.setCurrentIndex(1 if loaded.profiles else 0)
        self._profile_chosen()
        self.path_edit.setText(str(default_session_path(self.settings.session_folder(), pack.id)))
        self.auto_release.setChecked(False)
        self.short_version.blockSignals(True)
        self.short_version.setChecked(False)
        self.short_version.blockSignals(False)
        minutes = pack.short_duration.seconds // 60 if pack.short_duration else 90
        self.short_version.setText(texts.PREPARE_SHORT_VERSION.format(minutes=minutes))
        self.short_version.setVisible(pack.short_duration is not None)
        second = pack.translation
        language = second_language_name(pack)
        self.show_translation.setText(texts.PREPARE_SHOW_TRANSLATION.format(language=language))
        self.show_translation.setVisible(second is not None)
        note = second.note.strip() if second is not None else ""
        self.translation_note.setText(texts.PREPARE_TRANSLATION_NOTE.format(note=note))
        self.translation_note.setVisible(bool(note))
        self.participants.setRowCount(0)
        self.tabs.setCurrentIndex(0)
        self.status.clear()
        self.render_preview()
        self._fill_roles()

    def _fill_roles(self) -> None:
        self.roles_list.blockSignals(True)
        self.roles_list.clear()
        pack = self.rendered or (self.loaded.pack if self.loaded else None)
        if pack is not None:
            for role in pack.roles:
                title = role.title or role.id
                label = (
                    texts.PREPARE_ROLE_ESSENTIAL.format(title=title) if role.essential else title
                )
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, role.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if role.essential else Qt.CheckState.Unchecked
                )
                self.roles_list.addItem(item)
        self.roles_list.blockSignals(False)
        self._roles_changed()

    def chosen_profile(self) -> Profile | None:
        profile_id = self.profile_combo.currentData()
        if not profile_id or self.loaded is None:
            return None
        return self.loaded.profile(str(profile_id))

    def set_profile(self, profile_id: str | None) -> None:
        index = self.profile_combo.findData(profile_id)
        if index >= 0:
            self.profile_combo.setCurrentIndex(index)

    def _profile_chosen(self) -> None:
        if self._filling or self.loaded is None:
            return
        if self.profile_combo.currentData() == "":
            return  # «own values»: keep what is in the form
        profile = self.chosen_profile()
        values = self.loaded.values(profile)
        for name, edit in self._fields.items():
            edit.setText(values.get(name, ""))
        self.show_translation.blockSignals(True)
        self.show_translation.setChecked(profile is not None and profile.show_translation)
        self.show_translation.blockSignals(False)
        # The profile's own texts for the directive, or none: never another pack's.
        from ovelse.scenario.model import Directive  # loaded by now, with the pack

        self.set_directive(profile.directive if profile is not None else Directive())
        self._render_timer.start()

    def _edited(self) -> None:
        custom = self.profile_combo.findData("")
        if custom >= 0 and self.profile_combo.currentIndex() != custom:
            self._filling = True
            self.profile_combo.setCurrentIndex(custom)
            self._filling = False
        self._render_timer.start()

    def values(self) -> dict[str, str]:
        assert self.loaded is not None
        overrides = {name: edit.text() for name, edit in self._fields.items()}
        return self.loaded.values(self.chosen_profile(), overrides)

    # --- preview --------------------------------------------------------------------------

    def render_preview(self) -> None:
        self._render_timer.stop()
        if self.loaded is None:
            return
        try:
            self.rendered = self.loaded.render(self.values())
            if self.short_version.isChecked():
                from ovelse.scenario.tracks import short_track  # the format is loaded by now

                self.rendered = short_track(self.rendered)
            if not self.show_translation.isChecked():
                self.rendered = without_translation(self.rendered)
        except ScenarioError as exc:
            self.rendered = None
            problems = "\n".join(str(problem) for problem in exc.problems)
            self.render_error.setText(f"{texts.PREPARE_RENDER_ERROR}\n{problems}")
            self.render_error.show()
            self.start_button.setEnabled(False)
            return
        self.render_error.hide()
        self.start_button.setEnabled(True)
        self.heading.setText(texts.PREPARE_HEADING.format(title=self.rendered.title))
        current = self.preview_tree.currentItem()
        current_id = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        self.preview_tree.clear()
        select: QTreeWidgetItem | None = None
        for phase in self.rendered.phases:
            phase_item = QTreeWidgetItem([phase.title, ""])
            self.preview_tree.addTopLevelItem(phase_item)
            for inject in phase.injects:
                title = (
                    texts.PREPARE_OPTIONAL_INJECT.format(title=inject.title)
                    if inject.optional
                    else inject.title
                )
                item = QTreeWidgetItem([title, format_offset(inject.at.seconds)])
                item.setData(0, Qt.ItemDataRole.UserRole, inject.id)
                phase_item.addChild(item)
                if inject.id == current_id or select is None:
                    select = item if inject.id == current_id or select is None else select
            phase_item.setExpanded(True)
        self.preview_tree.resizeColumnToContents(1)
        if select is not None:
            self.preview_tree.setCurrentItem(select)
        self._show_inject()

    def _show_inject(self) -> None:
        item = self.preview_tree.currentItem()
        inject_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        pack = self.rendered
        if pack is None or not inject_id:
            self.preview_text.setPlainText(texts.PREPARE_PREVIEW_EMPTY)
            return
        inject = next(i for i in pack.injects() if i.id == inject_id)
        self.preview_text.setHtml(
            inject_html(
                inject,
                pack,
                lambda role_id: _role_title(pack, role_id),
                private=self.preview_private.isChecked(),
            )
        )

    # --- roles and participants -----------------------------------------------------------

    def checked_roles(self) -> list[str]:
        return [
            str(self.roles_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.roles_list.count())
            if self.roles_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_role_checked(self, role_id: str, checked: bool) -> None:
        for row in range(self.roles_list.count()):
            item = self.roles_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == role_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _roles_changed(self) -> None:
        for row in range(self.participants.rowCount()):
            combo = self.participants.cellWidget(row, 2)
            if isinstance(combo, QComboBox):
                self._fill_role_combo(combo, str(combo.currentData() or ""))

    def _fill_role_combo(self, combo: QComboBox, selected: str) -> None:
        pack = self.rendered or (self.loaded.pack if self.loaded else None)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("–", "")
        if pack is not None:
            for role in pack.roles:
                combo.addItem(role.title or role.id, role.id)
        index = combo.findData(selected)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def add_participant_row(self, name: str = "", organisation: str = "", role: str = "") -> int:
        row = self.participants.rowCount()
        self.participants.insertRow(row)
        self.participants.setItem(row, 0, QTableWidgetItem(name))
        self.participants.setItem(row, 1, QTableWidgetItem(organisation))
        combo = QComboBox()
        self._fill_role_combo(combo, role)
        self.participants.setCellWidget(row, 2, combo)
        if role:
            self.set_role_checked(role, True)
        combo.currentIndexChanged.connect(
            lambda _i, c=combo: (
                self.set_role_checked(str(c.currentData()), True) if c.currentData() else None
            )
        )
        self.participants.setCurrentCell(row, 0)
        return row

    def _remove_participant(self) -> None:
        row = self.participants.currentRow()
        if row >= 0:
            self.participants.removeRow(row)

    def planned_participants(self) -> tuple[PlannedParticipant, ...]:
        people: list[PlannedParticipant] = []
        covered: set[str] = set()
        for row in range(self.participants.rowCount()):
            name_item, org_item = self.participants.item(row, 0), self.participants.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            organisation = org_item.text().strip() if org_item else ""
            combo = self.participants.cellWidget(row, 2)
            role = str(combo.currentData() or "") if isinstance(combo, QComboBox) else ""
            roles = (role,) if role else ()
            if name or organisation or roles:
                people.append(PlannedParticipant(name, organisation, roles))
                covered.update(roles)
        for role_id in self.checked_roles():
            if role_id not in covered:
                people.append(PlannedParticipant("", "", (role_id,)))
        return tuple(people)

    # --- the øvingsdirektiv and the paper kit -----------------------------------------------

    def _directive_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        # Where the texts are kept: said for the pack chosen (``set_pack``).
        self.directive_hint = QLabel(texts.PREPARE_DIRECTIVE_HINT)
        self.directive_hint.setWordWrap(True)
        layout.addWidget(self.directive_hint)
        form = QFormLayout()
        self.directive_fields: dict[str, QLineEdit | PlainEdit] = {}
        for name, label in texts.PREPARE_DIRECTIVE_FIELDS.items():
            field: QLineEdit | PlainEdit = (
                PlainEdit() if name in DIRECTIVE_PARAGRAPHS else QLineEdit()
            )
            field.setObjectName(f"directive_{name}")
            if isinstance(field, PlainEdit):
                field.setMaximumHeight(field.fontMetrics().lineSpacing() * 5)
            form.addRow(label, field)
            self.directive_fields[name] = field
        self.directive_fields["rules"].setPlaceholderText(texts.PREPARE_DIRECTIVE_RULES_DEFAULT)
        layout.addLayout(form)
        self.directive_status = QLabel()
        self.directive_status.setTextFormat(Qt.TextFormat.PlainText)
        self.directive_status.setWordWrap(True)
        layout.addWidget(self.directive_status)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def set_directive(self, directive: Directive) -> None:
        for name, field in self.directive_fields.items():
            value = getattr(directive, name)
            if isinstance(field, PlainEdit):
                field.setPlainText(value)
            else:
                field.setText(value)

    def directive(self) -> Directive:
        from ovelse.scenario.model import Directive  # loaded by now, with the pack

        values = {
            name: field.toPlainText() if isinstance(field, PlainEdit) else field.text()
            for name, field in self.directive_fields.items()
        }
        return Directive(**{name: value.strip() for name, value in values.items()})

    def remember_directive(self) -> None:
        """Keep the directive's texts in the chosen profile for next time, where the pack
        can be written to; a built-in pack keeps them in the session only."""
        from dataclasses import replace

        from ovelse.scenario.workspace import SaveError, builtin_pack, save_profile_directive

        profile = self.chosen_profile()
        directive = self.directive()
        if self.loaded is None or profile is None or profile.directive == directive:
            return
        if builtin_pack(self.loaded.root):
            return
        try:
            save_profile_directive(self.loaded.root, profile.id, directive)
        except SaveError as exc:
            self.directive_status.setText(texts.PREPARE_DIRECTIVE_NOT_SAVED.format(reason=exc))
            return
        saved = replace(profile, directive=directive)
        profiles = tuple(saved if p.id == profile.id else p for p in self.loaded.profiles)
        self.loaded = replace(self.loaded, profiles=profiles)
        self.directive_status.setText(texts.PREPARE_DIRECTIVE_SAVED.format(profile=profile.title))

    def kit(self, reveal: bool) -> Kit:
        """The paper kit of what the page shows now, the inject cards with their pictures."""
        from ovelse.app.kit import kit_for_preparation
        from ovelse.ui.svg_png import svg_png

        assert self.rendered is not None
        people: dict[str, tuple[str, ...]] = {}
        seated: set[str] = set()
        for person in self.planned_participants():
            seated.update(person.roles)
            for role in person.roles:
                if person.name:
                    people[role] = (*people.get(role, ()), person.name)
        return kit_for_preparation(
            self.rendered,
            self.values(),
            self.chosen_profile(),
            self.directive(),
            people,
            reveal=reveal,
            media=self.loaded.media(self.rendered) if self.loaded is not None else None,
            svg_png=svg_png,
            at_table=seated,
        )

    def print_kit(self) -> None:
        from ovelse.ui.print_dialog import PrintDialog

        self.render_preview()
        if self.loaded is None or self.rendered is None:
            return
        self.remember_directive()
        folder = self.settings.session_folder() / texts.PRINT_FOLDER_NAME.format(
            pack=self.loaded.pack.id
        )
        dialog = PrintDialog(self.kit, folder, self)
        if confirm.run_dialog(dialog) and dialog.written:
            count = len(dialog.written)
            self.status.setText(
                texts.PRINT_WRITTEN.for_count(count).format(
                    count=count, folder=dialog.written[0].path.parent
                )
            )

    # --- file and start -------------------------------------------------------------------

    def _choose_file(self) -> None:
        path = file_dialogs.save_file_name(
            self, texts.PREPARE_SAVE_AS, self.path_edit.text(), texts.SESSION_FILTER
        )
        if path:
            if not path.endswith(SESSION_SUFFIX):
                path += SESSION_SUFFIX
            self.path_edit.setText(path)

    def _start_by_key(self) -> None:
        if self.start_button.isEnabled():
            self.start_button.click()

    def request_create(self) -> None:
        self.render_preview()
        if self.loaded is None or self.rendered is None:
            return
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(texts.PREPARE_NO_FILE)
            return
        path = Path(text)
        if path.suffix != SESSION_SUFFIX:
            path = path.with_name(path.name + SESSION_SUFFIX)
        if path.exists():
            self.status.setText(texts.PREPARE_FILE_EXISTS.format(path=path))
            return
        self.remember_directive()
        profile = self.chosen_profile()
        self.status.clear()
        self.createRequested.emit(
            Preparation(
                loaded=self.loaded,
                profile_id=profile.id if profile else None,
                values=self.values(),
                rendered=self.rendered,
                media=self.loaded.media(self.rendered),
                participants=self.planned_participants(),
                auto_release=self.auto_release.isChecked(),
                path=path,
                directive=self.directive(),
            )
        )

    def show_error(self, message: str) -> None:
        self.status.setText(message)


def _role_title(pack: ScenarioPack, role_id: str) -> str:
    role = pack.role(role_id)
    return (role.title or role.id) if role is not None else role_id


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
