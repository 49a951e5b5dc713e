"""The form for the item chosen in the outline: one field per format field.

The form is built from the model's own fields (their type and their ``doc``, shown as
the tooltip), so a field added to the format appears here without editor code. Every
change is handed to ``edit`` as (place, new value); the page turns it into a core
operation. A text that is not yet a time («1:3») stays in its field, marked, and is
not handed on; the validator's problems are shown under the field they are about.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable
from typing import Any, Literal, cast, get_args, get_origin

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ovelse.scenario.catalogue import standard_role
from ovelse.scenario.editing import Draft, Path, field_path, get
from ovelse.scenario.errors import Problem
from ovelse.scenario.languages import language_name
from ovelse.scenario.model import BoardStatus, BoardUpdate, Inject, InjectTranslation, Role
from ovelse.scenario.timing import Duration, ScenarioTime, TimingError
from ovelse.ui import texts
from ovelse.ui.plain_edit import PlainEdit

# Texts long enough to need several lines.
LONG_TEXTS = frozenset({"text", "notes", "summary", "background", "purpose", "description"})
# Lists of texts, one per line; other lists of text are lists of ids, separated by commas.
LINE_LISTS = frozenset({"expected_actions", "stall_prompts", "tags"})

Edit = Callable[[Path, Any], None]
ERROR_STYLE = "color: #a01c22;"
PICKER_ROWS = 8  # the role list grows to this many rows, then scrolls
PICKER_STYLE = "QListWidget::item:focus { border: 2px solid #1f4e8c; }"


def _optional(tp: Any) -> tuple[Any, bool]:
    if get_origin(tp) in (typing.Union, types.UnionType):
        args = [arg for arg in get_args(tp) if arg is not type(None)]
        return args[0], True
    return tp, False


class ItemForm(QWidget):
    """The fields of one item; rebuilt when another item is chosen."""

    def __init__(
        self, edit: Edit, add_picture: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editorForm")
        self._edit = edit
        self._add_picture = add_picture
        self.picture_button: QPushButton | None = None
        self.variables: tuple[str, ...] = ()
        # The pack's own items a list of ids is chosen from, as (id, label), by field name.
        self.choices: dict[str, tuple[tuple[str, str], ...]] = {}
        self._template_keys = _TemplateKeys(self)
        self.path: Path | None = None
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The fields keep their own height at the top; the room below is left empty
        # rather than handed to the last text box (a short question in a page-high box).
        self._layout.addStretch(1)
        self._body: QWidget | None = None

    def show_item(self, draft: Draft, path: Path | None, group: bool) -> None:
        if self._body is not None:
            self._body.hide()
            self._body.deleteLater()
        self._body = QWidget()
        self.fields, self.errors = {}, {}
        self.variables = tuple(draft.pack.variables)
        self.choices = id_choices(draft)
        self.picture_button = None
        self.path = None if group else path
        form = QFormLayout(self._body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.insertWidget(0, self._body)
        self.setMinimumHeight(0)
        if path is None or group:
            return
        self._fill(form, draft, path)
        # Shown now, not when the event loop gets to it: Tab and Enter reach the fields
        # right after the row was chosen by a key.
        self._body.show()
        # The scroll area scrolls rather than squeezing the text fields to one line.
        self.setMinimumHeight(self._body.minimumSizeHint().height())

    def focused_field(self) -> str | None:
        """The name of the field the cursor is in, if it is in one."""
        focus = QApplication.focusWidget()
        return next(
            (
                name
                for name, widget in self.fields.items()
                if focus is not None and (focus is widget or widget.isAncestorOf(focus))
            ),
            None,
        )

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order they are shown, the picture button last."""
        chain = list(self.fields.values())
        if self.picture_button is not None:
            chain.append(self.picture_button)
        return chain

    def _fill(self, form: QFormLayout, draft: Draft, path: Path) -> None:
        value = get(draft, path)
        if path[:2] == ("pack", "variables") and len(path) == 3:
            name = QLineEdit(str(path[2]))
            name.setObjectName("field_name")
            name.textEdited.connect(lambda text: self._edit(path, _Rename(text)))
            self._add(form, "__name__", texts.EDITOR_NAME, name, "")
        hints = typing.get_type_hints(type(value))
        for item in dataclasses.fields(value):
            widget = self._widget(path, item.name, hints[item.name], getattr(value, item.name))
            if isinstance(value, Role) and item.name == "title" and isinstance(widget, QLineEdit):
                # A catalogue role's title comes from the catalogue until one is written.
                widget.setPlaceholderText(role_title(value, draft.pack.language))
            if widget is not None and item.metadata.get("template"):
                widget.installEventFilter(self._template_keys)
            if widget is not None:
                label = texts.EDITOR_FIELD_LABELS.get(item.name, item.name)
                self._add(form, item.name, label, widget, str(item.metadata.get("doc", "")))
            if isinstance(value, Inject) and item.name == "text" and draft.pack.translation:
                # The second language right under the text it translates.
                language = language_name(draft.pack.translation.language)
                self._second_language(form, (*path, "translation"), value, language)
        if isinstance(value, Inject):
            self.picture_button = QPushButton(texts.EDITOR_PICTURE)
            self.picture_button.clicked.connect(self._add_picture)
            form.addRow(texts.EDITOR_FIELD_LABELS.get("media", "media"), self.picture_button)

    def _second_language(
        self, form: QFormLayout, place: Path, inject: Inject, language: str
    ) -> None:
        """The inject's title, text and questions in the pack's second language.

        They are one ``translation`` in the pack: each change hands on the whole of it (none
        when every field is empty). A translated question stays on the line of the question
        it translates, so an empty line keeps the place of one not yet translated.
        """
        kept = [inject.translation or InjectTranslation()]

        def changed(**fields: Any) -> None:
            kept[0] = dataclasses.replace(kept[0], **fields)
            second = kept[0]
            empty = not (second.title or second.text or second.questions)
            self._edit(place, None if empty else second)

        title = QLineEdit(kept[0].title)
        title.textEdited.connect(lambda line: changed(title=line))
        text = PlainEdit(kept[0].text)
        text.setMinimumHeight(90)
        text.textChanged.connect(lambda: changed(text=text.toPlainText()))
        questions = PlainEdit("\n".join(kept[0].questions))
        questions.setPlaceholderText(texts.EDITOR_SECOND_QUESTIONS_HINT)
        questions.setMinimumHeight(70)
        questions.textChanged.connect(
            lambda: changed(questions=_paired_lines(questions.toPlainText()))
        )
        docs = {
            item.name: str(item.metadata.get("doc", ""))
            for item in dataclasses.fields(InjectTranslation)
        }
        for name, widget in (("title", title), ("text", text), ("questions", questions)):
            widget.setObjectName(f"field_translation_{name}")
            widget.installEventFilter(self._template_keys)
            field = (
                texts.STAGE_QUESTIONS if name == "questions" else texts.EDITOR_FIELD_LABELS[name]
            )
            label = texts.EDITOR_SECOND_LANGUAGE.format(field=field, language=language)
            self._add(form, f"translation.{name}", label, widget, docs[name])

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget, doc: str) -> None:
        widget.setToolTip(doc)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        title = QLabel(label)
        title.setBuddy(widget)
        form.addRow(title, box)
        self.fields[name] = widget
        self.errors[name] = error

    def _widget(self, path: Path, name: str, tp: Any, value: Any) -> QWidget | None:
        place: Path = (*path, name)
        inner, optional = _optional(tp)
        widget: QWidget
        if inner is bool and not optional:
            check = QCheckBox()
            check.setChecked(bool(value))
            check.toggled.connect(lambda on: self._edit(place, on))
            widget = check
        elif inner is bool or get_origin(inner) is Literal:
            choices: list[tuple[str, Any]] = (
                [(texts.EDITOR_YES, True), (texts.EDITOR_NO, False)]
                if inner is bool
                else [(str(choice), choice) for choice in get_args(inner)]
            )
            if optional:
                choices.insert(0, (texts.EDITOR_DEFAULT_CHOICE, None))
            combo = QComboBox()
            for label, choice in choices:
                combo.addItem(label, choice)
            combo.setCurrentIndex(next(i for i, (_, c) in enumerate(choices) if c == value))
            combo.currentIndexChanged.connect(lambda i: self._edit(place, choices[i][1]))
            widget = combo
        elif inner in (Duration, ScenarioTime):
            line = QLineEdit("" if value is None else str(value))
            parse = inner.parse

            def timed(text: str, line: QLineEdit = line) -> None:
                if not text.strip() and optional:
                    self._local_error(name, "")
                    self._edit(place, None)
                    return
                try:
                    parsed = parse(text)
                except TimingError as exc:
                    self._local_error(name, str(exc))
                    return
                self._local_error(name, "")
                self._edit(place, parsed)

            line.textEdited.connect(timed)
            widget = line
        elif inner is str:
            if name in LONG_TEXTS:
                edit = PlainEdit(value)
                edit.setMinimumHeight(90)
                edit.textChanged.connect(lambda edit=edit: self._edit(place, edit.toPlainText()))
                widget = edit
            else:
                line = QLineEdit(value)
                line.textEdited.connect(lambda text: self._edit(place, text))
                widget = line
        elif get_origin(inner) is tuple and get_args(inner)[0] is str:
            if name in self.choices:
                widget = self._id_picker(place, value, self.choices[name])
            elif name in LINE_LISTS:
                lines = PlainEdit("\n".join(value))
                lines.setPlaceholderText(texts.EDITOR_LIST_HINT)
                lines.setMinimumHeight(70)
                lines.textChanged.connect(
                    lambda lines=lines: self._edit(place, _lines(lines.toPlainText()))
                )
                widget = lines
            else:
                ids = QLineEdit(", ".join(value))
                ids.setPlaceholderText(texts.EDITOR_IDS_HINT)
                ids.textEdited.connect(lambda text: self._edit(place, _ids(text)))
                widget = ids
        elif get_origin(inner) is dict and get_args(inner)[1] in (str, BoardUpdate):
            value_type = get_args(inner)[1]
            table = PlainEdit("\n".join(_table_line(k, v) for k, v in value.items()))
            table.setPlaceholderText(
                texts.EDITOR_BOARD_HINT if value_type is BoardUpdate else texts.EDITOR_VALUES_HINT
            )
            table.setMinimumHeight(70)

            def tabled(table: PlainEdit = table) -> None:
                try:
                    parsed = _parse_table(table.toPlainText(), value_type)
                except ValueError as exc:
                    self._local_error(name, str(exc))
                    return
                self._local_error(name, "")
                self._edit(place, parsed)

            table.textChanged.connect(tabled)
            widget = table
        else:
            return None  # lists of items are rows in the outline
        widget.setObjectName(f"field_{name}")
        return widget

    def _id_picker(
        self, place: Path, value: tuple[str, ...], known: tuple[tuple[str, str], ...]
    ) -> QListWidget:
        """The pack's roles (or response cells, or goals) by title, ticked with Space or a
        click; each tick is one undo step. An id the pack does not have stays listed (and
        ticked) until it is unticked, so nothing written in the file is dropped unseen."""
        picker = QListWidget()
        # A tick is the choice; a highlighted row beside the ticks would look chosen too.
        picker.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        # The row Space ticks is framed clearly (the style's own dotted frame is faint).
        picker.setStyleSheet(PICKER_STYLE)
        picker.setAccessibleName(texts.EDITOR_FIELD_LABELS.get(str(place[-1]), str(place[-1])))
        choices = list(known)
        ids = {item_id for item_id, _ in known}
        choices += [
            (role_id, texts.EDITOR_ROLE_UNKNOWN.format(id=role_id))
            for role_id in value
            if role_id not in ids
        ]
        for role_id, label in choices:
            item = QListWidgetItem(label, picker)
            item.setData(Qt.ItemDataRole.UserRole, role_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            on = role_id in value
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        if picker.count():
            picker.setCurrentRow(0)
        rows = min(max(picker.count(), 1), PICKER_ROWS)
        picker.setFixedHeight(picker.sizeHintForRow(0) * rows + 2 * picker.frameWidth() + 4)

        def ticked(_item: QListWidgetItem) -> None:
            chosen = tuple(
                str(picker.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(picker.count())
                if picker.item(row).checkState() == Qt.CheckState.Checked
            )
            self._edit(place, Whole(chosen))

        picker.itemChanged.connect(ticked)
        return picker

    def offer_variables(self, widget: QWidget) -> None:
        """Ctrl+E in a text that is a template: choose a variable, get «{{ navn }}»."""
        if not self.variables:
            return
        name = choose_variable(widget, self.variables)
        if not name:
            return
        words = f"{{{{ {name} }}}}"
        if isinstance(widget, QLineEdit):
            widget.insert(words)
            widget.textEdited.emit(widget.text())  # insert() is not an edit to Qt
        elif isinstance(widget, PlainEdit):
            widget.textCursor().insertText(words)

    def _local_error(self, name: str, message: str) -> None:
        label = self.errors.get(name)
        if label is not None:
            label.setText(message)
            label.setVisible(bool(message))

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under the field it is about (or its nearest field)."""
        if self.path is None:
            return
        base = field_path(self.path)
        found: dict[str, list[str]] = {}
        for problem in problems:
            for name in self.fields:
                here = f"{base}.{name}" if base else name
                if problem.path == here or problem.path.startswith((here + ".", here + "[")):
                    found.setdefault(name, []).append(problem.message)
        for name, label in self.errors.items():
            messages = found.get(name, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))


class _TemplateKeys(QObject):
    """Ctrl+E in a template field offers the pack's variables (Ctrl+Space, the usual
    completion key, gives the next inject everywhere in the program)."""

    def __init__(self, form: ItemForm) -> None:
        super().__init__(form)
        self.form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_E
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, QWidget)
        ):
            self.form.offer_variables(watched)
            return True
        return False


def choose_variable(widget: QWidget, names: tuple[str, ...]) -> str | None:
    """A menu of variable names at the text cursor; tests answer it by replacing this."""
    menu = QMenu(widget)
    for name in names:
        menu.addAction(name)
    if isinstance(widget, PlainEdit | QLineEdit):
        spot = widget.cursorRect().bottomLeft()
    else:
        spot = widget.rect().bottomLeft()
    chosen = menu.exec(widget.mapToGlobal(spot))
    menu.deleteLater()
    return chosen.text() if chosen is not None else None


@dataclasses.dataclass(frozen=True)
class _Rename:
    """A new name for a variable, which is a table key, not a field."""

    name: str


_STATUS = re.compile(r"\s*\[(normal|redusert|kritisk|ukjent)\]\s*$")


def _table_line(key: str, value: object) -> str:
    """``punkt: verdi [status]`` for a board change, ``navn: verdi`` for a profile value."""
    if isinstance(value, BoardUpdate):
        status = f" [{value.status}]" if value.status else ""
        return f"{key}: {value.value}{status}"
    return f"{key}: {value}"


def _parse_table(text: str, value_type: Any) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        key, colon, rest = line.partition(":")
        if not colon or not key.strip():
            raise ValueError(texts.EDITOR_TABLE_LINE.format(line=number))
        key, rest = key.strip(), rest.strip()
        if key in table:
            raise ValueError(texts.EDITOR_TABLE_TWICE.format(line=number, key=key))
        if value_type is BoardUpdate:
            match = _STATUS.search(rest)
            status = cast("BoardStatus | None", match.group(1) if match else None)
            table[key] = BoardUpdate(rest[: match.start()] if match else rest, status)
        else:
            table[key] = rest
    return table


def id_choices(draft: Draft) -> dict[str, tuple[tuple[str, str], ...]]:
    """What each list of ids in an item is chosen from: roles for a question, response
    cells and goals (with their sub-goals) for an inject; labelled «title (id)»."""
    pack = draft.pack

    def label(title: str, item_id: str) -> str:
        return f"{title} ({item_id})" if title else item_id

    goals: list[tuple[str, str]] = []
    for goal in pack.objectives:
        goals.append((goal.id, label(goal.title, goal.id)))
        goals += [(sub.id, "    " + label(sub.title, sub.id)) for sub in goal.subgoals]
    return {
        "roles": tuple(
            (role.id, label(role_title(role, pack.language), role.id)) for role in pack.roles
        ),
        "responses": tuple((cell.id, label(cell.actor, cell.id)) for cell in pack.response_cells),
        "objectives": tuple(goals),
    }


def role_title(role: Role, language: str) -> str:
    """The title the role is shown by: its own, or the catalogue's for a shorthand id."""
    if role.title:
        return role.title
    standard = standard_role(role.id, language)
    return standard.title if standard is not None else ""


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _paired_lines(text: str) -> tuple[str, ...]:
    """One text per line, empty lines kept in place (but not at the end)."""
    rows = [line.strip() for line in text.splitlines()]
    while rows and not rows[-1]:
        rows.pop()
    return tuple(rows)


def _ids(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


Rename = _Rename


@dataclasses.dataclass(frozen=True)
class Whole:
    """A value chosen in one go (a tick in a list), so one undo step of its own rather
    than merged with the edits before it like typed text."""

    value: Any
