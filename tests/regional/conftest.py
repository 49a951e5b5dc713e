"""Result files from a region's kommuner, written once per module, and a PDF read back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from benchmarks.result_files import write_results
from pypdf import PdfReader


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def region(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 40 kommuners result files, as a statsforvalter collects them."""
    folder = tmp_path_factory.mktemp("innkomne")
    write_results(folder, 40)
    return folder
