"""Packs inside every per-file limit that multiply into gigabytes are refused cheaply.

Two ways to amplify: templates (2,000 texts each printing a 49,000-character variable
twice, times 50 profiles) and aliases (300,000 aliases to one 49,999-character text,
harmless while shared, fifteen gigabytes once a session snapshot writes them out). Both
are weighed against one budget of characters, and refused with a located message while
memory stays small.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from ovelse.scenario import messages
from ovelse.scenario.budget import MAX_TEXT_CHARS, MAX_TOTAL_RENDERED_CHARS, spaced
from ovelse.scenario.errors import Problem, ScenarioError
from ovelse.scenario.loader import load_pack
from tests.hardening.packs import write_amplifying_pack

T = TypeVar("T")

MEMORY_CEILING = 120 * 1024 * 1024  # bytes Python may hold at the peak of a refusal


@pytest.fixture
def peak() -> Iterator[Callable[[Callable[[], T]], tuple[T | ScenarioError, int]]]:
    def measure(run: Callable[[], T]) -> tuple[T | ScenarioError, int]:
        tracemalloc.start()
        try:
            result: T | ScenarioError = run()
        except ScenarioError as exc:
            result = exc
        finally:
            _, top = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        return result, top

    yield measure


def _problems(result: object) -> tuple[Problem, ...]:
    assert isinstance(result, ScenarioError), "the pack was accepted"
    return result.problems


def test_templates_that_multiply_a_long_variable_are_refused_at_the_text_that_overflows(
    tmp_path: Path, peak: Callable[[Callable[[], object]], tuple[object, int]]
) -> None:
    root = write_amplifying_pack(tmp_path / "pakke")
    result, top = peak(lambda: load_pack(root))
    problems = _problems(result)
    # One problem: the first rendering over budget ends the check, not fifty copies of it.
    assert len(problems) == 1
    problem = problems[0]
    # 49,000 × 2 characters per text: the 82nd text passes eight million.
    assert problem.path == "phases[0].injects[0].expected_actions[81]"
    assert problem.file == str(root / "scenario.yaml")
    assert problem.line == 20 + 81 and problem.column > 0
    assert problem.message == (
        messages.RENDERED_TOO_LONG.format(limit=spaced(MAX_TEXT_CHARS)) + " (med standardverdiene)"
    )
    assert top < MEMORY_CEILING, f"peak {top / 1e6:.0f} MB"


def test_profiles_that_each_fit_but_together_are_too_much_are_refused_at_the_profile(
    tmp_path: Path, peak: Callable[[Callable[[], object]], tuple[object, int]]
) -> None:
    # 2,000 × 2 × 1,900 = 7.6 million characters per rendering, under the budget of one;
    # fifty of them were 390 million, all kept alive (400 MB) before the total was capped.
    root = write_amplifying_pack(tmp_path / "pakke", chars=1900)
    result, top = peak(lambda: load_pack(root))
    problems = _problems(result)
    assert len(problems) == 1
    expected_profile = MAX_TOTAL_RENDERED_CHARS // (2000 * 2 * 1900)  # default counts too
    assert problems[0].file == str(root / "profiles" / f"p{expected_profile - 1:02d}.yaml")
    assert problems[0].message == messages.RENDERED_TOTAL_TOO_LONG.format(
        limit=spaced(MAX_TOTAL_RENDERED_CHARS)
    )
    assert top < MEMORY_CEILING, f"peak {top / 1e6:.0f} MB"


def test_a_value_typed_in_the_form_cannot_blow_up_the_session_snapshot(tmp_path: Path) -> None:
    root = write_amplifying_pack(tmp_path / "pakke", chars=10, profiles=0)
    loaded = load_pack(root)
    with pytest.raises(ScenarioError) as caught:
        loaded.render(loaded.values(overrides={"lang": "x" * 49_000}))
    assert caught.value.problems[0].message == messages.RENDERED_TOO_LONG.format(
        limit=spaced(MAX_TEXT_CHARS)
    )


def test_a_pack_keeps_only_a_few_renderings_alive(tmp_path: Path) -> None:
    root = write_amplifying_pack(tmp_path / "pakke", texts=10, chars=10, profiles=20)
    loaded = load_pack(root)
    for profile in loaded.profiles:
        loaded.render(loaded.values(profile))
    assert len(loaded._rendered) <= 4


def _alias_bomb(root: Path, aliases: int = 300_000, chars: int = 49_999) -> Path:
    root.mkdir()
    lines = [
        "format: 1",
        "id: aliaser",
        "title: Aliaser",
        "summary: Mange aliaser",
        "hazard: Strømbrudd",
        "region: Innlandet",
        "duration: 8h",
        f"author: &lang {'a' * chars}",
        "phases:",
        "  - id: f1",
        "    title: Fase",
        "    injects:",
        "      - id: i1",
        "        at: 0:00",
        "        title: Innspill",
        "        text: Tekst",
        "        expected_actions: [" + "*lang," * aliases + "]",
    ]
    (root / "scenario.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_aliases_are_weighed_by_the_text_they_stand_for(
    tmp_path: Path, peak: Callable[[Callable[[], object]], tuple[object, int]]
) -> None:
    root = _alias_bomb(tmp_path / "pakke")
    assert (root / "scenario.yaml").stat().st_size < 1.9e6
    result, top = peak(lambda: load_pack(root))
    problems = _problems(result)
    assert len(problems) == 1
    # Each alias weighs 49,999 characters; the one that passes eight million is named.
    over = MAX_TEXT_CHARS // 49_999
    assert problems[0].line == 17
    assert problems[0].column == len("        expected_actions: [") + over * len("*lang,") + 1
    assert problems[0].message == messages.EXPANDED_TOO_LONG.format(limit=spaced(MAX_TEXT_CHARS))
    assert top < MEMORY_CEILING, f"peak {top / 1e6:.0f} MB"


def test_aliases_of_short_texts_are_still_fine(tmp_path: Path) -> None:
    root = _alias_bomb(tmp_path / "pakke", aliases=1000, chars=40)
    assert len(load_pack(root).pack.injects()[0].expected_actions) == 1000
