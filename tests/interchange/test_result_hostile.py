"""Hostile result files: each is refused with one Norwegian sentence naming the file and,
for the content, the field; never a traceback, and the file is left as it was."""

from __future__ import annotations

import base64
import copy
import io
import json
import random
import stat
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from ovelse.exercise.kinds import ActionStatus, MarkingKind, Priority, Rating
from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.manifest import entries_of
from ovelse.interchange.results.model import (
    ExerciseResult,
    Finding,
    GoalResult,
    Kommune,
    Measure,
    PackRef,
    ResultMarking,
    RoleCount,
)
from ovelse.interchange.results.reader import read_result, read_result_bytes
from ovelse.interchange.results.writer import content_json, result_bytes

NAME = "Nesseby-2026-03-12.ovelseresultat"
RESULT = ExerciseResult(
    kommune=Kommune("Nesseby", "5636", "Finnmark"),
    pack=PackRef("evakuering-ost-finnmark", "2", "Evakuering av Øst-Finnmark"),
    exercise_date=date(2026, 3, 12),
    duration_minutes=95,
    marking=ResultMarking(MarkingKind.OFFL_21, "Unntatt offentlighet, jf. offl. § 21"),
    exempt_included=False,
    names_included=False,
    participants=(RoleCount("ordforer", "Ordfører", 1),),
    participants_total=1,
    goals=(
        GoalResult(
            "m1",
            "Varsling",
            Rating.PARTLY,
            "Tok tid",
            subgoals=(GoalResult("m1.1", "Varslingsliste", Rating.WELL),),
        ),
    ),
    strengths=(Finding("S1", "Rask innkalling", ("m1",)),),
    improvements=(Finding("F1", "<b>Lista</b> var utdatert", ("m1.1",), follow_up=True),),
    learning_points=(Finding("LP1", "Øv varsling oftere"),),
    actions=(
        Measure(
            "T1",
            "Reservedrivstoff",
            "Kommunedirektør",
            date(2026, 6, 1),
            ActionStatus.IN_PROGRESS,
            Priority.HIGH,
            ("m1",),
            True,
        ),
    ),
    created=datetime(2026, 3, 13, 8, 0, tzinfo=UTC),
    app_version="1.0",
)


