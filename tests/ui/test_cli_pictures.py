"""``ovelse report`` and ``ovelse print`` show a pack's SVG maps as the window does.

Each command runs as its own process, with no display and no ``QT_QPA_PLATFORM``, as
over SSH or in CI: it starts Qt offscreen itself, and only when a picture is an SVG.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PageObject, PdfReader
from PySide6.QtWidgets import QApplication

from ovelse import cli_texts
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import Inject, ScenarioPack
from ovelse.store.session import Session
from ovelse.ui.offscreen_svg import OffscreenSvgPainter, Painter
from ovelse.ui.svg_png import svg_png

FINNMARK = Path(__file__).resolve().parents[2] / "scenarios" / "evakuering-ost-finnmark"
MAP = "media/kart-evakuering.svg"


def ovelse(*args: str | Path, prelude: str = "") -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, without a display or a chosen Qt platform."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    code = f"import sys\n{prelude}\nfrom ovelse.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def finnmark() -> tuple[ScenarioPack, dict[str, bytes]]:
    loaded = load_pack(FINNMARK)
    pack = loaded.render(loaded.values(loaded.profile("nesseby")))
    return pack, loaded.media(pack)


def session_file(path: Path, *, pictures: bool) -> Path:
    pack, media = finnmark()
    with Session.create(path, pack, profile_id="nesseby", media=media if pictures else {}) as s:
        s.exercise.start()
        s.exercise.release_next()
        s.exercise.end()
    return path


def map_inject(pack: ScenarioPack) -> Inject:
    return next(inject for inject in pack.injects() if any(m.path == MAP for m in inject.media))


def pixels(image: Image.Image) -> bytes:
    return image.convert("RGB").tobytes()


def window_map(app: QApplication) -> bytes:
    """The map as the window paints it for its report and kit (the same Qt painter)."""
    painted = svg_png((FINNMARK / MAP).read_bytes())
    assert painted is not None
    with Image.open(io.BytesIO(painted)) as image:
        return pixels(image)


def pictures_on(page: PageObject) -> list[bytes]:
    return [pixels(image.image) for image in page.images if image.image is not None]


def test_report_from_the_command_line_shows_the_map_the_window_paints(
    tmp_path: Path, qapp: QApplication
) -> None:
    session = session_file(tmp_path / "finnmark.ovelse", pictures=True)
    pdf = tmp_path / "rapport.pdf"
    done = ovelse("report", session, "-o", pdf)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    pack, _ = finnmark()
    caption = next(m.caption for m in map_inject(pack).media if m.path == MAP)
    with_map = [page for page in PdfReader(pdf).pages if window_map(qapp) in pictures_on(page)]
    assert len(with_map) == 1
    assert caption[:40] in " ".join(with_map[0].extract_text().split())


def test_inject_cards_from_the_command_line_show_the_map_on_the_injects_card(
    tmp_path: Path, qapp: QApplication
) -> None:
    pdf = tmp_path / "innspillskort.pdf"
    done = ovelse("print", FINNMARK, "--profile", "nesseby", "--kit", "innspillskort", "-o", pdf)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    pack, _ = finnmark()
    number = [inject.id for inject in pack.injects()].index(map_inject(pack).id) + 1
    # A card in two languages runs over onto pages of its own: each page belongs to the
    # card whose «Innspill n av m» came last.
    card: list[PageObject] = []
    on_card = 0
    for page in PdfReader(pdf).pages:
        heading = re.search(r"Innspill (\d+) av \d+", page.extract_text())
        on_card = int(heading.group(1)) if heading else on_card
        if on_card == number:
            card.append(page)
    assert map_inject(pack).title in card[0].extract_text()
    assert [window_map(qapp)] == [shown for page in card for shown in pictures_on(page)]


def test_a_session_without_svg_pictures_never_loads_qt(tmp_path: Path) -> None:
    session = session_file(tmp_path / "uten-bilder.ovelse", pictures=False)
    check = (
        "import atexit\n"
        "atexit.register(lambda: print('qt' if 'PySide6' in sys.modules else 'no qt',"
        " file=sys.stderr))\n"
    )
    for args in (
        ("report", session, "-o", tmp_path / "rapport.pdf"),
        ("print", session, "--kit", "alle", "-o", tmp_path / "kit"),
    ):
        done = ovelse(*args, prelude=check)
        assert done.returncode == 0, done.stderr
        assert done.stderr.strip() == "no qt"


def test_when_qt_cannot_start_the_report_is_written_without_the_map_and_says_so(
    tmp_path: Path,
) -> None:
    session = session_file(tmp_path / "finnmark.ovelse", pictures=True)
    pdf = tmp_path / "rapport.pdf"
    # As on a machine where PySide6 (or a library it needs) is missing.
    done = ovelse("report", session, "-o", pdf, prelude="sys.modules['PySide6'] = None")
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1  # said once, though the pack has two SVG pictures
    assert lines[0].startswith(
        "ovelse: merk: kartene og de andre SVG-bildene blir ikke med i filen"
    )
    assert "PySide6" in lines[0]
    assert all(not page.images for page in PdfReader(pdf).pages)
    assert "Skrev" in done.stdout


def test_a_platform_that_needs_a_display_is_not_started_without_one() -> None:
    said: list[str] = []

    def start() -> Painter:
        raise AssertionError("Qt would end the process here")

    painter = OffscreenSvgPainter(start=start, environ={"QT_QPA_PLATFORM": "xcb"}, say=said.append)
    assert painter(b"<svg/>") is None
    assert painter(b"<svg/>") is None
    assert said == [
        cli_texts.SVG_LEFT_OUT.format(reason=cli_texts.SVG_PLATFORM_UNUSABLE.format(platform="xcb"))
    ]
    assert not painter.started


@pytest.mark.parametrize(("given", "used"), [(None, "offscreen"), ("minimal", "minimal")])
def test_qt_is_started_offscreen_unless_a_platform_is_chosen(given: str | None, used: str) -> None:
    environ = {} if given is None else {"QT_QPA_PLATFORM": given}
    started: list[str] = []

    def start() -> Painter:
        started.append(environ["QT_QPA_PLATFORM"])
        return lambda data: b"png"

    painter = OffscreenSvgPainter(start=start, environ=environ)
    assert not painter.started
    assert painter(b"<svg/>") == b"png"
    assert painter(b"<svg/>") == b"png"
    assert started == [used]
