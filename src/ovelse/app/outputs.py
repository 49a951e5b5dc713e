"""Writing a session's outputs: the report as PDF or Word, the log as CSV, the session as JSON.

Each output is written by its own module (``ovelse.report``, ``ovelse.export``) through
the one atomic writer (``ovelse.export.atomic``); this module is the one place that
knows which kinds there are, what file suffix each has, and how a file is made from an
open session or from a session file on disk (read-only, so a live exercise keeps its
lock).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ovelse import i18n
from ovelse.store.session import Session

if TYPE_CHECKING:
    from ovelse.report.pictures import SvgPainter

Kind = Literal["pdf", "docx", "public_pdf", "public_docx", "csv", "actions_csv", "json"]
SUFFIXES: dict[Kind, str] = {
    "pdf": ".pdf",
    "docx": ".docx",
    "public_pdf": ".pdf",
    "public_docx": ".docx",
    "csv": ".csv",
    "actions_csv": ".csv",
    "json": ".json",
}
KINDS: tuple[Kind, ...] = tuple(SUFFIXES)


@dataclass(frozen=True)
class Written:
    """A file written: where, and for a report how many pages it has."""

    path: Path
    pages: int | None = None


def with_suffix(kind: Kind, path: Path) -> Path:
    """The path with the kind's suffix added when the user left it out."""
    suffix = SUFFIXES[kind]
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def report_language(session: Session) -> str:
    """The language a report is written in unless the user picks one: the pack's own.

    A nynorsk pack gives a nynorsk report whatever language the program speaks; a pack in
    a language Øvelse has no catalogue for is read as a locale would be (Sámi: bokmål).
    """
    return i18n.from_locale_name(session.exercise.pack.language) or i18n.current()


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The text modules in ``language`` while a report is made, then as they were."""
    before = i18n.current()
    i18n.install(language)
    try:
        yield
    finally:
        i18n.install(before)


def write_output(
    session: Session,
    kind: Kind,
    path: Path,
    *,
    log_by_role: bool = False,
    language: str | None = None,
    svg_png: SvgPainter | None = None,
) -> Written:
    """Write one output of an open session to ``path`` (replacing an earlier one).

    A report is written in ``language``, or without one in the pack's
    (:func:`report_language`); ``svg_png`` paints the pack's SVG pictures for it (without
    it they are left out). The report package is imported only here: ReportLab takes
    a tenth of a second to import, which every start of the program would pay. Raises
    ``OSError`` when the file cannot be written.
    """
    if kind in ("pdf", "docx", "public_pdf", "public_docx"):
        with speaking(language or report_language(session)):
            return _write(session, kind, path, log_by_role=log_by_role, svg_png=svg_png)
    return _write(session, kind, path, log_by_role=log_by_role, svg_png=svg_png)


def _write(
    session: Session, kind: Kind, path: Path, *, log_by_role: bool, svg_png: SvgPainter | None
) -> Written:
    public = kind in ("public_pdf", "public_docx")
    if kind in ("pdf", "public_pdf"):
        from ovelse.report.from_session import write_report

        stats = write_report(session, path, log_by_role=log_by_role, public=public, svg_png=svg_png)
        return Written(path, stats.pages)
    if kind in ("docx", "public_docx"):
        from ovelse.report.from_session import write_docx_report

        write_docx_report(session, path, log_by_role=log_by_role, public=public, svg_png=svg_png)
    elif kind == "csv":
        from ovelse.export.csv_log import export_csv

        export_csv(session, path)
    elif kind == "actions_csv":
        from ovelse.export.csv_actions import export_actions_csv

        export_actions_csv(session, path)
    else:
        from ovelse.export.json_session import export_json

        export_json(session, path)
    return Written(path)


def write_output_of_file(
    session_path: Path,
    kind: Kind,
    path: Path,
    *,
    log_by_role: bool = False,
    language: str | None = None,
    svg_png: SvgPainter | None = None,
) -> Written:
    """The same from a session file, opened read-only for the time it takes.

    Raises the store's ``SessionError`` for a missing, foreign or damaged file.
    """
    with Session.open(session_path, read_only=True) as session:
        return write_output(
            session, kind, path, log_by_role=log_by_role, language=language, svg_png=svg_png
        )
