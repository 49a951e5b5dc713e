"""One exercise run: the commands the facilitator gives, checked and turned into events.

Every command follows the same path: check it against the current state, turn it into
events stamped with both clocks, hand them to the sink (the session file) and only then
apply them. If the sink refuses, nothing is applied, so what the screen shows is never
ahead of what is on disk. Replaying the same events through ``apply`` rebuilds the state.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from datetime import date
from enum import Enum
from typing import Protocol, TypeVar

from ovelse.exercise import labels, messages
from ovelse.exercise.bounds import bounded_wall
from ovelse.exercise.changes import NOTHING, Change
from ovelse.exercise.clock import Clock, wall_ms
from ovelse.exercise.errors import ExerciseError
from ovelse.exercise.events import (
    ActionFields,
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
    HotWashFields,
    InjectReleased,
    InjectShown,
    InjectSkipped,
    Links,
    MarkingSet,
    NoteAdded,
    NoteEdited,
    ObjectiveRated,
    ObservedActionEdited,
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
from ovelse.exercise.hot_wash import check_fields as check_answer
from ovelse.exercise.kinds import (
    ActionMark,
    ActionStatus,
    EntryKind,
    EvaluationField,
    EvaluationSection,
    ExemptKind,
    HotWashPrompt,
    MarkingKind,
    NoteSection,
    Priority,
    Rating,
    RunState,
)
from ovelse.exercise.log import check_fields
from ovelse.exercise.participants import check_fields as check_participant
from ovelse.exercise.state import EVENT_HANDLERS, ExerciseState
from ovelse.exercise.storable import check_event_texts
from ovelse.scenario.model import BoardStatus, Directive, Question, ScenarioPack

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


class Exercise(ExerciseState):
    def __init__(self, pack: ScenarioPack, clock: Clock, sink: EventSink | None = None) -> None:
        super().__init__(pack, clock)
        self.sink = sink

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
                    messages.PAUSE_TOO_EARLY.format(time=labels.clock_text(earliest))
                )
        return self._commit(RunPaused(), at_ms=at_ms)

    def pause_for_downtime(self, reached_ms: int | None = None) -> Change:
        """Count the time the program was not running as a pause, not as exercise time.

        A session reopened with its clock running is paused at the last moment known to
        have been run: the last thing recorded before it was closed or the program
        stopped, or ``reached_ms`` if the program noted a later moment outside the file
        (a crash may come long after the last entry). The room decides when to go on
        (``resume``). Nothing when the clock was not running.
        """
        if self.run.state is not RunState.RUNNING or self.reopened_at_ms is None:
            return NOTHING
        moment = max(self.reopened_at_ms, self._last_activity_ms, reached_ms or 0)
        return self.pause(at_ms=min(moment, self.now_ms()))

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

    def set_directive(self, directive: Directive) -> Change:
        """The øvingsdirektiv's texts (date, place, rules of play …), without outer blanks."""
        directive = Directive(
            **{item.name: getattr(directive, item.name).strip() for item in fields(Directive)}
        )
        if directive == self.directive:
            return NOTHING
        return self._commit(DirectiveSet(directive))

    # --- injects ----------------------------------------------------------------------

    def release(self, inject_id: str) -> Change:
        """Give an inject by hand: the next one, a later one, or one skipped earlier."""
        self._check_in_play()
        self.schedule.check_release(inject_id)
        return self._commit(InjectReleased(inject_id))

    def release_next(self) -> Change:
        inject_id = self.schedule.next_planned()
        if inject_id is None:
            raise ExerciseError(messages.ALL_INJECTS_DONE)
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
            raise ExerciseError(messages.INJECT_TITLE_MISSING)
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
            raise ExerciseError(messages.ROLE_TITLE_MISSING)
        if role_id is None:
            number = len(self.extra_roles) + 1
            while self.role(f"rolle-{number}") is not None:
                number += 1
            role_id = f"rolle-{number}"
        if not role_id.strip() or self.role(role_id) is not None:
            raise ExerciseError(messages.ROLE_EXISTS.format(role_id=role_id))
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
            raise ExerciseError(messages.ENTRY_NOT_DELETED.format(entry_id=entry_id))
        return self._commit(EntryRestored(entry_id))

    # --- expected actions -------------------------------------------------------------

    def tick_action(
        self,
        inject_id: str,
        action_id: str,
        mark: ActionMark | None,
        note: str | Keep = KEEP,
    ) -> Change:
        """Tick an expected or observed action gjort, delvis or ikke gjort; None unticks.

        The note stays as it was unless a new one is given.
        """
        self._check_action_inject(inject_id)
        self.checklist.check_action(
            inject_id, action_id, self.schedule.inject(inject_id).expected_actions
        )
        history = self.checklist.history(inject_id, action_id)
        old_mark, old_note = (history[-1].mark, history[-1].note) if history else (None, "")
        new_note = _kept(note, old_note).strip()
        if (mark, new_note) == (old_mark, old_note):
            return NOTHING
        return self._commit(ActionTicked(inject_id, action_id, mark, new_note))

    def observe_action(
        self,
        text: str,
        *,
        inject_id: str | None = None,
        mark: ActionMark | None = ActionMark.DONE,
        note: str = "",
    ) -> Change:
        """Note an action the table took that the pack did not expect, under the inject
        being discussed unless another is given."""
        if inject_id is None:
            inject_id = self.current_inject_id()
            if inject_id is None:
                raise ExerciseError(messages.ACTION_NO_INJECT)
        self._check_action_inject(inject_id)
        text = text.strip()
        if not text:
            raise ExerciseError(messages.ACTION_TEXT_MISSING)
        action_id = self.checklist.new_observed_id()
        event = ActionObserved(inject_id, action_id, text, mark, note.strip())
        return replace(self._commit(event), created=action_id)

    def edit_observed_action(self, inject_id: str, action_id: str, text: str) -> Change:
        text = text.strip()
        if not text:
            raise ExerciseError(messages.ACTION_TEXT_MISSING)
        items = {item.action_id: item for item in self.actions(inject_id) if item.observed}
        if action_id not in items:
            raise ExerciseError(
                messages.ACTION_NOT_FOUND.format(action_id=action_id, inject_id=inject_id)
            )
        if items[action_id].text == text:
            return NOTHING
        return self._commit(ObservedActionEdited(inject_id, action_id, text))

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
        priority: Priority | None = None,
    ) -> Change:
        """Add a measure to the action plan (tiltaksplan)."""
        fields = self._check_action(
            ActionFields(measure, owner, deadline, status, plan_section, links or Links(), priority)
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
        priority: Priority | Keep | None = KEEP,
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
                _kept(priority, old.priority),
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

    def set_exempt(self, kind: ExemptKind, target_id: str, exempt: bool = True) -> Change:
        """Mark a part of the evaluation skjermet (exempt): the public report leaves it out."""
        self.evaluation.check_exemption(kind, target_id, self._entry_exists)
        if self.evaluation.is_exempt(kind, target_id) == exempt:
            return NOTHING
        return self._commit(ExemptionSet(kind, target_id, exempt))

    def set_follow_up(self, item_id: str, follow_up: bool = True) -> Change:
        """Flag an evaluation item «trenger oppfølging fra region/stat» (or no longer), for
        the result file sent to the statsforvalter."""
        self.evaluation.check_follow_up(item_id)
        if self.evaluation.needs_follow_up(item_id) == follow_up:
            return NOTHING
        return self._commit(FollowUpSet(item_id, follow_up))

    # --- hot wash (umiddelbar evaluering) ---------------------------------------------

    def add_hot_wash_answer(self, role_id: str, prompt: HotWashPrompt, text: str) -> Change:
        """Save what the person in ``role_id`` answered to ``prompt`` in the hot wash."""
        fields = check_answer(HotWashFields(role_id, prompt, text), self._known_role)
        answer_id = self.evaluation.hot_wash.new_id()
        change = self._commit(HotWashAnswerAdded(answer_id, fields))
        return replace(change, created=answer_id)

    def edit_hot_wash_answer(
        self,
        answer_id: str,
        *,
        text: str | Keep = KEEP,
        role_id: str | Keep = KEEP,
        prompt: HotWashPrompt | Keep = KEEP,
    ) -> Change:
        old = self.evaluation.hot_wash.live(answer_id).fields
        fields = HotWashFields(
            _kept(role_id, old.role_id), _kept(prompt, old.prompt), _kept(text, old.text)
        )
        fields = check_answer(fields, self._known_role)
        if fields == old:
            return NOTHING
        return self._commit(HotWashAnswerEdited(answer_id, fields))

    def delete_hot_wash_answer(self, answer_id: str) -> Change:
        self.evaluation.hot_wash.live(answer_id)
        return self._commit(HotWashAnswerDeleted(answer_id))

    # --- session markers --------------------------------------------------------------

    def mark_opened(self, app_version: str) -> Change:
        return self._commit(SessionOpened(app_version))

    def mark_closed(self) -> Change:
        return self._commit(SessionClosed())

    # --- internals --------------------------------------------------------------------

    def _commit(self, *events: Event, at_ms: int | None = None) -> Change:
        """The one door every command goes through: what passes it, the file can hold.

        Text UTF-8 cannot store is refused here, before the file is touched, and both
        clocks are inside ``bounds`` (the run clock stops at its longest, a wildly wrong
        machine clock is held to the edge), as reading the file back requires.
        """
        for event in events:
            check_event_texts(event)
        mono = self._mono()
        exercise_ms = self.run.at(mono) if at_ms is None else at_ms
        wall = bounded_wall(wall_ms(self._clock.now_utc()))
        first = self.last_seq + 1
        records = [
            EventRecord(first + offset, wall, exercise_ms, event)
            for offset, event in enumerate(events)
        ]
        if self.sink is not None:
            self.sink.append(records)
        change = NOTHING
        for record in records:
            change |= EVENT_HANDLERS[type(record.event)](self, record, mono)
            self._advance(record)
        return change

    def _check_note(self, text: str, links: Links) -> tuple[str, Links]:
        text = text.strip()
        if not text:
            raise ExerciseError(messages.ITEM_TEXT_MISSING)
        links = self.evaluation.check_links(links, self.schedule.known, self._known_entry)
        return text, links

    def _check_action(self, fields: ActionFields) -> ActionFields:
        measure = fields.measure.strip()
        if not measure:
            raise ExerciseError(messages.ACTION_MEASURE_MISSING)
        links = self.evaluation.check_links(fields.links, self.schedule.known, self._known_entry)
        return replace(
            fields,
            measure=measure,
            owner=fields.owner.strip(),
            plan_section=fields.plan_section.strip(),
            links=links,
        )
