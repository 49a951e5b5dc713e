"""One exercise run: the commands the facilitator gives and the state they build.

Every command follows the same path: check it against the current state, turn it into
events stamped with both clocks, hand them to the sink (the session file) and only then
apply them. If the sink refuses, nothing is applied, so what the screen shows is never
ahead of what is on disk. Replaying the same events through ``apply`` rebuilds the state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from enum import Enum
from typing import Protocol, TypeVar

from ovelse.exercise import labels
from ovelse.exercise.board import Board
from ovelse.exercise.changes import NOTHING, Change
from ovelse.exercise.clock import Clock, to_ms, wall_ms
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.evaluation import ActionItem, Evaluation, Note
from ovelse.exercise.events import (
    ActionFields,
    ActionItemAdded,
    ActionItemEdited,
    AdhocInjectAdded,
    AutoReleaseSet,
    BoardOverridden,
    EntryAdded,
    EntryDeleted,
    EntryEdited,
    EntryFields,
    EntryRestored,
    EvaluationItemDeleted,
    EvaluationItemMoved,
    EvaluationTextSet,
    Event,
    EventRecord,
    InjectReleased,
    InjectShown,
    InjectSkipped,
    Links,
    MarkingSet,
    NoteAdded,
    NoteEdited,
    ObjectiveRated,
    ParticipantAdded,
    ParticipantEdited,
    ParticipantFields,
    ParticipantRemoved,
    RoleAdded,
    RunEnded,
    RunPaused,
    RunResumed,
    RunStarted,
    SessionClosed,
    SessionOpened,
)
from ovelse.exercise.kinds import (
    ActionStatus,
    EntryKind,
    EvaluationField,
    EvaluationSection,
    InjectStatus,
    MarkingKind,
    NoteSection,
    Rating,
    RunState,
)
from ovelse.exercise.log import DecisionLog, check_fields
from ovelse.exercise.participants import Participants
from ovelse.exercise.participants import check_fields as check_participant
from ovelse.exercise.runclock import RunClock
from ovelse.exercise.schedule import Release, Schedule, ScheduledInject
from ovelse.scenario.model import BoardStatus, Inject, Question, Role, ScenarioPack
from ovelse.scenario.timing import Duration, ScenarioTime

T = TypeVar("T")


class EventSink(Protocol):
    def append(self, records: Sequence[EventRecord]) -> None:
        """Make the records durable or raise; must not return before they are."""
        ...


class Keep(Enum):
    """Marks an edit argument the caller leaves as it is."""

    KEEP = 0


KEEP = Keep.KEEP


def _kept(new: T | Keep, old: T) -> T:
    return old if isinstance(new, Keep) else new


class Exercise:
    def __init__(self, pack: ScenarioPack, clock: Clock, sink: EventSink | None = None) -> None:
        self.pack = pack
        self.sink = sink
        self._clock = clock
        self.run = RunClock()
        self.schedule = Schedule(pack)
        self.board = Board(pack.board)
        self.log = DecisionLog()
        self.participants = Participants()
        self.evaluation = Evaluation(pack)
        self.auto_release = False
        self.extra_roles: dict[str, Role] = {}
        self.last: EventRecord | None = None
        self.left_open = False  # a session_opened without its session_closed
        self._last_activity_ms = 0  # exercise time of the last event that was not a mark
        self._due_seen: frozenset[str] = frozenset()
        self._handlers: dict[type[Event], Callable[[EventRecord, int], Change]] = {
            SessionOpened: self._on_session,
            SessionClosed: self._on_session,
            AutoReleaseSet: self._on_auto_release,
            RunStarted: self._on_run,
            RunPaused: self._on_run,
            RunResumed: self._on_run,
            RunEnded: self._on_run,
            InjectReleased: self._on_released,
            InjectSkipped: self._on_skipped,
            InjectShown: self._on_shown,
            AdhocInjectAdded: self._on_adhoc,
            BoardOverridden: self._on_board,
            RoleAdded: self._on_role,
            EntryAdded: self._on_entry,
            EntryEdited: self._on_entry,
            EntryDeleted: self._on_entry,
            EntryRestored: self._on_entry,
            ParticipantAdded: self._on_participant,
            ParticipantEdited: self._on_participant,
            ParticipantRemoved: self._on_participant,
            ObjectiveRated: self._on_rating,
            NoteAdded: self._on_evaluation,
            NoteEdited: self._on_evaluation,
            ActionItemAdded: self._on_evaluation,
            ActionItemEdited: self._on_evaluation,
            EvaluationItemDeleted: self._on_evaluation,
            EvaluationItemMoved: self._on_evaluation,
            EvaluationTextSet: self._on_evaluation,
            MarkingSet: self._on_evaluation,
        }

    # --- clocks -----------------------------------------------------------------------

    @property
    def state(self) -> RunState:
        return self.run.state

    @property
    def last_seq(self) -> int:
        return self.last.seq if self.last is not None else 0

    def now_ms(self) -> int:
        """Exercise time now, in milliseconds since start with pauses left out."""
        return self.run.at(self._mono())

    def now_wall(self) -> datetime:
        return self._clock.now_utc()

    @property
    def scenario_time(self) -> ScenarioTime | None:
        return self.schedule.scenario_time

    def scenario_label(self) -> str:
        """The in-world clock for the shared screen: «Dag 2, kl. 06:00», or empty."""
        return self.scenario_time.label() if self.scenario_time is not None else ""

    # --- queries ----------------------------------------------------------------------

    def injects(self) -> tuple[ScheduledInject, ...]:
        """Every inject, planned ones in plan order, then ad-hoc ones as written."""
        now = self._plan_now()
        return tuple(
            self.schedule.view(inject_id, now, self.auto_release)
            for inject_id in self.schedule.all_ids()
        )

    def inject(self, inject_id: str) -> ScheduledInject:
        return self.schedule.view(inject_id, self._plan_now(), self.auto_release)

    def next_inject(self) -> ScheduledInject | None:
        inject_id = self.schedule.next_planned()
        return self.inject(inject_id) if inject_id is not None else None

    def shown_inject(self) -> ScheduledInject | None:
        """What the shared screen shows; None is the hold screen."""
        shown = self.schedule.shown
        return self.inject(shown) if shown is not None else None

    def current_inject_id(self) -> str | None:
        return self.schedule.current()

    def releases(self) -> tuple[Release, ...]:
        return tuple(self.schedule.releases[i] for i in self.schedule.release_order)

    def roles(self) -> tuple[Role, ...]:
        return self.pack.roles + tuple(self.extra_roles.values())

    def role(self, role_id: str) -> Role | None:
        return self.pack.role(role_id) or self.extra_roles.get(role_id)

    def role_title(self, role_id: str) -> str:
        role = self.role(role_id)
        return role.title or role.id if role is not None else role_id

    def due_releases(self) -> tuple[str, ...]:
        """Injects ``tick`` would give automatically now, in plan order.

        Only injects that fell due since the last tick qualify. One that was already
        overdue when auto-release was switched on, or when the session was reopened after
        a crash, is left to the facilitator, so participants never get a burst of injects.
        """
        if self.run.state is not RunState.RUNNING:
            return ()
        fresh = frozenset(self.due()) - self._due_seen
        return self.schedule.auto_candidates(fresh, self.auto_release)

    # --- run --------------------------------------------------------------------------

    def start(self) -> Change:
        self.run.check(RunStarted)
        return self._commit(RunStarted())

    def pause(self, *, at_ms: int | None = None) -> Change:
        """Pause now, or at an earlier moment when the facilitator forgot to press pause.

        An earlier moment may not go back past the last thing recorded, so nothing already
        logged ends up inside the pause.
        """
        self.run.check(RunPaused)
        if at_ms is not None:
            earliest = self._last_activity_ms
            if not earliest <= at_ms <= self.now_ms():
                raise ExerciseError(
                    f"Pausen kan starte tidligst {labels.clock_text(earliest)}, "
                    "da det siste ble registrert."
                )
        return self._commit(RunPaused(), at_ms=at_ms)

    def resume(self) -> Change:
        self.run.check(RunResumed)
        return self._commit(RunResumed())

    def end(self) -> Change:
        self.run.check(RunEnded)
        return self._commit(RunEnded())

    def set_auto_release(self, enabled: bool) -> Change:
        if enabled == self.auto_release:
            return NOTHING
        return self._commit(AutoReleaseSet(enabled))

    # --- injects ----------------------------------------------------------------------

    def release(self, inject_id: str) -> Change:
        """Give an inject by hand: the next one, a later one, or one skipped earlier."""
        self._check_in_play()
        self.schedule.check_release(inject_id)
        return self._commit(InjectReleased(inject_id))

    def release_next(self) -> Change:
        inject_id = self.schedule.next_planned()
        if inject_id is None:
            raise ExerciseError("Alle innspill er gitt eller hoppet over.")
        return self.release(inject_id)

    def skip(self, inject_id: str) -> Change:
        self.schedule.check_skip(inject_id)
        return self._commit(InjectSkipped(inject_id))

    def show(self, inject_id: str | None) -> Change:
        """Show an inject given earlier again, or the hold screen (None), without releasing."""
        self.schedule.check_show(inject_id)
        if inject_id == self.schedule.shown:
            return NOTHING
        return self._commit(InjectShown(inject_id))

    def add_adhoc(
        self,
        title: str,
        text: str,
        *,
        notes: str = "",
        questions: Iterable[Question] = (),
        release: bool = True,
    ) -> Change:
        """Write a new inject during the run; by default it is given at once."""
        title, text = title.strip(), text.strip()
        if not title:
            raise ExerciseError("Et innspill trenger en overskrift.")
        checked = []
        for question in questions:
            if not question.text.strip():
                continue
            self._check_roles(question.roles)
            checked.append(Question(question.text.strip(), tuple(question.roles)))
        if release:
            self._check_in_play()
        inject_id = self.schedule.new_adhoc_id()
        events: list[Event] = [
            AdhocInjectAdded(inject_id, title, text, notes.strip(), tuple(checked))
        ]
        if release:
            events.append(InjectReleased(inject_id))
        return replace(self._commit(*events), created=inject_id)

    def due(self) -> tuple[str, ...]:
        """Injects that are waiting and past their planned time."""
        now = self._plan_now()
        return tuple(
            inject_id
            for inject_id in self.schedule.all_ids()
            if self.schedule.status(inject_id, now) is InjectStatus.DUE
        )

    def tick(self) -> Change:
        """Call from the UI timer (about once a second) to give injects that are due.

        The record lists injects that became due since the last tick (so the console can
        flag them) and everything an automatic release changed.
        """
        due = frozenset(self.due())
        change = Change(injects=due - self._due_seen)
        releasing = self.due_releases()
        if releasing:  # if this cannot be saved, the next tick tries again
            change |= self._commit(*(InjectReleased(i, auto=True) for i in releasing))
        self._due_seen = due
        return change

    # --- board and roles --------------------------------------------------------------

    def override_board(self, item_id: str, value: str, status: BoardStatus | None = None) -> Change:
        current = self.board.entry(item_id)
        new_status = status if status is not None else current.status
        self.board.check_override(item_id, value, new_status)
        return self._commit(BoardOverridden(item_id, value.strip(), new_status))

    def add_role(self, title: str, role_id: str | None = None) -> Change:
        """A role at the table the pack did not foresee, so it can be logged against."""
        title = title.strip()
        if not title:
            raise ExerciseError("Skriv navnet på rollen.")
        if role_id is None:
            number = len(self.extra_roles) + 1
            while self.role(f"rolle-{number}") is not None:
                number += 1
            role_id = f"rolle-{number}"
        if not role_id.strip() or self.role(role_id) is not None:
            raise ExerciseError(f"Rollen «{role_id}» finnes allerede.")
        return replace(self._commit(RoleAdded(role_id, title)), created=role_id)

    # --- decision log -----------------------------------------------------------------

    def add_entry(
        self,
        kind: EntryKind,
        text: str,
        roles: Sequence[str],
        *,
        inject_id: str | Keep | None = KEEP,
        owner: str = "",
        deadline: str = "",
    ) -> Change:
        """Log an entry against the inject under discussion, unless another is given."""
        fields = EntryFields(
            kind,
            text,
            tuple(roles),
            _kept(inject_id, self.current_inject_id()),
            owner,
            deadline,
        )
        fields = check_fields(fields, self._known_role, self.schedule.known)
        entry_id = self.log.new_id()
        return replace(self._commit(EntryAdded(entry_id, fields)), created=entry_id)

    def edit_entry(
        self,
        entry_id: str,
        *,
        kind: EntryKind | Keep = KEEP,
        text: str | Keep = KEEP,
        roles: Sequence[str] | Keep = KEEP,
        inject_id: str | Keep | None = KEEP,
        owner: str | Keep = KEEP,
        deadline: str | Keep = KEEP,
    ) -> Change:
        old = self.log.live(entry_id).fields
        fields = EntryFields(
            _kept(kind, old.kind),
            _kept(text, old.text),
            tuple(_kept(roles, old.roles)),
            _kept(inject_id, old.inject_id),
            _kept(owner, old.owner),
            _kept(deadline, old.deadline),
        )
        fields = check_fields(fields, self._known_role, self.schedule.known)
        if fields == old:
            return NOTHING
        return self._commit(EntryEdited(entry_id, fields))

    def delete_entry(self, entry_id: str) -> Change:
        self.log.live(entry_id)
        return self._commit(EntryDeleted(entry_id))

    def restore_entry(self, entry_id: str) -> Change:
        if not self.log.get(entry_id).deleted:
            raise ExerciseError(f"Loggføringen «{entry_id}» er ikke slettet.")
        return self._commit(EntryRestored(entry_id))

    # --- participants -----------------------------------------------------------------

    def add_participant(
        self,
        name: str = "",
        organisation: str = "",
        roles: Sequence[str] = (),
        *,
        present: bool = True,
    ) -> Change:
        fields = ParticipantFields(name, organisation, tuple(roles), present)
        fields = check_participant(fields, self._known_role)
        participant_id = self.participants.new_id()
        change = self._commit(ParticipantAdded(participant_id, fields))
        return replace(change, created=participant_id)

    def edit_participant(
        self,
        participant_id: str,
        *,
        name: str | Keep = KEEP,
        organisation: str | Keep = KEEP,
        roles: Sequence[str] | Keep = KEEP,
        present: bool | Keep = KEEP,
    ) -> Change:
        old = self.participants.get(participant_id).fields
        fields = ParticipantFields(
            _kept(name, old.name),
            _kept(organisation, old.organisation),
            tuple(_kept(roles, old.roles)),
            _kept(present, old.present),
        )
        fields = check_participant(fields, self._known_role)
        if fields == old:
            return NOTHING
        return self._commit(ParticipantEdited(participant_id, fields))

    def set_present(self, participant_id: str, present: bool) -> Change:
        return self.edit_participant(participant_id, present=present)

    def remove_participant(self, participant_id: str) -> Change:
        self.participants.get(participant_id)
        return self._commit(ParticipantRemoved(participant_id))

    # --- evaluation -------------------------------------------------------------------

    def rate(self, target_id: str, rating: Rating | None, comment: str = "") -> Change:
        """Rate a goal or sub-goal; ``None`` takes the rating back, keeping the comment."""
        self.evaluation.check_target(target_id)
        return self._commit(ObjectiveRated(target_id, rating, comment.strip()))

    def add_note(self, section: NoteSection, text: str, links: Links | None = None) -> Change:
        """Add a strength, an improvement point or a learning point."""
        text, checked = self._check_note(text, links or Links())
        item_id = self.evaluation.new_id(EvaluationSection(section.value))
        return replace(self._commit(NoteAdded(section, item_id, text, checked)), created=item_id)

    def edit_note(
        self,
        section: NoteSection,
        item_id: str,
        *,
        text: str | Keep = KEEP,
        links: Links | Keep = KEEP,
    ) -> Change:
        index = self.evaluation.check_item(EvaluationSection(section.value), item_id)
        old = self.evaluation.notes(section)[index]
        new_text, new_links = self._check_note(_kept(text, old.text), _kept(links, old.links))
        if (new_text, new_links) == (old.text, old.links):
            return NOTHING
        return self._commit(NoteEdited(section, item_id, new_text, new_links))

    def add_action(
        self,
        measure: str,
        *,
        owner: str = "",
        deadline: date | None = None,
        status: ActionStatus = ActionStatus.NOT_STARTED,
        plan_section: str = "",
        links: Links | None = None,
    ) -> Change:
        """Add a measure to the action plan (tiltaksplan)."""
        fields = self._check_action(
            ActionFields(measure, owner, deadline, status, plan_section, links or Links())
        )
        item_id = self.evaluation.new_id(EvaluationSection.ACTION_PLAN)
        return replace(self._commit(ActionItemAdded(item_id, fields)), created=item_id)

    def edit_action(
        self,
        item_id: str,
        *,
        measure: str | Keep = KEEP,
        owner: str | Keep = KEEP,
        deadline: date | Keep | None = KEEP,
        status: ActionStatus | Keep = KEEP,
        plan_section: str | Keep = KEEP,
        links: Links | Keep = KEEP,
    ) -> Change:
        index = self.evaluation.check_item(EvaluationSection.ACTION_PLAN, item_id)
        old = self.evaluation.action_plan[index].fields
        fields = self._check_action(
            ActionFields(
                _kept(measure, old.measure),
                _kept(owner, old.owner),
                _kept(deadline, old.deadline),
                _kept(status, old.status),
                _kept(plan_section, old.plan_section),
                _kept(links, old.links),
            )
        )
        if fields == old:
            return NOTHING
        return self._commit(ActionItemEdited(item_id, fields))

    def delete_evaluation_item(self, section: EvaluationSection, item_id: str) -> Change:
        self.evaluation.check_item(section, item_id)
        return self._commit(EvaluationItemDeleted(section, item_id))

    def move_evaluation_item(self, section: EvaluationSection, item_id: str, index: int) -> Change:
        self.evaluation.check_move(section, item_id, index)
        if self.evaluation.check_item(section, item_id) == index:
            return NOTHING
        return self._commit(EvaluationItemMoved(section, item_id, index))

    def set_evaluation_text(self, field: EvaluationField, value: str) -> Change:
        """Summary, way forward (veien videre), names, date (åååå-mm-dd) and place."""
        value = self.evaluation.check_text(field, value)
        if value == self.evaluation.text(field):
            return NOTHING
        return self._commit(EvaluationTextSet(field, value))

    def set_marking(self, kind: MarkingKind, text: str = "") -> Change:
        text = self.evaluation.check_marking(kind, text)
        if (kind, text) == (self.evaluation.marking.kind, self.evaluation.marking.custom_text):
            return NOTHING
        return self._commit(MarkingSet(kind, text))

    # --- session markers --------------------------------------------------------------

    def mark_opened(self, app_version: str) -> Change:
        return self._commit(SessionOpened(app_version))

    def mark_closed(self) -> Change:
        return self._commit(SessionClosed())

    # --- replay -----------------------------------------------------------------------

    def apply(self, record: EventRecord) -> Change:
        """Apply a stored event; raises ``ExerciseError`` if it does not fit the state."""
        if record.seq != self.last_seq + 1:
            raise ExerciseError(f"Hendelse nr. {record.seq} kom etter nr. {self.last_seq}.")
        handler = self._handlers.get(type(record.event))
        if handler is None:
            raise ExerciseError(f"Ukjent hendelse {type(record.event).__name__}.")
        change = handler(record, self._mono())
        self._advance(record)
        return change

    def continue_after_reopen(self) -> int:
        """Carry a running clock across a restart; returns the gap in milliseconds.

        The monotonic clock does not survive a restart, so the time since the last event is
        taken from the wall clock: the room went on talking while the program was down.
        A wall clock that went backwards counts as no time at all.
        """
        if self.last is None:
            return 0
        gap = to_ms((self._clock.now_utc() - self.last.wall).total_seconds())
        gap = max(gap, 0)
        self.run.reanchor(self.last.exercise_ms + gap, self._mono())
        self._due_seen = frozenset(self.due())  # overdue by now: the facilitator decides
        return gap

    # --- internals --------------------------------------------------------------------

    def _plan_now(self) -> int | None:
        return None if self.run.state is RunState.NOT_STARTED else self.now_ms()

    def _mono(self) -> int:
        return to_ms(self._clock.monotonic())

    def _commit(self, *events: Event, at_ms: int | None = None) -> Change:
        mono = self._mono()
        exercise_ms = self.run.at(mono) if at_ms is None else at_ms
        wall = wall_ms(self._clock.now_utc())
        first = self.last_seq + 1
        records = [
            EventRecord(first + offset, wall, exercise_ms, event)
            for offset, event in enumerate(events)
        ]
        if self.sink is not None:
            self.sink.append(records)
        change = NOTHING
        for record in records:
            handler = self._handlers[type(record.event)]
            change |= handler(record, mono)
            self._advance(record)
        return change

    def _advance(self, record: EventRecord) -> None:
        self.last = record
        if not isinstance(record.event, SessionOpened | SessionClosed):
            self._last_activity_ms = record.exercise_ms

    def _check_in_play(self) -> None:
        if self.run.state is RunState.NOT_STARTED:
            raise ExerciseError("Start øvelsen før du gir innspill.")
        if self.run.state is RunState.ENDED:
            raise ExerciseError("Øvelsen er avsluttet.")

    def _known_role(self, role_id: str) -> bool:
        return self.role(role_id) is not None

    def _check_roles(self, roles: Iterable[str]) -> None:
        unknown = [role for role in roles if not self._known_role(role)]
        if unknown:
            raise ExerciseError(f"Ukjent rolle: {', '.join(unknown)}.")

    def _known_entry(self, entry_id: str) -> bool:
        try:
            return not self.log.get(entry_id).deleted
        except ExerciseError:
            return False

    def _check_note(self, text: str, links: Links) -> tuple[str, Links]:
        text = text.strip()
        if not text:
            raise ExerciseError("Skriv teksten for punktet.")
        links = self.evaluation.check_links(links, self.schedule.known, self._known_entry)
        return text, links

    def _check_action(self, fields: ActionFields) -> ActionFields:
        measure = fields.measure.strip()
        if not measure:
            raise ExerciseError("Beskriv tiltaket.")
        links = self.evaluation.check_links(fields.links, self.schedule.known, self._known_entry)
        return replace(
            fields,
            measure=measure,
            owner=fields.owner.strip(),
            plan_section=fields.plan_section.strip(),
            links=links,
        )

    # --- event handlers ---------------------------------------------------------------

    def _on_session(self, record: EventRecord, mono: int) -> Change:
        self.left_open = isinstance(record.event, SessionOpened)
        return Change(session=True)

    def _on_auto_release(self, record: EventRecord, mono: int) -> Change:
        assert isinstance(record.event, AutoReleaseSet)
        self.auto_release = record.event.enabled
        self._due_seen = frozenset(self.due())  # already overdue: not for auto-release
        return Change(settings=True, injects=frozenset(self.schedule.all_ids()))

    def _on_run(self, record: EventRecord, mono: int) -> Change:
        self.run.apply(record, mono)
        return Change(run=True)

    def _on_released(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        assert isinstance(event, InjectReleased)
        self._check_in_play()
        self.schedule.check_release(event.inject_id)
        release = Release(event.inject_id, record.seq, record.exercise_ms, record.wall, event.auto)
        moved = self.schedule.release(release)
        board = self.board.apply_release(self.schedule.inject(event.inject_id), record.exercise_ms)
        return Change(
            injects=frozenset({event.inject_id}), shown=True, scenario_time=moved, board=board
        )

    def _on_skipped(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        assert isinstance(event, InjectSkipped)
        self.schedule.check_skip(event.inject_id)
        self.schedule.skipped.add(event.inject_id)
        return Change(injects=frozenset({event.inject_id}))

    def _on_shown(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        assert isinstance(event, InjectShown)
        self.schedule.check_show(event.inject_id)
        self.schedule.shown = event.inject_id
        return Change(shown=True)

    def _on_adhoc(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        assert isinstance(event, AdhocInjectAdded)
        if self.schedule.known(event.inject_id):
            raise ExerciseError(f"Innspillet «{event.inject_id}» finnes allerede.")
        inject = Inject(
            id=event.inject_id,
            at=Duration(record.exercise_ms // 1000),
            title=event.title,
            text=event.text,
            source=labels.ADHOC_SOURCE,
            notes=event.notes,
            questions=event.questions,
        )
        self.schedule.add_adhoc(inject)
        return Change(injects=frozenset({event.inject_id}))

    def _on_board(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        assert isinstance(event, BoardOverridden)
        self.board.apply_override(event.item_id, event.value, event.status, record.exercise_ms)
        return Change(board=frozenset({event.item_id}))

    def _on_role(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        assert isinstance(event, RoleAdded)
        if self.role(event.role_id) is not None:
            raise ExerciseError(f"Rollen «{event.role_id}» finnes allerede.")
        self.extra_roles[event.role_id] = Role(id=event.role_id, title=event.title)
        return Change(roles=True)

    def _on_entry(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        if isinstance(event, EntryAdded):
            self.log.apply_added(event.entry_id, event.fields, record)
        elif isinstance(event, EntryEdited):
            self.log.apply_edited(event.entry_id, event.fields, record)
        elif isinstance(event, EntryDeleted):
            self.log.apply_deleted(event.entry_id, record)
        else:
            assert isinstance(event, EntryRestored)
            self.log.apply_restored(event.entry_id, record)
        return Change(entries=frozenset({event.entry_id}))

    def _on_participant(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        if isinstance(event, ParticipantAdded):
            self.participants.apply_added(event.participant_id, event.fields)
        elif isinstance(event, ParticipantEdited):
            self.participants.apply_edited(event.participant_id, event.fields)
        else:
            assert isinstance(event, ParticipantRemoved)
            self.participants.apply_removed(event.participant_id)
        return Change(participants=frozenset({event.participant_id}))

    def _on_rating(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        assert isinstance(event, ObjectiveRated)
        self.evaluation.apply_rating(event.target_id, event.rating, event.comment)
        return Change(ratings=frozenset({event.target_id}))

    def _on_evaluation(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        evaluation = self.evaluation
        if isinstance(event, NoteAdded | NoteEdited):
            note = Note(event.item_id, event.text, event.links)
            evaluation.apply_note(event.section, note, new=isinstance(event, NoteAdded))
            section = EvaluationSection(event.section.value)
        elif isinstance(event, ActionItemAdded | ActionItemEdited):
            item = ActionItem(event.item_id, event.fields)
            evaluation.apply_action(item, new=isinstance(event, ActionItemAdded))
            section = EvaluationSection.ACTION_PLAN
        elif isinstance(event, EvaluationItemDeleted):
            evaluation.apply_delete(event.section, event.item_id)
            section = event.section
        elif isinstance(event, EvaluationItemMoved):
            evaluation.apply_move(event.section, event.item_id, event.index)
            section = event.section
        elif isinstance(event, EvaluationTextSet):
            evaluation.apply_text(event.field, event.value)
            return Change(evaluation_text=frozenset({event.field}))
        else:
            assert isinstance(event, MarkingSet)
            evaluation.apply_marking(event.kind, event.text)
            return Change(marking=True)
        return Change(evaluation=frozenset({section}))
