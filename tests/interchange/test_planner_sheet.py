"""A planner's own sheet: other column names, times in every spreadsheet form, roles by name."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.importing import import_dreiebok
from ovelse.interchange.mapping import load_mapping


def sheet(folder: Path, rows: list[list[object]], name: str = "plan.xlsx") -> Path:
    book = Workbook()
    active = book.active
    assert active is not None
    active.title = "Ark1"
    for row in rows:
        active.append(row)
    path = folder / name
    book.save(path)
    return path


HEADERS = ["Fase", "Planlagt tid", "Tittel", "Tekst til deltakerne", "Spørsmål"]


@pytest.mark.parametrize(
    ("times", "expected"),
    [
        (["+00:00", "+00:25", "1:05"], ["+00:00", "+00:25", "+01:05"]),
        (["00:00", "00:25", "01:05"], ["+00:00", "+00:25", "+01:05"]),
        ([0, 25, 65], ["+00:00", "+00:25", "+01:05"]),
        (["0", "25", "65"], ["+00:00", "+00:25", "+01:05"]),
        ([time(9, 0), time(9, 25), time(10, 5)], ["+00:00", "+00:25", "+01:05"]),
        (
            [datetime(2026, 8, 7, 23, 40), datetime(2026, 8, 8, 0, 5), datetime(2026, 8, 8, 0, 45)],
            ["+00:00", "+00:25", "+01:05"],
        ),
        ([time(23, 40), time(0, 5), time(0, 45)], ["+00:00", "+00:25", "+01:05"]),
        (
            [timedelta(0), timedelta(minutes=25), timedelta(hours=1, minutes=5)],
            ["+00:00", "+00:25", "+01:05"],
        ),
    ],
    ids=[
        "offsets",
        "clock-like",
        "minutes",
        "minutes-as-text",
        "excel-times",
        "date-times",
        "past-midnight",
        "durations",
    ],
)
def test_times_in_every_form_become_offsets_from_the_start(
    times: list[object], expected: list[str], tmp_path: Path
) -> None:
    rows: list[list[object]] = [HEADERS]
    for number, at in enumerate(times, start=1):
        rows.append(["Varsling", at, f"Innspill {number}", "Tekst.", "ordforer: Hva gjør dere?"])

    result = import_dreiebok(sheet(tmp_path, rows), None)

    assert [str(p) for p in result.problems] == []
    assert result.pack is not None
    assert [str(inject.at) for inject in result.pack.injects()] == expected


def test_clock_times_count_from_a_given_start(tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADERS]
    rows.append(["Varsling", time(9, 15), "Første", "Tekst.", "ordforer: Hva nå?"])

    result = import_dreiebok(sheet(tmp_path, rows), None, start=time(9, 0))

    assert result.pack is not None and str(result.pack.injects()[0].at) == "+00:15"


def test_a_mapping_reads_a_sheet_with_its_own_headers_and_roles_by_title(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Dreiebok for kommunen"],
        ["Del", "Klokka", "Hendelse", "Melding", "Hvem og hva", "Kommentar"],
        ["Varsling", "00:00", "Rødt farevarsel", "Met varsler.", "Ordfører: Hva gjør vi?", "x"],
        [
            None,
            "00:20",
            "Strømbrudd",
            "Strømmen er borte.",
            "Kommunedirektør, ordforer: Prioriter\nHvem varsles?",
            None,
        ],
        [
            "Håndtering",
            "00:45",
            "Vann",
            "Vannverket melder.",
            "beredskapskoordinator: Neste steg?",
            None,
        ],
    ]
    source = sheet(tmp_path, rows)
    mapping = tmp_path / "kolonner.yaml"
    mapping.write_text(
        "ark: Ark1\noverskriftsrad: 2\nkolonner:\n  Del: Fase\n  Klokka: Planlagt tid\n"
        "  Hendelse: Tittel\n  Melding: Tekst til deltakerne\n  Hvem og hva: Spørsmål\n"
        '  Kommentar: ""\n',
        encoding="utf-8",
    )

    result = import_dreiebok(source, tmp_path / "pakke", mapping=load_mapping(mapping))

    assert [str(p) for p in result.problems] == []
    assert result.pack is not None
    pack = result.pack
    assert [phase.title for phase in pack.phases] == ["Varsling", "Håndtering"]
    assert [phase.id for phase in pack.phases] == ["varsling", "handtering"]
    second = pack.injects()[1]
    assert second.questions[0].roles == ("kommunedirektor", "ordforer")
    assert second.questions[0].text == "Prioriter\nHvem varsles?"
    assert [role.id for role in pack.roles] == [
        "ordforer",
        "kommunedirektor",
        "beredskapskoordinator",
    ]
    assert str(pack.duration) == "+01:15"
    assert (tmp_path / "pakke" / "scenario.yaml").is_file()


def test_a_mapping_with_a_header_the_dreiebok_lacks_is_refused_with_a_hint(tmp_path: Path) -> None:
    mapping = tmp_path / "kolonner.yaml"
    mapping.write_text("kolonner:\n  Klokka: Planlagt tidd\n", encoding="utf-8")

    with pytest.raises(InterchangeError) as caught:
        load_mapping(mapping)

    assert str(caught.value) == (
        "kolonner.yaml:2: Klokka: «Planlagt tidd» er ikke en kolonne i dreieboken "
        "(mente du «Planlagt tid»?)"
    )


TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60
)
CELL = st.one_of(
    TEXT,
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.none(),
    st.times(),
    st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2999, 12, 31)),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3)),
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, min_size=5, max_size=5), min_size=1, max_size=6))
def test_any_cell_contents_give_a_pack_or_located_problems_never_a_crash(
    rows: list[list[object]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("hyp")
    cleaned = [
        [
            "".join(ch for ch in value if ch.isprintable() or ch in "\n\t")
            if isinstance(value, str)
            else value
            for value in row
        ]
        for row in rows
    ]
    source = sheet(folder, [HEADERS, *cleaned])

    result = import_dreiebok(source, folder / "pakke")

    if result.problems:
        assert not (folder / "pakke").exists()
        assert all(str(p) and "Traceback" not in str(p) for p in result.problems)
    else:
        assert result.pack is not None and (folder / "pakke" / "scenario.yaml").is_file()


def test_each_wrong_cell_is_named_once(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        HEADERS,
        ["Varsling", time(9, 0), "Uvær", "Rødt farevarsel.", "ordforer: Hva gjør dere?"],
        ["Varsling", time(9, 25), "Strømmen går", "Strømbrudd.", "ordfører2: Hva nå?"],
        ["Håndtering", "=B3+TIME(0,20,0)", "Vann", "Vannverket melder.", "Ordfører: Og nå?"],
    ]

    result = import_dreiebok(sheet(tmp_path, rows), tmp_path / "pakke")

    assert [str(p) for p in result.problems] == [
        "Ark1!B4: planlagt tid: cellen har en formel uten lagret verdi; Øvelse regner aldri ut "
        "formler – skriv inn verdien (eller åpne og lagre filen i Excel eller LibreOffice)",
        "Ark1!E3: spørsmål: rollen «ordfører2» finnes ikke (mente du «ordforer»?)",
    ]
    assert not (tmp_path / "pakke").exists()


def test_times_excel_made_of_typed_offsets_are_offsets(tmp_path: Path) -> None:
    """A planner adds a row to an exported dreiebok and types 00:25, which Excel stores as
    a time of day; after rows of offsets it is the offset it looks like. So is 02:30 in
    «Varighet» and «Tid i kortversjonen»."""
    book = Workbook()
    injects = book.active
    assert injects is not None
    injects.title = "Innspill"
    injects.append(["Fase", "Planlagt tid", "Tittel", "Spørsmål", "Tid i kortversjonen"])
    injects.append(["f1", "+00:00", "Først", "ordforer: Hva nå?", time(0, 0)])
    injects.append(["f1", time(0, 25), "Så", "ordforer: Og så?", time(0, 10)])
    exercise = book.create_sheet("Øvelse")
    exercise.append(["Felt", "Verdi"])
    exercise.append(["Varighet", time(2, 30)])
    exercise.append(["Varighet i kortversjonen", time(1, 0)])
    path = tmp_path / "dreiebok.xlsx"
    book.save(path)

    result = import_dreiebok(path, None)

    assert [str(p) for p in result.problems] == []
    assert result.pack is not None
    assert [str(i.at) for i in result.pack.injects()] == ["+00:00", "+00:25"]
    assert [str(i.short_at) for i in result.pack.injects()] == ["+00:00", "+00:10"]
    assert str(result.pack.duration) == "+02:30"
