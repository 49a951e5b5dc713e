"""What replaying an exercise's events builds, and the questions the screens ask of it.

``ExerciseState`` applies events and answers queries; it never decides whether an
operation is allowed — that, and turning operations into events, is ``Exercise`` in
``run.py``. The handlers still check each event against the state, so a session file whose
events do not fit together is refused instead of half-loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from ovelse.exercise import labels, messages
from ovelse.exercise.board import Board
from ovelse.exercise.changes import Change
from ovelse.exercise.checklist import Checklist, ChecklistItem
from ovelse.exercise.clock import Clock, to_ms
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.evaluation import ActionItem, Evaluation, Note
from ovelse.exercise.events import (
    ActionItemAdded,
    ActionItemEdited,
    ActionObserved,
    ActionTicked,
    AdhocInjectAdded,
    AutoReleaseSet,
    BoardOverridden,
    DirectiveSet,
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
    ExemptionSet,
    FollowUpSet,
    HotWashAnswerAdded,
    HotWashAnswerDeleted,
    HotWashAnswerEdited,
    InjectReleased,
    InjectShown,
    InjectSkipped,
    MarkingSet,
    NoteAdded,
    NoteEdited,
    ObjectiveRated,
    ObservedActionEdited,
    ParticipantAdded,
    ParticipantEdited,
    ParticipantRemoved,
    RoleAdded,
    RunEnded,
    RunPaused,
    RunResumed,
    RunStarted,
    SessionClosed,
    SessionOpened,
)
from ovelse.exercise.hot_wash import verify_fields as verify_answer
from ovelse.exercise.kinds import (
    EvaluationSection,
    InjectStatus,
    RunState,
)
from ovelse.exercise.log import DecisionLog
from ovelse.exercise.log import verify_fields as verify_entry
from ovelse.exercise.participants import Participants
from ovelse.exercise.participants import verify_fields as verify_participant
from ovelse.exercise.runclock import RunClock
from ovelse.exercise.schedule import Release, Schedule, ScheduledInject
from ovelse.scenario.model import Directive, Inject, Role, ScenarioPack
from ovelse.scenario.timing import Duration, ScenarioTime

# The log's events: the bulk of any long session, applied by ``replay`` without a Change.
_ENTRY_EVENTS = frozenset({EntryAdded, EntryEdited, EntryDeleted, EntryRestored})


class ExerciseState:
    def __init__(self, pack: ScenarioPack, clock: Clock) -> None:
        self.pack = pack
        self._clock = clock
        self.run = RunClock()
        self.schedule = Schedule(pack)
        self.board = Board(pack.board)
        self.log = DecisionLog()
        self.participants = Participants()
        self.checklist = Checklist()
        self.evaluation = Evaluation(pack)
        self.auto_release = False
        self.directive = Directive()  # the øvingsdirektiv's texts from Prepare
        self.extra_roles: dict[str, Role] = {}
        self._role_ids = {role.id for role in pack.roles}  # the pack's and the extra ones
        self.last: EventRecord | None = None
        self.left_open = False  # a session_opened without its session_closed
        # Exercise time of the last thing recorded before this program opened the session.
        self.reopened_at_ms: int | None = None
        self._last_activity_ms = 0  # exercise time of the last event that was not a mark
        self._due_seen: frozenset[str] = frozenset()

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
        return (
            labels.scenario_time_text(self.scenario_time) if self.scenario_time is not None else ""
        )

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

    def actions(self, inject_id: str) -> tuple[ChecklistItem, ...]:
        """The inject's expected actions with their ticks, then the observed ones."""
        return self.checklist.items(inject_id, self.schedule.inject(inject_id).expected_actions)

    def roles(self) -> tuple[Role, ...]:
        return self.pack.roles + tuple(self.extra_roles.values())

    def role(self, role_id: str) -> Role | None:
        return self.pack.role(role_id) or self.extra_roles.get(role_id)

    def role_title(self, role_id: str) -> str:
        role = self.role(role_id)
        return role.title or role.id if role is not None else role_id

    def due(self) -> tuple[str, ...]:
        """Injects that are waiting and past their planned time."""
        now = self._plan_now()
        return tuple(
            inject_id
            for inject_id in self.schedule.all_ids()
            if self.schedule.status(inject_id, now) is InjectStatus.DUE
        )

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

    # --- replay -----------------------------------------------------------------------

    def apply(self, record: EventRecord) -> Change:
        """Apply a stored event; raises ``ExerciseError`` if it does not fit the state."""
        self._check_time(record)
        change = self._handler(record)(self, record, self._mono())
        self._advance(record)
        return change

    def replay(self, records: Iterable[EventRecord]) -> None:
        """Apply stored events in bulk, as opening a session does; checks as ``apply``.

        No screen waits for the ``Change`` of each event while a file opens, and building
        one per log entry was a fifth of opening a long session, so log events take a path
        that leaves it out. A failing event leaves the ones before it applied, so the
        failing one is number ``last_seq + 1``.
        """
        mono = self._mono()
        for record in records:
            if record.exercise_ms < self._last_activity_ms:
                self._check_time(record)
            if type(record.event) in _ENTRY_EVENTS and record.seq == self.last_seq + 1:
                self._apply_entry(record)
            else:
                self._handler(record)(self, record, mono)
            self._advance(record)

    def continue_after_reopen(self) -> int:
        """Carry a running clock across a restart; returns the gap in milliseconds.

        The monotonic clock does not survive a restart, so the time since the last event is
        taken from the wall clock: the room went on talking while the program was down.
        A wall clock that went backwards counts as no time at all.
        """
        if self.last is None:
            return 0
        self.reopened_at_ms = self.last.exercise_ms
        gap = to_ms((self._clock.now_utc() - self.last.wall).total_seconds())
        gap = max(gap, 0)
        self.run.reanchor(self.last.exercise_ms + gap, self._mono())
        self._due_seen = frozenset(self.due())  # overdue by now: the facilitator decides
        return gap

    # --- internals --------------------------------------------------------------------

    def _handler(self, record: EventRecord) -> Callable[[ExerciseState, EventRecord, int], Change]:
        """The handler for the next event in the file; refuses a gap or an unknown type."""
        if record.seq != self.last_seq + 1:
            raise ExerciseError(
                messages.EVENT_OUT_OF_ORDER.format(seq=record.seq, last_seq=self.last_seq)
            )
        handler = EVENT_HANDLERS.get(type(record.event))
        if handler is None:
            raise ExerciseError(messages.UNKNOWN_EVENT.format(event=type(record.event).__name__))
        return handler

    def _check_time(self, record: EventRecord) -> None:
        """Exercise time never goes back past the last thing recorded, live or replayed.

        Session marks are left out: a pause placed earlier by hand (``Exercise.pause``) may
        go back past a reopening, but never past an entry, a release or another command.
        """
        if record.exercise_ms < self._last_activity_ms:
            raise ExerciseError(
                messages.EVENT_TIME_BACKWARDS.format(
                    time=labels.clock_text(record.exercise_ms),
                    last=labels.clock_text(self._last_activity_ms),
                )
            )

    def _plan_now(self) -> int | None:
        return None if self.run.state is RunState.NOT_STARTED else self.now_ms()

    def _mono(self) -> int:
        return to_ms(self._clock.monotonic())

    def _advance(self, record: EventRecord) -> None:
        self.last = record
        if not isinstance(record.event, SessionOpened | SessionClosed):
            self._last_activity_ms = record.exercise_ms

    def _check_in_play(self) -> None:
        if self.run.state is RunState.NOT_STARTED:
            raise ExerciseError(messages.START_FIRST)
        if self.run.state is RunState.ENDED:
            raise ExerciseError(messages.EXERCISE_ENDED)

    def _known_role(self, role_id: str) -> bool:
        return role_id in self._role_ids

    def _check_roles(self, roles: Iterable[str]) -> None:
        unknown = [role for role in roles if not self._known_role(role)]
        if unknown:
            raise ExerciseError(messages.UNKNOWN_ROLES.format(roles=", ".join(unknown)))

    def _known_entry(self, entry_id: str) -> bool:
        try:
            return not self.log.get(entry_id).deleted
        except ExerciseError:
            return False

    # --- event handlers ---------------------------------------------------------------

    def _on_session(self, record: EventRecord, mono: int) -> Change:
        self.left_open = isinstance(record.event, SessionOpened)
        return Change(session=True)

    def _on_auto_release(self, record: EventRecord, mono: int) -> Change:
        assert isinstance(record.event, AutoReleaseSet)
        self.auto_release = record.event.enabled
        self._due_seen = frozenset(self.due())  # already overdue: not for auto-release
        return Change(settings=True, injects=frozenset(self.schedule.all_ids()))

    def _on_directive(self, record: EventRecord, mono: int) -> Change:
        assert isinstance(record.event, DirectiveSet)
        self.directive = record.event.directive
        return Change(directive=True)

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
            raise ExerciseError(messages.INJECT_EXISTS.format(inject_id=event.inject_id))
        if not event.title.strip():
            raise ExerciseError(messages.INJECT_TITLE_MISSING)
        for question in event.questions:
            self._check_roles(question.roles)
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
        self.board.check_override(event.item_id, event.value, event.status)
        self.board.apply_override(event.item_id, event.value, event.status, record.exercise_ms)
        return Change(board=frozenset({event.item_id}))

    def _on_role(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        assert isinstance(event, RoleAdded)
        if not event.role_id.strip() or self.role(event.role_id) is not None:
            raise ExerciseError(messages.ROLE_EXISTS.format(role_id=event.role_id))
        if not event.title.strip():
            raise ExerciseError(messages.ROLE_TITLE_MISSING)
        self.extra_roles[event.role_id] = Role(id=event.role_id, title=event.title)
        self._role_ids.add(event.role_id)
        return Change(roles=True)

    def _on_entry(self, record: EventRecord, mono: int) -> Change:
        return Change(entries=frozenset({self._apply_entry(record)}))

    def _apply_entry(self, record: EventRecord) -> str:
        event = record.event
        if isinstance(event, EntryAdded):
            self._check_entry(event.fields)
            self.log.apply_added(event.entry_id, event.fields, record)
        elif isinstance(event, EntryEdited):
            self._check_entry(event.fields)
            self.log.apply_edited(event.entry_id, event.fields, record)
        elif isinstance(event, EntryDeleted):
            self.log.apply_deleted(event.entry_id, record)
        else:
            assert isinstance(event, EntryRestored)
            self.log.apply_restored(event.entry_id, record)
        return event.entry_id

    def _check_entry(self, fields: EntryFields) -> None:
        """The rules of ``verify_entry``, inline for the thousands of entries a long session
        opens with; only a failing entry goes to the function, which says what is wrong."""
        text, roles, inject_id = fields.text, fields.roles, fields.inject_id
        if not (
            text
            and not text.isspace()
            and roles
            and self._role_ids.issuperset(roles)
            and (inject_id is None or self.schedule.known(inject_id))
        ):
            verify_entry(fields, self._known_role, self.schedule.known)

    def _check_action_inject(self, inject_id: str) -> None:
        """Actions are ticked for injects that were given, during the run or after it."""
        inject = self.schedule.inject(inject_id)  # refuses an unknown inject
        if inject_id not in self.schedule.releases:
            raise ExerciseError(
                messages.ACTION_INJECT_NOT_GIVEN.format(title=inject.title or inject_id)
            )

    def _on_action(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        checklist = self.checklist
        if isinstance(event, ActionTicked):
            self._check_action_inject(event.inject_id)
            expected = self.schedule.inject(event.inject_id).expected_actions
            checklist.check_action(event.inject_id, event.action_id, expected)
            checklist.apply_tick(event.inject_id, event.action_id, event.mark, event.note, record)
        elif isinstance(event, ActionObserved):
            self._check_action_inject(event.inject_id)
            checklist.check_new_observed(event.action_id)
            if not event.text.strip():
                raise ExerciseError(messages.ACTION_TEXT_MISSING)
            checklist.apply_observed(event.inject_id, event.action_id, event.text)
            checklist.apply_tick(event.inject_id, event.action_id, event.mark, event.note, record)
        else:
            assert isinstance(event, ObservedActionEdited)
            if not event.text.strip():
                raise ExerciseError(messages.ACTION_TEXT_MISSING)
            checklist.apply_observed_text(event.inject_id, event.action_id, event.text)
        return Change(actions=frozenset({event.inject_id}))

    def _on_participant(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        if isinstance(event, ParticipantAdded):
            verify_participant(event.fields, self._known_role)
            self.participants.apply_added(event.participant_id, event.fields)
        elif isinstance(event, ParticipantEdited):
            verify_participant(event.fields, self._known_role)
            self.participants.apply_edited(event.participant_id, event.fields)
        else:
            assert isinstance(event, ParticipantRemoved)
            self.participants.apply_removed(event.participant_id)
        return Change(participants=frozenset({event.participant_id}))

    def _on_hot_wash(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        hot_wash = self.evaluation.hot_wash
        if isinstance(event, HotWashAnswerAdded):
            verify_answer(event.fields, self._known_role)
            hot_wash.apply_added(event.answer_id, event.fields, record)
        elif isinstance(event, HotWashAnswerEdited):
            verify_answer(event.fields, self._known_role)
            hot_wash.apply_edited(event.answer_id, event.fields)
        else:
            assert isinstance(event, HotWashAnswerDeleted)
            hot_wash.apply_deleted(event.answer_id)
        return Change(hot_wash=frozenset({event.answer_id}))

    def _on_rating(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        assert isinstance(event, ObjectiveRated)
        self.evaluation.apply_rating(event.target_id, event.rating, event.comment)
        return Change(ratings=frozenset({event.target_id}))

    def _on_exemption(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        assert isinstance(event, ExemptionSet)
        self.evaluation.check_exemption(event.kind, event.target_id, self._entry_exists)
        self.evaluation.apply_exemption(event.kind, event.target_id, event.exempt)
        return Change(exempt=True)

    def _on_follow_up(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        assert isinstance(event, FollowUpSet)
        section = self.evaluation.check_follow_up(event.item_id)
        self.evaluation.apply_follow_up(event.item_id, event.follow_up)
        return Change(evaluation=frozenset({section}))

    def _entry_exists(self, entry_id: str) -> bool:
        """A deleted entry may stay exempt: a restore must not make it public."""
        try:
            self.log.get(entry_id)
        except ExerciseError:
            return False
        return True

    def _on_evaluation(self, record: EventRecord, mono: int) -> Change:
        event = record.event
        evaluation = self.evaluation
        if isinstance(event, NoteAdded | NoteEdited):
            if not event.text.strip():
                raise ExerciseError(messages.ITEM_TEXT_MISSING)
            evaluation.check_links(event.links, self.schedule.known, self._known_entry)
            note = Note(event.item_id, event.text, event.links)
            evaluation.apply_note(event.section, note, new=isinstance(event, NoteAdded))
            section = EvaluationSection(event.section.value)
        elif isinstance(event, ActionItemAdded | ActionItemEdited):
            if not event.fields.measure.strip():
                raise ExerciseError(messages.ACTION_MEASURE_MISSING)
            evaluation.check_links(event.fields.links, self.schedule.known, self._known_entry)
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
            evaluation.check_text(event.field, event.value)
            evaluation.apply_text(event.field, event.value)
            return Change(evaluation_text=frozenset({event.field}))
        else:
            assert isinstance(event, MarkingSet)
            evaluation.check_marking(event.kind, event.text)
            evaluation.apply_marking(event.kind, event.text)
            return Change(marking=True)
        return Change(evaluation=frozenset({section}))


# Each event type's handler, as a plain function of the state: bound methods kept on the
# object would hold the object itself, a cycle that leaves a closed session's exercise to
# the cycle collector instead of reference counting.
EVENT_HANDLERS: dict[type[Event], Callable[[ExerciseState, EventRecord, int], Change]] = {
    SessionOpened: ExerciseState._on_session,
    SessionClosed: ExerciseState._on_session,
    AutoReleaseSet: ExerciseState._on_auto_release,
    DirectiveSet: ExerciseState._on_directive,
    RunStarted: ExerciseState._on_run,
    RunPaused: ExerciseState._on_run,
    RunResumed: ExerciseState._on_run,
    RunEnded: ExerciseState._on_run,
    InjectReleased: ExerciseState._on_released,
    InjectSkipped: ExerciseState._on_skipped,
    InjectShown: ExerciseState._on_shown,
    AdhocInjectAdded: ExerciseState._on_adhoc,
    BoardOverridden: ExerciseState._on_board,
    RoleAdded: ExerciseState._on_role,
    EntryAdded: ExerciseState._on_entry,
    EntryEdited: ExerciseState._on_entry,
    EntryDeleted: ExerciseState._on_entry,
    EntryRestored: ExerciseState._on_entry,
    ParticipantAdded: ExerciseState._on_participant,
    ParticipantEdited: ExerciseState._on_participant,
    ParticipantRemoved: ExerciseState._on_participant,
    ActionTicked: ExerciseState._on_action,
    ActionObserved: ExerciseState._on_action,
    ObservedActionEdited: ExerciseState._on_action,
    ObjectiveRated: ExerciseState._on_rating,
    NoteAdded: ExerciseState._on_evaluation,
    NoteEdited: ExerciseState._on_evaluation,
    ActionItemAdded: ExerciseState._on_evaluation,
    ActionItemEdited: ExerciseState._on_evaluation,
    EvaluationItemDeleted: ExerciseState._on_evaluation,
    EvaluationItemMoved: ExerciseState._on_evaluation,
    EvaluationTextSet: ExerciseState._on_evaluation,
    MarkingSet: ExerciseState._on_evaluation,
    ExemptionSet: ExerciseState._on_exemption,
    FollowUpSet: ExerciseState._on_follow_up,
    HotWashAnswerAdded: ExerciseState._on_hot_wash,
    HotWashAnswerEdited: ExerciseState._on_hot_wash,
    HotWashAnswerDeleted: ExerciseState._on_hot_wash,
}
