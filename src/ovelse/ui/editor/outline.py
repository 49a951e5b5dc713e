"""The editor's outline: the pack as a tree, each row knowing the place it stands for.

Rows are rebuilt from the draft after every structural change (a few milliseconds for a
hundred injects); typing in a field only relabels its own row. Each row carries its path
(``ovelse.scenario.editing``), so the page asks the core for operations by place and the
validator's problems are marked on the row whose field path they start with.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ovelse.scenario.editing import Draft, Path, field_path
from ovelse.scenario.errors import Problem
from ovelse.ui import texts
from ovelse.ui.editor.form import role_title

PATH_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEM_COLOUR = QColor("#a01c22")


def row_label(draft: Draft, path: Path) -> str:
    """The text of a row: a title, with the planned time first for an inject."""
    from ovelse.scenario.editing import get

    value = get(draft, path)
    if len(path) >= 5 and path[1] == "phases" and path[3] == "injects" and len(path) == 5:
        return f"{value.at}  {value.title}"
    if path[-2:-1] == ("questions",):
        return texts.EDITOR_QUESTION.format(text=value.text)
    if path[-2:-1] == ("media",):
        return texts.EDITOR_PICTURE_ROW.format(path=value.path)
    if path[:2] == ("pack", "variables") and len(path) == 3:
        return f"{path[2]} – {value.label}"
    if path[:2] == ("pack", "roles") and len(path) == 3:
        # A catalogue role written as its id alone is shown by the catalogue's title.
        return role_title(value, draft.pack.language) or str(value.id)
    for name in ("title", "label", "actor"):
        if hasattr(value, name) and getattr(value, name):
            return str(getattr(value, name))
    return str(getattr(value, "id", ""))


def drop_place(source: Path, target: Path, where: str) -> tuple[Path, int] | None:
    """The list and index a row dragged from ``source`` lands at, dropped ``where``
    («above», «below» or «on») the row ``target``; None where it cannot go."""
    if not source or not isinstance(source[-1], int):
        return None
    kind = source[-2]
    if where in ("above", "below") and target and isinstance(target[-1], int):
        if target[-2] == kind and len(target) == len(source):
            return target[:-1], target[-1] + (1 if where == "below" else 0)
        return None
    if where == "on":
        if target == source[:-1]:
            return target, 10**9  # on its own group: to the end
        names = [key for key in target[:-1] if isinstance(key, str)]
        if isinstance(kind, str) and names == [k for k in source[:-3] if isinstance(k, str)]:
            return (*target, kind), 10**9  # on a phase: to the end of its injects
    return None


class Outline(QTreeWidget):
    moveRequested = Signal(object, int, object, int)  # from list, index, to list, index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setObjectName("editorOutline")
        self.setHeaderLabel(texts.EDITOR_OUTLINE)
        self.setUniformRowHeights(True)
        self.rows: dict[Path, QTreeWidgetItem] = {}

    def fill(self, draft: Draft) -> None:
        """Rebuild the rows, keeping the selected place and which rows were open."""
        selected = self.current_path()
        closed = {path for path, row in self.rows.items() if not row.isExpanded()}
        was = self.blockSignals(True)
        self.clear()
        self.rows = {}
        pack = draft.pack
        self._row(None, ("pack",), texts.EDITOR_PACK, group=False)
        goals = self._row(None, ("pack", "objectives"), texts.EDITOR_OBJECTIVES)
        for i, goal in enumerate(pack.objectives):
            goal_row = self._item(goals, draft, ("pack", "objectives", i))
            for j in range(len(goal.subgoals)):
                self._item(goal_row, draft, ("pack", "objectives", i, "subgoals", j))
        roles = self._row(None, ("pack", "roles"), texts.EDITOR_ROLES)
        for i in range(len(pack.roles)):
            self._item(roles, draft, ("pack", "roles", i))
        variables = self._row(None, ("pack", "variables"), texts.EDITOR_VARIABLES)
        for name in pack.variables:
            self._item(variables, draft, ("pack", "variables", name))
        board = self._row(None, ("pack", "board"), texts.EDITOR_BOARD)
        for i in range(len(pack.board)):
            self._item(board, draft, ("pack", "board", i))
        cells = self._row(None, ("pack", "response_cells"), texts.EDITOR_RESPONSES)
        for i in range(len(pack.response_cells)):
            self._item(cells, draft, ("pack", "response_cells", i))
        phases = self._row(None, ("pack", "phases"), texts.EDITOR_PHASES)
        for i, phase in enumerate(pack.phases):
            phase_row = self._item(phases, draft, ("pack", "phases", i))
            for j, inject in enumerate(phase.injects):
                here: Path = ("pack", "phases", i, "injects", j)
                inject_row = self._item(phase_row, draft, here)
                for k in range(len(inject.questions)):
                    self._item(inject_row, draft, (*here, "questions", k))
                for k in range(len(inject.media)):
                    self._item(inject_row, draft, (*here, "media", k))
        profiles = self._row(None, ("profiles",), texts.EDITOR_PROFILES)
        for i in range(len(draft.profiles)):
            self._item(profiles, draft, ("profiles", i))
        for path, row in self.rows.items():
            row.setExpanded(path not in closed)
        self.blockSignals(was)
        self.select(selected if selected in self.rows else ("pack",))

    def _row(
        self, parent: QTreeWidgetItem | None, path: Path, label: str, *, group: bool = True
    ) -> QTreeWidgetItem:
        row = QTreeWidgetItem([label])
        row.setData(0, PATH_ROLE, path)
        row.setData(0, GROUP_ROLE, group)
        if parent is None:
            self.addTopLevelItem(row)
        else:
            parent.addChild(row)
        self.rows[path] = row
        return row

    def _item(self, parent: QTreeWidgetItem, draft: Draft, path: Path) -> QTreeWidgetItem:
        return self._row(parent, path, row_label(draft, path), group=False)

    def dropEvent(self, event: QDropEvent) -> None:
        """A drop becomes a move in the pack (undoable); Qt never moves the row itself."""
        source = self.current_path()
        row = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source is None or row is None:
            return
        target: Path = tuple(row.data(0, PATH_ROLE))
        indicator = self.dropIndicatorPosition()
        where = {
            QAbstractItemView.DropIndicatorPosition.AboveItem: "above",
            QAbstractItemView.DropIndicatorPosition.BelowItem: "below",
            QAbstractItemView.DropIndicatorPosition.OnItem: "on",
        }.get(indicator)
        place = drop_place(source, target, where or "")
        if place is not None:
            self.moveRequested.emit(source[:-1], source[-1], place[0], place[1])

    def relabel(self, draft: Draft, path: Path) -> None:
        row = self.rows.get(path)
        if row is not None and not row.data(0, GROUP_ROLE) and path != ("pack",):
            row.setText(0, row_label(draft, path))

    def current_path(self) -> Path | None:
        row = self.currentItem()
        if row is None:
            return None
        path: Path = tuple(row.data(0, PATH_ROLE))
        return path

    def is_group(self) -> bool:
        row = self.currentItem()
        return bool(row is not None and row.data(0, GROUP_ROLE))

    def select(self, path: Path) -> None:
        while path and path not in self.rows:
            path = path[:-1]
        row = self.rows.get(path)
        if row is not None:
            self.setCurrentItem(row)

    def mark(self, problems: list[Problem]) -> None:
        """Rows whose place (or a place inside them) has a problem are shown in red."""
        found: dict[Path, list[str]] = {}
        names = {path: field_path(path) for path in self.rows}
        for problem in problems:
            best: Path | None = None
            for path, name in names.items():
                inside = (
                    not name
                    or problem.path == name
                    or problem.path.startswith((name + ".", name + "["))
                )
                if inside and (best is None or len(path) > len(best)):
                    best = path
            if best is not None:
                found.setdefault(best, []).append(problem.message)
        for path, row in self.rows.items():
            messages = found.get(path)
            row.setForeground(0, QBrush(PROBLEM_COLOUR) if messages else QBrush())
            row.setToolTip(0, "\n".join(messages) if messages else "")
