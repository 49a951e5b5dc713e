"""An inject as the facilitator reads it (notes, questions, expected actions, motspill).

Built as HTML for a read-only ``QTextBrowser``; every piece of pack or user text goes
through ``html.escape`` first, because it is data, not markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING

from ovelse.exercise import labels
from ovelse.exercise.evidence import mark_text
from ovelse.scenario.languages import language_name
from ovelse.scenario.timing import ScenarioTime, format_offset
from ovelse.ui import texts
from ovelse.ui.shortcuts import CONSOLE_KEYS

if TYPE_CHECKING:
    from ovelse.exercise.checklist import ChecklistItem
    from ovelse.scenario.model import Inject, ScenarioPack


def _paragraphs(text: str) -> str:
    blocks = [block.strip() for block in text.split("\n\n") if block.strip()]
    # Single line breaks in YAML block text are the author's wrapping, not paragraphs.
    return "".join(f"<p>{escape(' '.join(block.split()))}</p>" for block in blocks)


def _items(values: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(value)}</li>" for value in values) + "</ul>"


def _second_language(inject: Inject, pack: ScenarioPack) -> str:
    """The inject's texts in the pack's second language, as the shared screen shows them."""
    second = inject.translation
    if second is None or pack.translation is None:
        return ""
    parts = [f"<div class='second'><h3>{escape(language_name(pack.translation.language))}</h3>"]
    if second.title:
        parts.append(f"<p><b>{escape(second.title)}</b></p>")
    parts.append(_paragraphs(second.text))
    questions = [text for text in second.questions if text]
    if questions:
        parts.append(_items(questions))
    return "".join(parts) + "</div>"


def inject_html(
    inject: Inject,
    pack: ScenarioPack,
    role_title: Callable[[str], str],
    *,
    scenario_time: ScenarioTime | None = None,
    planned: bool = True,
    private: bool = True,
    actions: Sequence[ChecklistItem] | None = None,
) -> str:
    """The whole inject; with ``private`` False only what participants will see.

    ``actions``, for an inject given, are its expected and observed actions as ticked in
    the run (Ctrl+K), shown in place of the pack's bare list.
    """
    parts = [f"<h2>{escape(inject.title)}</h2>"]
    meta = []
    if planned:
        meta.append(texts.INJECT_PLANNED.format(offset=format_offset(inject.at.seconds)))
    when = scenario_time or inject.scenario_time
    if when is not None:
        meta.append(texts.INJECT_SCENARIO_TIME.format(time=labels.scenario_time_text(when)))
    if inject.source:
        meta.append(texts.INJECT_SOURCE.format(source=inject.source))
    if meta:
        parts.append(f"<p class='meta'>{escape(' · '.join(meta))}</p>")
    if private and inject.notes.strip():
        parts.append(
            f"<div class='notes'><h3>{escape(texts.INJECT_NOTES)}</h3>"
            f"{_paragraphs(inject.notes)}</div>"
        )
    parts.append(_paragraphs(inject.text))
    if inject.questions:
        parts.append(f"<h3>{escape(texts.INJECT_QUESTIONS)}</h3><ul>")
        for question in inject.questions:
            roles = ", ".join(role_title(role) for role in question.roles)
            parts.append(
                f"<li>{escape(question.text)}"
                + (f" <i>({escape(texts.INJECT_ROLES.format(roles=roles))})</i>" if roles else "")
                + "</li>"
            )
        parts.append("</ul>")
    parts.append(_second_language(inject, pack))
    if inject.media:
        captions = [ref.caption or ref.path for ref in inject.media]
        parts.append(f"<h3>{escape(texts.INJECT_MEDIA)}</h3>{_items(captions)}")
    if inject.board:
        board_labels = {item.id: item.label for item in pack.board}
        updates = [
            f"{board_labels.get(item_id, item_id)}: {update.value}"
            + (f" ({texts.BOARD_STATUS_LABELS.get(update.status, '')})" if update.status else "")
            for item_id, update in inject.board.items()
        ]
        parts.append(f"<h3>{escape(texts.INJECT_BOARD)}</h3>{_items(updates)}")
    if private:
        if actions:
            rows = "".join(
                f"<li>{escape(item.text)} — <i>{escape(mark_text(item.mark))}</i></li>"
                for item in actions
            )
            key = CONSOLE_KEYS["checklist"].keys[0]
            parts.append(f"<h3>{escape(texts.INJECT_EXPECTED)}  ({key})</h3><ul>{rows}</ul>")
        elif inject.expected_actions:
            parts.append(
                f"<h3>{escape(texts.INJECT_EXPECTED)}</h3>{_items(list(inject.expected_actions))}"
            )
        if inject.stall_prompts:
            parts.append(
                f"<h3>{escape(texts.INJECT_STALL)}</h3>{_items(list(inject.stall_prompts))}"
            )
        cells = {cell.id: cell for cell in pack.response_cells}
        replies = [cells[cell_id] for cell_id in inject.responses if cell_id in cells]
        if replies:
            parts.append(f"<h3>{escape(texts.INJECT_RESPONSES)}</h3>")
            for cell in replies:
                who = (
                    texts.INJECT_RESPONSE_LINE.format(actor=cell.actor, channel=cell.channel)
                    if cell.channel
                    else cell.actor
                )
                parts.append(f"<p><b>{escape(who)}:</b> {escape(cell.text)}</p>")
    return "".join(parts)


STYLE = """
h2 { margin: 0 0 4px 0; }
h3 { margin: 10px 0 2px 0; color: #1d4e89; }
p.meta { color: #555555; }
div.notes { background-color: #fff4cc; }
div.second { color: #1d4e89; }
"""
