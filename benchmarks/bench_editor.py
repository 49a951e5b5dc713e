"""The editor: the check after one keystroke, and saving a very long pack.

Re-checking a 100-inject pack after a keystroke (one field changed, the change applied,
the loader's checks run on the draft) is measured against ``load_pack`` of the same pack
from disk: the editor must be no slower than reading the pack afresh, and fast enough to
run while typing. Saving a 1,000-inject pack with the editor's writer (scenario and
profiles written to disk) is measured against ``yaml.dump`` of the same data with
libyaml's C dumper, which writes nothing a person could diff comfortably but is the
least a YAML writer can cost.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml

from benchmarks.common import HEADER, interleaved_best, row, run_child
from ovelse.scenario import editing
from ovelse.scenario.editing import Draft
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import (
    BoardItem,
    BoardUpdate,
    Inject,
    Objective,
    Phase,
    Profile,
    Question,
    ResponseCell,
    Role,
    ScenarioPack,
    Variable,
)
from ovelse.scenario.serialize import pack_to_plain
from ovelse.scenario.timing import Duration, ScenarioTime
from ovelse.scenario.workspace import check_draft, open_draft, save_draft
from ovelse.scenario.writer import pack_yaml, profile_yaml

PHASES = 4


def synthetic(injects: int) -> Draft:
    """A pack like a long dreiebok: every inject with texts, a question, actions, a board
    change, a reply and a goal; a template in each title."""
    per_phase = injects // PHASES
    phases = []
    for p in range(PHASES):
        items = []
        for i in range(per_phase):
            n = p * per_phase + i
            items.append(
                Inject(
                    id=f"i{n}",
                    at=Duration(n * 8 * 3600 // injects),
                    scenario_time=ScenarioTime(n % 24, 0, day=1 + n // 200),
                    title=f"Innspill {n} i {{{{ kommune }}}}",
                    text=(
                        f"Situasjonen ved rådhuset endrer seg (nr. {n}).\n"
                        "Deltakerne må vurdere tiltak og informasjon til befolkningen.\n"
                    ),
                    notes="Følg opp med fylket.",
                    questions=(Question("Hva gjør kommunen nå?", ("ordforer", "kommunedirektor")),),
                    expected_actions=("Varsle statsforvalteren",),
                    board={"strom": BoardUpdate("Ute", "kritisk")},
                    responses=("politi",),
                    objectives=("m1",),
                )
            )
        phases.append(Phase(id=f"f{p}", title=f"Fase {p + 1}", injects=tuple(items)))
    pack = ScenarioPack(
        format=1,
        id="stor-pakke",
        title="Stor øvelse",
        summary="Mange innspill for kommunen.",
        hazard="Langvarig strømbrudd",
        region="Innlandet",
        duration=Duration(8 * 3600),
        phases=tuple(phases),
        variables={"kommune": Variable("Kommune", "Eksempel")},
        roles=(Role("ordforer"), Role("kommunedirektor")),
        board=(BoardItem("strom", "Strøm"),),
        response_cells=(ResponseCell("politi", "Politiet", "Politiet svarer."),),
        objectives=(Objective("m1", "Mål for kommunen"),),
    )
    profiles = tuple(
        Profile(format=1, id=name, title=f"Profil {name}", values={"kommune": f"Kommune {name}"})
        for name in ("a", "b", "c")
    )
    return Draft(pack, profiles)


def write(draft: Draft, root: Path) -> Path:
    (root / "profiles").mkdir(parents=True)
    (root / "scenario.yaml").write_text(pack_yaml(draft.pack), encoding="utf-8")
    for profile in draft.profiles:
        (root / "profiles" / f"{profile.id}.yaml").write_text(
            profile_yaml(profile), encoding="utf-8"
        )
    return root


def keystroke() -> str:
    with tempfile.TemporaryDirectory() as folder:
        root = write(synthetic(100), Path(folder) / "pakke")
        draft, workspace = open_draft(root)
        path = (*editing.inject_path(2, 10), "title")

        def floor() -> None:
            load_pack(root)

        def measured() -> None:
            nonlocal draft
            title = editing.get(draft, path) + "x"
            draft = editing.apply(draft, editing.set_field(draft, path, title))
            assert check_draft(draft, workspace) == []

        floor_s, measured_s = interleaved_best(floor, measured, 7)
        workspace.close()
    return row(
        "editor: check a 100-inject pack after one keystroke",
        measured_s,
        floor_s,
        "≤ load_pack floor, ≤ 30 ms",
    )


def saving() -> str:
    draft = synthetic(1000)
    with tempfile.TemporaryDirectory() as folder:
        root = write(draft, Path(folder) / "pakke")
        _, workspace = open_draft(root)
        target = Path(folder) / "lagret"

        plain = pack_to_plain(draft.pack)  # the data as it is given to yaml.dump

        def floor() -> None:
            yaml.dump(plain, Dumper=yaml.CDumper, allow_unicode=True, sort_keys=False)
            for profile in draft.profiles:
                yaml.dump(profile.values, Dumper=yaml.CDumper, allow_unicode=True)

        def measured() -> None:
            save_draft(draft, workspace, target)

        floor_s, measured_s = interleaved_best(floor, measured, 5)
        workspace.close()
    return row(
        "editor: save a 1,000-inject pack (scenario + 3 profiles to disk)",
        measured_s,
        floor_s,
        "≤ 3× yaml.dump (C dumper)",
    )


def typing_child() -> None:
    """In its own process (Qt): type into an inject's title in the editor window and
    print the longest time one key took, the check after it included; the floor is the
    same keys typed into a bare line edit."""
    import time

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from ovelse.ui.app import prepare_application
    from ovelse.ui.editor.page import EditorPage
    from ovelse.ui.settings import AppSettings

    app = prepare_application()
    with tempfile.TemporaryDirectory() as folder:
        root = write(synthetic(100), Path(folder) / "pakke")
        page = EditorPage(AppSettings(Path(folder) / "base"))
        page.resize(1366, 768)
        page.show()
        page.open(root)
        page.outline.select(editing.inject_path(2, 10))
        title = page.form.fields["title"]
        assert isinstance(title, QLineEdit)
        title.setFocus()
        text = "Innbyggerne ved sykehjemmet trenger strøm nå"
        bare = QLineEdit()
        bare.show()
        floor = 0.0
        for char in text:
            start = time.perf_counter()
            QTest.keyClick(bare, char)
            app.processEvents()
            floor = max(floor, time.perf_counter() - start)
        bare.close()
        title.setFocus()
        worst = 0.0
        for char in text:
            start = time.perf_counter()
            QTest.keyClick(title, char)
            app.processEvents()
            worst = max(worst, time.perf_counter() - start)
            start = time.perf_counter()
            page.check()  # what the timer runs when typing pauses
            worst = max(worst, time.perf_counter() - start)
        page.undo_stack.setClean()
        page.close()
        page.deleteLater()
        bare.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    print(f"typing {worst:.6f} {floor:.6f}")


def typing() -> str:
    child = run_child("bench_editor", "--typing")
    lines = [line for line in child.stdout.splitlines() if line.startswith("typing ")]
    if not lines:
        raise RuntimeError(f"typing in the editor failed: {child.stderr.strip()[-2000:]}")
    _, worst, floor = lines[-1].split()
    return row(
        "editor: longest stall per key typing in a 100-inject pack (key, redraw and check)",
        float(worst),
        float(floor),
        "no stall > 50 ms",
    )


def main() -> list[str]:
    return [keystroke(), saving(), typing()]


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--typing"]:
        typing_child()
    else:
        print(HEADER)
        print("\n".join(main()))
