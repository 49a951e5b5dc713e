"""Render the paper kit's sample pages beside this script.

Run from the repository root: ``.venv/bin/python docs/print-sample/make_sample.py``. Needs
``pdftoppm`` (poppler-utils). The kit is the built-in Finnmark evacuation pack with the
Unjárga/Nesseby profile, its directive filled in as Prepare would (the texts are invented).
The pack's maps are SVG: they are painted with Qt, as the window does, on the offscreen
platform.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication  # noqa: E402

from ovelse.app.kit import kit_for_pack, write_kit  # noqa: E402
from ovelse.report.kit.model import KitKind  # noqa: E402
from ovelse.resources import builtin_scenarios  # noqa: E402
from ovelse.scenario.loader import load_pack  # noqa: E402
from ovelse.scenario.model import Directive  # noqa: E402
from ovelse.ui.svg_png import svg_png  # noqa: E402

PACK, PROFILE = "evakuering-ost-finnmark", "nesseby"
DIRECTIVE = Directive(
    date="Torsdag 11. mars 2027",
    time="09.00–12.30, lunsj 11.30",
    place="Kommunestyresalen, Unjárgga gieldda rádjeviessu / Nesseby rådhus, Varangerbotn",
    scope=(
        "Øvelsen omfatter kommunens kriseledelse og informasjon til innbyggerne. Politiets, "
        "Forsvarets og statsforvalterens egne vurderinger spilles av øvingsledelsen. Alle "
        "tall, navn og meldinger fra media er fiksjon."
    ),
    practical="Ta med beredskapsplanen og mobiltelefon. Kaffe fra 08.45.",
    contact="Beredskapskoordinator Áilu Hansen, tlf. 900 00 000",
)
# Document, page in it, and the name its image gets.
PAGES = (
    (KitKind.DIRECTIVE, 1, "1-ovingsdirektiv"),
    (KitKind.DREIEBOK, 2, "2-dreiebok"),
    (KitKind.INJECT_CARDS, 1, "3-innspillskort"),
    (KitKind.INJECT_CARDS, 4, "3b-innspillskort-samisk"),  # inject 4 is in Sámi too
    (KitKind.INJECT_CARDS, 7, "3c-innspillskort-kart"),  # inject 5 with its diagram
    (KitKind.ROLE_CARDS, 3, "4-rollekort"),
    (KitKind.OBSERVER, 1, "5-observatorskjema"),
    (KitKind.OBSERVER, -2, "6-loggark"),  # the log sheet's first of two pages
    (KitKind.HOTWASH, 1, "7-evalueringsskjema"),
)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    loaded = load_pack(builtin_scenarios() / PACK)
    profile = replace(loaded.profile(PROFILE), directive=DIRECTIVE)
    kit = kit_for_pack(loaded, profile, svg_png=svg_png)
    with tempfile.TemporaryDirectory() as folder:
        written = {
            Path(item.path).stem: item for item in write_kit(kit, list(KitKind), Path(folder))
        }
        for kind, page, name in PAGES:
            item = written[kind.value]
            number = page if page > 0 else (item.pages or 1) + 1 + page
            subprocess.run(
                [
                    *("pdftoppm", "-png", "-r", "60", "-singlefile"),
                    *("-f", str(number), "-l", str(number), str(item.path), str(HERE / name)),
                ],
                check=True,
            )
            print(f"{name}.png: {kind.value}, side {number} av {item.pages}")
    app.processEvents()


if __name__ == "__main__":
    main()
