"""What is checked before a zip from outside is opened: size, members, paths, macros.

openpyxl trusts the zip it is given; a 10 kB «workbook» can unpack to gigabytes. So the
zip's directory is read first (its declared sizes bound what Python's zip reader will
inflate, as a member that inflates past its size fails its check), and a file that is
too large, packs too tightly, holds macros or is not a zip at all is refused with one
sentence, before openpyxl sees a byte of it.

The files Øvelse itself zips (a shared pack, a result file) are unpacked by us, not by a
library, so ``zip_members`` also refuses what would escape or confuse the folder they
go to: absolute paths, «..», links, names given twice, encrypted members. Each kind of
file names its own limits (``ZipLimits``); the checks are the same for all.
"""

from __future__ import annotations

import io
import os
import re
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ovelse.interchange import messages
from ovelse.interchange.errors import InterchangeError
from ovelse.scenario.budget import spaced
from ovelse.scenario.visible import visible
from ovelse.scenario.yamlsafe import os_reason

MAX_FILE_BYTES = 20 * 1024 * 1024  # a 1 000-row dreiebok is about 150 kB
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # all members together, as declared
# Cells in all worksheets, counted in their XML before openpyxl makes an object of each:
# a 1 000-row dreiebok has about 13 000; styled empty rows by the million would take
# gigabytes of memory and minutes to load.
MAX_CELLS = 250_000
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
MAX_MEMBERS = 2000
MAX_RATIO = 100  # uncompressed / compressed, for a member over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlam")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES, too_big: str = "") -> bytes:
    """The file's bytes, or a refusal that says why it cannot be read; ``too_big`` is
    the sentence for a file over ``limit`` (with ``{size}`` and ``{limit}`` in MB)."""
    name = path.name
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise InterchangeError.single(name, messages.IS_FOLDER)
        if not stat.S_ISREG(status.st_mode):
            raise InterchangeError.single(name, messages.NOT_REGULAR)
        if status.st_size > limit:
            raise InterchangeError.single(name, _too_big(status.st_size, limit, too_big))
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except FileNotFoundError:
        raise InterchangeError.single(name, messages.NO_FILE) from None
    except OSError as exc:
        raise InterchangeError.single(
            name, messages.CANNOT_READ.format(reason=os_reason(exc))
        ) from None
    if len(data) > limit:
        raise InterchangeError.single(name, _too_big(len(data), limit, too_big))
    return data


