"""The pack's map reaches the report: in «Om øvelsen → Scenario», captioned, from the session.

The picture is read from the session file's own copy, so the pack folder is deleted
before the report is made.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from ovelse.report import texts
from ovelse.report.from_session import write_docx_report, write_report
from ovelse.report.pictures import pack_pictures
from ovelse.scenario.loader import load_pack
from ovelse.store import Session

CAPTION = "Skjematisk kart over Nesseby med evakueringsveien"
ALT = "Kart med kommunesenteret, E6 og den avskårne bygda"


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def session_path(full_pack_copy: Path, tmp_path: Path) -> Path:
    """A session from a pack whose first inject shows a 4:3 map with a caption."""
    (full_pack_copy / "media" / "kart.png").write_bytes(_png(400, 300))
    yaml = full_pack_copy / "scenario.yaml"
    source = yaml.read_text(encoding="utf-8")
    short = "          - media/bilde.png\n"
    assert short in source
    yaml.write_text(
        source.replace(
            short,
            "          - path: media/kart.png\n"
            '            caption: "Skjematisk kart over {{ kommune }} med evakueringsveien"\n'
            f'            alt: "{ALT}"\n',
        ),
        encoding="utf-8",
    )
    loaded = load_pack(full_pack_copy)
    values = loaded.values(loaded.profile("samisk"))
    rendered = loaded.render(values)
    path = tmp_path / "kart.ovelse"
    Session.create(
        path, rendered, profile_id="samisk", variables=values, media=loaded.media(rendered)
    ).close()
    shutil.rmtree(full_pack_copy)  # the report must not need the pack
    return path


def test_the_packs_map_is_a_captioned_picture_in_the_scenario_section(
    session_path: Path,
) -> None:
    out = io.BytesIO()
    with Session.open(session_path, read_only=True) as session:
        write_report(session, out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    pages = [
        number
        for number, page in enumerate(reader.pages)
        if any(
            getattr(xobject.get_object(), "get", lambda _k: None)("/Subtype") == "/Image"
            for xobject in (page["/Resources"].get("/XObject") or {}).values()
        )
    ]
    assert len(pages) == 1, "one picture: the PNG map (the SVG is not placed)"
    text = " ".join(reader.pages[pages[0]].extract_text().split())
    assert CAPTION in text
    assert texts.SEC_SCENARIO in text
    image = next(iter(reader.pages[pages[0]].images))
    assert image.image is not None and image.image.size == (400, 300)


def test_the_picture_is_the_width_of_the_text_with_its_shape_kept(session_path: Path) -> None:
    out = io.BytesIO()
    with Session.open(session_path, read_only=True) as session:
        write_report(session, out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    placed: list[tuple[float, float]] = []
    for page in reader.pages:

        def visit(op: bytes, args: list[object], cm: list[float], tm: list[float]) -> None:
            if op == b"Do":
                placed.append((cm[0], cm[3]))

        page.extract_text(visitor_operand_before=visit)
    text_width = (210 - 24 - 20) / 25.4 * 72
    (width, height) = next((w, h) for w, h in placed if w > 100)
    assert width == pytest.approx(text_width, abs=1)
    assert height == pytest.approx(text_width * 3 / 4, abs=1)


def test_the_word_report_has_the_picture_with_its_description(session_path: Path) -> None:
    out = io.BytesIO()
    with Session.open(session_path, read_only=True) as session:
        write_docx_report(session, out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        pictures = [name for name in archive.namelist() if name.startswith("word/media/")]
    assert f'descr="{ALT}"' in body
    assert CAPTION in body
    assert len(pictures) == 2  # the timeline chart and the map


def test_a_stored_file_that_is_not_a_usable_picture_is_left_out(full_pack_copy: Path) -> None:
    loaded = load_pack(full_pack_copy)
    rendered = loaded.render(loaded.values(loaded.profile("samisk")))
    stored = {"media/kart.svg": b"<svg/>", "media/bilde.png": _png(8, 4)[:40]}
    assert pack_pictures(rendered, stored.get) == ()
    stored["media/bilde.png"] = _png(8, 4)
    (picture,) = pack_pictures(rendered, stored.get)
    assert (picture.width, picture.height) == (8, 4)


def test_a_picture_too_large_to_place_is_left_out(full_pack_copy: Path) -> None:
    """50 million pixels of one colour: a small file that would take gigabytes to place."""
    loaded = load_pack(full_pack_copy)
    rendered = loaded.render(loaded.values(loaded.profile("samisk")))
    out = io.BytesIO()
    Image.new("1", (10_000, 5_000)).save(out, "PNG")
    assert len(out.getvalue()) < 100_000
    assert pack_pictures(rendered, {"media/bilde.png": out.getvalue()}.get) == ()
