"""The whole session as one JSON document, for archives and for other tools.

It holds the scenario snapshot (media by name, size and checksum, not the bytes), every
event as stored, and the state those events add up to, so a reader needs neither Øvelse nor
a replay to use it. Times are given both as integers (milliseconds of exercise time) and
as ISO text (wall time in UTC), and wall times also in the session's time zone
(``session.time_zone``; ISO text with its offset, ``*_local``), the clock the console, the
CSV and the report show.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from ovelse import __version__, presentation, walltime
from ovelse.exercise import labels
from ovelse.exercise.events import Links
from ovelse.exercise.evidence import mark_text
from ovelse.exercise.kinds import EvaluationField, ExemptKind, NoteSection
from ovelse.exercise.plain import event_to_plain, to_plain
from ovelse.exercise.run import Exercise
from ovelse.export.atomic import write_atomically
from ovelse.scenario.serialize import pack_to_plain
from ovelse.store.session import Session
from ovelse.store.sessionfile import format_wall

EXPORT_FORMAT = "ovelse-export"
EXPORT_VERSION = 1


def session_to_plain(session: Session) -> dict[str, Any]:
    exercise = session.exercise
    meta = session.meta
    media = []
    for path in session.media_paths():
        data = session.media(path) or b""
        media.append({"path": path, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "app_version": __version__,
        "session": {
            "file": session.path.name,
            "title": meta.get("title", ""),
            "created_utc": meta.get("created_utc", ""),
            "time_zone": session.time_zone,
            "created_by_app_version": meta.get("app_version", ""),
            "pack_id": meta.get("pack_id", ""),
            "pack_version": meta.get("pack_version", ""),
            "profile_id": session.profile_id,
            "variables": session.variables,
        },
        "scenario": pack_to_plain(exercise.pack),
        "media": media,
        "events": [
            {
                "seq": record.seq,
                "type": record.event.TYPE,
                "wall_utc": format_wall(record.wall),
                "exercise_ms": record.exercise_ms,
                "payload": event_to_plain(record.event),
            }
            for record in session.records()
        ],
        "state": state_to_plain(exercise, session.time_zone),
    }


def state_to_plain(exercise: Exercise, zone: str = walltime.DEFAULT_ZONE) -> dict[str, Any]:
    run = exercise.run
    now = exercise.now_ms()
    return {
        "run": {
            "state": exercise.state.value,
            "state_label": labels.RUN_STATES[exercise.state],
            "exercise_ms": now,
            "exercise_time": presentation.exercise_time(now),
            "started_utc": _wall(run.started_wall),
            "started_local": _local(run.started_wall, zone),
            "ended_utc": _wall(run.ended_wall),
            "ended_local": _local(run.ended_wall, zone),
            "pauses": run.pauses,
            "auto_release": exercise.auto_release,
        },
        "scenario_time": str(exercise.scenario_time) if exercise.scenario_time else None,
        "scenario_label": exercise.scenario_label(),
        "shown_inject": exercise.schedule.shown,
        "injects": [_inject(exercise, scheduled.id, zone) for scheduled in exercise.injects()],
        "board": [to_plain(entry) for entry in exercise.board.entries()],
        "roles": [{"id": role.id, "title": role.title} for role in exercise.roles()],
        "participants": [
            {"id": person.id, **to_plain(person.fields)} for person in exercise.participants.all()
        ],
        "log": [_entry(exercise, entry.id, zone) for entry in exercise.log.all_entries()],
        "evaluation": _evaluation(exercise),
    }


def export_json(session: Session, path: Path | str) -> None:
    """Write the whole session to ``path`` as UTF-8 JSON (replacing an earlier export)."""
    text = json.dumps(session_to_plain(session), ensure_ascii=False, indent=2)
    write_atomically(Path(path), (text + "\n").encode("utf-8"))


def _wall(moment: Any) -> str | None:
    return format_wall(moment) if moment is not None else None


def _local(moment: datetime | None, zone: str) -> str | None:
    """ISO text with the offset the session's zone had then: «2026-03-12T09:04:00+01:00»."""
    return walltime.in_zone(moment, zone).isoformat() if moment is not None else None


def _inject(exercise: Exercise, inject_id: str, zone: str) -> dict[str, Any]:
    scheduled = exercise.inject(inject_id)
    release = scheduled.release
    planned = scheduled.planned_ms
    return {
        "id": inject_id,
        "title": scheduled.inject.title,
        "phase_id": scheduled.phase_id,
        "adhoc": scheduled.adhoc,
        "status": scheduled.status.value,
        "status_label": labels.INJECT_STATUSES[scheduled.status],
        "planned_ms": planned,
        "planned": presentation.exercise_time(planned) if planned is not None else None,
        "released_ms": release.exercise_ms if release else None,
        "released": presentation.exercise_time(release.exercise_ms) if release else None,
        "released_utc": _wall(release.wall) if release else None,
        "released_local": _local(release.wall, zone) if release else None,
        "released_automatically": release.auto if release else None,
        "delay_ms": release.exercise_ms - planned if release and planned is not None else None,
        "scenario_time": str(scheduled.scenario_time) if scheduled.scenario_time else None,
        "auto_release": scheduled.auto_release,
        "actions": _actions(exercise, inject_id, zone),
    }


