"""Nothing acknowledged is ever lost: writers killed at random moments, the file reopened.

Each writer logs entries and writes down an entry only after the call has returned; the
test kills it with SIGKILL after a random few milliseconds — while it opens, recovers a
crashed file, writes or commits — then reopens the file and checks that every entry
written down is there and that the file opens cleanly every time.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ovelse.exercise import FakeClock
from ovelse.scenario.model import ScenarioPack
from ovelse.store import Session

CHILD = Path(__file__).with_name("child.py")
KILLS = 60


@pytest.mark.skipif(os.name == "nt", reason="fork and SIGKILL are POSIX")
def test_killed_writers_lose_nothing_they_acknowledged(tmp_path: Path, pack: ScenarioPack) -> None:
    rng = random.Random(4)
    path = tmp_path / "drept.ovelse"
    Session.create(path, pack, clock=FakeClock()).close()
    zygote = subprocess.Popen(
        [sys.executable, str(CHILD), "zygote"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert zygote.stdin is not None and zygote.stdout is not None

    def ask(command: str) -> str:
        assert zygote.stdin is not None and zygote.stdout is not None
        zygote.stdin.write(command + "\n")
        zygote.stdin.flush()
        return zygote.stdout.readline().strip()

    acknowledged: dict[str, str] = {}
    early = mid_commit = 0  # kills while opening; kills that left a journal to roll back
    started = time.perf_counter()
    try:
        for number in range(KILLS):
            out = tmp_path / f"skrevet-{number}.txt"
            mode = "early" if rng.random() < 0.25 else "record"
            pid, state = ask(f"{mode} {path} k{number} {out}").split()
            assert state in ("rw", "early"), f"the writer could not open the file: {state}"
            time.sleep(rng.uniform(0.0, 0.03))  # the random moment of the kill
            assert ask(f"kill {pid}") == "dead"
            early += mode == "early"
            mid_commit += path.with_name(path.name + "-journal").exists()
            if out.exists():
                for line in out.read_text(encoding="utf-8").splitlines():
                    entry_id, text = line.split(" ", 1)
                    acknowledged[entry_id] = text
            with Session.open(path, clock=FakeClock()) as session:
                assert not session.read_only, session.read_only_reason
                stored = {entry.id: entry.text for entry in session.exercise.log.entries()}
            lost = {k: v for k, v in acknowledged.items() if stored.get(k) != v}
            assert not lost, f"acknowledged but lost after kill {number}: {lost}"
    finally:
        zygote.stdin.close()
        zygote.wait()
        zygote.stdout.close()
    elapsed = time.perf_counter() - started
    print(
        f"\n{KILLS} kills ({early} while opening, {mid_commit} inside a transaction), "
        f"{len(acknowledged)} acknowledged entries all present after every kill, {elapsed:.1f} s"
    )
    assert acknowledged, "no writer got as far as acknowledging an entry"
