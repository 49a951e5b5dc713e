"""A planner's own column names, mapped to the dreiebok's: a small YAML file.

    ark: Ark1              # the sheet with the injects (otherwise «Innspill» or the first)
    overskriftsrad: 2      # the row with the headers (otherwise 1)
    kolonner:
      Klokkeslett: Planlagt tid
      Hendelse: Tittel
      Beskrivelse: Tekst til deltakerne
      Til hvem og spørsmål: Spørsmål
      Kommentar: ""        # not imported, and not reported as unknown

English keys (sheet, header_row, columns) are read too. The values are the headers of
docs/dreiebok.md; the parsing goes through the loader's safe YAML reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ovelse.interchange import layout, messages
from ovelse.interchange.errors import InterchangeError, SheetProblem
from ovelse.scenario.binding import nearest
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.yamlsafe import Map, Node, Scalar, load

_KEYS = {
    "ark": "sheet",
    "sheet": "sheet",
    "overskriftsrad": "header_row",
    "header_row": "header_row",
    "kolonner": "columns",
    "columns": "columns",
}


@dataclass(frozen=True)
class ColumnMapping:
    """Which sheet, which header row, and the planner's headers to the dreiebok's keys
    (a key of "" means the column is left out on purpose)."""

    sheet: str | None = None
    header_row: int = 1
    columns: dict[str, str] = field(default_factory=dict)  # normal_header(theirs) → key

    def key_of(self, header: str) -> str | None:
        normal = layout.normal_header(header)
        if normal in self.columns:
            return self.columns[normal]
        return layout.inject_header_keys().get(normal)


def load_mapping(path: Path) -> ColumnMapping:
    """Read and check a mapping file; every problem is located by line."""
    try:
        node = load(path)
    except ScenarioError as exc:
        raise InterchangeError(
            [SheetProblem(problem.file, "", problem.message) for problem in exc.problems]
        ) from None
    place = path.name
    problems: list[SheetProblem] = []
    if not isinstance(node, Map):
        raise InterchangeError.single(place, messages.MAPPING_NOT_TABLE)
    sheet: str | None = None
    header_row = 1
    columns: dict[str, str] = {}
    known = layout.inject_header_keys()
    for name, (key, value) in node.items.items():
        here = f"{place}:{key.line}"
        which = _KEYS.get(name.casefold())
        if which is None:
            problems.append(SheetProblem(here, "", messages.MAPPING_UNKNOWN_KEY.format(key=name)))
        elif which == "sheet" and isinstance(value, Scalar):
            sheet = value.value
        elif which == "header_row" and isinstance(value, Scalar) and value.value.isdigit():
            header_row = max(int(value.value), 1)
        elif which == "columns" and isinstance(value, Map):
            for theirs, (their_key, ours) in value.items.items():
                at = f"{place}:{their_key.line}"
                target = _scalar(ours)
                if target is None:
                    problems.append(SheetProblem(at, theirs, messages.MAPPING_NOT_HEADER))
                elif not target.strip():
                    columns[layout.normal_header(theirs)] = ""
                elif layout.normal_header(target) in known:
                    columns[layout.normal_header(theirs)] = known[layout.normal_header(target)]
                else:
                    hint = nearest(target, _headers())
                    problems.append(
                        SheetProblem(
                            at,
                            theirs,
                            messages.MAPPING_UNKNOWN_HEADER.format(header=target)
                            + (messages.HINT.format(hint=hint) if hint else ""),
                        )
                    )
        else:
            problems.append(SheetProblem(here, "", messages.MAPPING_BAD_VALUE.format(key=name)))
    if problems:
        raise InterchangeError(problems)
    return ColumnMapping(sheet, header_row, columns)


def _scalar(node: Node) -> str | None:
    if isinstance(node, Scalar):
        return "" if node.plain and node.value in ("", "~", "null") else node.value
    return None


def _headers() -> list[str]:
    return [column.header for column in layout.inject_columns(layout.MIN_QUESTION_PAIRS)] + [
        layout.QUESTIONS_COMBINED.header
    ]
