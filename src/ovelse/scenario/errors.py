"""Errors that point at a place in a scenario file, in words an author understands."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ovelse.scenario.visible import visible


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, located as precisely as the input allows."""

    file: str
    line: int  # 1-based; 0 when the problem is about the file as a whole
    column: int  # 1-based; 0 when unknown
    path: str  # field path such as ``phases[0].injects[2].at``; "" for the whole file
    message: str

    def __str__(self) -> str:
        """The problem as one line, with a pack's control characters shown, not obeyed."""
        place = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        field = f" {self.path}:" if self.path else ""
        return visible(f"{place}:{field} {self.message}")


class ScenarioError(Exception):
    """A pack or profile that cannot be used; carries every problem found, not just one."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("ScenarioError needs at least one problem")
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in problems))

    @classmethod
    def single(
        cls, file: Path | str, message: str, *, line: int = 0, column: int = 0, path: str = ""
    ) -> ScenarioError:
        return cls([Problem(str(file), line, column, path, message)])
