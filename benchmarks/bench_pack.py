"""Load + validate + render a 1,000-inject pack with 3 profiles, against libyaml's parser.

The floor is the parser the loader itself uses (``ovelse.scenario.yamlsafe``: PyYAML's
C event parser, libyaml) run over the same files, the scenario and the three profiles,
with every event taken and nothing built from it. That is the least reading the pack can
cost; PyYAML's pure-Python ``safe_load`` would be a floor three times too high.

The validator refuses a pack with more than ``MAX_TEMPLATES`` texts that use templates
(2,000: a hostile pack could otherwise make loading take minutes), so the pack templates
exactly that many: every inject's title and text, each one different, which is the
compiling work of the heaviest pack the loader accepts. The other texts are plain.

Loading checks the renderings for the defaults and each profile by counting; the three
renderings measured here are made by the ``render`` calls, as when a profile is chosen.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml

from benchmarks.common import HEADER, interleaved_best, row
from ovelse.scenario.loader import load_pack
from ovelse.scenario.render import _compile
from ovelse.scenario.yamlsafe import _Parser

INJECTS = 1000
PHASES = 4


def write_pack(root: Path) -> Path:
    """A synthetic pack the size of a very long dreiebok, with as many templates as allowed."""
    lines = [
        "format: 1",
        "id: stor-pakke",
        'title: "Stor øvelse"',
        'summary: "Tusen innspill for kommunen."',
        'hazard: "Langvarig strømbrudd"',
        'region: "Innlandet"',
        'duration: "8h"',
        "variables:",
        '  kommune: { label: "Kommune", default: "Eksempel" }',
        '  fylke: { label: "Fylke", default: "Innlandet" }',
        '  sted: { label: "Sted", default: "rådhuset" }',
        "roles: [ordforer, kommunedirektor, beredskapskoordinator, kommuneoverlege]",
        "board:",
        "  - { id: strom, label: Strøm }",
        "  - { id: vann, label: Vann }",
        "response_cells:",
        '  - { id: politi, actor: Politiet, text: "Politiet i fylket svarer." }',
        "objectives:",
        '  - { id: m1, title: "Mål for kommunen", subgoals: [{ id: m1.1, title: Delmål }] }',
        "phases:",
    ]
    per_phase = INJECTS // PHASES
    for p in range(PHASES):
        lines += [f"  - id: f{p}", f'    title: "Fase {p + 1}"', "    injects:"]
        for i in range(per_phase):
            n = p * per_phase + i
            minutes = n * 8 * 60 // INJECTS
            lines += [
                f"      - id: i{n}",
                f'        at: "+{minutes // 60:02d}:{minutes % 60:02d}"',
                f'        scenario_time: "Dag {1 + n // 200} {n % 24:02d}:00"',
                f'        title: "Innspill {n} i {{{{ kommune }}}}"',
                "        text: |",
                f"          Situasjonen ved {{{{ sted }}}} i {{{{ kommune }}}} endrer seg (nr. {n}).",
                "          Deltakerne må vurdere tiltak og informasjon til befolkningen.",
                '        notes: "Følg opp med fylket."',
                "        questions:",
                '          - { text: "Hva gjør kommunen nå?", roles: [ordforer, kommunedirektor] }',
                '        expected_actions: ["Varsle statsforvalteren"]',
                '        board: { strom: { value: "Ute", status: kritisk } }',
                "        responses: [politi]",
                "        objectives: [m1]",
            ]
    (root / "profiles").mkdir(parents=True)
    for name in ("a", "b", "c"):
        (root / "profiles" / f"{name}.yaml").write_text(
            f'format: 1\nid: {name}\ntitle: "Profil {name}"\nvalues:\n  kommune: "Kommune {name}"\n',
            encoding="utf-8",
        )
    file = root / "scenario.yaml"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return file


def main() -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        file = write_pack(Path(folder))
        files = [file, *sorted((file.parent / "profiles").glob("*.yaml"))]

        def floor() -> None:
            for path in files:
                for _event in yaml.parse(path.read_text(encoding="utf-8"), Loader=_Parser):
                    pass

        def measured() -> None:
            _compile.cache_clear()  # every run pays for compiling its templates
            loaded = load_pack(file.parent)
            for profile in loaded.profiles:
                loaded.render(loaded.values(profile))

        floor_s, measured_s = interleaved_best(floor, measured, 5)
    return [
        row(
            f"load + validate + render {INJECTS}-inject pack, 3 profiles",
            measured_s,
            floor_s,
            "≤ 5× floor",
        )
    ]


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(main()))
