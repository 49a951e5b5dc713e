"""The kit's one PDF renderer: a document of the kit, by kind, to a file or a stream."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from ovelse.report.document import FRAME_WIDTH, PathOrStream
from ovelse.report.kit import handouts, staff, texts
from ovelse.report.kit.model import Kit, KitKind
from ovelse.report.kit.page import KitStats, write_document


@dataclass(frozen=True)
class _Layout:
    name: Callable[[], str]  # read at use time, in the chosen language
    audience: Callable[[], str]
    pages: Callable[[Kit, float], list[Flowable]]
    cards: bool = False  # one card per top-level heading, handed round on its own


_LAYOUTS: dict[KitKind, _Layout] = {
    KitKind.DIRECTIVE: _Layout(
        lambda: texts.DIRECTIVE,
        lambda: texts.FOR_PARTICIPANTS,
        lambda kit, width: handouts.directive(kit.head, kit.directive, width),
    ),
    KitKind.DREIEBOK: _Layout(
        lambda: texts.DREIEBOK,
        lambda: texts.FOR_FACILITATOR,
        lambda kit, width: staff.dreiebok(kit.head, kit.dreiebok, width),
    ),
    KitKind.INJECT_CARDS: _Layout(
        lambda: texts.INJECT_CARDS,
        lambda: texts.FOR_PARTICIPANTS,
        lambda kit, width: handouts.inject_cards(kit.head, kit.inject_cards, width),
        cards=True,
    ),
    KitKind.ROLE_CARDS: _Layout(
        lambda: texts.ROLE_CARDS,
        lambda: texts.FOR_PARTICIPANTS,
        lambda kit, width: handouts.role_cards(kit.head, kit.role_cards, width),
        cards=True,
    ),
    KitKind.OBSERVER: _Layout(
        lambda: texts.OBSERVER,
        lambda: texts.FOR_OBSERVERS,
        lambda kit, width: staff.observer(kit.head, kit.observer, width),
    ),
    KitKind.HOTWASH: _Layout(
        lambda: texts.HOTWASH,
        lambda: texts.FOR_PARTICIPANTS,
        lambda kit, width: handouts.hotwash(kit.head, kit.hotwash, width),
    ),
}


def document_name(kind: KitKind) -> str:
    """The document's name as its pages and the window call it: «Innspillskort» …"""
    return _LAYOUTS[kind].name()


def document_audience(kind: KitKind) -> str:
    """Who the document is for: «Til deltakerne», «Til øvingsleder – ikke del ut» …"""
    return _LAYOUTS[kind].audience()


def write_kit_document(kit: Kit, kind: KitKind, target: PathOrStream) -> KitStats:
    """Write one document of the kit as PDF; a path is written atomically."""
    layout = _LAYOUTS[kind]
    flowables = layout.pages(kit, FRAME_WIDTH)
    return write_document(
        kit.head, layout.name(), layout.audience(), flowables, target, cards=layout.cards
    )
