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

import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from ovelse.store import CorruptSessionError, sessionfile
from tests.hardening.sessions import (
    Crash,
    crash_states,
    open_pair,
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
