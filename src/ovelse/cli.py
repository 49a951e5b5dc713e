"""The ``ovelse`` command: the app by default, and subcommands for headless work.

Subcommands work on a server, over SSH or in CI: only the GUI path imports Qt, and a
report or paper kit does so, on the offscreen platform, only when it has an SVG map or
diagram to paint (``ovelse.ui.offscreen_svg``), so it shows what the window's would.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from ovelse import PACK_SUFFIX, SESSION_SUFFIX, __version__, cli_texts
from ovelse.display import display_problem
from ovelse.i18n import LANGUAGES, CatalogueMissingError, detect, install
from ovelse.i18n.languages import language_from_argv

KIT_ALL = "alle"  # «ovelse print --kit alle»: every document of the kit


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout with the «usage:» prefix in the chosen language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, cli_texts.USAGE if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """A parser whose own words (help, usage, the error prefix) come from ``cli_texts``.

    argparse's built-in «-h», its group titles and its «error:» are English whatever the
    locale, so the parser is built without them and adds translated ones. The body of an
    argparse error message («the following arguments are required») stays English.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.update(add_help=False, formatter_class=_Formatter)
        super().__init__(**kwargs)
        self.arguments = self.add_argument_group(cli_texts.ARGUMENTS)
        self.options = self.add_argument_group(cli_texts.OPTIONS)
        self.options.add_argument("-h", "--help", action="help", help=cli_texts.HELP_HELP)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, cli_texts.ERROR.format(prog=self.prog, message=message) + "\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ovelse", description=cli_texts.DESCRIPTION)
    parser.options.add_argument(
        "--version",
        action="version",
        version=cli_texts.VERSION.format(version=__version__),
        help=cli_texts.HELP_VERSION,
    )
    parser.options.add_argument("--lang", choices=LANGUAGES, help=cli_texts.HELP_LANG)
    parser.options.add_argument(
        "--basedir", type=Path, metavar=cli_texts.FOLDER_METAVAR, help=cli_texts.HELP_BASEDIR
    )
    sub = parser.add_subparsers(
        dest="command",
        title=cli_texts.COMMANDS,
        metavar=cli_texts.COMMAND_METAVAR,
        parser_class=_Parser,
    )

    def command(name: str, summary: str | None) -> _Parser:
        # A subcommand without a summary is left out of --help (argparse would print
        # «==SUPPRESS==» for help=SUPPRESS under a titled group).
        if summary:
            made: _Parser = sub.add_parser(name, help=summary, description=summary)
        else:
            made = sub.add_parser(name)
        # «--lang» after the subcommand too («ovelse report S -o F --lang nn»); SUPPRESS
        # keeps a subcommand without it from overwriting the one given before.
        made.options.add_argument(
            "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=cli_texts.HELP_LANG
        )
        return made

    def output(
        made: _Parser,
        *,
        required: bool = True,
        metavar: str | None = None,
        help: str | None = None,
    ) -> None:
        """The «-o/--output» option; texts are read here, at use time, in the chosen language."""
        made.options.add_argument(
            "-o",
            "--output",
            type=Path,
            required=required,
            metavar=metavar or cli_texts.FILE_METAVAR,
            help=help or cli_texts.HELP_OUTPUT,
        )

    def session(made: _Parser) -> None:
        made.arguments.add_argument(
            "session", type=Path, metavar=cli_texts.SESSION_METAVAR, help=cli_texts.HELP_SESSION
        )

    gui = command("gui", cli_texts.HELP_GUI)
    gui.arguments.add_argument(
        "session",
        nargs="?",
        type=Path,
        metavar=cli_texts.SESSION_METAVAR,
        help=cli_texts.HELP_GUI_SESSION,
    )

    validate = command("validate", cli_texts.HELP_VALIDATE)
    validate.arguments.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar=cli_texts.PATH_METAVAR,
        help=cli_texts.HELP_VALIDATE_PATHS,
    )

    scenarios = command("scenarios", cli_texts.HELP_SCENARIOS)
    scenarios.options.add_argument(
        "--json", action="store_true", help=cli_texts.HELP_SCENARIOS_JSON
    )

    schema = command("schema", cli_texts.HELP_SCHEMA)
    schema.options.add_argument(
        "--profile", action="store_true", help=cli_texts.HELP_SCHEMA_PROFILE
    )
    output(schema, required=False, help=cli_texts.HELP_SCHEMA_OUTPUT)

    export = command("export", cli_texts.HELP_EXPORT)
    session(export)
    export.options.add_argument(
        "--format",
        choices=("json", "csv", "handlinger"),
        required=True,
        help=cli_texts.HELP_EXPORT_FORMAT,
    )
    output(export)

    selftest = command("selftest", None)
    selftest.options.add_argument("--no-gui", action="store_true")

    report = command("report", cli_texts.HELP_REPORT)
    session(report)
    output(report)
    report.options.add_argument(
        "--by-role", action="store_true", help=cli_texts.HELP_REPORT_BY_ROLE
    )
    report.options.add_argument(
        "--format", choices=("pdf", "docx"), default="pdf", help=cli_texts.HELP_REPORT_FORMAT
    )
    report.options.add_argument("--public", action="store_true", help=cli_texts.HELP_REPORT_PUBLIC)

    kits = (*_kit_kinds(), KIT_ALL)
    print_kit = command("print", cli_texts.HELP_PRINT)
    print_kit.arguments.add_argument(
        "pack", type=Path, metavar=cli_texts.PATH_METAVAR, help=cli_texts.HELP_PRINT_PACK
    )
    print_kit.options.add_argument(
        "--kit",
        choices=kits,
        action="append",
        required=True,
        metavar=cli_texts.KIT_METAVAR,
        help=cli_texts.HELP_PRINT_KIT.format(kinds=", ".join(kits), all=KIT_ALL),
    )
    print_kit.options.add_argument(
        "--profile", metavar="PROFIL", help=cli_texts.HELP_EXPORT_DREIEBOK_PROFILE
    )
    output(print_kit, help=cli_texts.HELP_PRINT_OUTPUT)
    print_kit.options.add_argument(
        "--all-questions", action="store_true", help=cli_texts.HELP_PRINT_ALL_QUESTIONS
    )
    export_dreiebok = command("export-dreiebok", cli_texts.HELP_EXPORT_DREIEBOK)
    export_dreiebok.arguments.add_argument(
        "pack", type=Path, metavar=cli_texts.PATH_METAVAR, help=cli_texts.HELP_EXPORT_DREIEBOK_PACK
    )
    output(export_dreiebok)
    export_dreiebok.options.add_argument(
        "--profile", metavar="PROFIL", help=cli_texts.HELP_EXPORT_DREIEBOK_PROFILE
    )
    export_dreiebok.options.add_argument(
        "--csv", action="store_true", help=cli_texts.HELP_EXPORT_DREIEBOK_CSV
    )

    import_dreiebok = command("import-dreiebok", cli_texts.HELP_IMPORT_DREIEBOK)
    import_dreiebok.arguments.add_argument(
        "file", type=Path, metavar=cli_texts.FILE_METAVAR, help=cli_texts.HELP_IMPORT_DREIEBOK_FILE
    )
    output(
        import_dreiebok,
        required=False,
        metavar=cli_texts.FOLDER_METAVAR,
        help=cli_texts.HELP_IMPORT_DREIEBOK_OUTPUT,
    )
    import_dreiebok.options.add_argument(
        "--map", type=Path, metavar=cli_texts.FILE_METAVAR, help=cli_texts.HELP_IMPORT_DREIEBOK_MAP
    )
    import_dreiebok.options.add_argument(
        "--dry-run", action="store_true", help=cli_texts.HELP_IMPORT_DREIEBOK_DRY_RUN
    )
    import_dreiebok.options.add_argument(
        "--media",
        type=Path,
        metavar=cli_texts.FOLDER_METAVAR,
        help=cli_texts.HELP_IMPORT_DREIEBOK_MEDIA,
    )
    import_dreiebok.options.add_argument(
        "--into",
        type=Path,
        metavar=cli_texts.PATH_METAVAR,
        help=cli_texts.HELP_IMPORT_DREIEBOK_INTO,
    )
    import_dreiebok.options.add_argument(
        "--start", metavar="TT:MM", help=cli_texts.HELP_IMPORT_DREIEBOK_START
    )

    pack_export = command("pack-export", cli_texts.HELP_PACK_EXPORT)
    pack_export.arguments.add_argument(
        "pack", type=Path, metavar=cli_texts.PATH_METAVAR, help=cli_texts.HELP_PACK_EXPORT_PACK
    )
    output(pack_export, help=cli_texts.HELP_PACK_EXPORT_OUTPUT)

    result_export = command("result-export", cli_texts.HELP_RESULT_EXPORT)
    session(result_export)
    output(result_export, help=cli_texts.HELP_RESULT_EXPORT_OUTPUT)
    result_export.options.add_argument(
        "--names", action="store_true", help=cli_texts.HELP_RESULT_EXPORT_NAMES
    )
    result_export.options.add_argument(
        "--exempt", action="store_true", help=cli_texts.HELP_RESULT_EXPORT_EXEMPT
    )

    pack_import = command("pack-import", cli_texts.HELP_PACK_IMPORT)
    pack_import.arguments.add_argument(
        "file", type=Path, metavar=cli_texts.FILE_METAVAR, help=cli_texts.HELP_PACK_IMPORT_FILE
    )
    pack_import.options.add_argument(
        "--update", action="store_true", help=cli_texts.HELP_PACK_IMPORT_UPDATE
    )
    rollup = command("rollup", cli_texts.HELP_ROLLUP)
    rollup.arguments.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar=cli_texts.PATH_METAVAR,
        help=cli_texts.HELP_ROLLUP_FILES,
    )
    output(rollup, help=cli_texts.HELP_ROLLUP_OUTPUT)
    rollup.options.add_argument(
        "--xlsx", type=Path, metavar=cli_texts.FILE_METAVAR, help=cli_texts.HELP_ROLLUP_XLSX
    )
    rollup.options.add_argument(
        "--invited", type=Path, metavar=cli_texts.FILE_METAVAR, help=cli_texts.HELP_ROLLUP_INVITED
    )
    rollup.options.add_argument("--pack", metavar="ID[:VERSJON]", help=cli_texts.HELP_ROLLUP_PACK)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # A file manager or a double click runs «ovelse FILE.ovelse» (or a shared pack file,
    # «FILE.ovelsepakke»): that means the app.
    if words and words[0].lower().endswith((SESSION_SUFFIX, PACK_SUFFIX)):
        words.insert(0, "gui")
    # The language comes first, so that even --help and argparse's errors speak it.
    requested = language_from_argv(words)
    try:
        install(requested or detect())
    except CatalogueMissingError as missing:
        print(missing, file=sys.stderr)  # the program still works, in bokmål
    args = _parser().parse_args(words)
    command = args.command or "gui"
    if command == "validate":
        return _validate(args.paths)
    if command == "scenarios":
        return _scenarios(as_json=args.json)
    if command == "schema":
        return _schema(args.profile, args.output)
    if command == "export":
        from ovelse.commands import export_session

        return export_session(args.session, args.format, args.output)
    if command == "report":
        from ovelse.commands import report_session

        return report_session(
            args.session,
            args.output,
            log_by_role=args.by_role,
            kind=("public_pdf" if args.format == "pdf" else "public_docx")
            if args.public
            else args.format,
            language=requested,  # None: the pack's language, not the terminal's
            svg_png=_svg_painter(),
        )
    if command == "print":
        from ovelse.commands import print_kit

        kinds = _kit_kinds() if KIT_ALL in args.kit else args.kit
        return print_kit(
            args.pack,
            args.output,
            kinds=list(dict.fromkeys(kinds)),
            profile=args.profile,
            reveal=args.all_questions,
            svg_png=_svg_painter(),
        )
    if command == "export-dreiebok":
        from ovelse.commands import export_dreiebok

        return export_dreiebok(args.pack, args.output, profile=args.profile, as_csv=args.csv)
    if command == "import-dreiebok":
        from ovelse.commands import import_dreiebok

        if args.output is None and not args.dry_run:
            print(
                cli_texts.ERROR.format(prog="ovelse", message=cli_texts.NEED_OUTPUT),
                file=sys.stderr,
            )
            return 2
        return import_dreiebok(
            args.file,
            None if args.dry_run else args.output,
            mapping=args.map,
            media=args.media,
            into=args.into,
            start=args.start,
        )
    if command == "pack-export":
        from ovelse.commands import export_pack_file

        return export_pack_file(args.pack, args.output)
    if command == "result-export":
        from ovelse.commands import export_result_file

        return export_result_file(args.session, args.output, names=args.names, exempt=args.exempt)
    if command == "pack-import":
        from ovelse.commands import import_pack_file

        return import_pack_file(args.file, basedir=args.basedir, update=args.update)
    if command == "rollup":
        from ovelse.commands import roll_up

        return roll_up(
            args.files, args.output, xlsx=args.xlsx, invited=args.invited, pack=args.pack
        )
    if command == "selftest":
        from ovelse.selftest import selftest

        return selftest(gui=not args.no_gui)
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from ovelse.ui.launch import run_app

    return run_app(session=getattr(args, "session", None), basedir=args.basedir, language=requested)


