"""Loading checks each profile's rendering by counting; it must say what rendering says.

A pack is refused at load time for a text that a profile would make too long or that
cannot be rendered, and the renderings themselves are made only when a profile is chosen.
Both must agree, text for text, and the texts a profile gets must not depend on which
profile was rendered before it.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ovelse.resources import builtin_scenarios
from ovelse.scenario.binding import to_plain
from ovelse.scenario.loader import load_pack
from ovelse.scenario.model import Objective, SubGoal
from ovelse.scenario.render import (
    MAX_OUTPUT_CHARS,
    RenderBudget,
    check_rendering,
    render_object,
    render_plan,
    template_fields,
)

SHARDS = [
    "{{ kommune }}",
    "{{sted}}",
    "{{ ukjent }}",
    "{{ kommune|upper }}",
    "{% if sted %}ved {{ sted }}{% endif %}",
    "{{ kommune < 1 }}",
    "{{ kommune",
    "{ ",
    "}",
    "Tekst ",
    "\n",
    "\n\n",
    "- ",
]
TEXTS = st.lists(st.sampled_from(SHARDS), min_size=1, max_size=6).map("".join)
VALUES = st.fixed_dictionaries(
    {
        "kommune": st.sampled_from(["Nesseby", "", "x" * (MAX_OUTPUT_CHARS // 3)]),
        "sted": st.sampled_from(["rådhuset", "y" * 400_000]),
    }
)


def _goal(texts: list[str]) -> Objective:
    return Objective(
        id="m1",
        title=texts[0],
        description=texts[1],
        subgoals=tuple(SubGoal(id=f"m1.{i}", title=text) for i, text in enumerate(texts[2:])),
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS, min_size=2, max_size=8), VALUES, st.sampled_from([10_000, 2_000_000]))
def test_counting_reports_what_rendering_reports(
    texts: list[str], values: dict[str, str], limit: int
) -> None:
    goal = _goal(texts)
    rendered: list[tuple[str, str]] = []
    counted: list[tuple[str, str]] = []
    render_budget = RenderBudget(limit=limit)
    count_budget = RenderBudget(limit=limit)

    render_object(
        goal, values, lambda path, message: rendered.append((path, message)), render_budget
    )
    templated = [(path, text) for path, text in template_fields(goal) if "{" in text]
    check_rendering(
        render_plan(templated),
        values,
        lambda path, message: counted.append((path, message)),
        count_budget,
    )

    assert counted == rendered
    assert count_budget.used == render_budget.used


def test_a_profile_gets_the_same_texts_whichever_was_rendered_before(tmp_path: Path) -> None:
    root = builtin_scenarios() / "langvarig-strombrudd"
    first = load_pack(root)
    choices = [None, *first.profiles]
    alone = [to_plain(load_pack(root).render(first.values(choice))) for choice in choices]
    # One pack, its profiles in turn and back again, past what it keeps between calls.
    for choice, expected in [*zip(choices, alone, strict=True), *zip(choices, alone, strict=True)]:
        first._rendered.clear()
        assert to_plain(first.render(first.values(choice))) == expected
