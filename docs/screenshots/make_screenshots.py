"""Build the real widgets in a realistic state and save the screenshots in this folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

Uses a built-in pack mid-run with a few log entries, a fake clock (so the clocks and «om
2 min» texts are the same every run) and a throwaway settings folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ovelse.exercise.clock import FakeClock
from ovelse.exercise.kinds import ActionMark, EntryKind, NoteSection, Rating
from ovelse.resources import builtin_scenarios
from ovelse.ui.app import prepare_application
from ovelse.ui.checklist_dialog import ChecklistDialog
from ovelse.ui.main_window import MainWindow
from ovelse.ui.settings import AppSettings

HERE = Path(__file__).resolve().parent
PACK = "langvarig-strombrudd"


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(HERE / name))
    print(HERE / name)


def main() -> int:
    app = prepare_application()
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as base:
        window = MainWindow(AppSettings(Path(base)), clock)
        window.resize(1600, 900)
        window.show()
        window.library.select_pack(PACK)
        save(window, "library.png")

        entry = window.library.current_entry()
        assert entry is not None and entry.loaded is not None, PACK
        window.prepare_pack(entry.loaded)
        prepare = window.prepare
        if entry.loaded.profiles:
            prepare.set_profile(entry.loaded.profiles[0].id)
        prepare.render_preview()
        roles = [role.id for role in entry.loaded.pack.roles]
        for role in roles[:4]:
            prepare.set_role_checked(role, True)
        prepare.add_participant_row("Kari Nordmann", "Kommunen", roles[0])
        prepare.tabs.setCurrentIndex(1)
        # The picture shows where a user's file would go, not the throwaway folder.
        real_path = prepare.path_edit.text()
        prepare.path_edit.setText(
            str(Path("/home/kari/Dokumenter/Øvelser") / Path(real_path).name)
        )
        save(window, "prepare.png")
        prepare.path_edit.setText(real_path)

        prepare.request_create()
        model = window.model
        assert model is not None
        exercise = model.exercise
        model.toggle_run()
        model.call(exercise.release_next)
        clock.advance(minutes=12)
        table = model.table_roles()
        model.call(
            exercise.add_entry,
            EntryKind.DECISION,
            "Kriseledelsen samles på rådhuset kl. 07.30",
            [table[0]],
        )
        # The first inject's expected actions, ticked as the facilitator would with Ctrl+K.
        first = exercise.current_inject_id()
        assert first is not None
        for action_id, mark in (("1", ActionMark.DONE), ("2", ActionMark.DONE)):
            model.call(exercise.tick_action, first, action_id, mark)
        model.call(exercise.tick_action, first, "4", ActionMark.PARTLY, "Bare aggregatene")
        model.call(exercise.observe_action, "Ordføreren ringte Statsforvalteren selv")
        checklist = ChecklistDialog(model, first, window)
        checklist.show()
        checklist.list.setCurrentRow(3)
        save(checklist, "checklist.png")
        checklist.close()
        checklist.deleteLater()
        clock.advance(minutes=4)
        model.call(
            exercise.add_entry,
            EntryKind.ACTION,
            "Ringe nettselskapet for prognose",
            [table[1 % len(table)]],
        )
        model.call(exercise.release_next)
        clock.advance(minutes=6)
        model.call(
            exercise.add_entry,
            EntryKind.QUESTION,
            "Hvor mange hjemmeboende trenger tilsyn?",
            [table[2 % len(table)]],
        )
        model.call(
            exercise.add_entry,
            EntryKind.OBSERVATION,
            "Usikkert hvem som eier talsmann-rollen",
            [table[0]],
        )
        next_inject = exercise.next_inject()
        if next_inject is not None and next_inject.planned_ms is not None:
            clock.advance(ms=max(next_inject.planned_ms - exercise.now_ms() + 3 * 60_000, 0))
        model.tick()
        window.console.log.choose_role(table[1])  # shown beside the entry box
        window.console.log.entry.setText("Varsle fastlegene om")
        save(window, "console.png")

        participant = window.participant
        assert participant is not None
        participant.resize(1920, 1080)
        participant.setStage(model.stage())
        save(participant, "participant.png")

        model.call(exercise.end)
        evaluation = exercise.evaluation
        goals = list(evaluation.goals)
        if goals:
            model.call(
                exercise.rate, goals[0], Rating.WELL, "Kriseledelsen var samlet innen en time"
            )
        if len(goals) > 1:
            model.call(
                exercise.rate, goals[1], Rating.PARTLY, "Uklart hvem som varslet sårbare grupper"
            )
        model.call(exercise.add_note, NoteSection.STRENGTHS, "God rolleforståelse i kriseledelsen")
        model.call(
            exercise.add_note, NoteSection.IMPROVEMENTS, "Oversikt over sårbare innbyggere mangler"
        )
        model.call(
            exercise.add_action,
            "Lage liste over hjemmeboende med strømavhengig utstyr",
            owner="Helse og omsorg",
        )
        window.go(3)
        save(window, "evaluation.png")
        # The evidence beside the sub-goal the first inject exercises.
        page = window.evaluation
        assert page is not None
        exercised = exercise.schedule.inject(first).objectives
        target = next((t for t in exercised if t in page.goals.ratings), goals[0])
        page.goals.ratings[target].setFocus()
        page.evidence.show_goal(target)
        save(page.evidence, "evidence.png")
        window.close()
        participant.close()
    bilingual_screenshots()
    shared_pack_screenshots()
    hot_wash_screenshots()
    app.processEvents()
    return 0


def hot_wash_screenshots() -> None:
    """The hot wash round the table: the console while the words are typed, the projector
    showing them live, the summary, and the answers offered in Evaluate."""
    from PySide6.QtTest import QTest

    from ovelse.exercise.kinds import HotWashPrompt

    clock = FakeClock()
    with tempfile.TemporaryDirectory() as base:
        window = MainWindow(AppSettings(Path(base)), clock)
        window.resize(1600, 900)
        window.show()
        window.library.select_pack(PACK)
        entry = window.library.current_entry()
        assert entry is not None and entry.loaded is not None, PACK
        window.prepare_pack(entry.loaded)
        prepare = window.prepare
        if entry.loaded.profiles:
            prepare.set_profile(entry.loaded.profiles[0].id)
        roles = [role.id for role in entry.loaded.pack.roles]
        for role in roles[:4]:
            prepare.set_role_checked(role, True)
        prepare.add_participant_row("Kari Nordmann", "Kommunen", roles[0])
        prepare.request_create()
        model, page, participant = window.model, window.hot_wash, window.participant
        assert model is not None and page is not None and participant is not None
        exercise = model.exercise
        model.toggle_run()
        model.call(exercise.release_next)
        clock.advance(minutes=50)
        model.call(exercise.end)
        said = {
            0: ("Kriseledelsen var samlet på rådhuset innen en time", "", ""),
            1: (
                "Gode prioriteringer mellom hjemmetjenesten og sykehjemmet",
                "Vi manglet oversikt over aggregatene",
                "Egen liste over aggregater i planen",
            ),
            2: (
                "Loggen ble ført fra første minutt",
                "Varslingslista hadde gamle telefonnumre",
                "Varslingslista oppdateres hvert kvartal",
            ),
            3: (
                "Rask kontakt med fastlegene",
                "Sein beskjed om hjemmeboende med respirator",
                "Register over strømavhengige pasienter",
            ),
        }
        table = page.round()
        for index, answers in said.items():
            for prompt, text in zip(HotWashPrompt, answers, strict=True):
                if text and index < len(table):
                    model.call(exercise.add_hot_wash_answer, table[index], prompt, text)
        window.go(5)
        page.choose(0)
        page.focus_prompt(HotWashPrompt.BETTER)
        QTest.keyClicks(page.fields[HotWashPrompt.BETTER], "Vi visste ikke hvem som hadde nøkkelen")
        save(window, "hot-wash-console.png")
        participant.resize(1920, 1080)
        participant.setStage(model.stage())
        save(participant, "hot-wash-projector.png")
        QTest.keyClick(page.fields[HotWashPrompt.BETTER], Qt.Key.Key_Return)
        page.toggle_summary()
        participant.setStage(model.stage())
        save(participant, "hot-wash-summary.png")
        window.go(3)
        evaluation = window.evaluation
        assert evaluation is not None
        evaluation.tabs.setCurrentWidget(evaluation.hot_wash_offers)
        save(window, "hot-wash-evaluate.png")
        window.close()
        participant.close()


BILINGUAL_PACK = "evakuering-ost-finnmark"
BILINGUAL_INJECT = "eo-2-1"  # the decision to evacuate, in bokmål and Northern Sámi


def bilingual_screenshots() -> None:
    """The shared screen with a pack's second language, at the two projector sizes."""
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as base:
        window = MainWindow(AppSettings(Path(base)), clock)
        window.show()
        window.library.select_pack(BILINGUAL_PACK)
        entry = window.library.current_entry()
        assert entry is not None and entry.loaded is not None, BILINGUAL_PACK
        window.prepare_pack(entry.loaded)
        window.prepare.set_profile("nesseby")  # shows the Northern Sámi text
        window.prepare.render_preview()
        for role in entry.loaded.pack.roles[:4]:
            window.prepare.set_role_checked(role.id, True)
        window.prepare.request_create()
        model = window.model
        assert model is not None
        model.toggle_run()
        while model.exercise.current_inject_id() != BILINGUAL_INJECT:
            clock.advance(minutes=5)
            model.call(model.exercise.release_next)
        participant = window.participant
        assert participant is not None
        for (width, height), name in (
            ((1920, 1080), "participant-bilingual.png"),
            ((1280, 720), "participant-bilingual-720.png"),
        ):
            participant.resize(width, height)
            participant.setStage(model.stage())
            save(participant, name)
        window.close()
        participant.close()


def shared_pack_screenshots() -> None:
    """The library after a pack file from the statsforvalter was imported: the pack under
    «Fra statsforvalteren» with its version, and the banner that says what was done."""
    from ovelse.interchange.packfile import write_pack_file
    from ovelse.scenario.loader import load_pack

    with tempfile.TemporaryDirectory() as base:
        pack_file = Path(base) / f"{PACK}.ovelsepakke"
        write_pack_file(load_pack(builtin_scenarios() / PACK), pack_file)
        window = MainWindow(AppSettings(Path(base)), FakeClock())
        window.resize(1600, 900)
        window.show()
        window.import_pack(pack_file)
        save(window, "library-shared.png")
        window.close()


if __name__ == "__main__":
    sys.exit(main())
