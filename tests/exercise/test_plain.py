"""A session file is input like any other: stored events decode strictly or not at all.

The decoders are generated per event class for speed; these tests hold them to the same
rules the event classes state in their type hints.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from ovelse.exercise import ActionStatus, EntryKind, Links
from ovelse.exercise.events import (
    ActionFields,
    ActionItemAdded,
    EntryAdded,
    EntryFields,
    InjectReleased,
    InjectShown,
    ObjectiveRated,
)
from ovelse.exercise.plain import PlainError, event_from_plain, event_to_plain

ENTRY: dict[str, Any] = {
    "entry_id": "L7",
    "fields": {"kind": "beslutning", "text": "Åpne skolen i Čáhcesuolu", "roles": ["ordforer"]},
}


def with_field(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {"entry_id": ENTRY["entry_id"], "fields": dict(ENTRY["fields"])}
    target = payload
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return payload


def test_a_stored_entry_decodes_to_the_event_that_was_written() -> None:
    event = event_from_plain("entry_added", ENTRY)
    expected = EntryAdded(
        "L7", EntryFields(EntryKind.DECISION, "Åpne skolen i Čáhcesuolu", ("ordforer",))
    )
    assert event == expected
    assert hash(event) == hash(expected)
    assert event_to_plain(event)["fields"]["owner"] == "", "left-out fields get their defaults"


def test_decoded_events_are_as_frozen_as_constructed_ones() -> None:
    event = event_from_plain("entry_added", ENTRY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.entry_id = "L8"  # type: ignore[misc]


def test_defaults_and_factories_fill_what_older_files_left_out() -> None:
    event = event_from_plain("action_item_added", {"item_id": "T1", "fields": {"measure": "Øv"}})
    assert event == ActionItemAdded("T1", ActionFields("Øv"))
    assert isinstance(event, ActionItemAdded)
    assert event.fields.links == Links()
    assert event.fields.status is ActionStatus.NOT_STARTED
    assert event_from_plain("inject_released", {"inject_id": "i1"}) == InjectReleased("i1")


def test_optional_values_take_null_and_their_own_type() -> None:
    assert event_from_plain("inject_shown", {"inject_id": None}) == InjectShown(None)
    assert event_from_plain("inject_shown", {"inject_id": "i2"}) == InjectShown("i2")
    rated = event_from_plain("objective_rated", {"target_id": "m1", "rating": None})
    assert rated == ObjectiveRated("m1", None)
    action = event_from_plain(
        "action_item_added",
        {"item_id": "T1", "fields": {"measure": "Øv", "deadline": "2027-03-01"}},
    )
    assert isinstance(action, ActionItemAdded)
    assert action.fields.deadline == date(2027, 3, 1)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("entry_id",), 7),  # a number where text belongs
        (("entry_id",), None),
        (("fields", "text"), ["liste"]),
        (("fields", "roles"), "ordforer"),  # text where a list belongs
        (("fields", "roles"), ["ordforer", 3]),  # one item of the wrong type
        (("fields", "roles"), {"ordforer": True}),
        (("fields", "kind"), "nope"),  # not one of the entry kinds
        (("fields", "kind"), 1),
        (("fields", "inject_id"), 5),  # optional, but not any type
        (("fields",), "beslutning"),  # text where an object belongs
        (("fields",), None),
    ],
)
def test_a_value_of_the_wrong_type_is_refused(path: tuple[str, ...], value: Any) -> None:
    with pytest.raises(PlainError):
        event_from_plain("entry_added", with_field(path, value))


def test_numbers_and_truth_values_are_not_mixed_up() -> None:
    with pytest.raises(PlainError, match="true/false"):
        event_from_plain("inject_released", {"inject_id": "i1", "auto": 1})
    with pytest.raises(PlainError, match="heltall"):
        event_from_plain(
            "evaluation_item_moved", {"section": "tiltaksplan", "item_id": "T1", "index": True}
        )


def test_a_missing_field_is_named() -> None:
    payload = {"entry_id": "L1", "fields": {"kind": "beslutning", "roles": ["ordforer"]}}
    with pytest.raises(PlainError, match="«text» mangler"):
        event_from_plain("entry_added", payload)
    with pytest.raises(PlainError, match="ventet et objekt"):
        event_from_plain("entry_added", ["L1"])
