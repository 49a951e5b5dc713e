"""The ``ovelse`` command: the app by default, and subcommands for headless work.

Subcommands never import Qt, so validation, listing, export and reports work on a
server or in CI; only the GUI path pays for PySide6.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ovelse import __version__
from ovelse.display import display_problem


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ovelse",
        description="Øvelse – diskusjonsøvelser for kommuner, uten nett.",
    )
    parser.add_argument("--version", action="version", version=f"Øvelse {__version__}")
    parser.add_argument(
        "--basedir", type=Path, help="mappe for innstillinger og økter (for testing)"
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    gui = sub.add_parser("gui", help="start programmet (standard)")
    gui.add_argument("session", nargs="?", type=Path, help="øktfil (.ovelse) som skal åpnes")

    validate = sub.add_parser("validate", help="kontroller scenariopakker og profiler")
    validate.add_argument("paths", nargs="+", type=Path, metavar="STI")

    scenarios = sub.add_parser("scenarios", help="list de innebygde scenariopakkene")
    scenarios.add_argument("--json", action="store_true", help="skriv listen som JSON")

    schema = sub.add_parser("schema", help="skriv JSON Schema for scenarioformatet")
    schema.add_argument("--profile", action="store_true", help="skjemaet for profiler")
    schema.add_argument("-o", "--output", type=Path, help="fil å skrive til (ellers standard ut)")

    export = sub.add_parser("export", help="eksporter en økt som JSON eller CSV")
    export.add_argument("session", type=Path)
    export.add_argument("--format", choices=("json", "csv"), required=True)
    export.add_argument("-o", "--output", type=Path, required=True)

    selftest = sub.add_parser("selftest", help=argparse.SUPPRESS)
    selftest.add_argument("--no-gui", action="store_true")

    report = sub.add_parser("report", help="lag evalueringsrapport (PDF) fra en økt")
    report.add_argument("session", type=Path)
    report.add_argument("-o", "--output", type=Path, required=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # A file manager or a double click runs «ovelse FILE.ovelse»: that means the app.
    if words and words[0].lower().endswith(".ovelse"):
        words.insert(0, "gui")
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

        return report_session(args.session, args.output)
    if command == "selftest":
        from ovelse.selftest import selftest

        return selftest(gui=not args.no_gui)
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from ovelse.ui.app import run_app

    return run_app(session=getattr(args, "session", None), basedir=args.basedir)


def _validate(paths: list[Path]) -> int:
    from ovelse.scenario.errors import ScenarioError
    from ovelse.scenario.loader import load_pack, load_profile

    failed = False
    for path in paths:
        try:
            if path.parent.name == "profiles" and path.suffix in (".yaml", ".yml"):
                pack = load_pack(path.parent.parent)
                load_profile(path, pack)
                print(f"{path}: OK (profil for «{pack.pack.id}»)")
            else:
                pack = load_pack(path)
                injects = len(pack.pack.injects())
                print(f"{path}: OK ({injects} innspill, {len(pack.profiles)} profiler)")
        except ScenarioError as exc:
            failed = True
            for problem in exc.problems:
                print(problem, file=sys.stderr)
    return 1 if failed else 0


def _scenarios(*, as_json: bool) -> int:
    from dataclasses import asdict

    from ovelse.scenario.library import PackSummary, load_library

    packs, errors = load_library()
    summaries = [PackSummary.of(pack) for pack in packs]
    if as_json:
        print(json.dumps([asdict(summary) for summary in summaries], ensure_ascii=False, indent=2))
    else:
        for summary in summaries:
            print(
                f"{summary.id:28} {summary.title}\n{'':28} {summary.region} · {summary.hazard} · "
                f"{summary.injects} innspill · {summary.duration} · profiler: "
                f"{', '.join(summary.profiles) or '–'}"
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
    else:
        output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