def _actions(exercise: Exercise, inject_id: str, zone: str) -> list[dict[str, Any]]:
    """The inject's expected actions and observed ones, with the latest tick and every
    earlier one (``mark`` null: not ticked, or unticked again)."""
    actions = []
    for item in exercise.actions(inject_id):
        tick = item.tick
        actions.append(
            {
                "id": item.action_id,
                "text": item.text,
                "observed": item.observed,
                "mark": item.mark.value if item.mark is not None else None,
                "mark_label": mark_text(item.mark),
                "note": item.note,
                "ticked_ms": tick.exercise_ms if tick else None,
                "ticked": presentation.exercise_time(tick.exercise_ms) if tick else None,
                "ticked_utc": _wall(tick.wall) if tick else None,
                "ticked_local": _local(tick.wall, zone) if tick else None,
                "history": [
                    {
                        "mark": old.mark.value if old.mark is not None else None,
                        "note": old.note,
                        "exercise_ms": old.exercise_ms,
                        "wall_utc": format_wall(old.wall),
                    }
                    for old in exercise.checklist.history(inject_id, item.action_id)
                ],
            }
        )
    return actions


def _entry(exercise: Exercise, entry_id: str, zone: str) -> dict[str, Any]:
    entry = exercise.log.get(entry_id)
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "kind_label": presentation.kind(entry.kind),
        "text": entry.text,
        "roles": list(entry.roles),
        "role_titles": list(presentation.role_titles(exercise, entry.roles)),
        "inject_id": entry.inject_id,
        "owner": entry.owner,
        "deadline": entry.deadline,
        "exercise_ms": entry.exercise_ms,
        "exercise_time": presentation.exercise_time(entry.exercise_ms),
        "wall_utc": format_wall(entry.wall),
        "wall_local": _local(entry.wall, zone),
        "changed_ms": entry.changed_ms,
        "changed_utc": format_wall(entry.changed_wall),
        "changed_local": _local(entry.changed_wall, zone),
        "version": entry.version,
        "deleted": entry.deleted,
    }


def _links(links: Links) -> dict[str, Any]:
    plain = to_plain(links)
    assert isinstance(plain, dict)
    return plain


def _evaluation(exercise: Exercise) -> dict[str, Any]:
    evaluation = exercise.evaluation
    notes = {
        section.value: [
            {"id": note.id, "text": note.text, "links": _links(note.links)}
            for note in evaluation.notes(section)
        ]
        for section in NoteSection
    }
    return {
        "ratings": [
            {
                "target_id": assessment.target_id,
                "title": evaluation.goals[assessment.target_id],
                "rating": assessment.rating.value if assessment.rating else None,
                "rating_label": presentation.rating(assessment.rating),
                "comment": assessment.comment,
            }
            for assessment in evaluation.assessments()
        ],
        **notes,
        "tiltaksplan": [
            {
                "id": item.id,
                **to_plain(item.fields),
                "status_label": labels.ACTION_STATUSES[item.fields.status],
                "priority_label": (
                    labels.PRIORITIES[item.fields.priority] if item.fields.priority else None
                ),
            }
            for item in evaluation.action_plan
        ],
        "texts": {field.value: evaluation.text(field) for field in EvaluationField},
        "marking": {
            "kind": evaluation.marking.kind.value,
            "text": evaluation.marking.text,
        },
        # What the room said in the umiddelbar evaluering (hot wash), deleted answers too.
        "umiddelbar_evaluering": [
            {
                "id": answer.id,
                "role_id": answer.role_id,
                "role_title": exercise.role_title(answer.role_id),
                "prompt": answer.prompt.value,
                "prompt_label": labels.HOT_WASH_PROMPTS[answer.prompt],
                "text": answer.text,
                "exercise_ms": answer.exercise_ms,
                "exercise_time": presentation.exercise_time(answer.exercise_ms),
                "wall_utc": format_wall(answer.wall),
                "version": answer.version,
                "deleted": answer.deleted,
            }
            for answer in evaluation.hot_wash.all_answers()
        ],
        # What the public version of the report leaves out, by kind, as in exemption_set.
        "skjermet": {kind.value: sorted(evaluation.exempt_ids(kind)) for kind in ExemptKind},
        # Items flagged «trenger oppfølging fra region/stat», as in follow_up_set.
        "oppfolging_region_stat": sorted(evaluation.follow_up_ids()),
    }