def _svg_painter() -> Callable[[bytes], bytes | None]:
    """The window's SVG painter for a report or kit made here: Qt is started (offscreen)
    only when a picture is an SVG, so a pack without one never loads it."""
    from ovelse.ui.offscreen_svg import OffscreenSvgPainter

    return OffscreenSvgPainter()


def _kit_kinds() -> list[str]:
    """The kit's document names, from its model (which loads no PDF library)."""
    from ovelse.report.kit.model import KitKind

    return [kind.value for kind in KitKind]


def _validate(paths: list[Path]) -> int:
    from ovelse.scenario.errors import ScenarioError
    from ovelse.scenario.loader import load_pack, load_profile
    from ovelse.scenario.visible import visible

    failed = False
    for path in paths:
        # Problems show a pack's control characters escaped; so do these lines.
        shown = visible(str(path))
        try:
            if path.parent.name == "profiles" and path.suffix in (".yaml", ".yml"):
                pack = load_pack(path.parent.parent)
                load_profile(path, pack)
                print(cli_texts.VALIDATE_PROFILE_OK.format(path=shown, pack=pack.pack.id))
            else:
                pack = load_pack(path)
                injects = len(pack.pack.injects())
                print(
                    cli_texts.VALIDATE_PACK_OK.format(
                        path=shown,
                        injects=cli_texts.INJECTS_COUNTED.for_count(injects).format(count=injects),
                        profiles=cli_texts.PROFILES_COUNTED.for_count(len(pack.profiles)).format(
                            count=len(pack.profiles)
                        ),
                    )
                )
        except ScenarioError as exc:
            failed = True
            for problem in exc.problems:
                print(problem, file=sys.stderr)
    return 1 if failed else 0


