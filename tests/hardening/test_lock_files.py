"""Lock files that are not what Øvelse writes: crafted, damaged, or not files at all.

A lock file can arrive with the session (a zip from another kommune) or be left by a
program killed at any moment. Whatever it holds, opening says something sensible and
finishes: never a traceback, never a hang, never a lock left that names nobody.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ovelse.exercise import FakeClock
from ovelse.store import Session, lock
from ovelse.store.lock import SessionLock
from tests.hardening.sessions import lock_of, session_with_entries
from tests.hardening.tally import count

HERE = socket.gethostname()
# What a lock left by a crashed program on this machine may hold: each is stale.
LEFT_HERE = {
    "not UTF-8": b'{"pid": 1, "host": "\xff\xfe\x80 kontor"}',
    "not JSON": b"pid=4242 host=kontor",
    "a list": b"[1, 2, 3]",
    "nested a thousand deep": b"[" * 1000 + b"]" * 1000,
    "an enormous pid": json.dumps({"pid": 10**30, "host": HERE}).encode(),
    "a negative pid": json.dumps({"pid": -5, "host": HERE}).encode(),
    "a pid that is text": json.dumps({"pid": "4242", "host": HERE}).encode(),
    "a pid that is true": json.dumps({"pid": True, "host": HERE}).encode(),
    "a year-1 time": json.dumps(
        {"pid": 2**31 - 2, "host": HERE, "since": "0001-01-01T00:00:00+00:00"}
    ).encode(),
    "a huge file": b" " * 100_000,
    "NUL bytes": bytes(64),
}


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "økt.ovelse"
    session_with_entries(path, ["Kriseledelsen er satt"])
    return path


@pytest.mark.parametrize("content", LEFT_HERE, ids=list(LEFT_HERE))
def test_a_damaged_lock_left_behind_is_taken_over_without_a_traceback(
    path: Path, content: str
) -> None:
    lock_of(path).write_bytes(LEFT_HERE[content])
    assert SessionLock(path).holder() is None  # nobody holds it: its OS lock is free
    with Session.open(path, clock=FakeClock()) as session:
        assert not session.read_only, session.read_only_reason
        holder = SessionLock(path).holder()
        assert holder is not None and holder.pid == os.getpid() and holder.here
    assert not lock_of(path).exists()
    count("damaged lock files left behind (taken over cleanly)")


def test_a_year_one_time_from_another_machine_is_shown_without_a_time(path: Path) -> None:
    lock_of(path).write_text(
        json.dumps({"pid": 7, "host": "kontor-pc-7", "since": "0001-01-01T00:00:00+00:00"})
    )
    with Session.open(path, clock=FakeClock()) as viewer:
        assert viewer.read_only and viewer.lock_holder is not None
        assert viewer.lock_holder.since_time is None
        reason = viewer.read_only_reason or ""
        assert "kontor-pc-7" in reason and "siden" not in reason


def test_a_far_future_time_from_another_machine_is_shown_without_a_time(path: Path) -> None:
    """Past the range a session stores, local time fails on Windows: no time is shown."""
    lock_of(path).write_text(
        json.dumps({"pid": 7, "host": "kontor-pc-7", "since": "9000-01-01T00:00:00+00:00"})
    )
    with Session.open(path, clock=FakeClock()) as viewer:
        assert viewer.read_only and viewer.lock_holder is not None
        assert viewer.lock_holder.since_time is None
        reason = viewer.read_only_reason or ""
        assert "kontor-pc-7" in reason and "siden" not in reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_lock_that_is_a_named_pipe_does_not_hang_the_opening(path: Path) -> None:
    """Reading a pipe waits for a writer that never comes; the child would hang for ever."""
    os.mkfifo(lock_of(path))
    before = path.read_bytes()
    opened = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_SAY, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.startswith("ro ") and "ikke er en låsefil" in opened.stdout
    assert path.read_bytes() == before and lock_of(path).is_fifo()


_OPEN_AND_SAY = """
import sys
from ovelse.store import Session, peek
peek(sys.argv[1])
with Session.open(sys.argv[1]) as session:
    print("ro" if session.read_only else "rw", session.read_only_reason)
"""


@pytest.mark.parametrize("kind", ["folder", "link"])
def test_a_lock_name_taken_by_a_folder_or_a_link_opens_read_only(path: Path, kind: str) -> None:
    target = path.with_name("annet")
    target.write_text("ikke en lås")
    if kind == "folder":
        lock_of(path).mkdir()
    else:
        lock_of(path).symlink_to(target)
    with Session.open(path, clock=FakeClock()) as session:
        assert session.read_only and "ikke er en låsefil" in (session.read_only_reason or "")
    assert target.read_text() == "ikke en lås"


def test_a_full_disk_at_opening_says_so_and_leaves_no_lock(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock could be created but not written: it said «ingen skrivetilgang» and left an
    empty lock file."""
    real_write = os.write

    def full(descriptor: int, data: bytes) -> int:
        if b'"app": "ovelse"' in bytes(data):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(descriptor, data)

    monkeypatch.setattr(lock.os, "write", full)
    before = sorted(p.name for p in path.parent.iterdir())
    with Session.open(path, clock=FakeClock()) as session:
        assert session.read_only
        reason = session.read_only_reason or ""
        assert "Disken" in reason and "full" in reason and "skrivetilgang" not in reason
    assert sorted(p.name for p in path.parent.iterdir()) == before, "nothing left behind"
