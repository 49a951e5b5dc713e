"""The JSON Schema an editor checks with and ``ovelse validate`` say the same about a pack.

Each probe is a small edit of one valid pack. The schema sees the pack as an editor's
YAML 1.2 parser hands it over (``yes`` is text, ``1:30`` is text, merge keys merged); the
validator sees the file. For every probe the schema can judge, both must agree; the
probes that need the whole pack (references, order, files, templates) are listed apart,
and there the schema must let through what only the validator can refuse.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import Profile, ScenarioPack
from ovelse.scenario.schema import json_schema

BASE = """\
format: 1
id: probe
title: "Prøve for {{ kommune }}"
summary: Kort
hazard: Flom
region: Innlandet
duration: 2h
language: nb
variables:
  kommune: { label: Kommune, default: Eksempel }
roles:
  - ordforer
  - id: nve
    title: NVE
board:
  - { id: vann, label: Vann }
response_cells:
  - { id: svar, actor: NVE, text: Vi kommer }
objectives:
  - { id: m1, title: Varsle, subgoals: [{ id: m1.1, title: Raskt }] }
phases:
  - id: f1
    title: Fase 1
    injects:
      - id: i1
        at: "+00:10"
        scenario_time: "Dag 1 06:00"
        title: Første
        text: Tekst
        auto_release: false
        media: [media/kart.svg]
        questions:
          - { text: "Hva gjør dere?", roles: [ordforer] }
        board: { vann: Stengt }
        responses: [svar]
        objectives: [m1.1]
"""

PROFILE = """\
format: 1
id: stor
title: Stor kommune
values:
  kommune: Storby
