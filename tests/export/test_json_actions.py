"""The JSON export holds each inject's expected actions with their ticks and history."""

from __future__ import annotations

import json
from pathlib import Path

from ovelse.export import export_json
from ovelse.store import Session
from tests.exercise.story import LETTERS


def test_json_holds_the_ticks_of_expected_and_observed_actions(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "økt.json"
    export_json(session, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    types = {event["type"] for event in data["events"]}
    assert {"action_ticked", "action_observed", "observed_action_edited"} <= types

    injects = {inject["id"]: inject for inject in data["state"]["injects"]}
    first, second, third = injects["i1"]["actions"]
    assert (first["id"], first["text"], first["mark"], first["mark_label"]) == (
        "1",
        "Varsle ordføreren",
        "gjort",
        "Gjort",
    )
    assert first["note"] == "Varslet på SMS"
    assert first["ticked"] is not None and first["ticked_local"].endswith("+01:00")
    assert second["mark"] is None and second["mark_label"] == "Ikke krysset av"
    assert [old["mark"] for old in second["history"]] == ["delvis", None], "untick is kept"
    assert third["history"] == [] and third["ticked_ms"] is None

    observed = injects["i3"]["actions"][-1]
    assert observed["observed"] and observed["id"] == "H1"
    assert observed["text"] == f"Frivillige i Vestertana kontaktet {LETTERS}"
    assert injects["i2"]["actions"] == []
