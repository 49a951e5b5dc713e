"""An SVG picture that names a file outside itself is not painted: Qt's SVG renderer
would open that file, so a pack (from a folder, a dreiebok or a session file sent from
elsewhere) could show a picture from the user's disk on the shared screen and put it in
the report. Pack files are refused at the door (tests/interchange/test_packfile.py);
these are the pictures that reach the screen and the report by the other ways."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ovelse.ui.participant import PictureView
from ovelse.ui.stage import StagePicture
from ovelse.ui.svg_png import svg_png


def _linking(tmp_path: Path) -> bytes:
    red = tmp_path / "privat.png"
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(red))
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="20" height="20"><image width="20" height="20" xlink:href="{red}"/></svg>'
    ).encode()


def test_the_report_gets_no_picture_of_a_file_on_the_disk(tmp_path: Path) -> None:
    assert svg_png(_linking(tmp_path)) is None
    own = b'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="9"/></svg>'
    assert svg_png(own) is not None


def test_the_shared_screen_shows_no_picture_of_a_file_on_the_disk(
    qtbot: QtBot, tmp_path: Path
) -> None:
    view = PictureView()
    qtbot.addWidget(view)
    view.setPicture(StagePicture("media/kart.svg", _linking(tmp_path)))
    assert not view.hasPicture()


def test_an_svg_named_png_is_not_painted_as_an_svg(qtbot: QtBot, tmp_path: Path) -> None:
    """Qt guesses a picture's format from its bytes: «kart.png» holding an SVG would be
    painted by the SVG renderer, past the check above. It is read as what its name says."""
    view = PictureView()
    qtbot.addWidget(view)
    view.setPicture(StagePicture("media/kart.png", _linking(tmp_path)))
    assert not view.hasPicture()
    png = tmp_path / "privat.png"
    view.setPicture(StagePicture("media/kart.png", png.read_bytes()))
    assert view.hasPicture()
