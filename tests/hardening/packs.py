"""Helpers for hostile-pack tests: a private pack folder and the «loads or refuses cleanly»
property every test in this folder checks."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ovelse.scenario.errors import Problem, ScenarioError
from ovelse.scenario.loader import LoadedPack, load_pack
from ovelse.scenario.validate import media_file
from tests.conftest import FULL_PACK

PACK_FILE = "scenario.yaml"
PROFILES = ("enkel.yaml", "samisk.yaml")


def copy_pack(target: Path) -> Path:
    shutil.copytree(FULL_PACK, target)
    return target


@contextmanager
def edited(root: Path, files: dict[str, str | bytes]) -> Iterator[None]:
    """Write ``files`` (relative paths) into the pack, and put the originals back after."""
    saved = {name: (root / name).read_bytes() for name in files if (root / name).exists()}
    try:
        for name, content in files.items():
            data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
            (root / name).write_bytes(data)
        yield
    finally:
        for name in files:
            if name in saved:
                (root / name).write_bytes(saved[name])
            else:
                (root / name).unlink(missing_ok=True)


# Words of the YAML parser's and Jinja2's English; none may reach an author.
PARSER_ENGLISH = re.compile(
    r"\b(found|expected|allowed|while scanning|while parsing|mapping|token|indentation|"
    r"stream|unexpected|Encountered|Jinja)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"«[^«»]*»")


def assert_no_english(problem: Problem) -> None:
    """The message, leaving out what it quotes from the pack, has no parser English."""
    own_words = _QUOTED.sub("«»", problem.message)
    assert not PARSER_ENGLISH.search(own_words), problem.message


def load_or_refuse(root: Path) -> LoadedPack | None:
    """The promise for any input: a usable pack, or a ``ScenarioError`` that says where.

    A pack that loads must render for every profile and keep every picture inside the
    pack; anything but a ``ScenarioError`` propagates and fails the test.
    """
    try:
        loaded = load_pack(root)
    except ScenarioError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.file and problem.message.strip()
            assert problem.line >= 0 and problem.column >= 0
            assert_no_english(problem)
        return None
    for profile in (None, *loaded.profiles):
        rendered = loaded.render(loaded.values(profile))
        pictures = loaded.media(rendered)
        outside = [
            path
            for path in pictures
            if not media_file(root, path).resolve().is_relative_to(root.resolve())
        ]
        assert outside == [], "a picture from outside the pack was read"
    return loaded


def write_amplifying_pack(
    root: Path, *, texts: int = 2000, chars: int = 49_000, profiles: int = 50
) -> Path:
    """A pack inside every per-file limit whose renderings together are gigabytes.

    Each of ``texts`` templated texts expands a ``chars``-long variable twice, and every
    profile gives the variable a different value, so no rendering can be shared.
    """
    root.mkdir(parents=True, exist_ok=True)
    lines = [
        "format: 1",
        "id: forsterker",
        "title: Forsterker",
        "summary: Mange maler",
        "hazard: Strømbrudd",
        "region: Innlandet",
        "duration: 8h",
        "variables:",
        f"  lang: {{ label: Lang, default: {'a' * chars} }}",
        "roles: [ordforer]",
        "phases:",
        "  - id: f1",
        "    title: Fase",
        "    injects:",
        "      - id: i1",
        "        at: 0:00",
        "        title: Innspill",
        "        text: Tekst",
        "        expected_actions:",
    ]
    lines += [f'          - "{n} {{{{ lang }}}}{{{{ lang }}}}"' for n in range(texts)]
    (root / PACK_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "profiles").mkdir(exist_ok=True)
    for n in range(profiles):
        value = chr(ord("b") + n % 20) * (chars - 3) + f"{n:03d}"
        (root / "profiles" / f"p{n:02d}.yaml").write_text(
            f"format: 1\nid: p{n:02d}\ntitle: Profil {n}\nvalues:\n  lang: {value}\n",
            encoding="utf-8",
        )
    return root
