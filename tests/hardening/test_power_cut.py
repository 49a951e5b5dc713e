"""A power cut at any moment of a write leaves the transaction whole or absent.

SQLite with ``synchronous = FULL`` in rollback-journal mode writes in a fixed order: the
original pages into the journal; sync; the record count into the journal header; sync;
the changed pages into the file; sync; delete the journal (the commit). A power cut can
stop it anywhere, so these are the pairs of files it can leave, each reopened here:

- the file untouched, beside a journal cut anywhere before its first sync;
- the journal synced, beside a file whose changed pages were written in any mix,
  torn inside a page, or grown by any amount;
- the committed file alone.

Each must open with the twenty entries from before or all eighty — and the read-only
view (a second program, the report command) must leave the files exactly as they were.

A disk that loses data it said was written can leave pairs no order explains: a synced
journal cut short or with a page zeroed. Those are refused with a message naming the file,
and neither file is changed, so a copy can still be recovered by hand. (The kills during
real writes are in ``tests/store/test_durability.py``.)
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ovelse.exercise import EntryKind, FakeClock
from ovelse.store import CorruptSessionError, Session, sessionfile
from tests.hardening import folder_watch
from tests.hardening.folder_watch import FolderWatch
from tests.hardening.sessions import (
    Crash,
    crash_states,
    entry_texts,
    journal_of,
    open_pair,
    session_with_entries,
    synced_records,
    texts_after,
    texts_before,
    unsynced,
)
from tests.hardening.tally import count

BEFORE = texts_before()
AFTER = texts_after()


@pytest.fixture(scope="module")
def crash(tmp_path_factory: pytest.TempPathFactory) -> Crash:
    return crash_states(tmp_path_factory.mktemp("krasj"))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "økt.ovelse"


def test_the_three_moments_open_as_they_should(crash: Crash, path: Path) -> None:
    for read_only in (True, False):
        assert open_pair(path, crash.before, None, read_only=read_only).texts == BEFORE
        assert open_pair(path, crash.after, None, read_only=read_only).texts == AFTER
        halfway = open_pair(path, crash.during, crash.journal, read_only=read_only)
        assert halfway.texts == BEFORE


def test_a_read_only_view_of_a_crash_changes_nothing(crash: Crash, path: Path) -> None:
    assert open_pair(path, crash.during, crash.journal, read_only=True).texts == BEFORE
    assert path.read_bytes() == crash.during
    assert path.with_name(path.name + "-journal").read_bytes() == crash.journal


def test_opening_for_writing_rolls_back_and_continues(crash: Crash, path: Path) -> None:
    assert open_pair(path, crash.during, crash.journal, read_only=False).texts == BEFORE
    assert not path.with_name(path.name + "-journal").exists()
    assert open_pair(path, path.read_bytes(), None, read_only=False).texts == BEFORE


def test_a_journal_cut_anywhere_before_its_first_sync(crash: Crash, path: Path) -> None:
    """The file is untouched then; whatever of the journal got out, the file opens as before."""
    journal = unsynced(crash.journal)
    sector = int.from_bytes(journal[20:24], "big")
    edges = {edge + step for edge in range(0, len(journal), sector) for step in (-1, 0, 1)}
    points = sorted(
        cut
        for cut in {*range(0, 40), *range(0, len(journal), 61), *edges, len(journal)}
        if 0 <= cut <= len(journal)
    )
    for number, cut in enumerate(points):
        outcome = open_pair(path, crash.before, journal[:cut], read_only=number % 16 != 0)
        assert outcome.texts == BEFORE, f"journal cut at byte {cut}: {outcome.error}"
    count("journal truncation points before its sync (opened as before)", len(points))


def test_a_journal_header_torn_before_its_first_sync(crash: Crash, path: Path) -> None:
    journal = bytearray(unsynced(crash.journal))
    journal[12:28] = bytes(16)  # the header's sizes never reached the disk
    for read_only in (True, False):
        assert open_pair(path, crash.before, bytes(journal), read_only=read_only).texts == BEFORE


def _torn(crash: Crash, rng: random.Random) -> bytes:
    """The file halfway through writing the changed pages: each page old, new or torn."""
    size = crash.page_size
    length = rng.randrange(len(crash.before), len(crash.during) + 1)
    data = bytearray(crash.during[:length])
    for start in range(0, min(length, len(crash.before)), size):
        choice = rng.random()
        if choice < 0.4:
            data[start : start + size] = crash.before[start : start + size]
        elif choice < 0.6:  # torn inside the page, at a sector boundary
            cut = start + rng.randrange(0, size, 512)
            data[cut : start + size] = crash.before[cut : start + size]
    return bytes(data)


def test_a_file_cut_while_its_pages_were_written(crash: Crash, path: Path) -> None:
    rng = random.Random(7)
    tries = 150
    for number in range(tries):
        torn = _torn(crash, rng)
        outcome = open_pair(path, torn, crash.journal, read_only=number % 8 != 0)
        assert outcome.texts == BEFORE, f"try {number}: {outcome.error}"
    count("torn or grown session files beside a synced journal (opened as before)", tries)


def test_a_synced_journal_cut_short_is_refused_untouched(crash: Crash, path: Path) -> None:
    start, end, size = synced_records(crash.journal)
    # From byte 12 on, the header's record count is there and says the journal was synced.
    points = sorted({*range(12, end, 37), *range(start, end, size), end - 1})
    for number, cut in enumerate(points):
        outcome = open_pair(path, crash.during, crash.journal[:cut], read_only=number % 8 != 0)
        assert outcome.texts in (None, BEFORE), f"cut at {cut} opened half a transaction"
        if outcome.texts is None:
            assert isinstance(outcome.error, CorruptSessionError)
            assert "«økt.ovelse»" in str(outcome.error) and "ikke endret" in str(outcome.error)
            assert outcome.untouched, f"cut at {cut}: the files were changed"
    count("damaged-journal truncation points (refused untouched)", len(points))


@pytest.mark.parametrize("damage", ["zeroed page", "flipped byte", "zeroed checksum"])
def test_a_synced_journal_with_a_damaged_page_is_refused_untouched(
    crash: Crash, path: Path, damage: str
) -> None:
    start, _end, size = synced_records(crash.journal)
    journal = bytearray(crash.journal)
    if damage == "zeroed page":
        journal[start + 4 : start + size - 4] = bytes(size - 8)
    elif damage == "flipped byte":
        journal[start + size - 4 - 200] ^= 0x10  # a byte the checksum reads (page end - 200)
    else:
        journal[start + size - 4 : start + size] = bytes(4)
    for read_only in (True, False):
        outcome = open_pair(path, crash.during, bytes(journal), read_only=read_only)
        assert isinstance(outcome.error, CorruptSessionError) and outcome.untouched


def test_a_damaged_file_beside_its_journal_is_refused_untouched(crash: Crash, path: Path) -> None:
    """Cut below its size before the transaction: no order of writes does that, a disk can."""
    rng = random.Random(11)
    tries = 60
    for number in range(tries):
        cut = rng.randrange(100, len(crash.before))
        outcome = open_pair(path, crash.during[:cut], crash.journal, read_only=number % 4 != 0)
        assert outcome.texts in (None, BEFORE)
        if outcome.texts is None:
            assert isinstance(outcome.error, CorruptSessionError) and outcome.untouched
    count("session files cut short beside a journal (refused untouched or as before)", tries)


def test_a_file_cut_short_without_a_journal_is_refused_untouched(crash: Crash, path: Path) -> None:
    points = sorted({*range(0, len(crash.after), 97), *range(0, 120), len(crash.after) - 1})
    for number, cut in enumerate(points):
        outcome = open_pair(path, crash.after[:cut], None, read_only=number % 4 != 0)
        assert outcome.texts is None and outcome.error is not None
        assert "«økt.ovelse»" in str(outcome.error) and outcome.untouched
    count("session file truncation points without a journal (refused untouched)", len(points))


def test_a_view_racing_a_writers_commit_reads_the_committed_file(
    crash: Crash, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The journal was a live writer's and vanishes while the viewer copies it."""
    real_copy = shutil.copyfile

    def commit_meanwhile(source: Any, target: Any) -> Any:
        if str(source).endswith("-journal"):
            path.write_bytes(crash.after)
            Path(source).unlink()
        return real_copy(source, target)

    monkeypatch.setattr(sessionfile.shutil, "copyfile", commit_meanwhile)
    assert open_pair(path, crash.during, crash.journal, read_only=True).texts == AFTER


