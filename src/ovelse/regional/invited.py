"""The invitation list: the kommuner the statsforvalter asked to exercise, typed, pasted
from a spreadsheet or read from a file, and who on it has not reported.

It only changes who is missing, so the window can take a new list without reading the
result files again (:func:`invite`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ovelse.interchange.errors import InterchangeError
from ovelse.regional import texts
from ovelse.regional.model import Rollup
from ovelse.scenario.yamlsafe import os_reason

MAX_INVITED_BYTES = 1024 * 1024  # 357 kommuner with numbers and counties are about 10 kB
# Words a spreadsheet's first line holds above a column of kommune names.
_HEADER_WORDS = frozenset(
    {"kommune", "kommunenavn", "navn", "kommunenummer", "kommunenr", "knr", "nr", "nummer"}
    | {"code", "kode", "name"}  # a classification's export: code;parentCode;level;name;…
)


@dataclass(frozen=True)
class Invited:
    """A kommune on the invitation list: its name, and its number when the list has one."""

    name: str
    number: str = ""


def parse_invited(text: str) -> tuple[Invited, ...]:
    """One kommune a line, as typed or pasted, or a CSV with its name (and number).

    A line may hold «5636;Nesseby», «Nesseby, Finnmark», «5636;;1;Nesseby» (an export with
    more columns: the name is the first field after the number that is not a number) or
    just «Nesseby»; lines that are empty or start with «#», and a column header on the
    first line, are skipped.
    """
    found: list[Invited] = []
    for number, line in enumerate(text.splitlines()):
        fields = [f.strip().strip('"').strip() for f in line.replace("\t", ";").split(";")]
        if len(fields) == 1:
            fields = [f.strip() for f in line.split(",")]
        fields = [f for f in fields if f]
        if not fields or fields[0].startswith("#"):
            continue
        if number == 0 and fields[0].casefold() in _HEADER_WORDS:
            continue
        # After the number, the name is the first field that is not a number (an export
        # may have a level or a parent's code between them).
        name = next((f for f in fields[1:] if not f.isdigit()), "")
        if fields[0].isdigit() and name:
            found.append(Invited(name, fields[0]))
        elif fields[0].isdigit():
            found.append(Invited(fields[0], fields[0]))
        else:
            found.append(Invited(fields[0]))
    return tuple(dict.fromkeys(found))


def read_invited(path: Path) -> tuple[Invited, ...]:
    """The invitation list in a text or CSV file; refused by name when it is not one."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_INVITED_BYTES + 1)
    except OSError as exc:
        raise InterchangeError.single(
            path.name, texts.INVITED_UNREADABLE.format(reason=os_reason(exc))
        ) from None
    if len(data) > MAX_INVITED_BYTES:
        raise InterchangeError.single(
            path.name, texts.INVITED_TOO_BIG.format(limit=MAX_INVITED_BYTES // 1024)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InterchangeError.single(path.name, texts.INVITED_NOT_TEXT) from None
    return parse_invited(text)


def invite(rollup: Rollup, invited: Sequence[Invited]) -> Rollup:
    """The roll-up with another invitation list, and who on it has not reported."""
    names = {" ".join(row.kommune.casefold().split()) for row in rollup.rows}
    numbers = {row.number for row in rollup.rows if row.number}
    missing = tuple(
        entry.name
        for entry in invited
        if entry.number not in numbers and " ".join(entry.name.casefold().split()) not in names
    )
    return dataclasses.replace(
        rollup, invited=tuple(entry.name for entry in invited), missing=missing
    )
