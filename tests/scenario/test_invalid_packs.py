"""Every way an author can get a pack wrong gets one located message in bokmål.

Each case edits a private copy of the full fixture pack, loads it, and checks the first
problem's line, field path and message. The line is found from the edited text itself,
so the cases stay readable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from ovelse.scenario.errors import Problem, ScenarioError
from ovelse.scenario.loader import load_pack


@dataclass(frozen=True)
class Case:
    name: str
    old: str
    new: str
    path: str
    message: str
    marker: str | None = None  # text on the reported line; defaults to ``new``


CASES = [
    Case(
        "misspelt top-level key",
        "title: ",
        "titel: ",
        "titel",
        "ukjent felt «titel» – mente du «title»?",
    ),
    Case(
        "Norwegian key",
        'source: "Nettselskapet"',
        'kilde: "Nettselskapet"',
        "phases[0].injects[0].kilde",
        "ukjent felt «kilde» – mente du «source»?",
    ),
    Case(
        "nothing close",
        'source: "Nettselskapet"',
        'zzz: "Nettselskapet"',
        "phases[0].injects[0].zzz",
        "ukjent felt «zzz». Gyldige felt: at, auto_release, board,",
    ),
    Case(
        "duration as list",
        'duration: "2h30m"',
        "duration: [2, 30]",
        "duration",
        "forventet en varighet, fant en liste",
    ),
    Case(
        "offset is not a duration",
        'at: "1h"',
        'at: "snart"',
        "phases[0].injects[1].at",
        "«snart» er ikke en varighet",
    ),
    Case(
        "day zero",
        '"Dag 1 06:00"',
        '"Dag 0 06:00"',
        "phases[0].injects[0].scenario_time",
        "dagene telles fra Dag 1",
    ),
    Case(
        "hour 25",
        'scenario_time: "09:30"',
        'scenario_time: "25:30"',
        "phases[0].injects[1].scenario_time",
        "klokkeslett som ikke finnes",
    ),
    Case("future format", "format: 1", "format: 2", "format", "formatversjon 2 støttes ikke"),
    Case("format as word", "format: 1", "format: en", "format", "forventet et heltall, fant «en»"),
    Case(
        "missing required field",
        '        title: "Vanntrykket faller"\n',
        "",
        "phases[1].injects[0]",
        "mangler det påkrevde feltet «title»",
        marker="- id: i3",
    ),
    Case(
        "duplicate inject id",
        "- id: i2",
        "- id: i1",
        "phases[0].injects[1].id",
        "id-en «i1» er brukt før",
    ),
    Case(
        "duplicate role id",
        "  - kommunedirektor\n",
        "  - ordforer\n",
        "roles[1].id",
        "id-en «ordforer» er brukt før",
        marker="  - ordforer\n  - id: nettselskap",
    ),
    Case(
        "question to unknown role",
        "roles: [ordforer, kommunedirektor]",
        "roles: [ordfører, kommunedirektor]",
        "phases[0].injects[0].questions[0].roles[0]",
        "rollen «ordfører» finnes ikke i pakken – mente du «ordforer»?",
    ),
    Case(
        "board key unknown",
        'mobil: "Redusert"',
        'mobilnett: "Redusert"',
        "phases[0].injects[0].board.mobilnett",
        "punktet på situasjonsbildet «mobilnett» finnes ikke",
    ),
    Case(
        "response unknown",
        "responses: [nett-svar]",
        "responses: [politi-svar]",
        "phases[0].injects[0].responses[0]",
        "motspillet «politi-svar» finnes ikke",
    ),
    Case(
        "objective unknown",
        "objectives: [m1, m1.1]",
        "objectives: [m1, m1.9]",
        "phases[0].injects[0].objectives[1]",
        "målet «m1.9» finnes ikke",
    ),
    Case(
        "media missing",
        "- media/bilde.png",
        "- media/mangler.png",
        "phases[0].injects[0].media[1].path",
        "bildet «media/mangler.png» finnes ikke i pakken",
    ),
    Case(
        "media escapes with ..",
        "- media/bilde.png",
        "- ../../etc/passwd.png",
        "phases[0].injects[0].media[1].path",
        "kan ikke gå ut av pakken",
    ),
    Case(
        "media absolute",
        "- media/bilde.png",
        "- /etc/bilde.png",
        "phases[0].injects[0].media[1].path",
        "må være relativ til pakken",
    ),
    Case(
        "media wrong type",
        "- media/bilde.png",
        "- media/program.exe",
        "phases[0].injects[0].media[1].path",
        "bare PNG, JPEG og SVG",
    ),
    Case(
        "undefined template variable",
        'title: "Strømmen går i {{ kommune }}"',
        'title: "Strømmen går i {{ komune }}"',
        "phases[0].injects[0].title",
        "pakken har ingen variabel «komune» – mente du «kommune»?",
    ),
    Case(
        "template syntax",
        'title: "Strømmen går i {{ kommune }}"',
        'title: "Strømmen går i {{ kommune "',
        "phases[0].injects[0].title",
        "malfeil på linje 1",
    ),
    Case(
        "template loop",
        'text: "Basestasjonene går tomme for batteri."',
        'text: "{% for x in range(9) %}x{% endfor %}"',
        "phases[0].injects[1].text",
        "malen bruker en løkke («for»), som ikke er tillatt",
    ),
    Case(
        "template reaches python internals",
        'text: "Basestasjonene går tomme for batteri."',
        "text: \"{{ ''.__class__.__mro__ }}\"",
        "phases[0].injects[1].text",
        "malen bruker punktum («a.b»), som ikke er tillatt",
    ),
    Case(
        "template filter not allowed",
        'text: "Basestasjonene går tomme for batteri."',
        "text: \"{{ kommune | replace('a', kommune) }}\"",
        "phases[0].injects[1].text",
        "filteret «replace» er ikke tillatt",
    ),
    Case(
        "offset goes backwards",
        'at: "+01:45"',
        'at: "+00:30"',
        "phases[1].injects[0].at",
        "før det forrige (+01:00)",
    ),
    Case(
        "offset after the end",
        'at: "+01:45"',
        'at: "+03:00"',
        "phases[1].injects[0].at",
        "etter øvelsens slutt (+02:30)",
    ),
    Case(
        "bool as word",
        "auto_release: true",
        "auto_release: kanskje",
        "phases[0].injects[1].auto_release",
        "forventet true eller false, fant «kanskje»",
    ),
    Case(
        "status not a colour we know",
        '{ value: "Ute", status: kritisk }',
        '{ value: "Ute", status: kritsk }',
        "phases[0].injects[0].board.strom.status",
        "(mente du «kritisk»?)",
    ),
    Case(
        "id with spaces",
        "- id: f2",
        "- id: Fase 2",
        "phases[1].id",
        "«Fase 2» er ikke en gyldig id",
    ),
    Case(
        "role outside catalogue without title",
        "  - kommunedirektor\n",
        "  - brannsjef\n",
        "roles[1]",
        "finnes ikke i standardkatalogen – mente du «brann»? Er det en egen rolle, gi den en "
        "«title»",
        marker="  - brannsjef",
    ),
    Case(
        "python object tag",
        "summary: ",
        "summary: !!python/object/apply:os.system ",
        "",
        "YAML-taggen «tag:yaml.org,2002:python/object/apply:os.system» er ikke tillatt",
    ),
    Case(
        "duplicate key",
        "language: nb",
        "language: nb\nlanguage: se",
        "",
        "nøkkelen «language» står to ganger",
        marker="language: se",
    ),
    Case(
        "tab indentation",
        "format: 1\n",
        "format: 1\n\tid: x\n",
        "",
        "ugyldig YAML",
        marker="\tid: x",
    ),
    Case(
        "unclosed quote",
        'hazard: "Langvarig strømbrudd"',
        'hazard: "Langvarig strømbrudd',
        "",
        "tekst i anførselstegn mangler avsluttende anførselstegn",
        marker='hazard: "Langvarig strømbrudd',
    ),
    Case(
        "phase without injects",
        '  - id: f2\n    title: "Fase 2 – Dag 2"\n    injects:',
        '  - id: f2\n    title: "Fase 2 – Dag 2"\n    injects: []\n    old_injects:',
        "phases[1].old_injects",
        "ukjent felt «old_injects»",
        marker="old_injects",
    ),
    Case(
        "question without roles",
        "roles: [nettselskap]",
        "roles: []",
        "phases[1].injects[0].questions[0].roles",
        "spørsmålet må rettes til minst én rolle",
    ),
    Case(
        "text where a table is expected",
        '  - id: m2\n    title: "Informere befolkningen"',
        "  - m2",
        "objectives[1]",
        "forventet en tabell (nøkkel: verdi), fant «m2»",
    ),
    Case(
        "two documents",
        "format: 1\n",
        "format: 1\n---\nformat: 1\n",
        "",
        "bare inneholde ett YAML-dokument",
        marker="---",
    ),
    Case(
        "table as key",
        "language: nb",
        "? [a, b]\n: nb",
        "",
        "nøkler må være tekst",
        marker="? [a, b]",
    ),
    Case("unknown alias", "language: nb", "language: *sprak", "", "ukjent alias «*sprak»"),
]


def _line_of(text: str, marker: str) -> int:
    return text.count("\n", 0, text.index(marker)) + 1


def _first_problem(pack: Path) -> Problem:
    with pytest.raises(ScenarioError) as caught:
        load_pack(pack)
    return caught.value.problems[0]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_invalid_pack_is_located(case: Case, full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    assert case.old in text, "the case no longer matches the fixture"
    edited = text.replace(case.old, case.new, 1)
    file.write_text(edited, encoding="utf-8")
    problem = _first_problem(full_pack_copy)
    assert problem.file == str(file)
    assert case.message in problem.message
    assert problem.path == case.path
    if case.marker is not None:
        assert problem.line == _line_of(edited, case.marker)
    elif case.new:
        assert problem.line == text.count("\n", 0, text.index(case.old)) + 1
    assert problem.column >= 1 or problem.line == 0


def test_every_problem_is_reported_not_just_the_first(full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    text = (
        file.read_text(encoding="utf-8")
        .replace("title: ", "titel: ", 1)
        .replace('at: "1h"', 'at: "snart"')
    )
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_pack(full_pack_copy)
    assert len(caught.value.problems) == 2
    assert str(caught.value).count("scenario.yaml:") == 2


def test_message_has_file_line_column_and_field(full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    file.write_text(
        file.read_text(encoding="utf-8").replace('at: "1h"', 'at: "snart"'), encoding="utf-8"
    )
    problem = _first_problem(full_pack_copy)
    assert str(problem).startswith(
        f"{file}:{problem.line}:{problem.column}: phases[0].injects[1].at: «snart»"
    )


def test_latin1_file_is_refused_with_the_place(full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    file.write_bytes(file.read_text(encoding="utf-8").encode("latin-1", errors="replace"))
    problem = _first_problem(full_pack_copy)
    assert "ikke UTF-8" in problem.message and problem.line == 5  # «én» in the summary


def test_utf16_file_is_refused(full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    file.write_bytes(file.read_text(encoding="utf-8").encode("utf-16"))
    assert "UTF-16" in _first_problem(full_pack_copy).message


def test_nul_byte_is_refused(full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    file.write_bytes(file.read_bytes().replace(b"language: nb", b"language: n\x00b"))
    problem = _first_problem(full_pack_copy)
    assert "NUL-tegn" in problem.message and problem.line > 1


def test_empty_file(full_pack_copy: Path) -> None:
    (full_pack_copy / "scenario.yaml").write_text("", encoding="utf-8")
    assert _first_problem(full_pack_copy).message == "filen er tom"


def test_oversized_file_is_refused_before_parsing(full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    file.write_text("# " + "x" * (5 * 1024 * 1024), encoding="utf-8")
    assert "grensen er 4 MB" in _first_problem(full_pack_copy).message


def test_alias_bomb_is_refused(full_pack_copy: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    (full_pack_copy / "scenario.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "alias-bombe" in _first_problem(full_pack_copy).message


def test_deep_nesting_is_refused(full_pack_copy: Path) -> None:
    (full_pack_copy / "scenario.yaml").write_text("a: " + "[" * 5000 + "]" * 5000, encoding="utf-8")
    assert "for dyp nøsting" in _first_problem(full_pack_copy).message


def test_huge_string_is_refused(full_pack_copy: Path) -> None:
    file = full_pack_copy / "scenario.yaml"
    file.write_text(
        file.read_text(encoding="utf-8").replace("language: nb", "language: " + "å" * 60_000),
        encoding="utf-8",
    )
    assert "teksten er over 50 000 tegn" in _first_problem(full_pack_copy).message


def test_media_symlink_out_of_the_pack_is_refused(full_pack_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "hemmelig.png"
    outside.write_bytes(b"\x89PNG")
    (full_pack_copy / "media" / "bilde.png").unlink()
    os.symlink(outside, full_pack_copy / "media" / "bilde.png")
    problem = _first_problem(full_pack_copy)
    assert problem.message == "bildet peker ut av pakken (symbolsk lenke)"


def test_profile_with_unknown_variable(full_pack_copy: Path) -> None:
    file = full_pack_copy / "profiles" / "enkel.yaml"
    file.write_text(file.read_text(encoding="utf-8") + "  komune: Lom\n", encoding="utf-8")
    problem = _first_problem(full_pack_copy)
    assert problem.file == str(file)
    assert (problem.line, problem.path) == (6, "values.komune")
    assert problem.message == "pakken har ingen variabel «komune» – mente du «kommune»?"


def test_two_profiles_with_one_id(full_pack_copy: Path) -> None:
    file = full_pack_copy / "profiles" / "enkel.yaml"
    file.write_text(
        file.read_text(encoding="utf-8").replace("id: enkel", "id: samisk"), encoding="utf-8"
    )
    problem = _first_problem(full_pack_copy)
    assert problem.path == "id" and "brukt i en annen profil" in problem.message


def test_missing_pack_file(tmp_path: Path) -> None:
    problem = _first_problem(tmp_path)
    assert problem.message == "fant ikke scenario.yaml i mappen"
