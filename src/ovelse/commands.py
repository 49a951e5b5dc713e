"""Headless subcommands that read a session: export and report (``ovelse.app.outputs``).

They open the session read-only, so running them beside a live exercise never takes the
lock from the facilitator, and every failure becomes one line and exit code 1 (a session
error's own message stays in bokmål whatever the language).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ovelse import cli_texts
from ovelse.store.errors import SessionError
from ovelse.store.reasons import os_reason

if TYPE_CHECKING:
    from ovelse.report.pictures import SvgPainter


def export_session(session_path: Path, kind: str, output: Path) -> int:
    def run() -> str:
        from ovelse.app.outputs import Kind, write_output_of_file

        kinds: dict[str, Kind] = {"csv": "csv", "handlinger": "actions_csv", "json": "json"}
        write_output_of_file(session_path, kinds[kind], output)
        return cli_texts.WROTE.format(path=output)

    return _reported(run, output)


def report_session(
    session_path: Path,
    output: Path,
    *,
    log_by_role: bool = False,
    kind: Literal["pdf", "docx", "public_pdf", "public_docx"] = "pdf",
    language: str | None = None,
    svg_png: SvgPainter | None = None,
) -> int:
    """Write a session's report; without ``language`` (``--lang``) in the pack's language.
    ``svg_png`` paints the pack's SVG pictures (the command line passes Qt's, started
    offscreen); without it they are left out."""

    def run() -> str:
        from ovelse.app.outputs import write_output_of_file

        written = write_output_of_file(
            session_path,
            kind,
            output,
            log_by_role=log_by_role,
            language=language,
            svg_png=svg_png,
        )
        if written.pages is None:
            return cli_texts.WROTE.format(path=output)
        return cli_texts.WROTE_REPORT.for_count(written.pages or 0).format(
            path=output, pages=written.pages
        )

    return _reported(run, output)


def write_failed(path: Path | str, exc: OSError) -> int:
    """Say in one line, in the user's language, that ``path`` was not written; exit code 1."""
    print(cli_texts.WRITE_FAILED.format(path=path, error=os_reason(exc)), file=sys.stderr)
    return 1