def _too_big(size: int, limit: int, sentence: str) -> str:
    return (sentence or messages.FILE_TOO_BIG).format(
        size=spaced(size // (1024 * 1024) or 1), limit=limit // (1024 * 1024)
    )


def _inflates_too_much(member: zipfile.ZipInfo) -> bool:
    """A large member that unpacks to over ``MAX_RATIO`` times what it fills: a zip bomb."""
    return member.file_size > RATIO_FLOOR and (
        member.compress_size == 0 or member.file_size / member.compress_size > MAX_RATIO
    )


def _encrypted(member: zipfile.ZipInfo) -> bool:
    return bool(member.flag_bits & 0x1)


def check_workbook(data: bytes, name: str) -> None:
    """Refuse, with a reason, a file that is not a plain .xlsx workbook safe to unpack."""
    if os.path.splitext(name)[1].lower() in MACRO_SUFFIXES:
        raise InterchangeError.single(name, messages.MACROS)
    if data.startswith(_OLE_MAGIC):
        raise InterchangeError.single(name, messages.OLD_OR_ENCRYPTED)
    if not data.startswith(b"PK"):
        raise InterchangeError.single(name, messages.NOT_XLSX)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise InterchangeError.single(name, messages.NOT_XLSX) from None
    if len(members) > MAX_MEMBERS:
        raise InterchangeError.single(name, messages.ZIP_MEMBERS.format(limit=MAX_MEMBERS))
    total = 0
    for member in members:
        total += member.file_size
        if _inflates_too_much(member):
            raise InterchangeError.single(name, messages.ZIP_BOMB)
        if _encrypted(member):
            raise InterchangeError.single(name, messages.OLD_OR_ENCRYPTED)
        if member.filename.lower().endswith("vbaproject.bin"):
            raise InterchangeError.single(name, messages.MACROS)
    if total > MAX_UNPACKED_BYTES:
        raise InterchangeError.single(
            name, messages.ZIP_TOO_BIG.format(limit=MAX_UNPACKED_BYTES // (1024 * 1024))
        )
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise InterchangeError.single(name, messages.NOT_XLSX)
    cells = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in members:
                if member.filename.startswith("xl/worksheets/") and member.filename.endswith(
                    ".xml"
                ):
                    cells += len(_CELL.findall(archive.read(member)))
    except (zipfile.BadZipFile, ValueError, EOFError, OSError):
        raise InterchangeError.single(name, messages.NOT_XLSX) from None
    if cells > MAX_CELLS:
        raise InterchangeError.single(name, messages.TOO_MANY_CELLS.format(limit=spaced(MAX_CELLS)))


def decode_csv(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM is dropped); any other encoding is refused with the line it
    broke on, as guessing one would silently change letters like «æ», «ø» and «å»."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InterchangeError.single(name, messages.CSV_UTF16)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = data[exc.start]
        try:
            letter = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            letter = "?"
        raise InterchangeError.single(
            f"{name}:{line}",
            messages.CSV_NOT_UTF8.format(byte=f"0x{byte:02X}", letter=letter),
        ) from None


# --- zips Øvelse writes itself (shared packs, result files) ----------------------------

_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class ZipLimits:
    """How much one kind of zip may hold; ``not_zip`` is its sentence for anything else."""

    members: int
    unpacked_bytes: int
    member_bytes: int
    not_zip: str


def zip_members(data: bytes, name: str, limits: ZipLimits) -> list[zipfile.ZipInfo]:
    """The members (folders left out) of a zip that is safe to unpack into a folder of
    our own, or an ``InterchangeError`` whose sentence names the member at fault."""
    if not data.startswith(b"PK"):
        raise InterchangeError.single(name, limits.not_zip)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise InterchangeError.single(name, limits.not_zip) from None
    if len(members) > limits.members:
        raise InterchangeError.single(name, messages.ZIP_TOO_MANY.format(limit=limits.members))
    seen: set[str] = set()
    total = 0
    files = []
    for member in members:
        entry = member.filename
        problem = _member_problem(member, limits)
        if problem:
            raise InterchangeError.single(name, problem.format(entry=visible(entry)))
        # Windows and macOS folders do not tell «Kart.svg» from «kart.svg», and macOS not
        # «å» written as one character from «a» and a combining ring; no folder tells
        # «media/./kart.svg» or «media//kart.svg» from «media/kart.svg».
        steps = [step for step in entry.split("/") if step not in ("", ".")]
        key = unicodedata.normalize("NFC", "/".join(steps)).casefold()
        if key in seen:
            raise InterchangeError.single(name, messages.ZIP_TWICE.format(entry=visible(entry)))
        seen.add(key)
        total += member.file_size
        if not member.is_dir():
            files.append(member)
    if total > limits.unpacked_bytes:
        raise InterchangeError.single(
            name, messages.ZIP_UNPACKED_TOO_BIG.format(limit=limits.unpacked_bytes // 1_048_576)
        )
    return files


def _member_problem(member: zipfile.ZipInfo, limits: ZipLimits) -> str:
    """Why one member may not be unpacked (a sentence with ``{entry}``), or ""."""
    entry = member.filename
    if not entry or _CONTROL.search(entry):
        return messages.ZIP_BAD_NAME
    if entry.startswith(("/", "\\")) or _DRIVE.match(entry):
        return messages.ZIP_ABSOLUTE
    if "\\" in entry or ".." in PurePosixPath(entry).parts:
        return messages.ZIP_TRAVERSAL
    # The file type a Unix zip tool records; zero (Windows tools, Python's writestr)
    # means a plain file. A link, a device or a pipe is never unpacked as one.
    kind = stat.S_IFMT(member.external_attr >> 16)
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return messages.ZIP_LINK
    if _encrypted(member):
        return messages.ZIP_ENCRYPTED
    if _inflates_too_much(member):
        return messages.ZIP_MEMBER_BOMB
    if member.file_size > limits.member_bytes:
        return messages.ZIP_MEMBER_TOO_BIG.format(
            entry="{entry}", limit=limits.member_bytes // 1_048_576
        )
    return ""


def read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str) -> bytes:
    """A member's bytes, checked against its CRC; never more than its declared size."""
    try:
        return archive.read(member)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError):
        raise InterchangeError.single(
            name, messages.ZIP_DAMAGED.format(entry=visible(member.filename))
        ) from None


# --- pictures from outside ------------------------------------------------------------

# Where an SVG names another file: an attribute ending in «href» (href, xlink:href, and
# the stylesheet instruction), a CSS «url(…)» and «@import». Qt's SVG renderer opens a
# local file named there, so a picture could put any picture on the user's disk on the
# shared screen and into the report. A reference to the picture itself («#pil») or one
# it carries («data:») is all a pack needs; anything else – an entity, an escape – is
# refused. Each pattern matches where an outside reference begins, by a look at its
# first letters, and the possessive «*+» never gives back what it took: a search that
# went on to where the reference ends was begun again at every «url(» of a picture
# full of them, and took hours.
_NOT_INSIDE = r"""(?!#|(?i:data:))"""
_SVG_OUTSIDE = re.compile(
    r"""href\s*+=\s*+["']"""
    + _NOT_INSIDE
    + r"""|url\(\s*+["']?+(?!\))"""
    + _NOT_INSIDE
    + r"""|@import"""
)
_TARGET_END = re.compile(r"""["')\s]""")
_TARGET_SHOWN = 120  # characters of the reference a message quotes


def svg_outside_reference(data: bytes) -> str | None:
    """The first file outside itself an SVG picture names (its first characters), or None
    if it names none.

    The NUL bytes of UTF-16 and UTF-32 are dropped before the search, as an XML reader
    takes those encodings too; names outside ASCII come out garbled but still found."""
    text = data.replace(b"\0", b"").decode("latin-1")
    found = _SVG_OUTSIDE.search(text)
    if found is None:
        return None
    if found.group() == "@import":
        return found.group()
    rest = text[found.end() : found.end() + _TARGET_SHOWN].lstrip()
    end = _TARGET_END.search(rest)
    return rest[: end.start()] if end else rest
