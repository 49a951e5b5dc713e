"""The whole session as JSON: everything recorded, and the state it adds up to."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ovelse.export import export_json
from ovelse.scenario.serialize import pack_to_plain
from ovelse.store import Session
from tests.exercise.packs import MEDIA


def test_json_holds_every_event_entry_and_the_derived_state(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "økt.json"
    export_json(session, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "ovelse-export" and data["format_version"] == 1
    assert data["session"]["profile_id"] == "samisk"
    assert data["scenario"] == json.loads(json.dumps(pack_to_plain(session.exercise.pack)))
    assert data["media"] == [
        {
            "path": "media/kart.png",
            "bytes": len(MEDIA["media/kart.png"]),
            "sha256": hashlib.sha256(MEDIA["media/kart.png"]).hexdigest(),
        }
    ]
    assert "fake map bytes" not in path.read_text(encoding="utf-8")

    assert [event["seq"] for event in data["events"]] == [r.seq for r in session.records()]
    assert {event["type"] for event in data["events"]} >= {"entry_added", "entry_deleted"}

    state = data["state"]
    assert {entry["id"] for entry in state["log"]} == {"L1", "L2"}
    by_id = {entry["id"]: entry for entry in state["log"]}
    assert by_id["L2"]["deleted"] and not by_id["L1"]["deleted"]
    assert by_id["L1"]["text"].startswith("Åpne evakueringssenter i Vestertana")
    assert by_id["L1"]["role_titles"] == ["Ordfører", "Frivillige"]
    assert by_id["L1"]["version"] == 2

    injects = {inject["id"]: inject for inject in state["injects"]}
    assert injects["i3"]["planned"] == "00:45:00" and injects["i3"]["released"] == "00:10:00"
    assert injects["i3"]["delay_ms"] == -35 * 60_000
    assert injects["i2"]["status"] == "skipped"
    assert injects["adhoc-1"]["adhoc"] and injects["adhoc-1"]["planned_ms"] is None
    assert injects["adhoc-2"]["status"] == "pending"
    assert state["run"]["state"] == "ended" and state["run"]["pauses"] == 1
    assert [p["id"] for p in state["participants"]] == ["P1", "P2"]
    board = {item["item_id"]: item for item in state["board"]}
    assert board["evakuerte"]["value"] == "40" and board["evakuerte"]["overridden"]

    evaluation = state["evaluation"]
    assert evaluation["ratings"][0] == {
        "target_id": "m1",
        "title": "Etablere kriseledelse",
        "rating": "delvis_ivaretatt",
        "rating_label": "Delvis ivaretatt",
        "comment": "Varslingen tok tid.",
    }
    assert [n["id"] for n in evaluation["forbedringspunkter"]] == ["F2", "F1"]
    assert evaluation["tiltaksplan"][0]["deadline"] == "2026-06-01"
    assert evaluation["tiltaksplan"][0]["status_label"] == "Pågår"
    assert evaluation["tiltaksplan"][0]["priority"] is None  # not set in this story
    assert evaluation["tiltaksplan"][0]["priority_label"] is None
    assert data["session"]["time_zone"] == "Europe/Oslo"
    assert by_id["L1"]["wall_local"] == "2026-03-12T09:04:00+01:00"
    assert evaluation["marking"]["text"] == "Unntatt offentlighet, jf. offl. § 24 tredje ledd"
    assert evaluation["texts"]["sted"] == "Nesseby rådhus"
    assert evaluation["skjermet"] == {
        "punkt": ["F1"],
        "logg": ["L1"],
        "tekst": ["veien_videre"],
        "vurdering": ["m1"],
        "vedlegg": [],
    }
    assert evaluation["oppfolging_region_stat"] == ["T1"]
