"""A pack with its profile applied, turned into the kit's document models.

The pack comes rendered (every template filled in with the profile's values); the texts a
pack cannot know (date, place, rules of play …) come as a ``Directive``, from the profile
or from the session's Prepare step.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from ovelse import presentation
from ovelse.exercise import labels
from ovelse.exercise.evaluation import goal_ids
from ovelse.exercise.kinds import EntryKind, HotWashPrompt, MarkingKind, Rating
from ovelse.report import formats
from ovelse.report import texts as report_texts
from ovelse.report.kit.model import (
    Bilingual,
    BoardLine,
    CardPicture,
    CardQuestion,
    DirectiveDoc,
    DreiebokBlock,
    DreiebokDoc,
    GoalLine,
    HotwashDoc,
    InjectCard,
    Kit,
    KitHead,
    ObserverDoc,
    ObserverGoal,
    Response,
    RoleCard,
    RoleLine,
    RoleQuestion,
)
from ovelse.report.pictures import SvgPainter, readable
from ovelse.scenario.languages import second_language_name
from ovelse.scenario.model import Directive, Inject, Role, ScenarioPack
from ovelse.scenario.render import first_letter_upper
from ovelse.scenario.timing import format_offset

LOG_ROWS = 40  # two pages of the log sheet


def build_kit(
    pack: ScenarioPack,
    *,
    municipality: str,
    directive: Directive | None = None,
    marking: str | None = None,
    people: dict[str, tuple[str, ...]] | None = None,
    reveal: bool = False,
    media: Callable[[str], bytes | None] | None = None,
    svg_png: SvgPainter | None = None,
    at_table: Collection[str] = (),
) -> Kit:
    """The kit's models. ``marking`` overrides the pack's own (a session's choice);
    ``people`` names who fills each role (by role id); ``reveal`` puts every question of
    the exercise on the role cards, not only those asked at the start. ``media`` reads a
    picture by its path in the pack, for the inject cards; an SVG needs ``svg_png`` (the
    window's painter) and is left out without it, as in the report. ``at_table`` (role ids)
    limits the role cards, the evaluation forms and the directive's roles to the roles
    someone fills; empty, every role of the pack is printed."""
    injects = tuple(sorted(pack.injects(), key=lambda inject: inject.at.seconds))
    seated = tuple(role for role in pack.roles if not at_table or role.id in at_table)
    head = KitHead(
        title=pack.title,
        municipality=municipality,
        marking=labels.MARKINGS[MarkingKind(pack.marking)] if marking is None else marking,
        language=second_language_name(pack),
    )
    return Kit(
        head=head,
        directive=_directive(pack, seated, directive or Directive(), people or {}),
        dreiebok=DreiebokDoc(
            summary=pack.summary,
            duration=formats.duration(pack.duration.seconds * 1000),
            board=tuple(BoardLine(item.label, item.value) for item in pack.board),
            blocks=_blocks(pack, injects),
        ),
        inject_cards=tuple(
            _card(pack, inject, n, len(injects), _picture(inject, media, svg_png))
            for n, inject in _numbered(injects)
        ),
        role_cards=tuple(_role_card(pack, injects, role.id, reveal) for role in seated),
        observer=ObserverDoc(
            goals=_observer_goals(pack, injects),
            ratings=tuple(labels.RATINGS[rating] for rating in Rating),
            kinds=tuple(presentation.kind(kind) for kind in EntryKind),
            log_rows=LOG_ROWS,
        ),
        hotwash=HotwashDoc(
            roles=tuple(role.title or role.id for role in seated),
            prompts=tuple(labels.HOT_WASH_PROMPTS[prompt] for prompt in HotWashPrompt),
        ),
    )


def _numbered(injects: tuple[Inject, ...]) -> list[tuple[int, Inject]]:
    return list(enumerate(injects, start=1))


def _title(pack: ScenarioPack, role_id: str) -> str:
    role = pack.role(role_id)
    return (role.title or role.id) if role is not None else role_id


def _roles(pack: ScenarioPack, role_ids: tuple[str, ...]) -> str:
    return presentation.role_list(_title(pack, role) for role in role_ids)


def _title_of(inject: Inject) -> Bilingual:
    second = inject.translation.title if inject.translation is not None else ""
    return Bilingual(inject.title, second)


def _text_of(inject: Inject) -> Bilingual:
    second = inject.translation.text if inject.translation is not None else ""
    return Bilingual(inject.text, second)


def _question_of(inject: Inject, index: int) -> Bilingual:
    """The question and its translation, which the pack gives in the same order."""
    seconds = inject.translation.questions if inject.translation is not None else ()
    return Bilingual(inject.questions[index].text, seconds[index] if index < len(seconds) else "")


def _questions(pack: ScenarioPack, inject: Inject) -> tuple[CardQuestion, ...]:
    return tuple(
        CardQuestion(_question_of(inject, index), _roles(pack, question.roles))
        for index, question in enumerate(inject.questions)
    )


def _board(pack: ScenarioPack, inject: Inject) -> tuple[BoardLine, ...]:
    labels_by_id = {item.id: item.label for item in pack.board}
    return tuple(
        BoardLine(labels_by_id.get(item_id, item_id), update.value)
        for item_id, update in inject.board.items()
    )


def _scenario_time(inject: Inject) -> str:
    when = inject.scenario_time
    return labels.scenario_time_text(when) if when is not None else ""


def _phase(pack: ScenarioPack, inject: Inject) -> str:
    phase = pack.phase_of(inject.id)
    return phase.title if phase is not None else ""


def _picture(
    inject: Inject, media: Callable[[str], bytes | None] | None, svg_png: SvgPainter | None
) -> CardPicture | None:
    """The inject's first picture that can be printed (an SVG only with a painter)."""
    if media is None:
        return None
    for ref in inject.media:
        data = media(ref.path)
        if data and ref.path.lower().endswith(".svg"):
            data = svg_png(data) if svg_png is not None else None
        picture = readable(data) if data else None
        if picture is not None:
            data, width, height = picture
            return CardPicture(data, width, height, ref.caption, ref.alt or ref.caption)
    return None


def _card(
    pack: ScenarioPack, inject: Inject, number: int, total: int, picture: CardPicture | None
) -> InjectCard:
    return InjectCard(
        number=number,
        total=total,
        phase=_phase(pack, inject),
        scenario_time=_scenario_time(inject),
        title=_title_of(inject),
        text=_text_of(inject),
        source=inject.source,
        questions=_questions(pack, inject),
        board=_board(pack, inject),
        picture=picture,
    )


def _blocks(pack: ScenarioPack, injects: tuple[Inject, ...]) -> tuple[DreiebokBlock, ...]:
    """One block per inject in time order; the first of each phase says the phase."""
    blocks: list[DreiebokBlock] = []
    last_phase = None
    for number, inject in _numbered(injects):
        block = _block(pack, inject, number, len(injects))
        phase = pack.phase_of(inject.id)
        if phase is not None and phase.id != last_phase:
            block = replace(block, phase_starts=True, phase_description=phase.description)
            last_phase = phase.id
        blocks.append(block)
    return tuple(blocks)


def _block(pack: ScenarioPack, inject: Inject, number: int, total: int) -> DreiebokBlock:
    cells = {cell.id: cell for cell in pack.response_cells}
    goals = goal_ids(pack)
    return DreiebokBlock(
        number=number,
        total=total,
        planned=format_offset(inject.at.seconds),
        scenario_time=_scenario_time(inject),
        phase=_phase(pack, inject),
        title=_title_of(inject),
        text=_text_of(inject),
        source=inject.source,
        optional=inject.optional,
        notes=inject.notes,
        questions=_questions(pack, inject),
        expected=inject.expected_actions,
        stall=inject.stall_prompts,
        responses=tuple(
            Response(cells[ref].actor, cells[ref].channel, cells[ref].text)
            for ref in inject.responses
            if ref in cells
        ),
        board=_board(pack, inject),
        goals=tuple(f"{goal} {goals[goal]}" for goal in inject.objectives if goal in goals),
    )


def _role_question(pack: ScenarioPack, inject: Inject, index: int, role: str) -> RoleQuestion:
    others = tuple(other for other in inject.questions[index].roles if other != role)
    return RoleQuestion(_title_of(inject), _question_of(inject, index), _roles(pack, others))


def _role_card(
    pack: ScenarioPack, injects: tuple[Inject, ...], role_id: str, reveal: bool
) -> RoleCard:
    asked = [
        (number, inject, index)
        for number, inject in enumerate(injects)
        for index, question in enumerate(inject.questions)
        if role_id in question.roles
    ]
    # Without «reveal», only what the first inject asks: the rest would tell the table
    # what is going to happen before the facilitator gives it.
    shown = [item for item in asked if reveal or item[0] == 0]
    role = pack.role(role_id)
    return RoleCard(
        title=_title(pack, role_id),
        description=role.description if role is not None else "",
        essential=role.essential if role is not None else False,
        questions=tuple(_role_question(pack, inject, i, role_id) for _, inject, i in shown),
        later=len(asked) - len(shown),
        revealed=reveal,
    )


def _observer_goals(pack: ScenarioPack, injects: tuple[Inject, ...]) -> tuple[ObserverGoal, ...]:
    def exercised(goal_id: str) -> tuple[str, ...]:
        return tuple(
            f"{number}. {' '.join(inject.title.split())}"
            for number, inject in _numbered(injects)
            if goal_id in inject.objectives
        )

    goals: list[ObserverGoal] = []
    for objective in pack.objectives:
        goals.append(
            ObserverGoal(
                objective.id,
                objective.title,
                objective.description,
                "",
                subgoal=False,
                injects=exercised(objective.id),
            )
        )
        goals.extend(
            ObserverGoal(
                sub.id,
                sub.title,
                sub.description,
                sub.indicator,
                subgoal=True,
                injects=exercised(sub.id),
            )
            for sub in objective.subgoals
        )
    return tuple(goals)


def _directive(
    pack: ScenarioPack,
    roles: tuple[Role, ...],
    fields: Directive,
    people: dict[str, tuple[str, ...]],
) -> DirectiveDoc:
    return DirectiveDoc(
        exercise_form=first_letter_upper(pack.exercise_form) or report_texts.DEFAULT_EXERCISE_FORM,
        duration=formats.duration(pack.duration.seconds * 1000),
        hazard=pack.hazard,
        purpose=pack.purpose,
        background=pack.background,
        goals=tuple(
            GoalLine(
                objective.id,
                objective.title,
                objective.description,
                tuple(GoalLine(sub.id, sub.title) for sub in objective.subgoals),
            )
            for objective in pack.objectives
        ),
        roles=tuple(
            RoleLine(
                role.title or role.id, role.description, role.essential, people.get(role.id, ())
            )
            for role in roles
        ),
        fields=fields,
    )
