"""The hot wash's answers in the session file and in the JSON export."""

from __future__ import annotations

import json
from pathlib import Path

from ovelse.exercise import FakeClock
from ovelse.export import export_json
from ovelse.store import Session
from tests.exercise.packs import build_pack
from tests.exercise.test_hot_wash import round_of_three


def test_the_json_export_holds_the_answers_and_their_events(
    tmp_path: Path, clock: FakeClock
) -> None:
    session = Session.create(tmp_path / "økt.ovelse", build_pack(), clock=clock)
    try:
        round_of_three(session.exercise)
        session.exercise.edit_hot_wash_answer("U2", text="Varslingslista var gammel")
        session.exercise.delete_hot_wash_answer("U3")
        export_json(session, tmp_path / "økt.json")
    finally:
        session.close()
    data = json.loads((tmp_path / "økt.json").read_text(encoding="utf-8"))
    answers = data["state"]["evaluation"]["umiddelbar_evaluering"]
    assert [(a["id"], a["role_title"], a["prompt_label"], a["deleted"]) for a in answers] == [
        ("U1", "Ordfører", "Hva fungerte?", False),
        ("U2", "Ordfører", "Hva kan bli bedre?", False),
        ("U3", "Kommunedirektør", "Én ting vi endrer i planen", True),
    ]
    assert answers[1]["text"] == "Varslingslista var gammel" and answers[1]["version"] == 2
    types = [event["type"] for event in data["events"]]
    assert types.count("hot_wash_answer_added") == 3
    assert "hot_wash_answer_edited" in types and "hot_wash_answer_deleted" in types


def test_answers_survive_closing_and_reopening_the_file(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "økt.ovelse"
    session = Session.create(path, build_pack(), clock=clock)
    round_of_three(session.exercise)
    before = session.exercise.evaluation.hot_wash.answers()
    session.close()
    reopened = Session.open(path, clock=clock)
    try:
        assert reopened.exercise.evaluation.hot_wash.answers() == before
    finally:
        reopened.close()
