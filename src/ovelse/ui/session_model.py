"""The Qt adapter: holds a core ``Session`` and turns its change records into signals.

The core never subclasses ``QObject``; this class composes it. Every operation goes
through ``call``: an ``ExerciseError`` (refused, nothing written) or a ``SessionError``
(not saved, nothing applied) becomes a ``failed`` signal and a ``None`` result, so a
caller keeps the user's text when an operation did not land. Only this class owns the
timer that drives the engine's ``tick``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ovelse.app.sessions import close_session, save_session_as
from ovelse.exercise import labels
from ovelse.exercise.changes import Change
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.kinds import RunState
from ovelse.exercise.run import Exercise
from ovelse.scenario.languages import second_language_name
from ovelse.scenario.model import Inject, ScenarioPack
from ovelse.store.errors import ReadOnlySessionError, SessionError, SessionWriteError
from ovelse.store.session import Session
from ovelse.ui import texts
from ovelse.ui.stage import (
    Hold,
    Stage,
    StageBoardItem,
    StagePicture,
    StageQuestion,
    StageTranslation,
)

TICK_MS = 1000


class SessionModel(QObject):
    changed = Signal(object)  # every Change, for whoever wants all of it
    runChanged = Signal()
    injectsChanged = Signal(object)  # frozenset of inject ids
    shownChanged = Signal()
    boardChanged = Signal(object)  # frozenset of board item ids
    entriesChanged = Signal(object)  # frozenset of entry ids
    participantsChanged = Signal()
    rolesChanged = Signal()
    evaluationChanged = Signal(object)  # the Change, for the evaluation screen to pick from
    settingsChanged = Signal()
    stageChanged = Signal()  # the shared screen must redraw
    becameDue = Signal(object)  # frozenset of inject ids that just became due
    ticked = Signal()  # once a second, for the clocks
    failed = Signal(str)  # a Norwegian sentence for the facilitator
    pathChanged = Signal()  # «Lagre som» moved the session to a new file
    closed = Signal()

    def __init__(
        self, session: Session, parent: QObject | None = None, *, reached_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._stage: Stage | None = None
        # A step that takes over the shared screen (the hot wash) turns the exercise's stage
        # into its own; still a Stage, so the projector draws nothing else.
        self.stage_scene: Callable[[Stage], Stage] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        # The time the program was not running is a pause, recorded before anything else
        # happens; the facilitator resumes when the room is ready. ``reached_ms`` is how far
        # the clock was noted to have come before a crash (the app's settings keep it).
        self.paused_for_downtime = False
        if not session.read_only:
            change = self.call(self.exercise.pause_for_downtime, reached_ms)
            self.paused_for_downtime = change is not None and not change.empty
            self.timer.start()

    # --- what the screens read ------------------------------------------------------------

    @property
    def exercise(self) -> Exercise:
        return self.session.exercise

    @property
    def pack(self) -> ScenarioPack:
        return self.session.exercise.pack

    @property
    def path(self) -> Path:
        return self.session.path

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    @property
    def state(self) -> RunState:
        return self.session.exercise.state

    def municipality(self) -> str:
        values = self.session.variables
        return values.get("kommune") or values.get("kommunenavn") or self.pack.region

    def role_title(self, role_id: str) -> str:
        return self.exercise.role_title(role_id)

    def table_roles(self) -> list[str]:
        """Roles seated at the table (via participants) first, then the pack's others."""
        seated: list[str] = []
        for participant in self.exercise.participants.all():
            for role in participant.roles:
                if role not in seated:
                    seated.append(role)
        ordered = [role.id for role in self.exercise.roles() if role.id in seated]
        ordered += [role for role in seated if role not in ordered]
        if not ordered:
            ordered = [role.id for role in self.exercise.roles()]
        return ordered

    def stage(self) -> Stage:
        """What the shared screen shows now; built only from participant-facing fields."""
        stage = exercise_stage(self.exercise, self.pack.title, self.municipality(), self._media)
        return self.stage_scene(stage) if self.stage_scene is not None else stage

    def _media(self, media_path: str) -> bytes | None:
        try:
            return self.session.media(media_path)
        except (SessionError, sqlite3.Error):
            return None

    # --- operations -----------------------------------------------------------------------

    def call(self, operation: Callable[..., Change], *args: Any, **kwargs: Any) -> Change | None:
        """Run one engine operation; ``None`` when it was refused or could not be saved."""
        try:
            change = operation(*args, **kwargs)
        except ExerciseError as exc:
            self.failed.emit(texts.ENGINE_REFUSED.format(message=exc))
            return None
        except SessionError as exc:
            self.failed.emit(_store_failed(exc))
            return None
        self.dispatch(change)
        return change

    def save_as(self, target: Path) -> bool:
        """Continue in a new file with everything recorded so far; False if it failed."""
        try:
            save_session_as(self.session, target)
        except SessionError as exc:
            self.failed.emit(texts.SAVE_AS_FAILED.format(path=target, error=exc))
            return False
        if not self.timer.isActive():
            self.timer.start()  # a read-only view is now the writer
        self.pathChanged.emit()
        self.runChanged.emit()  # the console enables what a read-only view had disabled
        return True

    def dispatch(self, change: Change) -> None:
        if change.empty:
            return
        self.changed.emit(change)
        if change.run:
            self.runChanged.emit()
        if change.injects:
            self.injectsChanged.emit(change.injects)
        if change.shown:
            self.shownChanged.emit()
        if change.board:
            self.boardChanged.emit(change.board)
        if change.entries:
            self.entriesChanged.emit(change.entries)
        if change.participants:
            self.participantsChanged.emit()
        if change.roles:
            self.rolesChanged.emit()
        if change.settings:
            self.settingsChanged.emit()
        if (
            change.ratings
            or change.evaluation
            or change.evaluation_text
            or change.marking
            or change.exempt
        ):
            self.evaluationChanged.emit(change)
        if change.participant_view or change.run:
            self.stageChanged.emit()

    def tick(self) -> None:
        """Called by the timer (and by tests after advancing a fake clock)."""
        if self.session.closed:
            return
        if self.read_only:
            change = Change()
        else:
            try:
                change = self.exercise.tick()
            except ExerciseError as exc:
                # The engine refused the automatic release: the console says so and
                # goes on ticking (this was an UnboundLocalError on every tick).
                self.failed.emit(texts.STORE_FAILED.format(error=str(exc).rstrip(".")))
                change = Change()
            except SessionError as exc:
                self.failed.emit(_store_failed(exc))
                change = Change()
        newly_due = frozenset(change.injects) & frozenset(self.exercise.due())
        if newly_due:
            self.becameDue.emit(newly_due)
        self.dispatch(change)
        self.ticked.emit()

    def start(self) -> Change | None:
        return self.call(self.exercise.start)

    def toggle_run(self) -> Change | None:
        """Start, pause or resume: the one key the facilitator needs for the clock."""
        state = self.state
        if state is RunState.NOT_STARTED:
            return self.call(self.exercise.start)
        if state is RunState.RUNNING:
            return self.call(self.exercise.pause)
        if state is RunState.PAUSED:
            return self.call(self.exercise.resume)
        self.failed.emit(labels.RUN_STATES[RunState.ENDED])
        return None

    def close(self) -> None:
        self.timer.stop()
        close_session(self.session)
        self.closed.emit()


