"""Names for screens a person recognises: «Skjerm 2 – 1920×1080», not the driver's «screen».

The chooser for the projector lists every screen; the system's own names are often
meaningless («screen», «HDMI-1», «\\\\.\\DISPLAY2»), so the label is built from the
number, the maker and model when the system reports them, and the resolution.
"""

from __future__ import annotations

from PySide6.QtGui import QScreen

from ovelse.ui import texts


def screen_label(screen: QScreen, number: int) -> str:
    """The screen's number in the list, its maker and model if known, and its pixels."""
    ratio = screen.devicePixelRatio()
    size = screen.geometry().size()
    width, height = round(size.width() * ratio), round(size.height() * ratio)
    model = " ".join(part.strip() for part in (screen.manufacturer(), screen.model()) if part)
    if model.strip():
        return texts.SCREEN_NAME_MODEL.format(
            number=number, model=model.strip(), width=width, height=height
        )
    return texts.SCREEN_NAME.format(number=number, width=width, height=height)
