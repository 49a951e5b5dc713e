"""The published JSON Schema of result files (result.schema.json, docs/result-format.md)
says what the writer writes and what the reader accepts."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from ovelse.app.results import ResultChoices, write_result_of_session
from ovelse.interchange.results import reader
from ovelse.interchange.results.writer import content_json
from ovelse.store import Session
from tests.interchange.evaluated import builtin_packs, evaluated_session
from tests.interchange.test_result_hostile import HOSTILE, RESULT, _file

SCHEMA: dict[str, Any] = json.loads(
    files("ovelse.interchange.results").joinpath("result.schema.json").read_text("utf-8")
)
# Hostile contents whose fault a schema can express: each must fail the schema too.
SCHEMA_CATCHES = {
    "versions differ",
    "missing field",
    "missing nested field",
    "unknown field",
    "rating of the wrong type",
    "unknown rating",
    "text that is a number",
    "list that is an object",
    "flag as text",
    "count that is true",
    "negative count",
    "duration as decimals",
    "not a date",
    "year 9999",
    "created not in UTC",
    "id with a path in it",
    "municipality number",
    "empty municipality",
    "text too long",
    "sub-goal with sub-goals",
    "too many items",
}


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["required"] == list(reader._TOP)
    assert SCHEMA["$defs"]["Measure"]["required"] == list(reader._MEASURE)


@pytest.fixture(params=builtin_packs(), ids=lambda loaded: loaded.pack.id)
def session(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Session]:
    opened = evaluated_session(tmp_path, request.param)
    yield opened
    opened.close()


@pytest.mark.parametrize("everything", [False, True])
def test_every_file_the_program_writes_fits_the_schema(
    session: Session, tmp_path: Path, everything: bool
) -> None:
    path = tmp_path / "r.ovelseresultat"
    write_result_of_session(session, path, ResultChoices(everything, everything))
    with zipfile.ZipFile(path) as archive:
        jsonschema.validate(json.loads(archive.read("resultat.json")), SCHEMA)


def test_the_writer_writes_every_field_the_schema_lists() -> None:
    content = content_json(RESULT)
    assert list(content) == SCHEMA["required"]
    defs = SCHEMA["$defs"]
    assert list(content["goals"][0]) == defs["Goal"]["required"]
    assert list(content["strengths"][0]) == defs["Finding"]["required"]
    assert list(content["actions"][0]) == defs["Measure"]["required"]


@pytest.mark.parametrize(
    ("case", "make"),
    [(case, make) for case, make, _ in HOSTILE if case in SCHEMA_CATCHES],
    ids=sorted(SCHEMA_CATCHES, key=[c for c, _, _ in HOSTILE].index),
)
def test_content_the_reader_refuses_fails_the_schema_too(case: str, make: Any) -> None:
    with zipfile.ZipFile(io.BytesIO(make())) as archive:
        content = json.loads(archive.read("resultat.json"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(content, SCHEMA)


def test_the_example_in_the_format_document_is_a_valid_file() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "result-format.md").read_text("utf-8")
    example = doc.split("```json\n", 1)[1].split("```", 1)[0]
    content = json.loads(example)
    jsonschema.validate(content, SCHEMA)
    data = json.dumps(content).encode("utf-8")
    read = reader.read_result_bytes(_file(data), "eksempel.ovelseresultat")
    assert read.kommune.name == "Nesseby"
    assert [item.id for item in read.follow_ups()] == ["LP1", "T1"]
    assert read.all_goals()[2].withheld