def _scenarios(*, as_json: bool) -> int:
    from dataclasses import asdict

    from ovelse.scenario.library import PackSummary, load_library
    from ovelse.scenario.visible import visible

    packs, errors = load_library()
    summaries = [PackSummary.of(pack) for pack in packs]
    if as_json:
        print(json.dumps([asdict(summary) for summary in summaries], ensure_ascii=False, indent=2))
    else:
        for summary in summaries:
            details = cli_texts.SCENARIO_LINE.for_count(summary.injects).format(
                region=summary.region,
                hazard=summary.hazard,
                injects=summary.injects,
                duration=summary.duration,
                profiles=", ".join(summary.profiles) or "–",
            )
            print(
                visible(f"{summary.id:28} {summary.title}") + "\n" + visible(f"{'':28} {details}")
            )
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


def _schema(profile: bool, output: Path | None) -> int:
    from ovelse.scenario.model import Profile, ScenarioPack
    from ovelse.scenario.schema import schema_text

    text = schema_text(Profile if profile else ScenarioPack)
    if output is None:
        sys.stdout.write(text)
        return 0
    from ovelse.commands import write_failed
    from ovelse.export.atomic import write_atomically

    try:  # like every other output: whole or not at all, and said in one line
        write_atomically(output, text.encode("utf-8"))
    except OSError as exc:
        return write_failed(output, exc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
