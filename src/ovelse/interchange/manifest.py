"""The list of files a zip of ours carries, each with its size and SHA-256, and the check
that what arrived is exactly what was listed.

A shared pack (``packfile``) carries one; any other zip Øvelse writes for another
office can use the same list and the same check, so «changed», «missing» and «extra»
read the same everywhere. The list is read from JSON written by someone else: strict
UTF-8, no key twice, no NaN, no nesting deeper than a list of objects needs.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ovelse.interchange import messages
from ovelse.interchange.errors import InterchangeError
from ovelse.scenario.visible import visible

MANIFEST_NAME = "manifest.json"
MAX_MANIFEST_BYTES = 1024 * 1024  # a pack of 500 files lists them in about 60 kB
_SHA256 = re.compile(r"[0-9a-f]{64}")
_QUOTED = 80  # characters of a key or path a message quotes


def _cut(text: str) -> str:
    """A key or path as a message quotes it: one a megabyte long is cut, not printed."""
    return text if len(text) <= _QUOTED else text[:_QUOTED] + "…"


@dataclass(frozen=True)
class FileEntry:
    """One file in the zip, as the manifest lists it."""

    path: str
    size: int
    sha256: str

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def entries_of(files: Mapping[str, bytes]) -> list[FileEntry]:
    """The manifest's list for these files, in the order of their paths."""
    return [FileEntry(path, len(data), sha256_hex(data)) for path, data in sorted(files.items())]


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKeyError(key)
        found[key] = value
    return found


def _no_constant(word: str) -> object:
    raise ValueError(word)


def read_json(
    data: bytes, name: str, entry: str = MANIFEST_NAME, limit: int = MAX_MANIFEST_BYTES
) -> object:
    """The JSON in ``entry`` of the file ``name``; refused with the line and column where
    it breaks (Python's own reason would be English)."""
    if len(data) > limit:
        raise InterchangeError.single(
            name,
            messages.JSON_TOO_BIG.format(entry=entry, limit=limit // 1024),
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InterchangeError.single(name, messages.JSON_NOT_UTF8.format(entry=entry)) from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except _DuplicateKeyError as exc:
        raise InterchangeError.single(
            name, messages.JSON_KEY_TWICE.format(entry=entry, key=_cut(visible(exc.key)))
        ) from None
    except json.JSONDecodeError as exc:
        raise InterchangeError.single(
            name, messages.JSON_BROKEN.format(entry=entry, line=exc.lineno, column=exc.colno)
        ) from None
    except (ValueError, RecursionError):
        raise InterchangeError.single(name, messages.JSON_INVALID.format(entry=entry)) from None


def entries_from(value: object, name: str, entry: str = MANIFEST_NAME) -> list[FileEntry]:
    """The manifest's ``files`` list read back; anything but a list of
    ``{path, size, sha256}`` is refused naming the item."""
    if not isinstance(value, list):
        raise InterchangeError.single(
            name,
            messages.MANIFEST_FIELD_TYPE.format(
                entry=entry, field="files", kind=messages.KIND_LIST
            ),
        )
    found: list[FileEntry] = []
    for index, item in enumerate(value):
        field = f"files[{index}]"
        if not isinstance(item, dict) or set(item) != {"path", "size", "sha256"}:
            raise InterchangeError.single(
                name, messages.MANIFEST_FILE_ITEM.format(entry=entry, field=field)
            )
        path, size, digest = item["path"], item["size"], item["sha256"]
        if (
            not isinstance(path, str)
            or not path
            or isinstance(size, bool)
            or not isinstance(size, int)
            or size < 0
            or not isinstance(digest, str)
            or not _SHA256.fullmatch(digest)
        ):
            raise InterchangeError.single(
                name, messages.MANIFEST_FILE_ITEM.format(entry=entry, field=field)
            )
        found.append(FileEntry(path, size, digest))
    return found


def check_contents(entries: list[FileEntry], contents: Mapping[str, bytes], name: str) -> None:
    """Every listed file present with its size and hash, nothing listed twice and nothing
    in the zip that the list leaves out; the first fault found is named."""
    listed: set[str] = set()
    for item in entries:
        shown = _cut(visible(item.path))
        if item.path in listed:
            raise InterchangeError.single(name, messages.MANIFEST_LISTED_TWICE.format(entry=shown))
        listed.add(item.path)
        data = contents.get(item.path)
        if data is None:
            raise InterchangeError.single(name, messages.MANIFEST_MISSING.format(entry=shown))
        if len(data) != item.size or sha256_hex(data) != item.sha256:
            raise InterchangeError.single(name, messages.MANIFEST_CHANGED.format(entry=shown))
    for path in sorted(contents):
        if path not in listed:
            raise InterchangeError.single(
                name, messages.MANIFEST_UNLISTED.format(entry=_cut(visible(path)))
            )
