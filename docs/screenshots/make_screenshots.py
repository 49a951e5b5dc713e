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
        prepare.path_edit.setText(str(Path("/home/kari/Dokumenter/Øvelser") / Path(real_path).name))
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
    send_result_screenshots()
    print_kit_screenshots()
    regional_screenshots()
    app.processEvents()
    return 0


def print_kit_screenshots() -> None:
    """Prepare's «Øvingsdirektiv» tab with its texts filled in, and the «Skriv ut …» dialog
    that prints the paper kit (its pages are in docs/print-sample)."""
    from ovelse.scenario.model import Directive
    from ovelse.ui.print_dialog import PrintDialog

    with tempfile.TemporaryDirectory() as base:
        window = MainWindow(AppSettings(Path(base)), FakeClock())
        window.resize(1600, 900)
        window.show()
        window.library.select_pack("evakuering-ost-finnmark")
        entry = window.library.current_entry()
        assert entry is not None and entry.loaded is not None
        window.prepare_pack(entry.loaded)
        prepare = window.prepare
        prepare.set_directive(
            Directive(
                date="Torsdag 11. mars 2027",
                time="09.00–12.30, lunsj 11.30",
                place="Kommunestyresalen, Nesseby rådhus, Varangerbotn",
                scope="Øvelsen omfatter kommunens kriseledelse og informasjon til innbyggerne.\n"
                "Politiets og Forsvarets vurderinger spilles av øvingsledelsen.",
                practical="Ta med beredskapsplanen og mobiltelefon. Kaffe fra 08.45.",
                contact="Beredskapskoordinator Áilu Hansen, tlf. 900 00 000",
            )
        )
        prepare.tabs.setCurrentIndex(prepare.tabs.count() - 1)
        # The picture shows where a user's file would go, not the throwaway folder.
        name = Path(prepare.path_edit.text()).name
        prepare.path_edit.setText(str(Path("/home/kari/Dokumenter/Øvelser") / name))
        save(window, "prepare-directive.png")
        folder = Path("/home/kari/Dokumenter/Øvelser/evakuering-ost-finnmark-utskrift")
        dialog = PrintDialog(prepare.kit, folder, window)
        dialog.boxes[next(iter(dialog.boxes))].setFocus()
        dialog.show()
        save(dialog, "print-dialog.png")
        dialog.close()
        window.close()


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


def send_result_screenshots() -> None:
    """«Rapport → Send til statsforvalteren …» over an evaluated exercise: what the result
    file will hold, and two items ticked «trenger oppfølging fra region/stat»."""
    from datetime import date

    from ovelse.exercise import Links
    from ovelse.exercise.kinds import EvaluationField, ExemptKind, MarkingKind
    from ovelse.scenario.loader import load_pack
    from ovelse.store import Session

    loaded = load_pack(builtin_scenarios() / "evakuering-ost-finnmark")
    profile = loaded.profiles[0]
    values = loaded.values(profile)
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as base:
        path = Path(base) / "Nesseby-evakuering.ovelse"
        session = Session.create(
            path, loaded.render(values), profile_id=profile.id, variables=values, clock=clock
        )
        exercise = session.exercise
        roles = [role.id for role in exercise.roles()]
        for name, role in (("Kari", roles[0]), ("Ola", roles[1]), ("Aslak", roles[2])):
            exercise.add_participant(name, "Nesseby kommune", [role])
        exercise.start()
        for _ in exercise.pack.injects():
            clock.advance(minutes=6)
            exercise.release_next()
        exercise.end()
        ratings = [Rating.WELL, Rating.PARTLY, Rating.PARTLY, Rating.NOT]
        for index, goal_id in enumerate(exercise.evaluation.goals):
            exercise.rate(goal_id, ratings[index % len(ratings)])
        first = next(iter(exercise.evaluation.goals))
        exercise.add_note(NoteSection.STRENGTHS, "Kriseledelsen var samlet etter 20 minutter")
        exercise.add_note(NoteSection.STRENGTHS, "Reservestrømmen ved rådhuset, plassering")
        exercise.add_note(NoteSection.IMPROVEMENTS, "Varslingslisten var fra 2019", Links((first,)))
        exercise.add_note(
            NoteSection.LEARNING_POINTS,
            "Evakuering av sykehjemmet krever avtale om transport",
            Links((first,)),
        )
        exercise.add_action(
            "Oppdatere varslingslisten", owner="Beredskapskoordinator", deadline=date(2026, 6, 1)
        )
        exercise.add_action("Avtale om reservedrivstoff med staten", owner="Kommunedirektør")
        exercise.set_evaluation_text(EvaluationField.DATE, "2026-03-12")
        exercise.set_marking(MarkingKind.OFFL_21)
        exercise.set_exempt(ExemptKind.ITEM, "S2")
        exercise.set_follow_up("LP1")
        exercise.set_follow_up("T2")
        session.close()
        window = MainWindow(AppSettings(Path(base)), FakeClock())
        window.resize(1600, 900)
        window.show()
        window.open_session(path)
        window.send_result()
        report = window.report
        assert report is not None and report.send_dialog is not None
        dialog = report.send_dialog
        dialog.resize(820, 600)
        save(dialog, "send-result.png")
        dialog.close()
        window.close()


def regional_screenshots() -> None:
    """«Regional oppsummering» over the result files of Troms and Finnmark (made up by the
    benchmark's generator): 37 of 39 invited kommuner have sent theirs, one sent twice and
    one used last year's version; then the summary page and the matrix of the PDF, drawn
    by ``pdftoppm`` (poppler-utils) where it is installed."""
    import dataclasses
    import shutil
    import subprocess

    sys.path.insert(0, str(HERE.parents[1]))
    from benchmarks.result_files import KOMMUNER, PACK, file_name, synthetic_result

    from ovelse.interchange.results.model import PackRef
    from ovelse.interchange.results.writer import result_bytes
    from ovelse.regional.pdf import write_pdf
    from ovelse.ui.regional import RollupWindow

    with tempfile.TemporaryDirectory() as base:
        inbox = Path(base) / "Resultater fra kommunene"
        inbox.mkdir()
        for index in range(37):
            result = synthetic_result(index)
            (inbox / file_name(result)).write_bytes(result_bytes(result))
        again = synthetic_result(3)
        (inbox / f"kopi av {file_name(again)}").write_bytes(result_bytes(again))
        old = dataclasses.replace(synthetic_result(37), pack=PackRef(PACK.id, "0.9", PACK.title))
        (inbox / file_name(old)).write_bytes(result_bytes(old))
        window = RollupWindow(base)
        window.resize(1100, 760)
        window.show()
        window.add_paths([inbox])
        window.invited.setPlainText("\n".join(f"{n};{name}" for n, name, _ in KOMMUNER))
        save(window, "regional.png")
        window.tabs.setCurrentIndex(1)
        save(window, "regional-left-out.png")
        rollup = window.rollup
        assert rollup is not None
        pdf = Path(base) / "oppsummering.pdf"
        write_pdf(rollup, pdf)
        window.close()
        if shutil.which("pdftoppm") is None:
            print("pdftoppm is missing: the PDF pages are left as they are")
            return
        for page, name in ((2, "regional-pdf-summary"), (3, "regional-pdf-matrix")):
            target = HERE / name
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "70",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    str(pdf),
                    str(target),
                ],
                check=True,
            )
            print(f"{target}.png")


if __name__ == "__main__":
    sys.exit(main())
