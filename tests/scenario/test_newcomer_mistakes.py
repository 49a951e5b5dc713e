"""Newcomer mistakes, each refused with the exact bokmål message at the right place.

The table is what a planner writing a first pack from ``docs/scenario-format.md`` got
wrong: indentation, tabs, colons and quotes, missing and misspelt fields, wrong types,
ids, times, references, roles, pictures and templates. Each edits a private copy of the
full fixture pack; the reported line is the line that holds ``marker``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import load_pack


@dataclass(frozen=True)
class Mistake:
    name: str
    old: str  # text in the fixture
    new: str  # what the newcomer wrote instead
    path: str  # the field path the message names ("" for the file or its YAML)
    message: str  # the whole message, exactly
    marker: str  # text on the reported line
    file: str = "scenario.yaml"


MISTAKES = [
    Mistake(
        "unquoted colon in a title",
        'title: "Mobilnettet faller ut"',
        "title: Fase 2: Mobilnettet faller ut",
        "",
        'ugyldig YAML: kolon på feil sted – en tekst med «: » i seg må stå i anførselstegn, for eksempel title: "Fase 1: Varsling"; sjekk også at linjen over har mellomrom etter «-» og «:»',
        "title: Fase 2: Mobilnettet faller ut",
    ),
    Mistake(
        "tab before a key",
        '        text: "Basestasjonene går tomme for batteri."',
        '\ttext: "Basestasjonene går tomme for batteri."',
        "",
        "ugyldig YAML: tabulator er ikke lov i innrykk eller foran en verdi; bruk mellomrom",
        'text: "Basestasjonene går tomme for batteri."',
    ),
    Mistake(
        "key indented one space too little",
        '        text: "Basestasjonene går tomme for batteri."',
        '       text: "Basestasjonene går tomme for batteri."',
        "",
        "ugyldig YAML: innrykket stemmer ikke med linjene over – nøkler i samme tabell må stå like langt inn (med mellomrom)",
        'text: "Basestasjonene går tomme for batteri."',
    ),
    Mistake(
        "list item indented too little",
        '          - text: "Hvem trenger nødvann først?"',
        '        - text: "Hvem trenger nødvann først?"',
        "",
        "ugyldig YAML: innrykket stemmer ikke med linjene over – nøkler i samme tabell må stå like langt inn (med mellomrom)",
        "roles: [nettselskap]",
    ),
    Mistake(
        "no space after the colon",
        'title: "Vanntrykket faller"',
        'title:"Vanntrykket faller"',
        "",
        "ugyldig YAML: fant ikke «:» etter nøkkelen – hver linje i en tabell er «nøkkel: verdi»; sjekk innrykket, og bruk «|» for tekst over flere linjer",
        'text: "Høydebassenget tømmes."',
    ),
    Mistake(
        "no space after the dash",
        "roles:\n  - id: ordforer",
        "roles:\n  -ordforer\n  - id: ordforer",
        "",
        'ugyldig YAML: kolon på feil sted – en tekst med «: » i seg må stå i anførselstegn, for eksempel title: "Fase 1: Varsling"; sjekk også at linjen over har mellomrom etter «-» og «:»',
        "- id: ordforer",
    ),
    Mistake(
        "unclosed quote",
        'title: "Vanntrykket faller"',
        'title: "Vanntrykket faller',
        "",
        "ugyldig YAML: tekst i anførselstegn mangler avsluttende anførselstegn (ett « \" » eller « ' » er ikke lukket)",
        'title: "Vanntrykket faller',
    ),
    Mistake(
        "windows path in double quotes",
        'text: "Høydebassenget tømmes."',
        'text: "Se C:\\Beredskap\\plan.pdf"',
        "",
        "ugyldig YAML: ukjent «\\»-kode i tekst med doble anførselstegn – bruk enkle anførselstegn ('…'), eller skriv «\\\\» for en omvendt skråstrek",
        'text: "Se C:\\Beredskap\\plan.pdf"',
    ),
    Mistake(
        "text starting with @",
        'text: "Høydebassenget tømmes."',
        "text: @kommunen melder om lavt trykk",
        "",
        "ugyldig YAML: tegnet «@» kan ikke stå først i en verdi; sett teksten i anførselstegn",
        "text: @kommunen melder om lavt trykk",
    ),
    Mistake(
        "missing required title",
        '        title: "Vanntrykket faller"\n',
        "",
        "phases[1].injects[0]",
        "mangler det påkrevde feltet «title»",
        "- id: i3",
    ),
    Mistake(
        "missing format",
        "format: 1\nid: full-pack",
        "id: full-pack",
        "",
        "mangler det påkrevde feltet «format»",
        "id: full-pack",
    ),
    Mistake(
        "duration as a list",
        'duration: "2h30m"',
        "duration: [2, 30]",
        "duration",
        "forventet en varighet, fant en liste",
        "duration: [2, 30]",
    ),
    Mistake(
        "roles as text",
        "roles: [nettselskap]",
        "roles: nettselskap",
        "phases[1].injects[0].questions[0].roles",
        "forventet en liste, fant «nettselskap»",
        "roles: nettselskap",
    ),
    Mistake(
        "questions as text",
        '          - text: "Hvem trenger nødvann først?"\n            roles: [nettselskap]',
        '          "Hvem trenger nødvann først?"',
        "phases[1].injects[0].questions",
        "forventet en liste, fant «Hvem trenger nødvann først?»",
        '"Hvem trenger nødvann først?"',
    ),
    Mistake(
        "misspelt field",
        'title: "Vanntrykket faller"',
        'titel: "Vanntrykket faller"',
        "phases[1].injects[0].titel",
        "ukjent felt «titel» – mente du «title»?",
        'titel: "Vanntrykket faller"',
    ),
    Mistake(
        "Norwegian field name",
        'text: "Høydebassenget tømmes."',
        'tekst: "Høydebassenget tømmes."',
        "phases[1].injects[0].tekst",
        "ukjent felt «tekst» – mente du «text»?",
        'tekst: "Høydebassenget tømmes."',
    ),
    Mistake(
        "English field that does not exist",
        'text: "Høydebassenget tømmes."',
        'text: "Høydebassenget tømmes."\n        priority: high',
        "phases[1].injects[0].priority",
        "ukjent felt «priority». Gyldige felt: at, auto_release, board, expected_actions, id, media, notes, objectives, optional, questions, responses, scenario_time, short_at, source, stall_prompts, text, title, translation.",
        "priority: high",
    ),
    Mistake(
        "duplicate inject id",
        "      - id: i3",
        "      - id: i2",
        "phases[1].injects[0].id",
        "id-en «i2» er brukt før (innspill-id-er må være unike)",
        "- id: i2",
    ),
    Mistake(
        "duplicate phase id",
        "  - id: f2",
        "  - id: f1",
        "phases[1].id",
        "id-en «f1» er brukt før (fase-id-er må være unike)",
        "- id: f1",
    ),
    Mistake(
        "id with a capital",
        "      - id: i3",
        "      - id: I3",
        "phases[1].injects[0].id",
        "«I3» er ikke en gyldig id (små bokstaver a–z, tall, «-», «_» og «.»)",
        "- id: I3",
    ),
    Mistake(
        "id with a Norwegian letter",
        "      - id: i3",
        "      - id: vær",
        "phases[1].injects[0].id",
        "«vær» er ikke en gyldig id (små bokstaver a–z, tall, «-», «_» og «.»)",
        "- id: vær",
    ),
    Mistake(
        "scenario time 25:30",
        'scenario_time: "09:30"',
        'scenario_time: "25:30"',
        "phases[0].injects[1].scenario_time",
        "«25:30» har et klokkeslett som ikke finnes",
        'scenario_time: "25:30"',
    ),
    Mistake(
        "scenario time in words",
        'scenario_time: "09:30"',
        'scenario_time: "morgen"',
        "phases[0].injects[1].scenario_time",
        "«morgen» er ikke en scenariotid (skriv for eksempel «Dag 2 06:00», «06:30» eller «2026-08-07 14:00»)",
        'scenario_time: "morgen"',
    ),
    Mistake(
        "scenario date that does not exist",
        'scenario_time: "2026-01-15 08:00"',
        'scenario_time: "2026-02-30 08:00"',
        "phases[1].injects[0].scenario_time",
        "«2026-02-30 08:00» er ikke en gyldig dato og tid",
        'scenario_time: "2026-02-30 08:00"',
    ),
    Mistake(
        "offset in words",
        'at: "1h"',
        'at: "etter lunsj"',
        "phases[0].injects[1].at",
        "«etter lunsj» er ikke en varighet (skriv for eksempel +00:45, 1:30, 1h30m eller 90m)",
        'at: "etter lunsj"',
    ),
    Mistake(
        "offset going back",
        'at: "+01:45"',
        'at: "+00:30"',
        "phases[1].injects[0].at",
        "innspillet er planlagt (+00:30) før det forrige (+01:00)",
        'at: "+00:30"',
    ),
    Mistake(
        "offset after the end",
        'at: "+01:45"',
        'at: "3h"',
        "phases[1].injects[0].at",
        "innspillet er planlagt (+03:00) etter øvelsens slutt (+02:30)",
        'at: "3h"',
    ),
    Mistake(
        "question to an unknown role",
        "roles: [nettselskap]",
        "roles: [netselskap]",
        "phases[1].injects[0].questions[0].roles[0]",
        "rollen «netselskap» finnes ikke i pakken – mente du «nettselskap»?",
        "roles: [netselskap]",
    ),
    Mistake(
        "question to a role with ø",
        "roles: [ordforer, kommunedirektor]",
        "roles: [ordfører, kommunedirektor]",
        "phases[0].injects[0].questions[0].roles[0]",
        "rollen «ordfører» finnes ikke i pakken – mente du «ordforer»?",
        "roles: [ordfører, kommunedirektor]",
    ),
    Mistake(
        "question to no one",
        "roles: [nettselskap]",
        "roles: []",
        "phases[1].injects[0].questions[0].roles",
        "spørsmålet må rettes til minst én rolle",
        "roles: []",
    ),
    Mistake(
        "catalogue role misspelt",
        "  - kommunedirektor\n",
        "  - komunedirektor\n",
        "roles[1]",
        "rollen «komunedirektor» finnes ikke i standardkatalogen – mente du «kommunedirektor»? Er det en egen rolle, gi den en «title»",
        "- komunedirektor",
    ),
    Mistake(
        "unknown objective",
        "objectives: [m1, m1.1]",
        "objectives: [m1, m3]",
        "phases[0].injects[0].objectives[1]",
        "målet «m3» finnes ikke i pakken",
        "objectives: [m1, m3]",
    ),
    Mistake(
        "unknown board item",
        '          mobil: "Redusert"',
        '          internett: "Redusert"',
        "phases[0].injects[0].board.internett",
        "punktet på situasjonsbildet «internett» finnes ikke i pakken",
        'internett: "Redusert"',
    ),
    Mistake(
        "unknown response",
        "responses: [nett-svar]",
        "responses: [nettsvar]",
        "phases[0].injects[0].responses[0]",
        "motspillet «nettsvar» finnes ikke i pakken – mente du «nett-svar»?",
        "responses: [nettsvar]",
    ),
    Mistake(
        "board colour in Norwegian",
        "status: kritisk }",
        "status: rød }",
        "phases[0].injects[0].board.strom.status",
        "«rød» er ikke lov her; velg én av «normal», «redusert», «kritisk», «ukjent»",
        'strom: { value: "Ute", status: rød }',
    ),
    Mistake(
        "auto release maybe",
        "auto_release: true",
        "auto_release: kanskje",
        "phases[0].injects[1].auto_release",
        "forventet true eller false, fant «kanskje»",
        "auto_release: kanskje",
    ),
    Mistake(
        "missing picture",
        "          - media/bilde.png",
        "          - media/bilde.jpg",
        "phases[0].injects[0].media[1].path",
        "bildet «media/bilde.jpg» finnes ikke i pakken",
        "- media/bilde.jpg",
    ),
    Mistake(
        "absolute picture path",
        "          - media/bilde.png",
        "          - /home/ole/bilde.png",
        "phases[0].injects[0].media[1].path",
        "bildestien må være relativ til pakken, ikke absolutt",
        "- /home/ole/bilde.png",
    ),
    Mistake(
        "picture as PDF",
        "          - media/bilde.png",
        "          - media/bilde.pdf",
        "phases[0].injects[0].media[1].path",
        "bare PNG, JPEG og SVG kan brukes som bilder",
        "- media/bilde.pdf",
    ),
    Mistake(
        "picture outside the pack",
        "          - media/bilde.png",
        "          - ../bilde.png",
        "phases[0].injects[0].media[1].path",
        "bildestien kan ikke gå ut av pakken («..»)",
        "- ../bilde.png",
    ),
    Mistake(
        "undeclared variable",
        'text: "Høydebassenget tømmes."',
        'text: "Høydebassenget i {{ komune }} tømmes."',
        "phases[1].injects[0].text",
        "teksten bruker «{{ komune }}», men pakken har ingen variabel «komune» – mente du «kommune»?",
        'text: "Høydebassenget i {{ komune }} tømmes."',
    ),
    Mistake(
        "variable with one brace",
        'text: "Høydebassenget tømmes."',
        'text: "Høydebassenget i {{ kommune } tømmes."',
        "phases[1].injects[0].text",
        "malfeil på linje 1 i teksten: krøllparentesene står ikke i par – hver variabel skrives «{{ navn }}», med to krøllparenteser på hver side",
        'text: "Høydebassenget i {{ kommune } tømmes."',
    ),
    Mistake(
        "if without endif",
        'text: "Høydebassenget tømmes."',
        'text: "{% if kommune %}Høydebassenget tømmes."',
        "phases[1].injects[0].text",
        "malfeil på linje 1 i teksten: «{% if … %}» mangler sin «{% endif %}»",
        'text: "{% if kommune %}Høydebassenget tømmes."',
    ),
    Mistake(
        "filter that is not allowed",
        'text: "Høydebassenget tømmes."',
        "text: \"{{ kommune | replace('a', 'b') }}\"",
        "phases[1].injects[0].text",
        "filteret «replace» er ikke tillatt; bruk capitalize, d, default, lower, stor_forbokstav, title, trim, upper",
        "text: \"{{ kommune | replace('a', 'b') }}\"",
    ),
    Mistake(
        "a dot in a template",
        'text: "Høydebassenget tømmes."',
        'text: "{{ kommune.navn }}"',
        "phases[1].injects[0].text",
        "malen bruker punktum («a.b»), som ikke er tillatt i scenariotekster (bare variabler, filtre og if)",
        'text: "{{ kommune.navn }}"',
    ),
    Mistake(
        "variable name with a capital",
        "  kommune_samisk: {",
        "  KommuneSamisk: {",
        "variables.KommuneSamisk",
        "variabelnavn må starte med en liten bokstav og bare ha a–z, 0–9 og _",
        'KommuneSamisk: { label: "Samisk navn", default: "" }',
    ),
    Mistake(
        "format 2",
        "format: 1\nid: full-pack",
        "format: 2\nid: full-pack",
        "format",
        "formatversjon 2 støttes ikke; denne versjonen leser 1",
        "format: 2",
    ),
    Mistake(
        "format in quotes",
        "format: 1\nid: full-pack",
        'format: "1"\nid: full-pack',
        "format",
        "forventet et heltall, fant teksten «1» – skriv tallet uten anførselstegn",
        'format: "1"',
    ),
    Mistake(
        "empty title",
        'title: "Vanntrykket faller"',
        "title:",
        "phases[1].injects[0].title",
        "mangler verdi",
        "title:",
    ),
    Mistake(
        "phase without injects",
        '  - id: f2\n    title: "Fase 2 – Dag 2"\n    injects:',
        '  - id: f2\n    title: "Fase 2 – Dag 2"\n    x_injects:',
        "phases[1].x_injects",
        "ukjent felt «x_injects» – mente du «injects»?",
        "x_injects:",
    ),
    Mistake(
        "same key twice",
        'title: "Vanntrykket faller"',
        'title: "Vanntrykket faller"\n        title: "Vann"',
        "",
        "nøkkelen «title» står to ganger i samme tabell",
        'title: "Vann"',
    ),
    Mistake(
        "profile sets an unknown variable",
        'kommune: "Lom"',
        'komune: "Lom"',
        "values.komune",
        "pakken har ingen variabel «komune» – mente du «kommune»?",
        'komune: "Lom"',
        file="profiles/enkel.yaml",
    ),
    Mistake(
        "profile with a tab",
        'kommune: "Lom"',
        '\tkommune: "Lom"',
        "",
        "ugyldig YAML: tabulator er ikke lov i innrykk eller foran en verdi; bruk mellomrom",
        'kommune: "Lom"',
        file="profiles/enkel.yaml",
    ),
    Mistake(
        "profile id twice",
        "id: samisk",
        "id: enkel",
        "id",
        "profil-id-en «enkel» er brukt i en annen profil",
        "id: enkel",
        file="profiles/samisk.yaml",
    ),
    Mistake(
        "profile format missing",
        "format: 1\n",
        "",
        "",
        "mangler det påkrevde feltet «format»",
        "id: enkel",
        file="profiles/enkel.yaml",
    ),
]


def _line_of(text: str, marker: str, near: int) -> int:
    """The line holding ``marker``; of several, the one nearest the edited line."""
    lines = text.splitlines()
    matches = [number for number, line in enumerate(lines, 1) if marker in line]
    assert matches, f"the marker is on no line: {marker!r}"
    return min(matches, key=lambda number: abs(number - near))


@pytest.mark.parametrize("mistake", MISTAKES, ids=[mistake.name for mistake in MISTAKES])
def test_newcomer_mistake_is_refused_with_a_located_bokmal_message(
    mistake: Mistake, full_pack_copy: Path
) -> None:
    file = full_pack_copy / mistake.file
    text = file.read_text(encoding="utf-8")
    assert mistake.old in text, "the mistake no longer matches the fixture"
    edited = text.replace(mistake.old, mistake.new, 1)
    file.write_text(edited, encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_pack(full_pack_copy)
    problem = caught.value.problems[0]
    assert problem.file == str(file)
    assert problem.message == mistake.message
    assert problem.path == mistake.path
    edited_line = text.count("\n", 0, text.index(mistake.old)) + 1
    assert problem.line == _line_of(edited, mistake.marker, edited_line)
    assert problem.column >= 1
