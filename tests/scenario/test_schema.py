"""The shipped JSON Schema is current and accepts what the loader accepts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from ovelse.cli import main
from ovelse.scenario.model import Profile, ScenarioPack
from ovelse.scenario.schema import PROFILE_SCHEMA_FILE, SCHEMA_FILE, json_schema, schema_text
from tests.conftest import FULL_PACK


def test_shipped_schema_matches_the_model() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(ScenarioPack), (
        "run: python -c 'from ovelse.scenario.schema import write_shipped; write_shipped()'"
    )
    assert PROFILE_SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(Profile)


def test_fixture_pack_and_profiles_satisfy_the_schema() -> None:
    data = yaml.safe_load((FULL_PACK / "scenario.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(data, json_schema(ScenarioPack))
    for file in (FULL_PACK / "profiles").glob("*.yaml"):
        jsonschema.validate(yaml.safe_load(file.read_text(encoding="utf-8")), json_schema(Profile))


def test_schema_rejects_unknown_keys_like_the_loader() -> None:
    data = yaml.safe_load((FULL_PACK / "scenario.yaml").read_text(encoding="utf-8"))
    data["titel"] = "x"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema(ScenarioPack))


def test_schema_docs_are_in_norwegian(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    inject = schema["$defs"]["Inject"]["properties"]
    assert inject["notes"]["description"].startswith("Notater til øvingsleder")


def test_schema_to_a_file_is_written_whole_or_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "scenario.schema.json"
    assert main(["schema", "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["$defs"]["Inject"]
    missing = tmp_path / "finnes-ikke" / "scenario.schema.json"
    assert main(["schema", "-o", str(missing)]) == 1
    error = capsys.readouterr().err
    assert str(missing) in error and "Traceback" not in error
