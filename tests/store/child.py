"""A second program for store tests, run with the project's Python in a subprocess.

``hold PATH``: open the session, print «ready», keep it open until stdin closes.

``zygote``: a writer factory for the kill test. Starting Python and importing Øvelse takes
longer than the kill windows the test wants, so this process imports once and forks one
short-lived writer per command read from stdin:

- ``record PATH TAG OUT``: fork a writer and answer ``PID`` once it has the session open;
- ``early PATH TAG OUT``: the same, but answer at once, so it can be killed while opening;
- ``kill PID``: SIGKILL the writer, reap it (so its lock is seen as stale), answer ``dead``.

A writer logs entries as fast as it can and writes each entry's id and text to OUT only
after the call has returned, so every line in OUT is a promise the file must keep.
"""

from __future__ import annotations

import os
import signal
import sys

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


if __name__ == "__main__":
    if sys.argv[1] == "hold":
        hold(sys.argv[2])
    else:
        zygote()