def _store_failed(error: SessionError) -> str:
    # The store's sentences end with a full stop, and so does this one («lagret.. Ingenting»).
    message = texts.STORE_FAILED.format(error=str(error).rstrip("."))
    if isinstance(error, SessionWriteError | ReadOnlySessionError):
        message += " " + texts.SAVE_AS_HINT
    return message


def exercise_stage(
    exercise: Exercise,
    title: str,
    municipality: str,
    media: Callable[[str], bytes | None],
) -> Stage:
    """The shared screen for an exercise's state: a session's, or a rehearsal's in memory."""
    board = tuple(
        StageBoardItem(entry.item_id, entry.label, entry.value, entry.status)
        for entry in exercise.board.entries()
    )
    base = Stage(
        scenario_title=title,
        municipality=municipality,
        scenario_clock=exercise.scenario_label(),
        board=board,
    )
    state = exercise.state
    shown = exercise.shown_inject()
    if state is RunState.NOT_STARTED:
        return replace(base, hold=Hold.BEFORE)
    if state is RunState.PAUSED:
        return replace(base, hold=Hold.PAUSE)
    if state is RunState.ENDED:
        return replace(base, hold=Hold.ENDED)
    if shown is None:
        return replace(base, hold=Hold.BETWEEN)
    language = second_language_name(exercise.pack)
    return inject_stage(base, shown.inject, exercise.role_title, media, language=language)


def inject_stage(
    base: Stage,
    inject: Inject,
    role_title: Callable[[str], str],
    media: Callable[[str], bytes | None],
    *,
    language: str = "",
) -> Stage:
    """``base`` with ``inject`` shown: the console's stage and the editor's preview alike.

    ``language`` names the pack's second language; without it a translation is not shown.
    """
    picture = None
    for ref in inject.media:
        data = media(ref.path)
        if data is not None:
            picture = StagePicture(ref.path, data, ref.caption, ref.alt)
            break
    questions = tuple(
        StageQuestion(question.text, tuple(role_title(r) for r in question.roles))
        for question in inject.questions
    )
    return replace(
        base,
        hold=Hold.NONE,
        inject_id=inject.id,
        title=inject.title,
        text=inject.text,
        source=inject.source,
        picture=picture,
        questions=questions,
        translation=_translation(inject, language),
    )


def _translation(inject: Inject, language: str) -> StageTranslation | None:
    second = inject.translation
    if second is None or not language:
        return None
    return StageTranslation(language, second.title, second.text, second.questions)
