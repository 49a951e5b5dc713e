"""A short exercise that writes every event type, for replay, storage and export tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from ovelse.exercise import (
    ActionStatus,
    EntryKind,
    EvaluationField,
    EvaluationSection,
    Exercise,
    FakeClock,
    Links,
    MarkingKind,
    NoteSection,
    Rating,
)
from ovelse.exercise.kinds import ActionMark, ExemptKind, HotWashPrompt
from ovelse.scenario.model import Directive, Question

LETTERS = "Unjárga: æøå ÆØÅ áčđŋšŧž ÁČĐŊŠŦŽ"


def play_everything(exercise: Exercise, clock: FakeClock) -> None:
    exercise.mark_opened("test")
    exercise.add_role("Frivillige", "frivillige")
    exercise.add_participant("Kari Nordmann", "Nesseby kommune", ["ordforer"])
    exercise.add_participant("", "Politiet", ["beredskapskoordinator"], present=False)
    exercise.add_participant(organisation="Tana kommune", roles=["frivillige"])
    exercise.set_present("P2", True)
    exercise.remove_participant("P3")
    exercise.start()
    exercise.release_next()
    clock.advance(minutes=4)
    exercise.add_entry(
        EntryKind.DECISION,
        f'Åpne evakueringssenter; «sitat», komma, semikolon; og "anførsel"\nny linje {LETTERS}',
        ["ordforer", "frivillige"],
        owner="Kommunedirektør",
        deadline="innen kl. 08:00",
    )
    exercise.add_entry(EntryKind.OBSERVATION, "=SUM(A1) ser ut som en formel", ["ordforer"])
    clock.advance(minutes=6)
    exercise.pause()
    clock.advance(minutes=10)
    exercise.release("i3")
    exercise.resume()
    exercise.skip("i2")
    exercise.show("i1")
    exercise.show(None)
    exercise.override_board("evakuerte", "40", "redusert")
    exercise.add_adhoc(
        "Ukjent innspill", "Tekst", notes="notat", questions=[Question("Hva nå?", ("ordforer",))]
    )
    exercise.add_adhoc("Ikke gitt ennå", "Venter", release=False)
    exercise.edit_entry("L1", text=f"Åpne evakueringssenter i Vestertana {LETTERS}")
    exercise.delete_entry("L2")
    exercise.restore_entry("L2")
    exercise.delete_entry("L2")
    exercise.tick_action("i1", "1", ActionMark.DONE, "Varslet på SMS")
    exercise.tick_action("i1", "2", ActionMark.PARTLY)
    exercise.tick_action("i1", "2", None)
    exercise.observe_action(f"Frivillige kontaktet {LETTERS}", inject_id="i3")
    exercise.edit_observed_action("i3", "H1", f"Frivillige i Vestertana kontaktet {LETTERS}")
    exercise.set_auto_release(True)
    exercise.set_directive(Directive(place=f"Rådhuset {LETTERS}", rules="Ingen fasit."))
    clock.advance(minutes=30)
    exercise.tick()
    exercise.end()
    exercise.add_hot_wash_answer("ordforer", HotWashPrompt.WORKED, f"Rask innkalling {LETTERS}")
    exercise.add_hot_wash_answer("frivillige", HotWashPrompt.BETTER, "Vi fikk beskjed sent")
    exercise.add_hot_wash_answer("ordforer", HotWashPrompt.CHANGE, "Ny varslingsliste")
    exercise.edit_hot_wash_answer("U2", text="Vi fikk beskjed for sent")
    exercise.delete_hot_wash_answer("U3")
    exercise.rate("m1", Rating.PARTLY, "Varslingen tok tid.")
    exercise.rate("m1.1", Rating.WELL)
    exercise.rate("m2", Rating.NOT_EXERCISED)
    exercise.add_note(NoteSection.STRENGTHS, "Rask innkalling", Links(entries=("L1",)))
    exercise.add_note(NoteSection.IMPROVEMENTS, "Varslingslista var utdatert", Links(("m1.1",)))
    exercise.add_note(NoteSection.IMPROVEMENTS, "Loggføringen kom sent i gang")
    exercise.add_note(
        NoteSection.LEARNING_POINTS, "Øv varsling oftere", Links(injects=("i1",), hot_wash=("U2",))
    )
    exercise.edit_note(NoteSection.IMPROVEMENTS, "F1", text="Varslingslista var utdatert (2019)")
    exercise.move_evaluation_item(EvaluationSection.IMPROVEMENTS, "F2", 0)
    exercise.add_action(
        "Oppdatere varslingslista",
        owner="Beredskapskoordinator",
        deadline=date(2026, 6, 1),
        plan_section="Plan for kriseledelse, kap. 3",
        links=Links(objectives=("m1",)),
    )
    exercise.add_action("Avtale med frivillige", owner="Kommunedirektør")
    exercise.edit_action("T1", status=ActionStatus.IN_PROGRESS)
    exercise.delete_evaluation_item(EvaluationSection.ACTION_PLAN, "T2")
    exercise.set_evaluation_text(EvaluationField.SUMMARY, f"Øvelsen gikk godt. {LETTERS}")
    exercise.set_evaluation_text(EvaluationField.WAY_FORWARD, "Ny øvelse om et år.")
    exercise.set_evaluation_text(EvaluationField.DATE, "2026-03-12")
    exercise.set_evaluation_text(EvaluationField.PLACE, "Nesseby rådhus")
    exercise.set_marking(MarkingKind.OFFL_24)
    exercise.set_exempt(ExemptKind.ITEM, "F1")
    exercise.set_exempt(ExemptKind.ENTRY, "L1")
    exercise.set_exempt(ExemptKind.TEXT, EvaluationField.WAY_FORWARD.value)
    exercise.set_exempt(ExemptKind.ASSESSMENT, "m1")
    exercise.set_exempt(ExemptKind.APPENDIX, "deltakere")
    exercise.set_exempt(ExemptKind.APPENDIX, "deltakere", False)
    exercise.set_follow_up("T1")
    exercise.set_follow_up("LP1")
    exercise.set_follow_up("LP1", False)
    exercise.mark_closed()


def snapshot(exercise: Exercise) -> dict[str, Any]:
    """Everything a user can see, for comparing an exercise with its replay."""
    evaluation = exercise.evaluation
    return {
        "state": exercise.state,
        "now": exercise.now_ms(),
        "last_seq": exercise.last_seq,
        "auto": exercise.auto_release,
        "directive": exercise.directive,
        "injects": exercise.injects(),
        "shown": exercise.schedule.shown,
        "scenario": exercise.scenario_time,
        "board": exercise.board.entries(),
        "roles": exercise.roles(),
        "log": exercise.log.all_entries(),
        "history": {e.id: exercise.log.history(e.id) for e in exercise.log.all_entries()},
        "participants": exercise.participants.all(),
        "checklist": {i: exercise.actions(i) for i in exercise.schedule.all_ids()},
        "ratings": evaluation.assessments(),
        "notes": {section: evaluation.notes(section) for section in NoteSection},
        "actions": evaluation.action_plan,
        "texts": {field: evaluation.text(field) for field in EvaluationField},
        "marking": evaluation.marking,
        "exempt": {kind: evaluation.exempt_ids(kind) for kind in ExemptKind},
        "follow_up": evaluation.follow_up_ids(),
        "hot_wash": evaluation.hot_wash.all_answers(),
        "left_open": exercise.left_open,
    }
