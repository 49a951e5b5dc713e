"""The demo pack, as the dreiebok tests start from it."""

from __future__ import annotations

import pytest

from ovelse.scenario.library import load_library
from ovelse.scenario.loader import LoadedPack


@pytest.fixture(scope="session")
def demo_pack() -> LoadedPack:
    packs, errors = load_library()
    assert not errors
    return next(loaded for loaded in packs if loaded.pack.id == "kom-i-gang")