"""

# (name, text to replace in BASE, its replacement): the schema can judge these.
PROBES: list[tuple[str, str, str]] = [
    ("the pack as it is", "", ""),
    ("ja as a boolean", "auto_release: false", "auto_release: ja"),
    ("Nei in capitals", "auto_release: false", "auto_release: NEI"),
    ("yes as a boolean", "auto_release: false", "auto_release: yes"),
    ("quoted ja", "auto_release: false", 'auto_release: "ja"'),
    ("off as a boolean", "auto_release: false", "auto_release: off"),
    ("not a boolean", "auto_release: false", "auto_release: kanskje"),
    ("a number as a title", "title: Første", "title: 2026"),
    ("a decimal as a title", "title: Første", "title: 1.5"),
    ("true as a title", "title: Første", "title: true"),
    ("a date as a title", "title: Første", "title: 2026-08-07"),
    ("a number as a variable value", "default: Eksempel", "default: 1900"),
    ("null title", "title: Første", "title: ~"),
    ("empty title", "title: Første", "title:"),
    ("quoted empty title", "title: Første", 'title: ""'),
    (
        "a merge key",
        "  - { id: vann, label: Vann }",
        "  - &v { id: vann, label: Vann }\n  - { <<: *v, id: vei }",
    ),
    (
        "a merge key bringing a bad field",
        "  - { id: vann, label: Vann }",
        "  - &v { id: vann, label: Vann, x: 1 }",
    ),
    ("format 2", "format: 1", "format: 2"),
    ("format as text", "format: 1", 'format: "1"'),
    ("id with capitals", "id: probe", "id: Probe"),
    ("id with a space", "id: probe", "id: my probe"),
    ("id as a number", "id: probe", "id: 12"),
    ("id too long", "id: probe", "id: " + "a" * 65),
    ("inject id with a slash", "id: i1", "id: i/1"),
    ("role shorthand with capitals", "  - ordforer\n", "  - Ordforer\n"),
    ("variable name with a capital", "  kommune: { label", "  Kommune: { label"),
    ("variable name with a dash", "  kommune: { label", "  kom-mune: { label"),
    ("duration zero", "duration: 2h", "duration: 0m"),
    ("duration as clock", "duration: 2h", 'duration: "2:00"'),
    ("duration unquoted clock", "duration: 2h", "duration: 2:00"),
    ("duration with spaces", "duration: 2h", 'duration: " 1h 30m "'),
    ("duration just a plus", "duration: 2h", 'duration: "+"'),
    ("duration as a number", "duration: 2h", "duration: 90"),
    ("offset with seconds", 'at: "+00:10"', 'at: "+00:10:30"'),
    ("offset with 61 minutes", 'at: "+00:10"', 'at: "+00:61"'),
    ("offset in words", 'at: "+00:10"', "at: snart"),
    ("scenario time 25:30", '"Dag 1 06:00"', '"25:30"'),
    ("scenario time 23:59", '"Dag 1 06:00"', '"23:59"'),
    ("scenario time with kl.", '"Dag 1 06:00"', '"kl. 06.30"'),
    ("scenario time DAG in capitals", '"Dag 1 06:00"', '"DAG 2, KL. 06:00"'),
    ("scenario time day 0", '"Dag 1 06:00"', '"Dag 0 06:00"'),
    ("scenario time 06:60", '"Dag 1 06:00"', '"06:60"'),
    ("scenario time as a date", '"Dag 1 06:00"', '"2026-08-07 14:00"'),
    ("scenario time with T", '"Dag 1 06:00"', '"2026-08-07T14:00"'),
    ("scenario time 31 June", '"Dag 1 06:00"', '"2026-06-31 14:00"'),
    ("scenario time month 13", '"Dag 1 06:00"', '"2026-13-01 14:00"'),
    ("scenario time year 0", '"Dag 1 06:00"', '"0000-01-01 14:00"'),
    ("scenario time with Arabic digits", '"Dag 1 06:00"', '"٠٦:٣٠"'),
    ("scenario time empty", 'scenario_time: "Dag 1 06:00"', "scenario_time: ~"),
    ("no phases", "phases:\n  - id: f1", "phases: []\nx_phases:\n  - id: f1"),
    ("empty phase", "    injects:\n      - id: i1", "    injects: []\n    x:\n      - id: i1"),
    ("phase without injects", "    injects:\n      - id: i1", "    x_injects:\n      - id: i1"),
    ("question to no one", "roles: [ordforer] }", "roles: [] }"),
    ("absolute media path", "media: [media/kart.svg]", "media: [/etc/kart.svg]"),
    ("windows absolute media path", "media: [media/kart.svg]", 'media: ["C:\\\\kart.svg"]'),
    ("backslash media path", "media: [media/kart.svg]", 'media: ["media\\\\kart.svg"]'),
    ("media path up and out", "media: [media/kart.svg]", "media: [../kart.svg]"),
    ("media not a picture", "media: [media/kart.svg]", "media: [media/kart.gif]"),
    ("media with a capital suffix", "media: [media/kart.svg]", "media: [media/kart.SVG]"),
    ("media hidden name", "media: [media/kart.svg]", "media: [media/.svg]"),
    (
        "media path with a control character",
        "media: [media/kart.svg]",
        'media: ["media/k\\tart.svg"]',
    ),
    ("board key with capitals", "board: { vann: Stengt }", "board: { Vann: Stengt }"),
    (
        "board status unknown",
        "board: { vann: Stengt }",
        "board: { vann: { value: Stengt, status: rød } }",
    ),
    ("reference with a space", "responses: [svar]", "responses: [s var]"),
    ("unknown field", "hazard: Flom", "hazard: Flom\nfare: Flom"),
    ("text too long", "summary: Kort", "summary: " + "x" * 50_001),
]

# What only the validator can know: the schema accepts these, the validator refuses them.
WHOLE_PACK_PROBES: list[tuple[str, str, str]] = [
    ("reference to an unknown role", "roles: [ordforer] }", "roles: [kommunedirektor] }"),
    (
        "duplicate board id",
        "  - { id: vann, label: Vann }",
        "  - { id: vann, label: Vann }\n  - { id: vann, label: Vei }",
    ),
    ("offset after the end", 'at: "+00:10"', 'at: "3h"'),
    ("missing picture", "media: [media/kart.svg]", "media: [media/borte.svg]"),
    ("undeclared template variable", "title: Første", 'title: "{{ fylke }}"'),
    ("template loop", "title: Første", 'title: "{% for x in y %}{% endfor %}"'),
    ("duplicate key", "hazard: Flom", "hazard: Flom\nhazard: Skred"),
    ("29 February in 2026", '"Dag 1 06:00"', '"2026-02-29 14:00"'),
    ("custom role without a title", "  - ordforer\n", "  - ordforer\n  - ukjent\n"),
]
# Where YAML 1.2 turns the text into a number and JSON cannot tell what was written:
# «1.0» is the number 1 (the validator wants «1»), «06.30» is 6.3 (the validator reads
# the clock 06:30). The docs tell authors to write both as shown, so these stay apart.
SCHEMA_ONLY_ACCEPTS = [("format written as 1.0", "format: 1", "format: 1.0")]
VALIDATOR_ONLY_ACCEPTS = [
    ("scenario time unquoted with a dot", '"Dag 1 06:00"', "06.30"),
]

PROFILE_PROBES: list[tuple[str, str, str]] = [
    ("the profile as it is", "", ""),
    ("format 2", "format: 1", "format: 2"),
    ("id with capitals", "id: stor", "id: Stor"),
    ("a value as a number", "kommune: Storby", "kommune: 1900"),
    ("a variable name with a capital", "kommune: Storby", "Kommune: Storby"),
]


class _Yaml12Loader(yaml.SafeLoader):
    """The YAML 1.2 core schema editors use: no yes/no booleans, no dates, no sexagesimals."""


_Yaml12Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", ["<"]),
]:
    _Yaml12Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


def _edited(base: str, old: str, new: str) -> str:
    if not old:
        return base
    assert old in base, f"the probe no longer matches: {old!r}"
    return base.replace(old, new, 1)


def _schema_accepts(text: str, root: type) -> bool:
    data = yaml.load(text, Loader=_Yaml12Loader)  # a SafeLoader with fewer implicit types
    return jsonschema.Draft202012Validator(json_schema(root)).is_valid(data)


def _validator_accepts(folder: Path, text: str, profile: str = PROFILE) -> bool:
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "media").mkdir(parents=True)
    (folder / "profiles").mkdir()
    for name in ("kart.svg", "kart.SVG", "kart.gif", ".svg"):
        (folder / "media" / name).write_text("<svg/>", encoding="utf-8")
    (folder / "scenario.yaml").write_text(text, encoding="utf-8")
    (folder / "profiles" / "stor.yaml").write_text(profile, encoding="utf-8")
    try:
        load_pack(folder)
    except ScenarioError:
        return False
    return True


@pytest.mark.parametrize(("name", "old", "new"), PROBES, ids=[p[0] for p in PROBES])
def test_schema_and_validator_agree(name: str, old: str, new: str, tmp_path: Path) -> None:
    text = _edited(BASE, old, new)
    by_validator = _validator_accepts(tmp_path / "pakke", text)
    by_schema = _schema_accepts(text, ScenarioPack)
    assert by_schema == by_validator, (
        f"{name}: schema {'accepts' if by_schema else 'refuses'}, "
        f"validator {'accepts' if by_validator else 'refuses'}"
    )


LEFT_TO_THE_VALIDATOR = WHOLE_PACK_PROBES + SCHEMA_ONLY_ACCEPTS


@pytest.mark.parametrize(
    ("name", "old", "new"), LEFT_TO_THE_VALIDATOR, ids=[p[0] for p in LEFT_TO_THE_VALIDATOR]
)
def test_what_needs_the_whole_pack_or_the_yaml_text_is_left_to_the_validator(
    name: str, old: str, new: str, tmp_path: Path
) -> None:
    text = _edited(BASE, old, new)
    assert not _validator_accepts(tmp_path / "pakke", text)
    assert _schema_accepts(text, ScenarioPack)


@pytest.mark.parametrize(
    ("name", "old", "new"), VALIDATOR_ONLY_ACCEPTS, ids=[p[0] for p in VALIDATOR_ONLY_ACCEPTS]
)
def test_a_number_yaml_makes_of_a_clock_is_left_to_the_validator(
    name: str, old: str, new: str, tmp_path: Path
) -> None:
    text = _edited(BASE, old, new)
    assert _validator_accepts(tmp_path / "pakke", text)
    assert not _schema_accepts(text, ScenarioPack)


@pytest.mark.parametrize(("name", "old", "new"), PROFILE_PROBES, ids=[p[0] for p in PROFILE_PROBES])
def test_profile_schema_and_validator_agree(name: str, old: str, new: str, tmp_path: Path) -> None:
    profile = _edited(PROFILE, old, new)
    by_validator = _validator_accepts(tmp_path / "pakke", BASE, profile)
    assert _schema_accepts(profile, Profile) == by_validator, name


def _patterns(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["pattern"]] if isinstance(node.get("pattern"), str) else []
        return found + [p for value in node.values() for p in _patterns(value)]
    if isinstance(node, list):
        return [p for value in node for p in _patterns(value)]
    return []


SAMPLES = [
    "Dag 2 06:00", "dag 2, kl. 06.00", "DAY 10 23:59", "06:30", "kl.6.30", "25:30",
    "2026-08-07 14:00", "2026-08-07T14:00", "٠٦:٣٠", "+00:45", "1h30m", "90m", "+",
    " 1 h ", "media/kart.svg", "../x.png", "C:\\x.png", "a\\b.PNG", "probe", "Probe",
    "m1.1", "kommune", "Kommune", "ja", "JA", "nei", "kanskje", "12", "0000-01-01 10:00",
]  # fmt: skip


@pytest.mark.skipif(shutil.which("node") is None, reason="no JavaScript engine on this machine")
def test_every_pattern_compiles_and_matches_alike_in_javascript() -> None:
    patterns = sorted({p for root in (ScenarioPack, Profile) for p in _patterns(json_schema(root))})
    script = (
        "const [patterns, samples] = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "console.log(JSON.stringify(patterns.map(p => { const r = new RegExp(p, 'u');"
        " return samples.map(s => r.test(s)); })));"
    )
    run = subprocess.run(
        ["node", "-e", script],
        input=json.dumps([patterns, SAMPLES]),
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr  # a Python-only construct does not compile
    in_javascript = json.loads(run.stdout)
    for pattern, results in zip(patterns, in_javascript, strict=True):
        in_python = [re.search(pattern, sample) is not None for sample in SAMPLES]
        assert in_python == results, pattern
