"""The log's quick answers (newest entry, count, filtered ids) agree with reading it whole.

The console asks these on every new entry and every filter change; they are kept as the
log changes instead of computed from every entry, so any run of additions, corrections,
deletions and restorations must leave them saying what a pass over the log would say.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ovelse.exercise import EntryKind, Exercise, FakeClock
from ovelse.exercise.events import EntryAdded, EntryFields, EventRecord
from ovelse.exercise.log import DecisionLog, LogEntry
from tests.exercise.packs import build_pack
from tests.exercise.sinks import ListSink

ROLES = ("ordforer", "kommunedirektor", "beredskapskoordinator", "kommuneoverlege")
INJECTS = (None, "i1", "i2")
KINDS = tuple(EntryKind)

roles = st.lists(st.sampled_from(ROLES), min_size=1, max_size=3)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(KINDS), roles, st.sampled_from(INJECTS)),
        st.tuples(
            st.just("edit"),
            st.integers(0, 40),
            st.sampled_from(KINDS),
            roles,
            st.sampled_from(INJECTS),
        ),
        st.tuples(st.just("delete"), st.integers(0, 40)),
        st.tuples(st.just("restore"), st.integers(0, 40)),
    ),
    max_size=40,
)


def _wanted(log: DecisionLog, role: str, kind: str, inject: str) -> list[str]:
    def shown(entry: LogEntry) -> bool:
        return (
            (not role or role in entry.roles)
            and (not kind or entry.kind.value == kind)
            and (not inject or entry.inject_id == inject)
        )

    return [entry.id for entry in log.all_entries() if not entry.deleted and shown(entry)]


def _agrees(log: DecisionLog) -> None:
    live = [entry for entry in log.all_entries() if not entry.deleted]
    assert list(log.entries()) == live
    assert log.live_count() == len(live)
    assert log.newest() == (live[-1] if live else None)
    for role in ("", *ROLES):
        for kind in ("", *(k.value for k in KINDS)):
            for inject in ("", "i1", "i2"):
                assert log.ids_where(role, kind, inject) == _wanted(log, role, kind, inject)


def _play(exercise: Exercise, program: list[tuple[object, ...]]) -> None:
    log = exercise.log
    for step in program:
        ids = [entry.id for entry in log.all_entries()]
        match step:
            case ("add", kind, chosen, inject):
                exercise.add_entry(kind, "Tekst", chosen, inject_id=inject)  # type: ignore[arg-type]
            case ("edit", n, kind, chosen, inject) if (
                ids
                and not log.get(
                    ids[n % len(ids)]  # type: ignore[operator]
                ).deleted
            ):
                exercise.edit_entry(
                    ids[n % len(ids)],  # type: ignore[operator]
                    kind=kind,  # type: ignore[arg-type]
                    roles=chosen,  # type: ignore[arg-type]
                    inject_id=inject,  # type: ignore[arg-type]
                )
            case ("delete", n) if ids and not log.get(ids[n % len(ids)]).deleted:  # type: ignore[operator]
                exercise.delete_entry(ids[n % len(ids)])  # type: ignore[operator]
            case ("restore", n) if ids and log.get(ids[n % len(ids)]).deleted:  # type: ignore[operator]
                exercise.restore_entry(ids[n % len(ids)])  # type: ignore[operator]
        _agrees(log)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(program=steps)
def test_quick_answers_match_the_whole_log_after_any_corrections(
    program: list[tuple[object, ...]],
) -> None:
    sink = ListSink()
    exercise = Exercise(build_pack(), FakeClock(), sink)
    exercise.start()
    exercise.release("i1")
    exercise.release("i2")
    _agrees(exercise.log)
    _play(exercise, program)
    # A session opened from its file answers the same as the one that wrote it.
    replayed = Exercise(exercise.pack, FakeClock())
    replayed.replay(sink.records)
    _agrees(replayed.log)


def test_an_entry_naming_a_role_twice_is_listed_once_under_it() -> None:
    """Replay takes an entry's roles as the file has them; a role written twice must not
    show the entry twice when the log is filtered on that role."""
    log = DecisionLog()
    fields = EntryFields(EntryKind.DECISION, "Tekst", ("ordforer", "ordforer"))
    added = EntryAdded(entry_id="L1", fields=fields)
    log.apply_added("L1", fields, EventRecord(1, datetime(2026, 3, 12, 8, tzinfo=UTC), 0, added))
    assert log.ids_where("ordforer") == ["L1"]
    assert log.ids_where("ordforer", EntryKind.DECISION.value) == ["L1"]