class _KeepJournal:
    """The session's connection, keeping a link to the journal just before each commit.

    In rollback-journal mode the commit *is* the journal's removal; the link keeps the
    journal's bytes as they were, for a power cut that undoes the removal.
    """

    def __init__(self, real: sqlite3.Connection, journal: Path, keep: Path) -> None:
        self.real, self.journal, self.keep = real, journal, keep

    def execute(self, sql: str, *args: Any) -> Any:
        if sql == "COMMIT":
            self.keep.unlink(missing_ok=True)
            os.link(self.journal, self.keep)
        return self.real.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        return self.real.executemany(sql, *args)

    @property
    def in_transaction(self) -> bool:
        return self.real.in_transaction

    def close(self) -> None:
        self.real.close()


@pytest.mark.skipif(not folder_watch.AVAILABLE, reason="the folder watch uses Linux inotify")
def test_an_acknowledged_entry_survives_a_power_cut_that_loses_unsynced_names(
    tmp_path: Path,
) -> None:
    """The commit is the journal's removal; until the folder is synced a power cut can undo
    it, and the journal would roll the acknowledged entry back on the next opening."""
    folder = tmp_path / "minnepinne"
    folder.mkdir()
    path = folder / "økt.ovelse"
    session_with_entries(path, BEFORE[:3])
    keep = tmp_path / "journal-ved-commit"
    acknowledged = BEFORE[:3]
    with Session.open(path, clock=FakeClock()) as session, FolderWatch(folder) as watch:
        store = session._store
        assert store is not None
        store._connection = _KeepJournal(store._connection, journal_of(path), keep)  # type: ignore[assignment]
        for number in range(20):
            text = f"Evakuer skolen {number}"
            session.exercise.add_entry(EntryKind.DECISION, text, ["ordforer"])
            acknowledged = [*acknowledged, text]  # the call returned: the entry is saved
            cut = tmp_path / f"etter-strømbrudd-{number}"
            undone = watch.power_cut(cut, {journal_of(path).name: keep.read_bytes()})
            with Session.open(cut / path.name, clock=FakeClock(), read_only=True) as reopened:
                assert entry_texts(reopened) == acknowledged, f"lost after {number}: {undone}"
            shutil.rmtree(cut)
    count("power cuts after an acknowledged entry, unsynced name changes undone", 20)


@pytest.mark.skipif(not folder_watch.AVAILABLE, reason="the folder watch uses Linux inotify")
def test_a_new_session_and_a_save_as_survive_a_power_cut_that_loses_unsynced_names(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "minnepinne"
    folder.mkdir()
    # A lock file a power cut brings back is never synced, so it may come back empty.
    locks = {"ny.ovelse.lock": b"", "kopi.ovelse.lock": b""}
    with FolderWatch(folder) as watch:
        session_with_entries(folder / "ny.ovelse", BEFORE[:2])
        cut = tmp_path / "etter-strømbrudd"
        watch.power_cut(cut, locks)
        with Session.open(cut / "ny.ovelse", clock=FakeClock(), read_only=True) as reopened:
            assert entry_texts(reopened) == BEFORE[:2]
        with Session.open(folder / "ny.ovelse", clock=FakeClock()) as session:
            session.save_as(folder / "kopi.ovelse")
            session.exercise.add_entry(EntryKind.DECISION, "I kopien", ["ordforer"])
            watch.power_cut(cut, locks)
        with Session.open(cut / "kopi.ovelse", clock=FakeClock(), read_only=True) as reopened:
            assert entry_texts(reopened) == [*BEFORE[:2], "I kopien"]
