"""The PDF as a file: embedded fonts, metadata, language, and identical bytes every time."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf.generic import DictionaryObject

from ovelse.report.document import build_report
from tests.report.conftest import Built
from tests.report.samples import realistic_report


def _fonts(built: Built) -> list[DictionaryObject]:
    found = []
    for page in built.reader.pages:
        resources = page["/Resources"].get_object()
        fonts = resources.get("/Font")
        if fonts is None:
            continue
        found += [ref.get_object() for ref in fonts.get_object().values()]
    return found


def test_only_embedded_dejavu_is_used(realistic: Built) -> None:
    fonts = _fonts(realistic)
    names = {str(font["/BaseFont"]) for font in fonts}
    assert names
    assert all("DejaVuSans" in name for name in names), names
    assert not any("Helvetica" in name for name in names)
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the TrueType program is in the file
    assert b"Helvetica" not in realistic.data


def test_bold_face_is_embedded_for_headings(realistic: Built) -> None:
    names = {str(font["/BaseFont"]) for font in _fonts(realistic)}
    assert any(name.endswith("DejaVuSans-Bold") for name in names)


def test_metadata_and_language(realistic: Built) -> None:
    report = realistic.report
    meta = realistic.reader.metadata
    assert meta is not None
    assert meta.title == report.title
    assert meta.author == f"{report.evaluator}, {report.facilitator}"
    assert "Unjárga/Nesseby" in (meta.subject or "")
    assert "evalueringsrapport" in str(meta.get("/Keywords"))
    assert meta.creation_date is not None and meta.creation_date.date() == report.dates[0]
    root = realistic.reader.trailer["/Root"]
    assert root["/Lang"] == "nb-NO"


def test_same_input_gives_identical_bytes(tmp_path: Path, realistic: Built) -> None:
    again = io.BytesIO()
    build_report(realistic_report(), again)
    target = tmp_path / "rapport.pdf"
    stats = build_report(realistic_report(), target)
    assert again.getvalue() == realistic.data
    assert target.read_bytes() == realistic.data
    assert stats.bytes == len(realistic.data)
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]  # no temporary file left