def _reported(run: Callable[[], str], output: Path) -> int:
    """Run a command; its outcome, good or bad, is one line for the user."""
    try:
        message = run()
    except SessionError as exc:
        print(f"ovelse: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        return write_failed(output, exc)
    print(message)
    return 0


def print_kit(
    pack: Path,
    output: Path,
    *,
    kinds: list[str],
    profile: str | None,
    reveal: bool,
    svg_png: SvgPainter | None = None,
) -> int:
    """``ovelse print``: documents of the paper kit for a pack and profile, or for a
    session (its scenario, the directive's texts from Prepare, the names and the marking),
    as PDF. A session is opened read-only, so a running exercise keeps its lock. The inject
    cards' SVG pictures are painted by ``svg_png``, as for ``report_session``."""
    from ovelse import SESSION_SUFFIX
    from ovelse.app.kit import kit_for_pack, kit_for_session, write_kit
    from ovelse.interchange.errors import InterchangeError
    from ovelse.interchange.files import find_pack, find_profile
    from ovelse.report.kit.model import KitKind
    from ovelse.scenario.errors import ScenarioError
    from ovelse.store.session import Session

    from_session = pack.suffix.lower() == SESSION_SUFFIX
    if from_session and profile is not None:
        print(cli_texts.PRINT_SESSION_PROFILE.format(path=pack), file=sys.stderr)
        return 2
    try:
        if from_session:
            with Session.open(pack, read_only=True) as session:
                kit = kit_for_session(session, reveal=reveal, svg_png=svg_png)
        else:
            loaded = find_pack(pack)
            chosen = find_profile(loaded, profile) if profile is not None else None
            kit = kit_for_pack(loaded, chosen, reveal=reveal, svg_png=svg_png)
        written = write_kit(kit, [KitKind(kind) for kind in kinds], output)
    except SessionError as exc:
        print(f"ovelse: {exc}", file=sys.stderr)
        return 1
    except (ScenarioError, InterchangeError) as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:
        target = exc.filename or output
        return write_failed(target, exc)
    for item in written:
        pages = item.pages or 0
        print(cli_texts.WROTE_REPORT.for_count(pages).format(path=item.path, pages=pages))
    return 0


def export_dreiebok(pack: Path, output: Path, *, profile: str | None, as_csv: bool) -> int:
    """``ovelse export-dreiebok``: a pack (or its profile's texts) as a workbook or CSV."""
    from ovelse.interchange.errors import InterchangeError
    from ovelse.interchange.files import export_pack, find_pack
    from ovelse.scenario.errors import ScenarioError

    try:
        export_pack(find_pack(pack), output, profile=profile, kind="csv" if as_csv else "xlsx")
    except (ScenarioError, InterchangeError) as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:
        return write_failed(output, exc)
    print(cli_texts.WROTE.format(path=output))
    return 0


def import_dreiebok(
    source: Path,
    output: Path | None,
    *,
    mapping: Path | None,
    media: Path | None,
    into: Path | None,
    start: str | None,
) -> int:
    """``ovelse import-dreiebok``: a workbook or CSV to a pack folder, or with no folder
    (``--dry-run``) the list of what would be made. Problems go to standard error, one
    located line each; the pack is written only when there are none."""
    from datetime import datetime

    from ovelse.interchange.errors import InterchangeError
    from ovelse.interchange.files import find_pack
    from ovelse.interchange.importing import import_dreiebok as run_import
    from ovelse.interchange.mapping import load_mapping
    from ovelse.scenario.errors import ScenarioError

    try:
        clock = datetime.strptime(start, "%H:%M").time() if start else None
    except ValueError:
        print(cli_texts.BAD_START.format(start=start), file=sys.stderr)
        return 2
    try:
        result = run_import(
            source,
            output,
            mapping=load_mapping(mapping) if mapping else None,
            media_root=media,
            start=clock,
            base=find_pack(into).pack if into else None,
        )
    except (ScenarioError, InterchangeError) as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:
        target = output or source
        return write_failed(target, exc)
    for note in result.notes:
        print(cli_texts.NOTE.format(note=note))
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.problems:
        print(cli_texts.IMPORT_REFUSED.format(count=len(result.problems)), file=sys.stderr)
        return 1
    for line in result.summary():
        print(line)
    if output is None:
        print(cli_texts.DRY_RUN_DONE)
    else:
        print(cli_texts.WROTE.format(path=output))
    return 0


def export_pack_file(pack: Path, output: Path) -> int:
    """``ovelse pack-export``: a pack folder (or a built-in pack's id) as one pack file."""
    from ovelse.app.packfiles import export_pack_file as run_export
    from ovelse.interchange.errors import InterchangeError
    from ovelse.interchange.packfile import read_pack_file
    from ovelse.scenario.errors import ScenarioError
    from ovelse.scenario.visible import visible

    try:
        written = run_export(pack, output)
        manifest = read_pack_file(written).manifest
    except (ScenarioError, InterchangeError) as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:
        return write_failed(output, exc)
    count = len(manifest.files)
    print(
        cli_texts.PACK_WROTE.for_count(count).format(
            path=written, id=manifest.pack_id, version=visible(manifest.version), count=count
        )
    )
    return 0


def export_result_file(session_path: Path, output: Path, *, names: bool, exempt: bool) -> int:
    """``ovelse result-export``: the result file for the statsforvalter, from a session
    file opened read-only; names and exempt content only when asked for."""
    from ovelse.app.results import ResultChoices, with_result_suffix, write_result_of_file
    from ovelse.interchange.errors import InterchangeError
    from ovelse.interchange.results.reader import read_result

    path = with_result_suffix(output)

    def run() -> str:
        write_result_of_file(session_path, path, ResultChoices(names, exempt))
        result = read_result(path)
        count = len(result.follow_ups())
        return cli_texts.RESULT_WROTE.for_count(count).format(
            path=path, kommune=result.kommune.name, count=count
        )

    try:
        return _reported(run, path)
    except InterchangeError as exc:
        print(exc, file=sys.stderr)
        return 1


def import_pack_file(file: Path, *, basedir: Path | None, update: bool) -> int:
    """``ovelse pack-import``: check a pack file and put its pack in the library
    («Fra statsforvalteren»). A newer version replaces the one there only with
    ``--update``; the same version is already there (0), an older one is refused (1)."""
    from ovelse.app.packfiles import stage_import
    from ovelse.app.places import shared_pack_folder
    from ovelse.interchange.errors import InterchangeError
    from ovelse.interchange.sharedpacks import Offer

    try:
        with stage_import(file, shared_pack_folder(basedir)) as staged:
            if staged.offer is Offer.SAME:
                print(staged.message())
                return 0
            if staged.offer is Offer.OLDER:
                print(staged.message(), file=sys.stderr)
                return 1
            if staged.offer is Offer.UPDATE and not update:
                print(staged.message(), file=sys.stderr)
                print(cli_texts.PACK_UPDATE_HINT.format(file=file), file=sys.stderr)
                return 1
            staged.install()
            print(staged.done_message())
            return 0
    except InterchangeError as exc:
        print(exc, file=sys.stderr)
        print(cli_texts.PACK_NOT_IMPORTED, file=sys.stderr)
        return 1


def roll_up(
    files: list[Path],
    output: Path,
    *,
    xlsx: Path | None = None,
    invited: Path | None = None,
    pack: str | None = None,
) -> int:
    """``ovelse rollup``: result files (and folders of them) summed up as PDF, and .xlsx
    with ``--xlsx``. Each file left out is named with its reason; nothing is written when
    no file can be taken in."""
    from ovelse.interchange.errors import InterchangeError
    from ovelse.interchange.results.model import SUFFIX
    from ovelse.regional.invited import read_invited
    from ovelse.regional.pdf import write_pdf
    from ovelse.regional.rollup import roll_up_files
    from ovelse.regional.xlsx import write_xlsx

    # The roll-up never changes a result file, not even by a slip of the hand in «-o».
    for target in (output, xlsx):
        if target is not None and target.name.lower().endswith(SUFFIX):
            print(cli_texts.ROLLUP_OVER_RESULT.format(path=target), file=sys.stderr)
            return 1
    chosen: tuple[str, str | None] | None = None
    if pack:
        pack_id, _, version = pack.partition(":")
        chosen = (pack_id, version or None)
    try:
        guests = read_invited(invited) if invited is not None else ()
    except InterchangeError as exc:
        print(f"ovelse: {exc}", file=sys.stderr)
        return 1
    rollup = roll_up_files(files, pack=chosen, invited=guests)
    for item in rollup.rejected:
        print(cli_texts.ROLLUP_LEFT_OUT.format(file=item.file, reason=item.reason), file=sys.stderr)
    if not rollup.rows:
        print(cli_texts.ROLLUP_NOTHING, file=sys.stderr)
        return 1
    target = output
    try:
        stats = write_pdf(rollup, output)
        if xlsx is not None:
            target = xlsx
            write_xlsx(rollup, xlsx)
    except OSError as exc:
        return write_failed(target, exc)
    count = len(rollup.rows)
    print(
        cli_texts.ROLLUP_WROTE.for_count(count).format(
            path=output, kommuner=count, pages=stats.pages
        )
    )
    if xlsx is not None:
        print(cli_texts.WROTE.format(path=xlsx))
    if rollup.missing:
        print(cli_texts.ROLLUP_MISSING.format(names=", ".join(rollup.missing)))
    return 0
