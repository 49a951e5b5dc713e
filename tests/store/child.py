"""A second program for store tests, run with the project's Python in a subprocess.

``hold PATH``: open the session, print «ready», keep it open until stdin closes.

``zygote``: a writer factory for the kill test. Starting Python and importing Øvelse takes
longer than the kill windows the test wants, so this process imports once and forks one
short-lived writer per command read from stdin:

- ``record PATH TAG OUT``: fork a writer and answer ``PID`` once it has the session open;
- ``early PATH TAG OUT``: the same, but answer at once, so it can be killed while opening;
- ``kill PID``: SIGKILL the writer, reap it (so its lock is seen as stale), answer ``dead``.

``race PATH ROUNDS``: in each round fork two openers held at one gate, open the gate so
they call ``Session.open`` at the same moment, and print one line per round: what each got
(``rw`` or ``ro``) and the process the read-only one was told holds the session. Every
third round starts from a lock a crashed program left, every third from an empty one.

A writer logs entries as fast as it can and writes each entry's id and text to OUT only
after the call has returned, so every line in OUT is a promise the file must keep.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
from pathlib import Path

from ovelse.exercise import EntryKind
from ovelse.store import Session


def hold(path: str) -> None:
    session = Session.open(path)
    print("ready", "ro" if session.read_only else "rw", flush=True)
    sys.stdin.read()
    session.close()


def writer(path: str, tag: str, out: str, ready: int) -> None:
    session = Session.open(path)
    os.write(ready, b"rw\n" if not session.read_only else b"ro\n")
    os.close(ready)
    with open(out, "w", encoding="utf-8", buffering=1) as promises:
        number = 0
        while True:
            number += 1
            text = f"{tag}-{number} æøå ŋ"
            change = session.exercise.add_entry(EntryKind.OBSERVATION, text, ["ordforer"])
            promises.write(f"{change.created} {text}\n")


def zygote() -> None:
    for line in sys.stdin:
        command, *args = line.split()
        if command == "kill":
            pid = int(args[0])
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            print("dead", flush=True)
            continue
        path, tag, out = args
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(read_end)
                writer(path, tag, out, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        state = "early"
        if command == "record":  # wait until the writer has the session open
            state = os.read(read_end, 16).decode().strip() or "died"
        os.close(read_end)
        print(pid, state, flush=True)


def _opener(path: str, gate: int, report: int, done: int) -> None:
    os.read(gate, 1)
    try:
        session = Session.open(path)
    except Exception as error:  # reported, so that the round can say what went wrong
        os.write(report, f"{os.getpid()} error {type(error).__name__}\n".encode())
        return
    holder = session.lock_holder.pid if session.lock_holder is not None else 0
    state = "ro" if session.read_only else "rw"
    os.write(report, f"{os.getpid()} {state} {holder}\n".encode())
    os.read(done, 1)
    session.close()


def race(path: str, rounds: int) -> None:
    lock = Path(path + ".lock")
    for number in range(rounds):
        if number % 3 == 1:  # left by a crashed program: a dead process on this machine
            lock.write_text(json.dumps({"pid": 2**31 - 2, "host": socket.gethostname()}))
        elif number % 3 == 2:  # a program killed between creating its lock and writing it
            lock.write_text("")
        gate_read, gate_write = os.pipe()
        report_read, report_write = os.pipe()
        done_read, done_write = os.pipe()
        children = []
        for _ in range(2):
            pid = os.fork()
            if pid == 0:
                try:
                    _opener(path, gate_read, report_write, done_read)
                finally:
                    os._exit(0)
            children.append(pid)
        os.write(gate_write, b"go")
        lines = b""
        while lines.count(b"\n") < 2:
            chunk = os.read(report_read, 256)
            if not chunk:
                break
            lines += chunk
        os.write(done_write, b"..")
        for pid in children:
            os.waitpid(pid, 0)
        for descriptor in (gate_read, gate_write, report_read, report_write, done_read):
            os.close(descriptor)
        os.close(done_write)
        print(" | ".join(lines.decode().splitlines()), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "hold":
        hold(sys.argv[2])
    elif sys.argv[1] == "race":
        race(sys.argv[2], int(sys.argv[3]))
    else:
        zygote()
