"""How the projector draws the hot wash (umiddelbar evaluering) from its ``StageHotWash``.

The participant view holds one of these and lets it place its texts when the stage is a
hot wash; everything it shows comes from the stage, which carries only what the room said.
Sizes are shares of the window height, as in the rest of the view: the answers get a cap
height of at least 1/40 of the height for a typical round, never less than 1/50.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ovelse.ui import texts
from ovelse.ui.fit_text import BODY_MIN, BULLET, FitText, Paragraph
from ovelse.ui.stage import StageHotWash

CURSOR = "\u258c"  # ▌ where the words are being written
MARGIN = 0.045
HEADING = (0.045, 0.032)  # «Umiddelbar evaluering», and the place round the table
WHO = (0.075, 0.05)  # the role
BODY_MAX = 0.06


class HotWashScene:
    """The hot wash's texts in the participant view; hidden unless the stage is one."""

    def __init__(self, view: QWidget, accent: str) -> None:
        self.heading = FitText(view)
        self.place = FitText(view, align_right=True)
        self.who = FitText(view)
        self.body = FitText(view)
        self.heading.setObjectName("hot_wash_heading")
        self.place.setObjectName("hot_wash_place")
        self.who.setObjectName("hot_wash_who")
        self.body.setObjectName("hot_wash_body")
        self._accent = QColor(accent)

    def widgets(self) -> list[FitText]:
        return [self.heading, self.place, self.who, self.body]

    def colour(self, ink: QColor, muted: QColor) -> None:
        self.heading.setColors(self._accent, muted)
        for widget in (self.place, self.who, self.body):
            widget.setColors(ink, muted)

    def set(self, scene: StageHotWash | None) -> None:
        if scene is None:
            for widget in self.widgets():
                widget.setParagraphs([])
            return
        self.heading.setParagraphs([Paragraph(scene.heading, bold=True)])
        self.place.setParagraphs([Paragraph(scene.place, muted=True)] if scene.place else [])
        self.who.setParagraphs([Paragraph(scene.who, bold=True)])
        self.body.setParagraphs(_summary(scene) if scene.summary else _round(scene))

    def place_in(self, width: int, height: int) -> None:
        """Heading and place on the first line, the role under it, the answers below."""
        margin = int(height * MARGIN)
        inner = width - 2 * margin
        top = margin
        heading_h = int(height * HEADING[0] * 1.5)
        self.heading.setSizeRange(int(height * HEADING[0]), int(height * HEADING[1]))
        self.place.setSizeRange(int(height * HEADING[0]), int(height * HEADING[1]))
        _show(self.heading, QRect(margin, top, int(inner * 0.7), heading_h))
        _show(
            self.place, QRect(margin + int(inner * 0.7), top, inner - int(inner * 0.7), heading_h)
        )
        top += heading_h
        who_h = int(height * WHO[0] * 1.6)
        self.who.setSizeRange(int(height * WHO[0]), int(height * WHO[1]))
        _show(self.who, QRect(margin, top, inner, who_h))
        top += who_h + int(margin * 0.5)
        self.body.setSizeRange(int(height * BODY_MAX), int(height * BODY_MIN))
        _show(self.body, QRect(margin, top, inner, height - top - margin))


def _show(widget: FitText, rect: QRect) -> None:
    widget.setGeometry(rect)
    widget.setVisible(bool(widget.paragraphs()) and rect.height() > 4 and rect.width() > 4)


def _round(scene: StageHotWash) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    for prompt in scene.prompts:
        paragraphs.append(
            Paragraph(
                prompt.prompt, bold=True, muted=True, scale=0.8, gap_before=0.6 * bool(paragraphs)
            )
        )
        lines = [*prompt.answers]
        if prompt.typing is not None:
            lines.append(prompt.typing + CURSOR)
        if not lines:
            paragraphs.append(Paragraph("–", muted=True, gap_before=0.15))
        for line in lines:
            paragraphs.append(Paragraph("• " + line, gap_before=0.15, hang=BULLET))
    return paragraphs


def _summary(scene: StageHotWash) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    for prompt, count in scene.counts:
        counted = texts.HOT_WASH_COUNT.for_count(count).format(count=count)
        paragraphs.append(Paragraph(f"{prompt}  {counted}", gap_before=0.2 * bool(paragraphs)))
    paragraphs.append(Paragraph(texts.HOT_WASH_CHANGES, bold=True, gap_before=0.8))
    if not scene.changes:
        paragraphs.append(Paragraph("–", muted=True, gap_before=0.15))
    for text, role in scene.changes:
        paragraphs.append(Paragraph(f"• {text} ({role})", gap_before=0.2, hang=BULLET))
    return paragraphs
