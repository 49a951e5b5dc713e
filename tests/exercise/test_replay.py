"""Replaying the stored events rebuilds exactly what the facilitator saw."""

from __future__ import annotations

import json

import pytest

from ovelse.exercise import EntryKind, Exercise, ExerciseError, FakeClock
from ovelse.exercise.events import EVENT_TYPES, EventRecord
from ovelse.exercise.plain import PlainError, event_from_plain, event_to_plain
from tests.exercise.sinks import ListSink
from tests.exercise.story import play_everything, snapshot


def test_replay_rebuilds_every_part_of_the_state(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    play_everything(exercise, clock)
    used = {type(record.event) for record in sink.records}
    assert used == set(EVENT_TYPES.values()), "the story should write every event type"

    replayed = Exercise(exercise.pack, clock)
    for record in sink.records:
        replayed.apply(record)
    assert snapshot(replayed) == snapshot(exercise)


def test_bulk_replay_builds_the_same_state_as_one_event_at_a_time(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    play_everything(exercise, clock)
    one_by_one = Exercise(exercise.pack, clock)
    for record in sink.records:
        one_by_one.apply(record)
    in_bulk = Exercise(exercise.pack, clock)
    in_bulk.replay(sink.records[:7])
    in_bulk.replay(sink.records[7:])  # a read-only view picks up the rest later
    assert snapshot(in_bulk) == snapshot(one_by_one) == snapshot(exercise)


def test_bulk_replay_refuses_what_single_apply_refuses(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    exercise.start()
    exercise.add_entry(EntryKind.DECISION, "Første", ["ordforer"])
    exercise.delete_entry("L1")
    first, added, deleted = sink.records
    with pytest.raises(ExerciseError, match=r"nr\. 2"):
        Exercise(exercise.pack, clock).replay([added])
    twice = EventRecord(4, deleted.wall, deleted.exercise_ms, deleted.event)
    partly = Exercise(exercise.pack, clock)
    with pytest.raises(ExerciseError, match="L1"):
        partly.replay([first, added, deleted, twice])
    assert partly.last_seq == 3, "the events before the bad one stay applied"
    assert partly.log.get("L1").deleted


def test_every_event_survives_json(exercise: Exercise, clock: FakeClock, sink: ListSink) -> None:
    play_everything(exercise, clock)
    for record in sink.records:
        text = json.dumps(event_to_plain(record.event), ensure_ascii=False)
        assert event_from_plain(record.event.TYPE, json.loads(text)) == record.event


def test_stored_data_of_the_wrong_shape_is_refused() -> None:
    with pytest.raises(PlainError, match="ukjent hendelsestype"):
        event_from_plain("no_such_event", {})
    with pytest.raises(PlainError, match="mangler"):
        event_from_plain("inject_released", {})
    with pytest.raises(PlainError):
        event_from_plain("inject_released", {"inject_id": 3})
    with pytest.raises(PlainError):
        event_from_plain("entry_added", {"entry_id": "L1", "fields": {"kind": "nope"}})
    with pytest.raises(PlainError):
        event_from_plain("auto_release_set", {"enabled": 1})
    with pytest.raises(PlainError):
        event_from_plain("board_overridden", {"item_id": "a", "value": "b", "status": "grønn"})


def test_events_out_of_sequence_or_against_the_state_are_refused(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    exercise.start()
    exercise.release("i1")
    fresh = Exercise(exercise.pack, clock)
    with pytest.raises(ExerciseError, match=r"nr\. 2"):
        fresh.apply(sink.records[1])
    fresh.apply(sink.records[0])
    fresh.apply(sink.records[1])
    twice = EventRecord(3, sink.records[1].wall, 0, sink.records[1].event)
    with pytest.raises(ExerciseError, match="allerede gitt"):
        fresh.apply(twice)


def test_a_failing_sink_leaves_the_state_as_it_was(
    exercise: Exercise, clock: FakeClock, sink: ListSink
) -> None:
    exercise.start()
    exercise.release("i1")
    before = snapshot(exercise)
    sink.fail_with = OSError("disk full")
    with pytest.raises(OSError):
        exercise.add_entry(EntryKind.DECISION, "Tapt?", ["ordforer"])
    with pytest.raises(OSError):
        exercise.release("i2")
    with pytest.raises(OSError):
        exercise.pause()
    assert snapshot(exercise) == before
    sink.fail_with = None
    assert exercise.add_entry(EntryKind.DECISION, "Lagret", ["ordforer"]).created == "L1"
