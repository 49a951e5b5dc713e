"""What a crash while writing leaves in the user's folder, and the mode of what is written.

Every new file — a session, a «Lagre som» copy, a lock, an export — is written under a
hidden temporary name and renamed when complete. A program killed in between leaves that
temporary file (one «Lagre som» run left 55). Their names say what they are, and the next
time Øvelse writes in the folder it removes the ones whose program is gone.

Outputs get the user's normal file mode: the PDF was written 0600 (a ``mkstemp`` file)
while the CSV and JSON were 0644.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ovelse.exercise import EntryKind, FakeClock
from ovelse.export import export_csv, export_json
from ovelse.report.from_session import write_report
from ovelse.store import Session
from ovelse.store.files import remove_leftovers
from ovelse.store.tempnames import TEMPORARY_SUFFIX, temporary_sibling
from tests.hardening.sessions import entry_texts, session_with_entries
from tests.hardening.tally import count

# Each child does one operation and dies the moment its file would get its real name:
# os._exit runs no cleanup, as a kill or a power cut would not.
_CRASH = """
import os, sys
from pathlib import Path
from ovelse.exercise import FakeClock
from ovelse.export import atomic, export_csv
from ovelse.store import Session, session, sessionfile
from tests.exercise.packs import build_pack

def die(*args, **kwargs):
    os._exit(9)

what, folder = sys.argv[1], Path(sys.argv[2])
if what == "create":
    session.publish = die
    Session.create(folder / "ny.ovelse", build_pack(), clock=FakeClock())
elif what == "save-as":
    sessionfile.publish = die
    with Session.open(folder / "økt.ovelse", clock=FakeClock()) as opened:
        opened.save_as(folder / "kopi.ovelse")
else:
    atomic.os.replace = die
    with Session.open(folder / "økt.ovelse", clock=FakeClock(), read_only=True) as opened:
        export_csv(opened, folder / "logg.csv")
"""


def _hidden(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Dokumenter"
    folder.mkdir()
    session_with_entries(folder / "økt.ovelse", ["Kriseledelsen er satt"])
    return folder


@pytest.mark.parametrize("what", ["create", "save-as", "export"])
def test_a_crash_mid_write_leaves_a_recognisable_file_that_the_next_start_removes(
    folder: Path, what: str
) -> None:
    crashed = subprocess.run(
        [sys.executable, "-c", _CRASH, what, str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )
    assert crashed.returncode == 9, crashed.stderr
    left = _hidden(folder)
    assert left, "the crash should have left its temporary file"
    assert all(TEMPORARY_SUFFIX in name for name in left), left
    assert not (folder / "ny.ovelse").exists() and not (folder / "kopi.ovelse").exists()
    visible = {"økt.ovelse", "økt.ovelse.lock", "kopi.ovelse.lock"}  # locks of the dead child
    assert {path.name for path in folder.iterdir() if path.name[0] != "."} <= visible

    # The next start: opening a session in the folder clears what the dead program left.
    with Session.open(folder / "økt.ovelse", clock=FakeClock()) as session:
        assert entry_texts(session) == ["Kriseledelsen er satt"]
        assert _hidden(folder) == []
    assert sorted(path.name for path in folder.iterdir()) == ["økt.ovelse"]
    count("crashes mid-write whose leftovers were removed on the next start")


@pytest.fixture
def umask() -> Iterator[int]:
    old = os.umask(0o022)
    yield 0o022
    os.umask(old)


def test_every_output_gets_the_users_normal_file_mode(
    folder: Path, tmp_path: Path, umask: int
) -> None:
    outputs = tmp_path / "Ut"
    outputs.mkdir()
    with Session.open(folder / "økt.ovelse", clock=FakeClock()) as session:
        session.exercise.add_entry(EntryKind.DECISION, "Evakuer skolen", ["ordforer"])
        write_report(session, outputs / "rapport.pdf")
        export_csv(session, outputs / "logg.csv")
        export_json(session, outputs / "økt.json")
        session.save_as(outputs / "kopi.ovelse")
    modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in outputs.iterdir()}
    expected = 0o666 & ~umask
    assert modes == dict.fromkeys(
        ["rapport.pdf", "logg.csv", "økt.json", "kopi.ovelse"], expected
    ), {name: oct(mode) for name, mode in modes.items()}


def test_only_leftovers_of_programs_that_are_gone_are_removed(folder: Path) -> None:
    ours = temporary_sibling(folder / "rapport.pdf").name  # .rapport.pdf~HOST-PID-RANDOM…
    host = ours.split("~")[1][:6]
    dead = ours.replace(f"-{os.getpid()}-", "-2147483646-")
    alive = ours.replace(f"-{os.getpid()}-", f"-{os.getppid()}-")
    other_machine = dead.replace(f"~{host}-", "~ffffff-" if host != "ffffff" else "~000000-")
    users_own = [".rapport.pdf.tmp", ".hemmelig~abc-1-2.ovelse-tmp.txt", "notat.ovelse-tmp"]
    for name in [dead, f"{dead}-journal", alive, ours, other_machine, *users_own]:
        (folder / name).write_bytes(b"x")
    removed = sorted(path.name for path in remove_leftovers(folder))
    assert removed == sorted([dead, f"{dead}-journal"])
    for name in [alive, ours, other_machine, *users_own]:
        assert (folder / name).exists(), name
