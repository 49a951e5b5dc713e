"""Recognising a session file from its first 100 bytes, before SQLite touches it.

Reading the header ourselves means a foreign, future or truncated file is refused without
ever being opened by SQLite, so it cannot be changed by the attempt (SQLite would, for
example, roll back a foreign database's leftover journal into it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ovelse.store import messages, schema
from ovelse.store.errors import (
    CorruptSessionError,
    NewerSessionError,
    NotASessionError,
    SessionNotFoundError,
)

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int  # 0 when the header's count is not known to be current
    user_version: int
    application_id: int


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """A journal left by a crash mid-write; SQLite rolls it back on the next write open."""
    try:
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


# SQLite's rollback journal (https://sqlite.org/fileformat2.html#the_rollback_journal): a
# header per segment (magic, record count, checksum nonce, original size in pages, sector
# size, page size), then records of page number, original page and checksum.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_UNSYNCED = 0xFFFFFFFF


def journal_damage(path: Path) -> str | None:
    """Why a leftover journal cannot put the file back as it was, or None.

    SQLite writes a segment's record count only after the records are on disk, and
    changes the session file only after that. So a counted record that is missing or
    fails its checksum means the journal itself was damaged after the fact (a disk that
    lost written data, a copy cut short). SQLite would then stop rolling back half-way,
    without a word, and leave part of an unfinished change in the file.
    """
    try:
        data = journal_path(path).read_bytes()
    except OSError:
        return None
    offset = 0
    while offset + 12 <= len(data) and data[offset : offset + 8] == JOURNAL_MAGIC:
        count = int.from_bytes(data[offset + 8 : offset + 12], "big")
        if count == _UNSYNCED:
            return None  # written without sync; never by Øvelse (synchronous = EXTRA)
        if offset + 28 > len(data):
            return (
                None if count == 0 else messages.JOURNAL_SHORT.for_count(count).format(count=count)
            )
        nonce, _pages, sector, page_size = (
            int.from_bytes(data[offset + at : offset + at + 4], "big") for at in range(12, 28, 4)
        )
        valid = not (sector < 32 or sector > 65536 or sector & (sector - 1)) and not (
            page_size < 512 or page_size > 65536 or page_size & (page_size - 1)
        )
        if count == 0:
            # Not synced yet, so the file was not touched; SQLite skips to the next
            # header, or stops at one it cannot read (a header torn while written).
            if not valid:
                return None
            offset += sector
            continue
        if not valid:
            return messages.JOURNAL_BAD_SIZE
        start = offset + sector
        size = page_size + 8
        end = start + count * size
        if end > len(data):
            return messages.JOURNAL_SHORT.for_count(count).format(count=count)
        for record in range(start, end, size):
            page = data[record + 4 : record + 4 + page_size]
            stored = int.from_bytes(data[record + 4 + page_size : record + size], "big")
            if _checksum(nonce, page) != stored:
                return messages.JOURNAL_BAD_CHECKSUM
        offset = -(-end // sector) * sector
    return None


def _checksum(nonce: int, page: bytes) -> int:
    """SQLite's journal checksum: the nonce plus every 200th byte, from the end."""
    return (nonce + sum(page[len(page) - 200 : 0 : -200])) & 0xFFFFFFFF


def read_header(path: Path) -> Header:
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise NotASessionError(path, messages.NOT_A_FILE.format(name=name))
        with path.open("rb") as stream:
            raw = stream.read(HEADER_SIZE)
    except FileNotFoundError:
        raise SessionNotFoundError(path, messages.NOT_FOUND.format(name=name)) from None
    except PermissionError:
        raise NotASessionError(path, messages.NO_READ_ACCESS.format(name=name)) from None
    if size == 0:
        raise NotASessionError(path, messages.EMPTY.format(name=name))
    if len(raw) < HEADER_SIZE or not raw.startswith(MAGIC):
        raise NotASessionError(path, messages.NOT_A_SESSION.format(name=name))
    header = _parse(raw)
    if header.page_size == 0:
        raise CorruptSessionError(path, messages.BAD_PAGE_SIZE.format(name=name))
    if header.application_id != schema.APPLICATION_ID:
        raise NotASessionError(path, messages.FOREIGN_DATABASE.format(name=name))
    if header.user_version > schema.SCHEMA_VERSION:
        raise NewerSessionError(
            path,
            messages.NEWER_FORMAT.format(
                name=name, version=header.user_version, supported=schema.SCHEMA_VERSION
            ),
        )
    if not has_hot_journal(path) and (
        size % header.page_size or size < header.page_size * header.page_count
    ):
        raise CorruptSessionError(
            path,
            messages.TRUNCATED.format(
                name=name, size=size, expected=header.page_size * header.page_count
            ),
        )
    return header


def _parse(raw: bytes) -> Header:
    def number(offset: int, length: int = 4) -> int:
        return int.from_bytes(raw[offset : offset + length], "big")

    page_size = number(16, 2)
    page_size = 65536 if page_size == 1 else page_size
    change_counter, valid_for = number(24), number(92)
    page_count = number(28) if change_counter == valid_for else 0
    if page_size < 512 or page_size & (page_size - 1):
        page_size = 0
    return Header(page_size, page_count, number(60), number(68))
