"""Any text a pack can hold survives the workbook: written as text, read back the same."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ovelse.interchange.importing import import_dreiebok
from ovelse.interchange.workbook import workbook_bytes
from ovelse.scenario.loader import load_pack

DEMO = Path(__file__).parents[2] / "scenarios" / "kom-i-gang"
PACK = load_pack(DEMO).pack

# Text as a pack holds it: no control characters but line breaks and tabs, no template
# braces (those are checked against the pack's variables), not blank.
CHARACTERS = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="{}\ufffe\uffff"
) | st.sampled_from(["\n", "\t"])
PIECES = st.text(alphabet=CHARACTERS, max_size=30) | st.sampled_from(
    ["=SUM(A1)", "+47 22 00 00 00", "-", "@alle", "_x000D_", "  ", "'", "«ŋ ŧ»", "\n\n"]
)
TEXT = st.lists(PIECES, min_size=1, max_size=4).map("".join).filter(lambda text: text.strip() != "")


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, text=TEXT, notes=TEXT)
def test_texts_survive_export_and_import(
    title: str, text: str, notes: str, tmp_path_factory: object
) -> None:
    first = PACK.phases[0]
    inject = dataclasses.replace(first.injects[0], title=title, text=text, notes=notes)
    phase = dataclasses.replace(first, injects=(inject, *first.injects[1:]))
    pack = dataclasses.replace(PACK, phases=(phase, *PACK.phases[1:]))
    folder = tmp_path_factory.mktemp("tekst")  # type: ignore[attr-defined]
    source = folder / "dreiebok.xlsx"
    source.write_bytes(workbook_bytes(pack))

    result = import_dreiebok(source, None, media_root=DEMO)

    assert [str(p) for p in result.problems] == []
    assert result.pack is not None
    back = result.pack.injects()[0]
    assert (back.title, back.text, back.notes) == (title, text, notes)
