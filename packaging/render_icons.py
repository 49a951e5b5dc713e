"""Render the application icon from its SVG source into every raster the platforms want.

Run it after editing ``assets/icons/app/ovelse.svg`` and commit what it writes:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

It writes ``hicolor/<n>x<n>/apps/ovelse.png`` (the freedesktop icon theme layout, used by
the .deb and by the Qt window icon), ``ovelse.ico`` (Windows: the executable, the
installer and the .ovelse file type) and ``ovelse.icns`` (the macOS bundle).

Qt draws (the same renderer the app itself uses for SVG); Pillow writes the files, so
the output carries no timestamps and re-running it on the same Qt gives the same bytes.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "assets" / "icons" / "app"
SOURCE = ICON_DIR / "ovelse.svg"

THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(source: Path, sizes: set[int]) -> dict[int, Image.Image]:
    """Every size drawn from the vector source (never scaled from another raster)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not a valid SVG for Qt")
    images: dict[int, Image.Image] = {}
    for size in sorted(sizes):
        canvas = QImage(size, size, QImage.Format.Format_RGBA8888_Premultiplied)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        straight = canvas.convertToFormat(QImage.Format.Format_RGBA8888)
        data = bytes(straight.constBits())
        images[size] = Image.frombuffer(
            "RGBA", (size, size), data, "raw", "RGBA", straight.bytesPerLine(), 1
        ).copy()
    return images


def write_all(images: dict[int, Image.Image], out: Path) -> list[Path]:
    written: list[Path] = []
    for size in THEME_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "ovelse.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        images[size].save(target, format="PNG", optimize=True)
        written.append(target)

    largest_ico = images[max(ICO_SIZES)]
    ico = out / "ovelse.ico"
    largest_ico.save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    written.append(ico)

    icns = out / "ovelse.icns"
    images[max(ICNS_SIZES)].save(
        icns, format="ICNS", append_images=[images[size] for size in ICNS_SIZES]
    )
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="the SVG to draw")
    parser.add_argument("--out", type=Path, default=ICON_DIR, help="folder to write into")
    args = parser.parse_args(argv)
    images = render(args.source, set(THEME_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    for path in write_all(images, args.out):
        print(f"{path.relative_to(args.out)}  {path.stat().st_size} B")
    return 0


if __name__ == "__main__":
    sys.exit(main())
