"""The report the window writes shows the pack's SVG map too, painted by Qt."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from ovelse.ui.main_window import MainWindow
from ovelse.ui.svg_png import WIDTH, svg_png

from .conftest import FULL_PACK, Scripted
from .test_evaluation import ended_session


def test_the_windows_report_shows_the_svg_map_with_its_caption(
    window: MainWindow, qtbot, scripted: Scripted, tmp_path: Path
) -> None:
    ended_session(window, qtbot, scripted)
    window.go(4)
    report = window.report
    assert report is not None
    assert report.write("pdf", tmp_path / "rapport.pdf"), report.message.text()
    reader = PdfReader(tmp_path / "rapport.pdf")
    with_map = [
        page
        for page in reader.pages
        if any(image.image is not None and image.image.width == WIDTH for image in page.images)
    ]
    assert len(with_map) == 1
    text = " ".join(with_map[0].extract_text().split())
    assert "Kart over Nesseby" in text  # the caption, rendered for the profile


def test_an_svg_is_painted_in_its_own_shape_and_a_broken_one_is_not(qtbot) -> None:
    data = svg_png((FULL_PACK / "media" / "kart.svg").read_bytes())
    assert data is not None
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (WIDTH, WIDTH * 90 // 160)
        assert image.getpixel((WIDTH // 2, image.height // 2)) == (0x1F, 0x4E, 0x79)
    assert svg_png(b"<svg") is None
    assert svg_png(b"not a picture") is None
