"""What is checked before a spreadsheet is handed to a parser: size, zip, macros, encoding.

openpyxl trusts the zip it is given; a 10 kB «workbook» can unpack to gigabytes. So the
zip's directory is read first (its declared sizes bound what Python's zip reader will
inflate, as a member that inflates past its size fails its check), and a file that is
too large, packs too tightly, holds macros or is not a zip at all is refused with one
sentence, before openpyxl sees a byte of it.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from pathlib import Path

from ovelse.interchange import messages
from ovelse.interchange.errors import InterchangeError
from ovelse.scenario.budget import spaced
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


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a refusal that says why it cannot be read."""
    name = path.name
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise InterchangeError.single(name, messages.IS_FOLDER)
        if not stat.S_ISREG(status.st_mode):
            raise InterchangeError.single(name, messages.NOT_REGULAR)
        if status.st_size > MAX_FILE_BYTES:
            raise InterchangeError.single(name, _too_big(status.st_size))
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InterchangeError.single(name, messages.NO_FILE) from None
    except OSError as exc:
        raise InterchangeError.single(
            name, messages.CANNOT_READ.format(reason=os_reason(exc))
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise InterchangeError.single(name, _too_big(len(data)))
    return data


def _too_big(size: int) -> str:
    return messages.FILE_TOO_BIG.format(
        size=spaced(size // (1024 * 1024) or 1), limit=MAX_FILE_BYTES // (1024 * 1024)
    )


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
        if member.file_size > RATIO_FLOOR and (
            member.compress_size == 0 or member.file_size / member.compress_size > MAX_RATIO
        ):
            raise InterchangeError.single(name, messages.ZIP_BOMB)
        if member.flag_bits & 0x1:
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
