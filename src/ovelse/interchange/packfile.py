"""A shared scenario pack (``.ovelsepakke``): one zip file out, and the same file read back
with every part checked before the pack is loaded.

The zip holds the pack folder as the loader reads it (``scenario.yaml``, ``profiles/``,
the pictures) and ``manifest.json``: the file format's version, the pack's id, version,
title and author, when the file was made, and the size and SHA-256 of every other file.
Reading refuses, naming the part at fault, any zip the shared guard refuses
(``safety.zip_members``), a manifest that is not ours or is from a newer Øvelse, and any
part that is changed, missing, unlisted or not a part of a pack. Loading what is left is
``sharedpacks``'s work: a pack enters the library only when the loader accepts it.
The format is described in docs/pack-files.md.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from ovelse import PACK_SUFFIX
from ovelse.export.atomic import write_atomically
from ovelse.interchange import messages, safety
from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    FileEntry,
    check_contents,
    entries_from,
    entries_of,
    read_json,
)
from ovelse.scenario import yamlsafe
from ovelse.scenario.loader import MAX_PROFILES, PACK_FILE, PROFILE_DIR, LoadedPack
from ovelse.scenario.names import MEDIA_SUFFIXES, is_id
from ovelse.scenario.validate import MAX_MEDIA_BYTES, media_file, media_problem
from ovelse.scenario.visible import visible

SUFFIX = PACK_SUFFIX
FORMAT = "ovelsepakke"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 100 * 1024 * 1024  # the eight built-in packs are 7–30 kB each as a file
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PARTS = 500  # 50 profiles and 400 pictures, with room to spare
MEDIA_DIR = "media"
PROFILE_SUFFIXES = (".yaml", ".yml")
MAX_VERSION_CHARS = 64
_QUOTED = 80  # characters of a manifest's value a message quotes
# Lone surrogates (JSON can spell one as «\udfff»): the manifest is written again beside
# the pack in the library, and no UTF-8 file can hold one. (Control characters a pack's
# title may have are escaped by JSON and made visible wherever they are shown.)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Manifest:
    """What the file says about itself and the pack it carries."""

    pack_id: str
    version: str
    title: str
    author: str
    created: datetime
    files: tuple[FileEntry, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "id": self.pack_id,
            "version": self.version,
            "title": self.title,
            "author": self.author,
            "created": self.created.isoformat(),
            "files": [entry.as_json() for entry in self.files],
        }

    def text(self) -> str:
        """The manifest as it is written: UTF-8 JSON, letters as they are, indented."""
        return json.dumps(self.as_json(), ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class PackFile:
    """A pack file whose every part is checked against its manifest, not yet loaded."""

    name: str
    manifest: Manifest
    parts: dict[str, bytes]


# --- writing ----------------------------------------------------------------------------


def pack_parts(loaded: LoadedPack) -> dict[str, bytes]:
    """The files a pack folder is shared with: scenario.yaml as it is written, the
    profiles the loader reads, and the pictures in ``media/`` and any the injects name.
    Links and anything that is not a plain file are left out, as the loader leaves them."""
    root = loaded.root
    parts = {PACK_FILE: loaded.file.read_bytes()}
    profile_dir = root / PROFILE_DIR
    if profile_dir.is_dir():
        for file in sorted(profile_dir.glob("*.y*ml"))[:MAX_PROFILES]:
            if file.suffix.lower() in PROFILE_SUFFIXES and _plain(file):
                parts[f"{PROFILE_DIR}/{file.name}"] = file.read_bytes()
    media_dir = root / MEDIA_DIR
    if media_dir.is_dir() and not media_dir.is_symlink():
        for file in sorted(media_dir.rglob("*")):
            if file.suffix.lower() in MEDIA_SUFFIXES and _plain(file):
                parts[file.relative_to(root).as_posix()] = file.read_bytes()
    for inject in loaded.pack.injects():
        for ref in inject.media:
            if media_problem(root, ref.path) is None:
                file = media_file(root, ref.path)
                parts.setdefault(file.relative_to(root).as_posix(), file.read_bytes())
    return parts


def _plain(file: Path) -> bool:
    return file.is_file() and not file.is_symlink()


def manifest_for(loaded: LoadedPack, parts: dict[str, bytes], created: datetime) -> Manifest:
    pack = loaded.pack
    title = loaded.render(loaded.values()).title
    return Manifest(pack.id, pack.version, title, pack.author, created, tuple(entries_of(parts)))


def pack_file_bytes(loaded: LoadedPack, created: datetime | None = None) -> bytes:
    """The pack as one zip: the manifest first, then every part in the order of its path.
    The same pack and time give the same bytes."""
    moment = (created or datetime.now(UTC)).replace(microsecond=0)
    parts = pack_parts(loaded)
    manifest = manifest_for(loaded, parts, moment)
    stamp = moment.astimezone(UTC).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, data in [
            (MANIFEST_NAME, manifest.text().encode("utf-8")),
            *sorted(parts.items()),
        ]:
            info = zipfile.ZipInfo(path, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16  # a plain file, read by all
            archive.writestr(info, data)
    return out.getvalue()


def write_pack_file(loaded: LoadedPack, output: Path, created: datetime | None = None) -> None:
    """Write the pack file atomically; raises ``OSError`` if it cannot be written, and
    ``InterchangeError`` if it would be larger than a pack file may be or a kommune's
    Øvelse would refuse it (it is read back first, as a result file is: a picture that
    links a file on the author's disk is found here, not in every kommune)."""
    data = pack_file_bytes(loaded, created)
    if len(data) > MAX_FILE_BYTES:
        raise InterchangeError.single(
            output.name,
            messages.PACK_FILE_TOO_BIG.format(
                size=len(data) // 1_048_576, limit=MAX_FILE_BYTES // 1_048_576
            ),
        )
    read_pack_bytes(data, output.name)
    write_atomically(output, data)


# --- reading ----------------------------------------------------------------------------


def _limits() -> safety.ZipLimits:
    return safety.ZipLimits(
        members=MAX_PARTS + 1,
        unpacked_bytes=MAX_UNPACKED_BYTES,
        member_bytes=max(MAX_MEDIA_BYTES, yamlsafe.MAX_FILE_BYTES),
        not_zip=messages.PACK_NOT_ZIP,
    )


def read_pack_file(path: Path) -> PackFile:
    """The file's manifest and parts, each part checked against the manifest; raises
    ``InterchangeError`` naming the file (and the part inside) that is wrong."""
    name = path.name
    if path.suffix.lower() != SUFFIX:
        raise InterchangeError.single(name, messages.PACK_WRONG_SUFFIX.format(suffix=SUFFIX))
    data = safety.read_bytes(path, MAX_FILE_BYTES, messages.PACK_FILE_TOO_BIG)
    return read_pack_bytes(data, name)


def read_pack_bytes(data: bytes, name: str) -> PackFile:
    members = safety.zip_members(data, name, _limits())
    contents: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        by_name = {member.filename: member for member in members}
        manifest_member = by_name.pop(MANIFEST_NAME, None)
        if manifest_member is None:
            raise InterchangeError.single(
                name, messages.PACK_NO_MANIFEST.format(entry=MANIFEST_NAME)
            )
        if manifest_member.file_size > MAX_MANIFEST_BYTES:  # refused before it is read
            raise InterchangeError.single(
                name,
                messages.JSON_TOO_BIG.format(entry=MANIFEST_NAME, limit=MAX_MANIFEST_BYTES // 1024),
            )
        manifest_data = safety.read_member(archive, manifest_member, name)
        manifest = _manifest(read_json(manifest_data, name), name)
        for path, member in by_name.items():
            if not _is_part(path):
                raise InterchangeError.single(
                    name, messages.PACK_NOT_PACK_PART.format(entry=visible(path))
                )
            contents[path] = safety.read_member(archive, member, name)
    check_contents(list(manifest.files), contents, name)
    if PACK_FILE not in contents:
        raise InterchangeError.single(name, messages.PACK_NO_SCENARIO)
    for path, data in sorted(contents.items()):
        outside = safety.svg_outside_reference(data) if path.lower().endswith(".svg") else None
        if outside is not None:
            raise InterchangeError.single(
                name,
                messages.PACK_SVG_OUTSIDE.format(
                    entry=visible(path), target=visible(outside[:120])
                ),
            )
    return PackFile(name, manifest, contents)


def _is_part(path: str) -> bool:
    """A path the pack folder may hold: scenario.yaml, a profile, or a picture."""
    pure = PurePosixPath(path)
    if path == PACK_FILE:
        return True
    if len(pure.parts) == 2 and pure.parts[0] == PROFILE_DIR:
        return pure.suffix.lower() in PROFILE_SUFFIXES
    return pure.suffix.lower() in MEDIA_SUFFIXES and not path.endswith("/")


def _cut(text: str) -> str:
    """A value a message quotes, cut after 80 characters: a manifest of a million letters
    would otherwise make a message, and a window, as wide."""
    return text if len(text) <= _QUOTED else text[:_QUOTED] + "…"


def _manifest(value: object, name: str) -> Manifest:
    entry = MANIFEST_NAME
    if not isinstance(value, dict):
        raise InterchangeError.single(name, messages.MANIFEST_NOT_OBJECT.format(entry=entry))
    if value.get("format") != FORMAT:
        raise InterchangeError.single(
            name, messages.PACK_NOT_PACK_FORMAT.format(entry=entry, expected=FORMAT)
        )
    found = value.get("format_version")
    if isinstance(found, bool) or not isinstance(found, int) or found < 1:
        raise InterchangeError.single(
            name,
            messages.PACK_BAD_FORMAT_VERSION.format(entry=entry, found=_cut(visible(repr(found)))),
        )
    if found > FORMAT_VERSION:
        raise InterchangeError.single(
            name, messages.PACK_FUTURE_FORMAT.format(found=found, supported=FORMAT_VERSION)
        )
    texts = {}
    for field in ("id", "version", "title", "author", "created"):
        text = value.get(field)
        if not isinstance(text, str) or (field != "author" and not text.strip()):
            raise InterchangeError.single(
                name,
                messages.MANIFEST_FIELD_TYPE.format(
                    entry=entry, field=field, kind=messages.KIND_TEXT
                ),
            )
        bad = _SURROGATE.search(text)
        if bad:
            raise InterchangeError.single(
                name,
                messages.MANIFEST_FIELD_CHARACTER.format(
                    entry=entry, field=field, code=f"U+{ord(bad.group()):04X}"
                ),
            )
        texts[field] = text
    if not is_id(texts["id"]):
        raise InterchangeError.single(
            name, messages.PACK_BAD_ID.format(entry=entry, value=_cut(visible(texts["id"])))
        )
    if len(texts["version"]) > MAX_VERSION_CHARS:
        raise InterchangeError.single(
            name,
            messages.MANIFEST_FIELD_TYPE.format(
                entry=entry, field="version", kind=messages.KIND_TEXT
            ),
        )
    try:
        created = datetime.fromisoformat(texts["created"])
    except ValueError:
        raise InterchangeError.single(
            name, messages.PACK_BAD_CREATED.format(entry=entry, example="2026-03-01T09:00:00+00:00")
        ) from None
    files = entries_from(value.get("files"), name)
    return Manifest(
        texts["id"], texts["version"], texts["title"], texts["author"], created, tuple(files)
    )
