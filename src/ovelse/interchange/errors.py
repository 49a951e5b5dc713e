"""Problems with a workbook, located by sheet and cell («Innspill!D14») like the loader's."""

from __future__ import annotations

from dataclasses import dataclass

from ovelse.scenario.visible import visible


@dataclass(frozen=True)
class SheetProblem:
    """One thing wrong with (or worth knowing about) the input, at a place a planner finds.

    ``place`` is «Innspill!D14», «Innspill!rad 7», «Roller» or the file's name; ``field``
    is the column's header in lower case, or "" when the place says it all.
    """

    place: str
    field: str
    message: str

    def __str__(self) -> str:
        field = f" {self.field}:" if self.field else ""
        return visible(f"{self.place}:{field} {self.message}")


class InterchangeError(Exception):
    """Input refused as a whole, or a pack that would not validate; every problem found."""

    def __init__(self, problems: list[SheetProblem]) -> None:
        if not problems:
            raise ValueError("InterchangeError needs at least one problem")
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in problems))

    @classmethod
    def single(cls, place: str, message: str) -> InterchangeError:
        return cls([SheetProblem(place, "", message)])
