"""Numbers and titles for cross-references, worked out once per report.

Readers of a printed report cannot follow ids like «m1.2» or «i-stromfall»; the report
numbers goals («1.2») and injects («Innspill 4») in the order they appear, and every
chapter and appendix uses the same numbers from here.
"""

from __future__ import annotations

from ovelse.report import texts
from ovelse.report.model import Goal, InjectRecord, Links, LogRecord, Note, ReportInput


class Index:
    def __init__(self, report: ReportInput) -> None:
        self.report = report
        self.goal_numbers: dict[str, str] = {}
        self.goal_parent: dict[str, str] = {}
        for number, goal in enumerate(report.goals, start=1):
            self.goal_numbers[goal.id] = str(number)
            for sub_number, sub in enumerate(goal.subgoals, start=1):
                self.goal_numbers[sub.id] = f"{number}.{sub_number}"
                self.goal_parent[sub.id] = goal.id
        self.inject_numbers = {i.id: n for n, i in enumerate(report.injects, start=1)}
        self.injects = {i.id: i for i in report.injects}
        self.role_titles = {role.id: role.title or role.id for role in report.roles}
        self.entry_ids = {entry.id for entry in report.entries}
        self.answer_ids = {answer.id for answer in report.hot_wash}

    def role_title(self, role_id: str) -> str:
        return self.role_titles.get(role_id, role_id)

    def inject(self, inject_id: str) -> InjectRecord | None:
        return self.injects.get(inject_id)

    def top_goal(self, goal_id: str) -> str:
        return self.goal_parent.get(goal_id, goal_id)

    def notes_for(self, goal: Goal, notes: tuple[Note, ...]) -> list[Note]:
        """Notes linked to the goal or any of its sub-goals, in their own order."""
        ids = {goal.id, *(sub.id for sub in goal.subgoals)}
        return [note for note in notes if ids.intersection(note.links.objectives)]

    def unlinked(self, notes: tuple[Note, ...]) -> list[Note]:
        known = set(self.goal_numbers)
        return [note for note in notes if not known.intersection(note.links.objectives)]

    def entries_by_inject(self) -> list[tuple[InjectRecord | None, list[LogRecord]]]:
        """Groups in the order injects were given, then entries tied to no inject."""
        groups: dict[str | None, list[LogRecord]] = {}
        for entry in self.report.entries:
            key = entry.inject_id if entry.inject_id in self.injects else None
            groups.setdefault(key, []).append(entry)
        order = sorted(
            (i for i in self.report.injects if i.id in groups),
            key=lambda i: (
                i.released_ms if i.released_ms is not None else 1 << 62,
                self.inject_numbers[i.id],
            ),
        )
        result: list[tuple[InjectRecord | None, list[LogRecord]]] = [
            (inject, groups[inject.id]) for inject in order
        ]
        if None in groups:
            result.append((None, groups[None]))
        return result

    def entries_by_role(self) -> list[tuple[str | None, list[LogRecord]]]:
        """Groups in the order of the role list; an entry for two roles is under both."""
        groups: dict[str | None, list[LogRecord]] = {role.id: [] for role in self.report.roles}
        for entry in self.report.entries:
            for role_id in entry.roles or (None,):
                groups.setdefault(role_id, []).append(entry)
        return [(role_id, entries) for role_id, entries in groups.items() if entries]

    def link_parts(self, links: Links) -> tuple[list[str], list[str], list[str]]:
        """Goal numbers, inject numbers and entry ids the links point to, unknown ones dropped."""
        goals = [self.goal_numbers[g] for g in links.objectives if g in self.goal_numbers]
        injects = [str(self.inject_numbers[i]) for i in links.injects if i in self.inject_numbers]
        entries = [e for e in links.entries if e in self.entry_ids]
        return goals, injects, entries


def links_text(index: Index, links: Links) -> str:
    """«Knyttet til: mål 1.2 · innspill 4, 7 · logg L12» as plain text, or empty."""
    goals, injects, entries = index.link_parts(links)
    parts = []
    if goals:
        parts.append(texts.LINK_GOALS.format(items=", ".join(goals)))
    if injects:
        parts.append(texts.LINK_INJECTS.format(items=", ".join(injects)))
    if entries:
        parts.append(texts.LINK_ENTRIES.format(items=", ".join(entries)))
    answers = [a for a in links.hot_wash if a in index.answer_ids]
    if answers:
        parts.append(texts.LINK_HOT_WASH.format(items=", ".join(answers)))
    return texts.LINKS_PREFIX + " · ".join(parts) if parts else ""
