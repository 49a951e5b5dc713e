"""Damaged session files: a clear refusal that leaves the file alone, or a usable session.

SQLite keeps no checksums of its pages, and ``PRAGMA integrity_check`` (run on every open)
checks structure, not content, so a flipped bit inside a stored text can change a letter
unnoticed. What the store does promise, and hypothesis checks at chosen offsets, is:

- the open raises one of the store's ``SessionError``s, whose message names the file,
  and the file is byte for byte as it was, with no lock or journal left beside it; or
- the open succeeds with a state the engine rebuilt event by event, and everything in it
  can be read and exported (JSON with media, CSV).

Never another exception type, and never a file changed by a refused open.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ovelse.exercise import FakeClock
from ovelse.export import log_csv, session_to_plain
from ovelse.store import Session, SessionError, peek
from tests.exercise.packs import MEDIA, build_pack
from tests.exercise.story import play_everything
from tests.hardening.sessions import journal_of, lock_of
from tests.hardening.tally import count


class Original(bytes):
    """The healthy file; a short repr keeps hypothesis's failure reports readable."""

    def __repr__(self) -> str:
        return f"<session file, {len(self)} bytes>"


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Original:
    """A session that has been through every kind of event, with a picture."""
    path = tmp_path_factory.mktemp("hel") / "hel.ovelse"
    clock = FakeClock()
    session = Session.create(path, build_pack(), media=MEDIA, clock=clock)
    play_everything(session.exercise, clock)
    session.close()
    return Original(path.read_bytes())


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("skadet")


def _check(folder: Path, data: bytes, *, read_only: bool, what: str) -> None:
    path = folder / "skadet.ovelse"
    for leftover in (path, journal_of(path), lock_of(path)):
        leftover.unlink(missing_ok=True)
    path.write_bytes(data)
    opened = False
    try:
        if read_only:
            peek(path)
        with Session.open(path, clock=FakeClock(), read_only=read_only) as session:
            opened = True
            session_to_plain(session)  # every event, the state, the media
            log_csv(session.exercise)
    except SessionError as exc:
        assert "«skadet.ovelse»" in str(exc)
        assert not opened, f"opened, then failed to read: {exc}"
        assert path.read_bytes() == data, "a refused file must be left exactly as it was"
        assert not lock_of(path).exists() and not journal_of(path).exists()
        count(f"{what}: refused with a message, file untouched")
        return
    count(f"{what}: opened and exported")


FLIPS = st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 7)), min_size=1, max_size=4)


@settings(max_examples=300)
@given(flips=FLIPS, read_only=st.integers(0, 3))
def test_flipped_bits_anywhere(
    original: Original, folder: Path, flips: list[tuple[int, int]], read_only: int
) -> None:
    data = bytearray(original)
    for offset, bit in flips:
        data[offset % len(data)] ^= 1 << bit
    _check(folder, bytes(data), read_only=read_only != 0, what="bit flips")


@settings(max_examples=150)
@given(
    changes=st.lists(st.tuples(st.integers(0, 99), st.integers(0, 255)), min_size=1, max_size=3),
    read_only=st.integers(0, 3),
)
def test_a_damaged_header(
    original: Original, folder: Path, changes: list[tuple[int, int]], read_only: int
) -> None:
    data = bytearray(original)
    for offset, value in changes:
        data[offset] = value
    _check(folder, bytes(data), read_only=read_only != 0, what="header bytes")


@settings(max_examples=150)
@given(
    page=st.integers(0, 10**6),
    other=st.integers(0, 10**6),
    kind=st.sampled_from(["zeros", "noise", "swap", "copy", "half"]),
    seed=st.integers(0, 2**32),
    read_only=st.integers(0, 3),
)
def test_a_damaged_page(
    original: Original,
    folder: Path,
    page: int,
    other: int,
    kind: str,
    seed: int,
    read_only: int,
) -> None:
    size = int.from_bytes(original[16:18], "big")
    pages = len(original) // size
    data = bytearray(original)
    first, second = (page % pages) * size, (other % pages) * size
    if kind == "zeros":
        data[first : first + size] = bytes(size)
    elif kind == "noise":
        data[first : first + size] = random.Random(seed).randbytes(size)
    elif kind == "swap":
        data[first : first + size], data[second : second + size] = (
            original[second : second + size],
            original[first : first + size],
        )
    elif kind == "copy":
        data[first : first + size] = original[second : second + size]
    else:  # a sector-sized tear: the second half of the page from elsewhere
        data[first + size // 2 : first + size] = original[second + size // 2 : second + size]
    _check(folder, bytes(data), read_only=read_only != 0, what="damaged pages")


def test_a_damaged_column_name_in_the_schema_is_refused(original: Original, folder: Path) -> None:
    """One flipped bit in sqlite_master renames a column; found on open, not mid-exercise."""
    marker = b"path TEXT PRIMARY KEY"
    assert original.count(marker) == 1
    damaged = bytes(original).replace(marker, b"pbth TEXT PRIMARY KEY")
    path = folder / "skadet.ovelse"
    for leftover in (path, journal_of(path), lock_of(path)):
        leftover.unlink(missing_ok=True)
    path.write_bytes(damaged)
    with pytest.raises(SessionError, match=r"«skadet\.ovelse»"):
        Session.open(path, clock=FakeClock())
    assert path.read_bytes() == damaged


@pytest.mark.parametrize(
    ("column", "value", "detail"),
    [
        ("exercise_ms", "tre minutter", "øvelsestiden «tre minutter»"),
        ("exercise_ms", -5, "øvelsestiden «-5»"),
        ("exercise_ms", 1.5, "øvelsestiden «1.5»"),
        ("wall_utc", "2026-11-27T10:00:00", "tidspunktet «2026-11-27T10:00:00» er ikke"),
        ("wall_utc", "i går", "tidspunktet «i går» er ikke"),
        ("wall_utc", 17, "tidspunktet «17» er ikke"),
    ],
)
def test_a_row_edited_by_another_program_is_refused_by_name(
    original: Original, folder: Path, column: str, value: object, detail: str
) -> None:
    """Values SQLite stores happily but the engine cannot use: a message, not a traceback.

    A wall time without its zone, or a text for the exercise time, used to pass the reading
    and fail later in the engine with a ``TypeError``.
    """
    path = folder / "redigert.ovelse"
    for leftover in (path, journal_of(path), lock_of(path)):
        leftover.unlink(missing_ok=True)
    path.write_bytes(original)
    connection = sqlite3.connect(path)
    with connection:
        (trigger,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'events_append_only_update'"
        ).fetchone()
        connection.execute("DROP TRIGGER events_append_only_update")
        connection.execute(f"UPDATE events SET {column} = ? WHERE seq = 3", (value,))
        connection.execute(trigger)  # the schema as Øvelse writes it; only the row is odd
    connection.close()
    edited = path.read_bytes()
    for read_only in (True, False):
        with pytest.raises(SessionError, match=r"hendelse nr\. 3") as refused:
            Session.open(path, clock=FakeClock(), read_only=read_only)
        assert "«redigert.ovelse»" in str(refused.value)
        assert detail in str(refused.value)
        assert path.read_bytes() == edited
