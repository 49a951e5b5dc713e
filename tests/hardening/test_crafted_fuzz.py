"""Crafted rows at random: a refusal that names the event, or a session every output can use.

``test_crafted_values.py`` tries the values the issue named; this tries what a person with
a SQLite tool could put in any row of a session that used every event type: any JSON value
at any place of a payload (huge numbers, half surrogate pairs, deep lists, objects where
text belongs), a key added or taken away, and any exercise time or wall time. The promise
is the one for damaged files, for values instead of bytes: the open raises a
``SessionError`` naming the file and leaves it as it was, or it succeeds and the JSON
export, the CSV and the report's model are made without an exception (and, for some, the
PDF).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ovelse.exercise import FakeClock
from ovelse.export import log_csv, session_to_plain
from ovelse.report.from_session import from_session, write_report
from ovelse.store import Session, SessionError
from tests.exercise.packs import MEDIA, build_pack
from tests.exercise.story import play_everything
from tests.hardening.crafted import rewrite_event
from tests.hardening.tally import count

Row = tuple[int, str, str, int, str]  # seq, type, wall_utc, exercise_ms, payload


class Original(bytes):
    def __repr__(self) -> str:
        return f"<session file, {len(self)} bytes>"


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> tuple[Original, list[Row]]:
    path = tmp_path_factory.mktemp("hel") / "hel.ovelse"
    clock = FakeClock()
    session = Session.create(path, build_pack(), media=MEDIA, clock=clock)
    play_everything(session.exercise, clock)
    rows = [(r.seq, r.event.TYPE, r.wall.isoformat(), r.exercise_ms, "") for r in session.records()]
    session.close()
    connection = sqlite3.connect(path)
    payloads = dict(connection.execute("SELECT seq, payload FROM events").fetchall())
    connection.close()
    return Original(path.read_bytes()), [(s, t, w, m, payloads[s]) for s, t, w, m, _ in rows]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("laget")


LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.sampled_from([0, -1, 2**62, 2**63, 10**400 // 10**399])
    | st.text(max_size=20)
    | st.sampled_from(["\ud800", "a\udfffb", "", " ", "L1", "i1", "ordforer", "m1", "P1"])
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _places(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a payload: the path of keys and indexes to it."""
    places = [here]
    if isinstance(value, dict):
        for key, item in value.items():
            places += _places(item, (*here, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            places += _places(item, (*here, index))
    return places


def _put(payload: Any, place: tuple[Any, ...], new: Any) -> Any:
    if not place:
        return new
    parent = payload
    for step in place[:-1]:
        parent = parent[step]
    parent[place[-1]] = new
    return payload


MUTATIONS = st.one_of(
    st.tuples(st.just("value"), st.integers(0, 10**6), VALUES),
    st.tuples(st.just("add key"), st.integers(0, 10**6), st.tuples(st.text(max_size=8), VALUES)),
    st.tuples(st.just("drop key"), st.integers(0, 10**6), st.none()),
    st.tuples(
        st.just("exercise_ms"),
        st.just(0),
        st.integers(-(2**63), 2**63 - 1) | st.sampled_from([0, 60_000, 2**62]),
    ),
    st.tuples(
        st.just("wall_utc"),
        st.just(0),
        st.sampled_from(
            [
                "9999-12-31T23:59:59.999Z",
                "0001-01-01T00:00:00.000Z",
                "1970-01-01T00:00:00.000Z",
                "2199-12-31T23:59:59.999+14:00",
                "2026-03-12T08:00:00.000-12:00",
                "2026-02-30T08:00:00.000Z",
            ]
        ),
    ),
)


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(row=st.integers(0, 10**6), mutation=MUTATIONS, pdf=st.integers(0, 14))
def test_a_crafted_row_is_refused_by_name_or_every_output_works(
    original: tuple[Original, list[Row]],
    folder: Path,
    row: int,
    mutation: tuple[str, int, Any],
    pdf: int,
) -> None:
    data, rows = original
    seq, _kind, _wall, _ms, text = rows[row % len(rows)]
    path = folder / "laget.ovelse"
    path.unlink(missing_ok=True)
    path.write_bytes(data)
    how, where, new = mutation
    if how in ("exercise_ms", "wall_utc"):
        rewrite_event(path, seq, how, new)
    else:
        payload = json.loads(text)
        places = _places(payload)
        if how == "value":
            payload = _put(payload, places[where % len(places)], new)
        else:
            objects = [p for p in places if isinstance(_get(payload, p), dict)]
            target = _get(payload, objects[where % len(objects)])
            if how == "add key":
                target[new[0]] = new[1]
            elif target:
                del target[sorted(target)[where % len(target)]]
        rewrite_event(path, seq, "payload", json.dumps(payload))
    crafted = path.read_bytes()
    try:
        with Session.open(path, clock=FakeClock(), read_only=True) as session:
            json.dumps(session_to_plain(session), ensure_ascii=False).encode("utf-8")
            log_csv(session.exercise)
            from_session(session)
            if pdf == 0:
                write_report(session, folder / "rapport.pdf")
                count("crafted rows: opened, exported and printed as PDF")
    except SessionError as exc:
        assert "«laget.ovelse»" in str(exc)
        assert path.read_bytes() == crafted
        count(f"crafted rows ({how}): refused with a message, file untouched")
        return
    count(f"crafted rows ({how}): opened and exported")


def _get(payload: Any, place: tuple[Any, ...]) -> Any:
    for step in place:
        payload = payload[step]
    return payload
