"""The pages of the documents handed to the table: directive, inject and role cards, hot
wash forms. They are drawn only from the participant models, which hold nothing private."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepInFrame,
    PageBreak,
    Spacer,
    Table,
)

from ovelse.report import markup
from ovelse.report.blocks import data_table, fact_table, paragraphs, subsection
from ovelse.report.heading import Heading
from ovelse.report.kit import texts
from ovelse.report.kit.look import bilingual, chapter, kit_styles, one_page, title_block
from ovelse.report.kit.model import (
    CardPicture,
    DirectiveDoc,
    HotwashDoc,
    InjectCard,
    KitHead,
    RoleCard,
)
from ovelse.report.kit.page import FRAME_HEIGHT
from ovelse.report.paragraph import Para
from ovelse.report.styles import ACCENT_LIGHT, RULE, boxed, styles

HOTWASH_GAP = 8 * mm
CARD_PICTURE_HEIGHT = 95 * mm  # a map on a card leaves room for the text and the questions
HOTWASH_BLANKS = 2  # forms without a role, for those who came without one


def _filled(value: str) -> list[Flowable]:
    """A text from Prepare, or a line to write it on by hand."""
    return paragraphs(value, placeholder=texts.WRITE_HERE)


def directive(head: KitHead, doc: DirectiveDoc, width: float) -> list[Flowable]:
    s = styles()
    fields = doc.fields
    story = title_block(texts.DIRECTIVE, head.title, head.municipality, texts.FOR_PARTICIPANTS)
    blank = texts.WRITE_HERE
    story.append(
        fact_table(
            [
                (texts.DATE, fields.date or blank),
                (texts.TIME, fields.time or blank),
                (texts.PLACE, fields.place or blank),
                (texts.EXERCISE_FORM, doc.exercise_form),
                (texts.DURATION, doc.duration),
                (texts.HAZARD, doc.hazard),
            ],
            width,
        )
    )
    story.append(chapter(texts.PURPOSE))
    story += paragraphs(doc.purpose)
    if doc.background.strip():
        story.append(chapter(texts.BACKGROUND))
        story += paragraphs(doc.background)
    story.append(chapter(texts.GOALS))
    for goal in doc.goals:
        story.append(Para(markup.line(f"{goal.id} {goal.title}"), kit_styles().label))
        if goal.description.strip():
            story += paragraphs(goal.description, s.muted)
        story += [
            Para(markup.line(f"{sub.id} {sub.title}"), s.bullet, bulletText="–")
            for sub in goal.subgoals
        ]
    story.append(chapter(texts.SCOPE))
    story += _filled(fields.scope)
    story.append(chapter(texts.ROLES))
    rows: list[list[Flowable | str]] = []
    for role in doc.roles:
        title = markup.line(role.title)
        if role.essential:
            title += f"<br/><font size='7'>{markup.line(texts.ESSENTIAL)}</font>"
        about = markup.text(role.description)
        if role.people:
            about += (
                "<br/><b>" + markup.line(texts.PEOPLE.format(names=", ".join(role.people))) + "</b>"
            )
        rows.append([Para(title, s.cell), Para(about, s.cell)])
    if rows:
        story.append(data_table((texts.ROLE, texts.ROLE_TASKS), rows, (width * 0.3, width * 0.7)))
    story.append(chapter(texts.RULES))
    story += paragraphs(fields.rules or texts.DEFAULT_RULES)
    story.append(chapter(texts.PRACTICAL))
    story += _filled(fields.practical)
    story.append(chapter(texts.CONTACT))
    story += _filled(fields.contact)
    return story


def inject_cards(head: KitHead, cards: tuple[InjectCard, ...], width: float) -> list[Flowable]:
    k = kit_styles()
    pages: list[Flowable] = []
    for card in cards:
        if pages:
            pages.append(PageBreak())
        # The bookmark stands outside the card, which may be set smaller as one block.
        pages.append(Heading("", k.bookmark, outline=_outline(card.number, card.title.text)))
        story: list[Flowable] = []
        meta = [texts.INJECT_NUMBER.format(number=card.number, total=card.total)]
        meta += [part for part in (card.phase, card.scenario_time) if part]
        story.append(Para(markup.line(" · ".join(meta)), k.card_meta))
        story.append(Para(markup.line(card.title.text), k.card_title))
        if card.title.second:
            story.append(Para(markup.line(card.title.second), k.title_second))
        if card.source:
            story.append(Para(markup.line(texts.SOURCE.format(source=card.source)), k.card_meta))
        story += bilingual(card.text, k.card_text, k.card_second, language=head.language)
        if card.picture is not None:
            story += _picture(card.picture, width)
        # A card that runs on breaks between questions, not under a label or a question.
        if card.questions:
            story.append(Spacer(1, 3 * mm))
            story.append(Para(markup.line(texts.QUESTIONS), k.card_label))
            for question in card.questions:
                story += bilingual(question.text, k.card_asked, k.card_second_asked)
                story.append(Para(markup.line(question.roles), k.card_roles))
        if card.board:
            story.append(Para(markup.line(texts.BOARD), k.card_label))
            story += [
                Para(markup.line(f"{line.label}: {line.value}"), k.card_question, bulletText="•")
                for line in card.board
            ]
        pages += one_page(story, width, FRAME_HEIGHT)
    return pages


def _picture(picture: CardPicture, width: float) -> list[Flowable]:
    """The picture the width of the text, or lower if tall, with its caption."""
    scale = min(width / picture.width, CARD_PICTURE_HEIGHT / picture.height)
    image = Image(
        io.BytesIO(picture.data), width=picture.width * scale, height=picture.height * scale
    )
    image.hAlign = "LEFT"
    story: list[Flowable] = [Spacer(1, 2 * mm), image]
    if picture.caption:
        story.append(Para(markup.line(picture.caption), styles().caption))
    return story


def _outline(number: int, title: str) -> str:
    return markup.stripped(f"{number}. {' '.join(title.split())}")


def role_cards(head: KitHead, cards: tuple[RoleCard, ...], width: float) -> list[Flowable]:
    s, k = styles(), kit_styles()
    story: list[Flowable] = []
    for card in cards:
        if story:
            story.append(PageBreak())
        story.append(Para(markup.line(texts.ROLE_CARDS), k.card_meta))
        story.append(
            Heading(markup.line(card.title), k.card_title, outline=markup.stripped(card.title))
        )
        if card.essential:
            story.append(Para(markup.line(texts.ESSENTIAL), k.card_meta))
        story.append(subsection(texts.ROLE_TASKS))
        story += paragraphs(card.description, k.card_question, placeholder=texts.ROLE_NO_TASKS)
        story.append(subsection(texts.ROLE_ALL if card.revealed else texts.ROLE_FIRST))
        if not card.questions:
            story.append(Para(markup.line(texts.ROLE_NONE), s.muted))
        for question in card.questions:
            story += bilingual(question.inject, s.meta, k.second, line=True)
            story += bilingual(question.text, k.card_question, k.card_second)
            if question.others:
                story.append(
                    Para(
                        markup.line(texts.ROLE_TOGETHER.format(roles=question.others)), k.card_roles
                    )
                )
        if card.later:
            later = texts.ROLE_LATER.for_count(card.later).format(count=card.later)
            story.append(Spacer(1, 4 * mm))
            story.append(Para(markup.line(later), s.muted))
    return story


def hotwash(head: KitHead, doc: HotwashDoc, width: float) -> list[Flowable]:
    """Half an A4 page per form: two to a sheet, to cut in the middle."""
    height = (FRAME_HEIGHT - HOTWASH_GAP) / 2 - 1
    story: list[Flowable] = []
    roles = [*doc.roles, *([""] * HOTWASH_BLANKS)]
    for index, role in enumerate(roles):
        if index and index % 2 == 0:
            story.append(PageBreak())
        elif index:
            story.append(Spacer(1, HOTWASH_GAP))
        story.append(CondPageBreak(height))
        story.append(_form(head, role, doc.prompts, width, height))
    return story


def _form(head: KitHead, role: str, prompts: tuple[str, ...], width: float, height: float) -> Table:
    s, k = styles(), kit_styles()
    top = 22 * mm
    part = (height - top) / len(prompts)
    who = texts.HOTWASH_ROLE.format(role=role or "__________________")
    heading: list[Flowable] = [
        Para(markup.line(texts.HOTWASH), s.cell_head),
        Para(markup.line(head.title), s.cell_muted),
        Para(markup.line(who), s.cell),
        Para(markup.line(f"{texts.HOTWASH_NAME}: ______________________________"), s.cell),
    ]
    # A long scenario title or role is set smaller rather than run into the first answer.
    inner = width - 12
    rows: list[list[Flowable | list[Flowable]]] = [
        [KeepInFrame(inner, top - 8, heading, mode="shrink")]
    ]
    rows += [[Para(markup.line(prompt), k.label)] for prompt in prompts]
    table = Table(rows, colWidths=[width], rowHeights=[top, *([part] * len(prompts))])
    table.setStyle(
        boxed(
            ("BOX", (0, 0), (-1, -1), 0.8, RULE),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return table
