"""Writing a result file: the content as versioned JSON, with a manifest, in one zip.

The zip holds two members: ``resultat.json`` (the content, docs/result-format.md) and
``manifest.json`` (what kind of file this is, its format version, and the size and
SHA-256 of ``resultat.json``, as a shared pack's manifest lists its files). The same
result always gives the same bytes, bar ``created``: members are stored in a fixed order
with a fixed time stamp, keys in the order the schema lists them.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

from ovelse.export.atomic import write_atomically
from ovelse.interchange.manifest import MANIFEST_NAME, entries_of
from ovelse.interchange.results.model import (
    CONTENT_NAME,
    FORMAT,
    ExerciseResult,
    Finding,
    GoalResult,
    Measure,
    RoleCount,
)
from ovelse.interchange.results.reader import read_result_bytes

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # zip's earliest: the member times say nothing


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _goal(goal: GoalResult) -> dict[str, object]:
    return {
        "id": goal.id,
        "title": goal.title,
        "rating": goal.rating.value if goal.rating is not None else None,
        "comment": goal.comment,
        "withheld": goal.withheld,
        "subgoals": [_goal(sub) for sub in goal.subgoals],
    }


def _finding(item: Finding) -> dict[str, object]:
    return {
        "id": item.id,
        "text": item.text,
        "goal_ids": list(item.goal_ids),
        "follow_up": item.follow_up,
    }


def _measure(item: Measure) -> dict[str, object]:
    return {
        "id": item.id,
        "measure": item.measure,
        "owner": item.owner,
        "deadline": _day(item.deadline),
        "status": item.status.value,
        "priority": item.priority.value if item.priority is not None else None,
        "goal_ids": list(item.goal_ids),
        "follow_up": item.follow_up,
    }


def _role(role: RoleCount) -> dict[str, object]:
    return {
        "role_id": role.role_id,
        "title": role.title,
        "count": role.count,
        "names": list(role.names),
    }


def _created(result: ExerciseResult) -> str:
    moment = result.created or datetime.now(UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def content_json(result: ExerciseResult) -> dict[str, object]:
    """The content as the JSON object ``resultat.json`` holds (result.schema.json)."""
    return {
        "format_version": result.format_version,
        "kommune": {
            "name": result.kommune.name,
            "number": result.kommune.number,
            "county": result.kommune.county,
        },
        "pack": {"id": result.pack.id, "version": result.pack.version, "title": result.pack.title},
        "exercise_date": _day(result.exercise_date),
        "duration_minutes": result.duration_minutes,
        "marking": {"kind": result.marking.kind.value, "text": result.marking.text},
        "exempt_included": result.exempt_included,
        "names_included": result.names_included,
        "participants": [_role(role) for role in result.participants],
        "participants_total": result.participants_total,
        "goals": [_goal(goal) for goal in result.goals],
        "strengths": [_finding(item) for item in result.strengths],
        "improvements": [_finding(item) for item in result.improvements],
        "learning_points": [_finding(item) for item in result.learning_points],
        "actions": [_measure(item) for item in result.actions],
        "created": _created(result),
        "app_version": result.app_version,
    }


def _dumps(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def result_bytes(result: ExerciseResult) -> bytes:
    """The whole ``.ovelseresultat`` file."""
    content = _dumps(content_json(result))
    manifest = {
        "format": FORMAT,
        "format_version": result.format_version,
        "created": _created(result),
        "app_version": result.app_version,
        "files": [entry.as_json() for entry in entries_of({CONTENT_NAME: content})],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in ((MANIFEST_NAME, _dumps(manifest)), (CONTENT_NAME, content)):
            member = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o100644 << 16  # a regular file, as the reader demands
            archive.writestr(member, data)
    return buffer.getvalue()


def write_result(result: ExerciseResult, path: Path) -> int:
    """Write the file atomically (a crash leaves the old file or none); its size in bytes.

    The bytes are read back by the reader first: a file is written only when the
    statsforvalter's Øvelse will read it. Raises ``InterchangeError`` (the reader's own
    sentence, e.g. a text over its limit) or ``OSError``."""
    data = result_bytes(result)
    read_result_bytes(data, path.name)
    write_atomically(path, data)
    return len(data)
