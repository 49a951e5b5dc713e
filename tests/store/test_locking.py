"""Two programs, one session: the second one gets a read-only view and is told why."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ovelse.exercise import EntryKind, FakeClock
from ovelse.store import ReadOnlySessionError, Session, peek
from tests.exercise.story import snapshot

CHILD = Path(__file__).with_name("child.py")


def _lock(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def test_a_second_opener_in_this_program_gets_read_only(
    session: Session, session_path: Path
) -> None:
    session.exercise.start()
    with Session.open(session_path, clock=FakeClock()) as second:
        assert second.read_only
        assert second.read_only_reason is not None
        assert "allerede åpen" in second.read_only_reason and session_path.name in (
            second.read_only_reason
        )
        assert second.lock_holder is not None and second.lock_holder.pid == os.getpid()
        before = snapshot(second.exercise)
        with pytest.raises(ReadOnlySessionError, match="skrivebeskyttet"):
            second.exercise.add_entry(EntryKind.DECISION, "Fra visningen", ["ordforer"])
        assert snapshot(second.exercise) == before

        # the view can catch up with what the writer does meanwhile
        session.exercise.add_entry(EntryKind.DECISION, "Fra øvingsleder", ["ordforer"])
        assert second.refresh() == 1
        assert [e.text for e in second.exercise.log.entries()] == ["Fra øvingsleder"]
    assert _lock(session_path).exists()  # the read-only view did not take the writer's lock
    session.close()
    assert not _lock(session_path).exists()
    with Session.open(session_path, clock=FakeClock()) as third:
        assert not third.read_only


def test_a_second_program_gets_read_only_until_the_first_is_gone(
    session: Session, session_path: Path
) -> None:
    session.close()
    holder = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(session_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().startswith("ready rw")
        with Session.open(session_path, clock=FakeClock()) as viewer:
            assert viewer.read_only and viewer.lock_holder is not None
            assert viewer.lock_holder.pid == holder.pid
            assert socket.gethostname() in (viewer.read_only_reason or "")
        assert peek(session_path).in_use is not None
    finally:
        holder.kill()
        holder.communicate()
    # the holder died without closing: its lock is stale and is taken over
    with Session.open(session_path, clock=FakeClock()) as session_again:
        assert not session_again.read_only
        assert session_again.recovery is not None


def test_a_lock_from_another_machine_is_respected_unless_taken_over(
    session: Session, session_path: Path
) -> None:
    session.close()
    _lock(session_path).write_text(
        json.dumps({"pid": 1, "host": "kommunens-andre-pc", "since": "2026-03-12T09:00:00+00:00"})
    )
    with Session.open(session_path, clock=FakeClock()) as viewer:
        assert viewer.read_only and "kommunens-andre-pc" in (viewer.read_only_reason or "")
    with Session.open(session_path, clock=FakeClock(), take_over=True) as taken:
        assert not taken.read_only
    assert not _lock(session_path).exists()


def test_an_empty_lock_left_by_a_kill_is_stale(session: Session, session_path: Path) -> None:
    session.close()
    _lock(session_path).write_text("")
    with Session.open(session_path, clock=FakeClock()) as again:
        assert not again.read_only


def test_read_only_on_request(session: Session, session_path: Path) -> None:
    session.close()
    before = session_path.read_bytes()
    with Session.open(session_path, clock=FakeClock(), read_only=True) as viewer:
        assert viewer.read_only
        with pytest.raises(ReadOnlySessionError):
            viewer.exercise.start()
    assert session_path.read_bytes() == before


_HALF_WRITE = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 1")  # spill changed pages into the file early
connection.execute("BEGIN IMMEDIATE")
for seq in range(1000, 3000):
    connection.execute(
        "INSERT INTO events VALUES (?, 'entry_deleted', '2026-03-12T08:00:00.000Z', 0, ?)",
        (seq, '{"entry_id": "' + "x" * 400 + '"}'),
    )
print("halfway", flush=True)
time.sleep(60)
"""


def test_a_crashed_file_can_be_viewed_read_only_without_touching_it(
    session: Session, session_path: Path
) -> None:
    session.exercise.add_entry(EntryKind.DECISION, "Før krasjet", ["ordforer"])
    session.close()
    writer = subprocess.Popen(
        [sys.executable, "-c", _HALF_WRITE, str(session_path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline() == "halfway\n"
    writer.kill()
    writer.communicate()
    journal = session_path.with_name(session_path.name + "-journal")
    assert journal.exists(), "the killed writer should have left a journal to roll back"
    file_before, journal_before = session_path.read_bytes(), journal.read_bytes()

    with Session.open(session_path, clock=FakeClock(), read_only=True) as viewer:
        assert [e.text for e in viewer.exercise.log.entries()] == ["Før krasjet"]
    assert peek(session_path).closed_cleanly  # closed before the raw writer crashed
    assert session_path.read_bytes() == file_before and journal.read_bytes() == journal_before

    with Session.open(session_path, clock=FakeClock()) as writer_again:  # rolls back for real
        assert [e.text for e in writer_again.exercise.log.entries()] == ["Før krasjet"]
    assert not journal.exists()


RACES = 200


@pytest.mark.skipif(os.name == "nt", reason="the openers are forked")
def test_two_programs_opening_at_the_same_moment_get_exactly_one_writer(
    session: Session, session_path: Path
) -> None:
    """Two openers released from one gate, 200 times: one writes, the other is told who."""
    session.close()
    raced = subprocess.run(
        [sys.executable, str(CHILD), "race", str(session_path), str(RACES)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert raced.returncode == 0, raced.stderr
    rounds = raced.stdout.splitlines()
    assert len(rounds) == RACES, raced.stderr
    for number, line in enumerate(rounds):
        openers = [opener.split() for opener in line.split(" | ")]
        states = sorted(state for _pid, state, _holder in openers)
        assert states == ["ro", "rw"], f"round {number}: {line}"
        writer = next(pid for pid, state, _ in openers if state == "rw")
        viewer_told = next(holder for _, state, holder in openers if state == "ro")
        assert viewer_told == writer, f"round {number}: the view named another holder: {line}"
    assert not _lock(session_path).exists()
    with Session.open(session_path, clock=FakeClock()) as again:
        assert not again.read_only
