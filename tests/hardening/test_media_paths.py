"""Picture paths that try to leave the pack, beyond the cases in
``tests/scenario/test_invalid_packs.py`` («..», absolute, a linked file, wrong type)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import load_pack
from tests.hardening.packs import PACK_FILE, copy_pack
from tests.hardening.tally import count

FIELD = "phases[0].injects[0].media[1].path"
LINE = "          - media/bilde.png"
POSIX = pytest.mark.skipif(os.name == "nt", reason="symbolic links and FIFOs are POSIX")


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    root = copy_pack(tmp_path / "pakke")
    outside = tmp_path / "utenfor"
    outside.mkdir()
    for name in ("bilde.png", "kart.svg", "x.png"):
        (outside / name).write_bytes(b"\x89PNG hemmelig")
    return root


def _use(pack: Path, path: str) -> None:
    file = pack / PACK_FILE
    quoted = path.replace("\\", "\\\\").replace('"', '\\"')
    quoted = quoted.replace("\x00", "\\0").replace("\n", "\\n")
    file.write_text(
        file.read_text(encoding="utf-8").replace(LINE, f'          - "{quoted}"'), encoding="utf-8"
    )


def _link_media_folder(pack: Path) -> None:
    media = pack / "media"
    for child in media.iterdir():
        child.unlink()
    media.rmdir()
    os.symlink(pack.parent / "utenfor", media)


def _link_subfolder(pack: Path) -> None:
    os.symlink(pack.parent / "utenfor", pack / "media" / "under")
    _use(pack, "media/under/x.png")


def _link_pack_inside_out(pack: Path) -> None:
    os.symlink(pack.parent / "utenfor", pack / "ut")
    _use(pack, "ut/../media/../ut/x.png")


def _fifo(pack: Path) -> None:
    os.mkfifo(pack / "media" / "rør.png")
    _use(pack, "media/rør.png")


def _ring(pack: Path) -> None:
    os.symlink("a.png", pack / "media" / "b.png")
    os.symlink("b.png", pack / "media" / "a.png")
    _use(pack, "media/a.png")


def _folder(pack: Path) -> None:
    (pack / "media" / "mappe.png").mkdir()
    _use(pack, "media/mappe.png")


LINKS: list[tuple[str, Callable[[Path], None], str]] = [
    ("the whole media folder links out", _link_media_folder, "peker ut av pakken"),
    ("a path through a linked folder", _link_subfolder, "peker ut av pakken"),
    ("«..» inside a linked folder", _link_pack_inside_out, "kan ikke gå ut av pakken"),
    ("a named pipe", _fifo, "er ikke en fil"),
    ("links in a ring", _ring, "finnes ikke i pakken"),
    ("a folder named like a picture", _folder, "er ikke en fil"),
]


@POSIX
@pytest.mark.parametrize(
    ("arrange", "words"), [case[1:] for case in LINKS], ids=[case[0] for case in LINKS]
)
def test_links_and_odd_files_are_refused(
    pack: Path, arrange: Callable[[Path], None], words: str
) -> None:
    arrange(pack)
    with pytest.raises(ScenarioError) as caught:
        load_pack(pack)
    assert any(words in problem.message for problem in caught.value.problems), caught.value
    count("media links and odd files refused")


PATHS = [
    ("«..» after a «.»", "media/./../../utenfor/x.png", "kan ikke gå ut av pakken"),
    ("«..» after a file name", "media/bilde.png/../../../utenfor/x.png", "kan ikke gå ut"),
    ("«..» between double slashes", "media//..//..//utenfor//x.png", "kan ikke gå ut"),
    ("«..» with backslashes", "media\\..\\..\\utenfor\\x.png", "kan ikke gå ut"),
    ("mixed slashes", "media/..\\../utenfor/x.png", "kan ikke gå ut"),
    ("a drive", "C:\\Users\\x.png", "må være relativ"),
    ("a drive-relative path", "c:x.png", "må være relativ"),
    ("a network share", "\\\\server\\deling\\x.png", "må være relativ"),
    ("a leading backslash", "\\utenfor\\x.png", "må være relativ"),
    ("a home folder", "~/x.png", "finnes ikke i pakken"),
    ("a file URL", "file:///etc/x.png", "finnes ikke i pakken"),
    ("a web address", "http://example.invalid/x.png", "finnes ikke i pakken"),
    ("percent-encoded dots", "media/%2e%2e/%2e%2e/utenfor/x.png", "finnes ikke i pakken"),
    ("a NUL byte", "media/bilde.png\x00.png", "kontrolltegn"),
    ("a line break", "media/bil\nde.png", "kontrolltegn"),
    ("a very long name", "media/" + "å" * 5000 + ".png", "bildet «media/"),
]


@pytest.mark.parametrize(
    ("path", "words"), [case[1:] for case in PATHS], ids=[case[0] for case in PATHS]
)
def test_paths_that_leave_the_pack_are_refused(pack: Path, path: str, words: str) -> None:
    _use(pack, path)
    with pytest.raises(ScenarioError) as caught:
        load_pack(pack)
    problem = caught.value.problems[0]
    assert problem.path == FIELD and words in problem.message
    count("media paths refused")


def test_backslashes_inside_the_pack_work_like_slashes(pack: Path) -> None:
    """A pack written on Windows loads, and its pictures reach the session."""
    _use(pack, "media\\bilde.png")
    loaded = load_pack(pack)
    pictures = loaded.media(loaded.render(loaded.values()))
    assert pictures["media\\bilde.png"] == (pack / "media" / "bilde.png").read_bytes()