def _zip(members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in members:
            archive.writestr(member, data)
    return out.getvalue()


def _manifest(content: bytes, **changes: object) -> bytes:
    manifest: dict[str, object] = {
        "format": "ovelseresultat",
        "format_version": 1,
        "created": "2026-03-13T08:00:00Z",
        "app_version": "1.0",
        "files": [entry.as_json() for entry in entries_of({"resultat.json": content})],
    }
    manifest.update(changes)
    return json.dumps(manifest).encode("utf-8")


def _file(
    content: bytes,
    extra: list[tuple[str | zipfile.ZipInfo, bytes]] | None = None,
    **manifest: object,
) -> bytes:
    """A file whose manifest lists ``content`` truly: only what is inside is wrong."""
    return _zip(
        [
            ("manifest.json", _manifest(content, **manifest)),
            ("resultat.json", content),
            *(extra or []),
        ]
    )


def _changed(change: Callable[[dict[str, Any]], None]) -> Callable[[], bytes]:
    def make() -> bytes:
        content = copy.deepcopy(content_json(RESULT))
        change(content)
        return _file(json.dumps(content, ensure_ascii=False).encode("utf-8"))

    return make


def _set(path: str, value: object) -> Callable[[], bytes]:
    """The field at a dotted path («goals.0.rating») given ``value``."""

    def change(content: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = content
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value

    return _changed(change)


def _drop(path: str) -> Callable[[], bytes]:
    def change(content: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = content
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        del target[last]

    return _changed(change)


def _raw_content(text: bytes) -> Callable[[], bytes]:
    return lambda: _file(text)


def _symlink() -> bytes:
    info = zipfile.ZipInfo("resultat.json")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return _zip([("manifest.json", b"{}"), (info, b"/etc/passwd")])


def _changed_after() -> bytes:
    good = json.dumps(content_json(RESULT)).encode("utf-8")
    bad = good.replace(b"Rask innkalling", b"Treg innkalling")
    return _zip([("manifest.json", _manifest(good)), ("resultat.json", bad)])


def _deep() -> bytes:
    content = json.dumps(content_json(RESULT)).encode("utf-8")
    return _file(content.replace(b'"names": []', b'"names": ' + b"[" * 5000 + b"]" * 5000, 1))


def _huge() -> bytes:
    """Over 8 MB of JSON that packs no tighter than text does: no bomb, just too much."""
    noise = base64.b64encode(random.Random(15).randbytes(6_400_000))
    content = b'{"format_version": 1, "x": "' + noise + b'"}'
    return _file(content)


HOSTILE: list[tuple[str, Callable[[], bytes], str]] = [
    (
        "empty file",
        lambda: b"",
        "filen er ikke en resultatfil fra Øvelse (den er ikke en "
        "zip-fil), eller den er skadet på veien; be om den på nytt",
    ),
    (
        "text, not zip",
        lambda: b"kommune;vurdering\nNesseby;godt\n",
        "filen er ikke en "
        "resultatfil fra Øvelse (den er ikke en zip-fil), eller den er skadet på veien; be om "
        "den på nytt",
    ),
    (
        "cut short",
        lambda: result_bytes(RESULT)[:-100],
        "filen er ikke en resultatfil fra "
        "Øvelse (den er ikke en zip-fil), eller den er skadet på veien; be om den på nytt",
    ),
    (
        "zip bomb",
        lambda: _zip([("manifest.json", b"{}"), ("resultat.json", b" " * 30_000_000)]),
        "delen «resultat.json» pakkes ut til langt mer enn den fyller (over 100 ganger); filen "
        "leses ikke, for den kan fylle minnet",
    ),
    (
        "path traversal",
        lambda: _zip([("../../.bashrc", b"rm -rf ~")]),
        "delen «../../.bashrc» peker ut av mappen sin («..» eller omvendt skråstrek i stien); "
        "filen leses ikke",
    ),
    (
        "absolute path",
        lambda: _zip([("/etc/cron.d/x", b"x")]),
        "delen «/etc/cron.d/x» har en absolutt sti og ville blitt pakket ut utenfor mappen sin; "
        "filen leses ikke",
    ),
    (
        "symlink",
        _symlink,
        "delen «resultat.json» er en lenke, ikke en vanlig fil; filen leses ikke",
    ),
    (
        "member twice",
        lambda: _file(b"{}", extra=[("Resultat.json", b"{}")]),
        "delen «Resultat.json» står to ganger i filen; filen leses ikke",
    ),
    (
        "unknown member",
        lambda: _file(b"{}", extra=[("makro.exe", b"MZ")]),
        "delen «makro.exe» hører ikke hjemme i en resultatfil (den har bare manifest.json og "
        "resultat.json); filen leses ikke",
    ),
    (
        "no manifest",
        lambda: _zip([("resultat.json", b"{}")]),
        "filen har ikke manifest.json og er ikke en resultatfil fra Øvelse",
    ),
    (
        "no content",
        lambda: _zip([("manifest.json", _manifest(b"{}"))]),
        "filen har ikke resultat.json og er ikke en resultatfil fra Øvelse",
    ),
    (
        "a shared pack",
        lambda: _file(b"{}", format="ovelsepakke"),
        "dette er en delt scenariopakke, ikke en resultatfil – importer den med «Fil → Importer "
        "pakke»",
    ),
    (
        "another kind of file",
        lambda: _file(b"{}", format="regneark"),
        "manifest.json sier at dette ikke er en resultatfil («format» er «regneark», ikke "
        "«ovelseresultat»)",
    ),
    (
        "future version",
        lambda: _file(b"{}", format_version=2),
        "resultatfilen er laget av en nyere Øvelse (filformat 2); denne versjonen leser filformat "
        "1 – oppdater Øvelse for å lese den",
    ),
    (
        "version as text",
        lambda: _file(b"{}", format_version="1"),
        "manifest.json: «format_version» '1' er ikke et gyldig filformat (et heltall fra 1)",
    ),
    (
        "changed after it was made",
        _changed_after,
        "«resultat.json» er endret etter at filen ble laget (størrelse eller SHA-256 stemmer ikke "
        "med manifestet); be om en ny fil fra den som sendte den",
    ),
    (
        "not JSON",
        _raw_content(b'{"kommune": \n}'),
        "resultat.json er ikke gyldig JSON (feil på linje 2, kolonne 1)",
    ),
    (
        "not UTF-8",
        _raw_content('{"kommune": "Bærum"}'.encode("latin-1")),
        "resultat.json er ikke skrevet i UTF-8; den leses ikke",
    ),
    ("NaN", _raw_content(b'{"format_version": NaN}'), "resultat.json er ikke gyldig JSON"),
    (
        "key twice",
        _raw_content(b'{"format_version": 1, "format_version": 1}'),
        "resultat.json: nøkkelen «format_version» står to ganger",
    ),
    ("huge JSON", _huge, "delen «resultat.json» er over 8 MB utpakket; filen leses ikke"),
    (
        "deep nesting",
        _deep,
        "resultat.json har lister og objekter inni hverandre i over 12 "
        "nivåer; en resultatfil har langt færre, og filen leses ikke",
    ),
    (
        "a list, not an object",
        _raw_content(b"[1, 2, 3]"),
        "resultat.json er ikke et JSON-objekt med feltene til en resultatfil",
    ),
    (
        "versions differ",
        _set("format_version", 3),
        "manifest.json sier filformat 1, men resultat.json sier 3; filen er endret etter at den "
        "ble laget",
    ),
    ("content without its version", _drop("format_version"), "format_version: feltet mangler"),
    ("missing field", _drop("kommune"), "kommune: feltet mangler"),
    (
        "missing nested field",
        _drop("goals.0.subgoals.0.rating"),
        "goals[0].subgoals[0].rating: feltet mangler",
    ),
    (
        "unknown field",
        _set("kommune.innbyggere", 900),
        "kommune.innbyggere: ukjent felt; filformat 1 har det ikke (filen er endret, eller laget "
        "av et annet program)",
    ),
    (
        "rating of the wrong type",
        _set("goals.0.rating", 3),
        "goals[0].rating: skal være en tekst eller null, men er et heltall",
    ),
    (
        "unknown rating",
        _set("goals.0.rating", "bra"),
        "goals[0].rating: «bra» er ikke en gyldig verdi (gyldige: godt_ivaretatt, "
        "delvis_ivaretatt, ikke_ivaretatt, ikke_ovd)",
    ),
    (
        "text that is a number",
        _set("strengths.0.text", 42),
        "strengths[0].text: skal være en tekst, men er et heltall",
    ),
    (
        "list that is an object",
        _set("actions", {"T1": "x"}),
        "actions: skal være en liste, men er et JSON-objekt",
    ),
    (
        "flag as text",
        _set("actions.0.follow_up", "ja"),
        "actions[0].follow_up: skal være true eller false, men er en tekst",
    ),
    (
        "count that is true",
        _set("participants.0.count", True),
        "participants[0].count: skal være et heltall, men er true eller false",
    ),
    (
        "negative count",
        _set("participants.0.count", -4),
        "participants[0].count: -4 er utenfor det som er mulig her (0–10 000)",
    ),
    (
        "duration as decimals",
        _set("duration_minutes", 95.5),
        "duration_minutes: skal være et heltall eller null, men er et tall med desimaler",
    ),
    (
        "not a date",
        _set("exercise_date", "12.03.2026"),
        "exercise_date: «12.03.2026» er ikke en dato mellom 1970 og 2199 (ÅÅÅÅ-MM-DD)",
    ),
    (
        "year 9999",
        _set("actions.0.deadline", "9999-12-31"),
        "actions[0].deadline: «9999-12-31» er ikke en dato mellom 1970 og 2199 (ÅÅÅÅ-MM-DD)",
    ),
    (
        "created not in UTC",
        _set("created", "2026-03-13T09:00:00+01:00"),
        "created: «2026-03-13T09:00:00+01:00» er ikke et tidspunkt i UTC mellom 1970 og 2199 "
        "(f.eks. 2026-03-12T09:30:00Z)",
    ),
    (
        "id twice",
        _set("learning_points.0.id", "S1"),
        "learning_points[0].id: id-en «S1» står to ganger i filen",
    ),
    (
        "link to a goal not in the file",
        _set("strengths.0.goal_ids", ["m9"]),
        "strengths[0].goal_ids[0]: viser til målet «m9», som ikke står i filen",
    ),
    (
        "id with a path in it",
        _set("pack.id", "../../etc"),
        "pack.id: «../../etc» er ikke en gyldig id (bokstaver a–z og A–Z, sifre, «.», «-» og «_», "
        "høyst 64 tegn)",
    ),
    (
        "municipality number",
        _set("kommune.number", "56"),
        "kommune.number: «56» er ikke et kommunenummer (fire sifre)",
    ),
    ("empty municipality", _set("kommune.name", "  "), "kommune.name: teksten er tom"),
    (
        "text too long",
        _set("improvements.0.text", "x" * 100_001),
        "improvements[0].text: teksten er 100 001 tegn; her kan den være høyst 100 000 tegn",
    ),
    (
        "escape sequence",
        _set("kommune.name", "Nesseby\x1b[2J"),
        "kommune.name: teksten har tegnet U+001B, som ikke hører hjemme i en resultatfil",
    ),
    (
        "lone surrogate",
        _raw_content(
            json.dumps(content_json(RESULT)).replace("Rask innkalling", "Rask \\ud800").encode()
        ),
        "strengths[0].text: teksten har tegnet U+D800, som ikke hører hjemme i en resultatfil",
    ),
    (
        "unknown field named with a lone surrogate",
        _raw_content(
            json.dumps(content_json(RESULT))
            .replace('"kommune": {', '"kommune": {"\\udc80": 1, ')
            .encode()
        ),
        "kommune.U+DC80: ukjent felt; filformat 1 har det ikke (filen er endret, eller laget "
        "av et annet program)",
    ),
    (
        "rating that is a lone surrogate",
        _raw_content(
            json.dumps(content_json(RESULT)).replace('"delvis_ivaretatt"', '"\\ud800"', 1).encode()
        ),
        "goals[0].rating: «U+D800» er ikke en gyldig verdi (gyldige: godt_ivaretatt, "
        "delvis_ivaretatt, ikke_ivaretatt, ikke_ovd)",
    ),
    (
        "kommune name turned backwards",
        _set("kommune.name", "Nesseby\u202eybsseN"),
        "kommune.name: teksten har tegnet U+202E, som ikke hører hjemme i en resultatfil",
    ),
    (
        "county with an invisible mark",
        _set("kommune.county", "Finn\u200bmark"),
        "kommune.county: teksten har tegnet U+200B, som ikke hører hjemme i en resultatfil",
    ),
    (
        "content version as a decimal",
        _set("format_version", 1.0),
        "format_version: skal være et heltall, men er et tall med desimaler",
    ),
    (
        "count of 4000 digits",
        _raw_content(
            json.dumps(content_json(RESULT))
            .replace('"count": 1', '"count": ' + "9" * 4000)
            .encode()
        ),
        "participants[0].count: 99999999999999999999… er utenfor det som er mulig her (0–10 000)",
    ),
    (
        "future version of 4000 digits",
        lambda: _file(b"{}", format_version=10**3999),
        "resultatfilen er laget av en nyere Øvelse (filformat 10000000000000000000…); denne "
        "versjonen leser filformat 1 – oppdater Øvelse for å lese den",
    ),
    (
        "a million digits",
        _raw_content(
            json.dumps(content_json(RESULT))
            .replace('"count": 1', '"count": 1' + "0" * 10**6)
            .encode()
        ),
        "resultat.json er ikke gyldig JSON",
    ),
    (
        "Infinity",
        _raw_content(
            json.dumps(content_json(RESULT))
            .replace('"duration_minutes": 95', '"duration_minutes": Infinity')
            .encode()
        ),
        "resultat.json er ikke gyldig JSON",
    ),
    (
        "names not chosen",
        _set("participants.0.names", ["Kari Nordmann"]),
        "participants[0].names: filen har navn, men sier at navn ikke er tatt med "
        "(«names_included» er false)",
    ),
    (
        "withheld but rated",
        _set("goals.0.withheld", True),
        "goals[0].withheld: vurderingen er holdt tilbake («withheld»), men filen har likevel "
        "vurdering eller kommentar",
    ),
    (
        "marking without its text",
        _set("marking.text", ""),
        "marking.text: en merking må ha teksten som står på hver side",
    ),
    (
        "sub-goal with sub-goals",
        _set("goals.0.subgoals.0.subgoals", [{}]),
        "goals[0].subgoals[0].subgoals: listen har 1 elementer; her kan den ha høyst 0",
    ),
    (
        "too many items",
        _set("strengths", [{}] * 5001),
        "strengths: listen har 5001 elementer; her kan den ha høyst 5000",
    ),
]


@pytest.mark.parametrize(("case", "make", "message"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_a_hostile_result_file_is_refused_naming_the_file_and_field(
    case: str, make: Callable[[], bytes], message: str, tmp_path: Path
) -> None:
    file = tmp_path / NAME
    data = make()
    file.write_bytes(data)
    with pytest.raises(InterchangeError) as refused:
        read_result(file)
    assert str(refused.value) == f"{NAME}: {message}"
    assert file.read_bytes() == data


def test_the_base_file_of_the_hostile_cases_is_read() -> None:
    assert read_result_bytes(result_bytes(RESULT), NAME) == RESULT


def test_markup_is_kept_as_data() -> None:
    read = read_result_bytes(result_bytes(RESULT), NAME)
    assert read.improvements[0].text == "<b>Lista</b> var utdatert"


def test_a_file_with_another_ending_is_refused_by_its_name(tmp_path: Path) -> None:
    file = tmp_path / "Nesseby.zip"
    file.write_bytes(result_bytes(RESULT))
    with pytest.raises(InterchangeError) as refused:
        read_result(file)
    assert str(refused.value) == (
        "Nesseby.zip: filen heter ikke «….ovelseresultat»; en resultatfil fra Øvelse har den "
        "endelsen – har e-posten gitt den nytt navn, gi den tilbake endelsen og prøv igjen"
    )


def test_a_file_too_big_to_be_a_result_is_refused_before_it_is_read(tmp_path: Path) -> None:
    file = tmp_path / NAME
    with file.open("wb") as stream:
        stream.truncate(9 * 1024 * 1024)
    with pytest.raises(InterchangeError) as refused:
        read_result(file)
    assert str(refused.value) == (
        f"{NAME}: filen er 9 MB; en resultatfil kan være høyst 8 MB, så dette er ikke en "
        "resultatfil fra Øvelse"
    )


def test_a_folder_with_the_ending_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / NAME
    folder.mkdir()
    with pytest.raises(InterchangeError) as refused:
        read_result(folder)
    assert str(refused.value) == f"{NAME}: forventet en fil, men dette er en mappe"


def test_a_string_that_never_ends_is_refused_at_once() -> None:
    """Escaped quotes with no closing one: a search for where each string ends that began
    again at every quote took 9 s for 40 kB, and hours for the 1 MB a file may hold."""
    content = b'{"x": "' + b'\\"' * 30_000
    started = time.perf_counter()
    with pytest.raises(InterchangeError) as refused:
        read_result_bytes(_file(content), NAME)
    assert time.perf_counter() - started < 3  # a few milliseconds; 19 s before
    assert str(refused.value) == (
        f"{NAME}: resultat.json er ikke gyldig JSON (feil på linje 1, kolonne 7)"
    )
