"""The chosen inject as the projector will show it, at the projector's shape.

Built from the pack as loading the saved draft would give it (roles from the catalogue,
texts rendered with the chosen profile), through the participant view itself and a
``Stage``, so the preview cannot show anything the room would not see. While the draft
has errors the preview waits, saying so.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.languages import second_language_name
from ovelse.scenario.loader import LoadedPack
from ovelse.scenario.model import Inject, ScenarioPack
from ovelse.scenario.validate import media_file, media_problem
from ovelse.ui import texts
from ovelse.ui.participant import ParticipantView, screens
from ovelse.ui.session_model import inject_stage
from ovelse.ui.stage import Stage, StageBoardItem


def projector_ratio() -> float:
    """Width over height of the second screen (the projector), or 16:9 without one."""
    found = screens()
    if len(found) > 1:
        size = found[1].geometry().size()
        if size.height() > 0:
            return size.width() / size.height()
    return 16 / 9


class AspectBox(QWidget):
    """Keeps its one child at a fixed shape, as large as fits, centred."""

    def __init__(self, child: QWidget, ratio: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        self.ratio = ratio
        child.setParent(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width, height = self.width(), self.height()
        if width / max(height, 1) > self.ratio:
            width = int(height * self.ratio)
        else:
            height = int(width / self.ratio)
        self.child.setGeometry(
            QRect((self.width() - width) // 2, (self.height() - height) // 2, width, height)
        )


def stage_for(loaded: LoadedPack, pack: ScenarioPack, inject_id: str) -> Stage | None:
    """The stage the room sees when ``inject_id`` is shown, the board as it then stands."""
    board = {item.id: item for item in pack.board}
    values = {item.id: (item.value, item.status) for item in pack.board}
    shown: Inject | None = None
    for inject in pack.injects():
        for key, update in inject.board.items():
            old = values.get(key, ("", "normal"))
            values[key] = (update.value, update.status or old[1])
        if inject.id == inject_id:
            shown = inject
            break
    if shown is None:
        return None

    def title(role_id: str) -> str:
        role = pack.role(role_id)
        return role.title if role is not None else role_id

    def picture(path: str) -> bytes | None:
        # Only the shown inject's picture is read, not every picture of the pack.
        if media_problem(loaded.root, path) is not None:
            return None
        try:
            return media_file(loaded.root, path).read_bytes()
        except OSError:
            return None

    base = Stage(
        scenario_title=pack.title,
        municipality=pack.region,
        scenario_clock=str(shown.scenario_time or ""),
        board=tuple(
            StageBoardItem(key, board[key].label, value, status)
            for key, (value, status) in values.items()
            if key in board
        ),
    )
    return inject_stage(base, shown, title, picture, language=second_language_name(pack))


class InjectPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = QComboBox()
        self.profile.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view = ParticipantView()
        self.box = AspectBox(self.view, projector_ratio())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.profile)
        layout.addWidget(self.message)
        layout.addWidget(self.box, 1)
        self._loaded: LoadedPack | None = None
        self._inject_id: str | None = None

    def show_inject(self, loaded: LoadedPack | None, inject_id: str | None) -> None:
        self._loaded, self._inject_id = loaded, inject_id
        chosen = self.profile.currentData()
        self.profile.blockSignals(True)
        self.profile.clear()
        self.profile.addItem(texts.EDITOR_PREVIEW_DEFAULTS, "")
        for profile in loaded.profiles if loaded is not None else ():
            self.profile.addItem(profile.title, profile.id)
        index = self.profile.findData(chosen)
        self.profile.setCurrentIndex(max(index, 0))
        self.profile.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        loaded, inject_id = self._loaded, self._inject_id
        if loaded is None:
            self._wait(texts.EDITOR_PREVIEW_WAITS)
            return
        if inject_id is None:
            self._wait(texts.EDITOR_PREVIEW_CHOOSE)
            return
        profile_id = self.profile.currentData()
        profile = loaded.profile(profile_id) if profile_id else None
        try:
            pack = loaded.render(loaded.values(profile))
        except ScenarioError as exc:
            self._wait(str(exc))
            return
        stage = stage_for(loaded, pack, inject_id)
        if stage is None:
            self._wait(texts.EDITOR_PREVIEW_CHOOSE)
            return
        self.message.hide()
        self.box.show()
        self.view.setStage(stage)

    def _wait(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        self.box.hide()
