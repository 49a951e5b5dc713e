"""The whole paper kit for the largest built-in pack, against a bare ReportLab document.

The largest pack is the one with the most injects; the kit is all six documents for its
first profile, from the loaded pack (texts rendered for the profile, the models built,
each PDF laid out and written to memory). The floor is a plain ``SimpleDocTemplate`` per
document with the same number of pages, each page one paragraph of the pack's inject text
in the same embedded font, built in the same run. So the ratio is what the kit's layout
costs (cards, boxes, tables, furniture, «Side x av y»), not what its page count costs.
Prints, never asserts.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from benchmarks.common import HEADER, interleaved_best, row
from ovelse.app.kit import kit_for_pack
from ovelse.report import fonts, markup
from ovelse.report.kit.model import KitKind
from ovelse.report.kit.pdf import write_kit_document
from ovelse.scenario.library import load_library
from ovelse.scenario.loader import LoadedPack


def largest_pack() -> LoadedPack:
    packs, _ = load_library()
    return max(packs, key=lambda loaded: (len(loaded.pack.injects()), loaded.pack.id))


def whole_kit(loaded: LoadedPack) -> dict[KitKind, int]:
    """Every document of the kit written to memory; the page count of each."""
    profile = loaded.profiles[0] if loaded.profiles else None
    kit = kit_for_pack(loaded, profile)
    return {kind: write_kit_document(kit, kind, io.BytesIO()).pages for kind in KitKind}


def floor(pages: dict[KitKind, int], texts: list[str]) -> None:
    style = ParagraphStyle("floor", fontName=fonts.register(), fontSize=10, leading=14)
    for count in pages.values():
        story = []
        for number in range(count):
            if number:
                story.append(PageBreak())
            story.append(Paragraph(markup.text(texts[number % len(texts)]), style))
        SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1).build(story)


def main() -> list[str]:
    loaded = largest_pack()
    pages = whole_kit(loaded)  # also warms the fonts and styles, as the floor's first run
    texts = [inject.text for inject in loaded.pack.injects()]
    floor_s, kit_s = interleaved_best(lambda: floor(pages, texts), lambda: whole_kit(loaded), 5)
    total = sum(pages.values())
    return [
        row(
            f"paper kit, all 6 documents: «{loaded.pack.id}» ({len(loaded.pack.injects())} "
            f"injects, {len(loaded.pack.roles)} roles, {total} pages; floor {total} pages)",
            kit_s,
            floor_s,
            "≤ 2 s",
        )
    ]


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(main()))
