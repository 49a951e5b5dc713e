"""Editing a pack: small operations, each returning the change it makes.

The editor's widgets never change a pack themselves. They ask an operation here for a
``Change``, apply it, and push it on their undo stack; undo applies ``change.inverse()``.
Every step of a change replaces one value at one place and remembers the value it
replaced, so a change is its own undo record and names exactly what the outline and the
form must redraw. A change applied to a draft it was not made for is refused
(``StaleChange``) instead of mixing two states of the pack.

Places are paths from the draft: ``("pack", "phases", 0, "injects", 2, "title")`` or
``("profiles", 1, "values", "kommune")``. ``field_path`` turns one into the validator's
``phases[0].injects[2].title``, so a problem is shown at the field it is about.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, get_args, get_origin

from ovelse.scenario import messages
from ovelse.scenario.model import (
    BoardItem,
    Inject,
    Objective,
    Phase,
    Profile,
    Question,
    ResponseCell,
    Role,
    ScenarioPack,
    SubGoal,
    Variable,
)
from ovelse.scenario.timing import Duration

Key = str | int
Path = tuple[Key, ...]


@dataclass(frozen=True)
class Draft:
    """The pack being edited and its profiles, as the author wrote them (roles unresolved)."""

    pack: ScenarioPack
    profiles: tuple[Profile, ...] = ()


@dataclass(frozen=True)
class Step:
    """One value replaced at one place."""

    path: Path
    before: Any
    after: Any


@dataclass(frozen=True)
class Change:
    """What an operation did: a label for the undo menu and the values it replaced."""

    label: str
    steps: tuple[Step, ...]

    def inverse(self) -> Change:
        return Change(
            self.label,
            tuple(Step(step.path, step.after, step.before) for step in reversed(self.steps)),
        )

    @property
    def paths(self) -> tuple[Path, ...]:
        return tuple(step.path for step in self.steps)


class StaleChange(ValueError):
    """A change made for another state of the draft; applying it would lose an edit."""


class EditError(ValueError):
    """An operation that cannot be done here (no such item, a name already used)."""


# --- reading and replacing values at a path ------------------------------------------------


def get(root: Any, path: Path) -> Any:
    value = root
    for key in path:
        if isinstance(key, int):
            if not isinstance(value, tuple) or not 0 <= key < len(value):
                raise EditError(f"no item {key} at {path}")
            value = value[key]
        elif isinstance(value, dict):
            if key not in value:
                raise EditError(f"no key {key!r} at {path}")
            value = value[key]
        elif dataclasses.is_dataclass(value) and hasattr(value, key):
            value = getattr(value, key)
        else:
            raise EditError(f"no field {key!r} at {path}")
    return value


def _put(root: Any, path: Path, value: Any) -> Any:
    if not path:
        return value
    key, rest = path[0], path[1:]
    if isinstance(key, int):
        items = list(root)
        items[key] = _put(items[key], rest, value)
        return tuple(items)
    if isinstance(root, dict):
        table = dict(root)
        table[key] = _put(table[key], rest, value)
        return table
    return dataclasses.replace(root, **{key: _put(getattr(root, key), rest, value)})


def apply(draft: Draft, change: Change) -> Draft:
    """The draft with ``change`` done; raises ``StaleChange`` if it was made for another."""
    for step in change.steps:
        current = get(draft, step.path)
        if current is not step.before and current != step.before:
            raise StaleChange(f"{field_path(step.path)} has changed since the edit was made")
        draft = _put(draft, step.path, step.after)
    return draft


def field_path(path: Path) -> str:
    """The validator's name of a place: ``phases[0].injects[2].title`` (without ``pack``)."""
    keys = path[1:] if path[:1] == ("pack",) else path
    text = ""
    for key in keys:
        if isinstance(key, int):
            text += f"[{key}]"
        else:
            text = f"{text}.{key}" if text else key
    return text


# --- types along a path, for new items -----------------------------------------------------


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _type_at(path: Path) -> Any:
    tp: Any = Draft
    for key in path:
        origin = get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            tp = next(arg for arg in get_args(tp) if arg is not type(None))
            origin = get_origin(tp)
        if origin is tuple:
            tp = get_args(tp)[0]
        elif origin is dict:
            tp = get_args(tp)[1]
        else:
            tp = _hints(tp)[str(key)]
    return tp


def _item_type(list_path: Path) -> type:
    try:
        tp = _type_at(list_path)
    except (KeyError, IndexError, TypeError):
        raise EditError(f"{list_path} is not a place in a pack") from None
    if get_origin(tp) is not tuple:
        raise EditError(f"{list_path} is not a list")
    item: type = get_args(tp)[0]
    return item


# --- the generic operations ----------------------------------------------------------------


def set_field(draft: Draft, path: Path, value: Any, label: str | None = None) -> Change:
    """Replace one value: a text, a time, a flag, a whole list of roles."""
    before = get(draft, path)
    return Change(label or messages.EDIT_FIELD, (Step(path, before, value),))


def insert(
    draft: Draft, list_path: Path, index: int, item: Any, label: str | None = None
) -> Change:
    items: tuple[Any, ...] = get(draft, list_path)
    index = max(0, min(index, len(items)))
    after = (*items[:index], item, *items[index:])
    order = [*range(index), None, *range(index, len(items))]
    steps = (Step(list_path, items, after), *_translated_questions(draft, list_path, order))
    return Change(label or messages.ADD_ITEM, steps)


def remove(draft: Draft, list_path: Path, index: int, label: str | None = None) -> Change:
    items: tuple[Any, ...] = get(draft, list_path)
    if not 0 <= index < len(items):
        raise EditError(f"no item {index} in {list_path}")
    after = (*items[:index], *items[index + 1 :])
    order: list[int | None] = [i for i in range(len(items)) if i != index]
    steps = (Step(list_path, items, after), *_translated_questions(draft, list_path, order))
    return Change(label or messages.DELETE_ITEM, steps)


def move(
    draft: Draft, list_path: Path, index: int, to_index: int, label: str | None = None
) -> Change:
    """Move an item within its list (``to_index`` counts in the list without it)."""
    items: tuple[Any, ...] = get(draft, list_path)
    if not 0 <= index < len(items):
        raise EditError(f"no item {index} in {list_path}")
    rest = [*items[:index], *items[index + 1 :]]
    to_index = max(0, min(to_index, len(rest)))
    rest.insert(to_index, items[index])
    order: list[int | None] = [i for i in range(len(items)) if i != index]
    order.insert(to_index, index)
    after = tuple(rest)
    steps = (Step(list_path, items, after), *_translated_questions(draft, list_path, order))
    return Change(label or messages.MOVE_ITEM, steps)


def _translated_questions(
    draft: Draft, list_path: Path, order: list[int | None]
) -> tuple[Step, ...]:
    """The inject's translated questions, kept in step with its questions.

    They pair with the questions by position, so adding, deleting or moving a question
    does the same to its translation. ``order`` says where each question of the new list
    stood before (None for a new one, which gets an empty translation).
    """
    if list_path[-1:] != ("questions",):
        return ()
    inject = get(draft, list_path[:-1])
    if not isinstance(inject, Inject) or inject.translation is None:
        return ()
    translated = inject.translation.questions
    if not translated or len(translated) > len(inject.questions):
        return ()
    texts = [translated[old] if old is not None and old < len(translated) else "" for old in order]
    while texts and not texts[-1]:
        texts.pop()
    path = (*list_path[:-1], "translation", "questions")
    return (Step(path, translated, tuple(texts)),)


def transfer(
    draft: Draft,
    from_list: Path,
    index: int,
    to_list: Path,
    to_index: int,
    label: str | None = None,
) -> Change:
    """Move an item from one list to another of the same kind (an inject to another phase)."""
    if from_list == to_list:
        return move(draft, from_list, index, to_index, label)
    if _item_type(from_list) is not _item_type(to_list):
        raise EditError(f"{from_list} and {to_list} hold different things")
    source: tuple[Any, ...] = get(draft, from_list)
    target: tuple[Any, ...] = get(draft, to_list)
    if not 0 <= index < len(source):
        raise EditError(f"no item {index} in {from_list}")
    to_index = max(0, min(to_index, len(target)))
    item = source[index]
    return Change(
        label or messages.MOVE_ITEM,
        (
            Step(from_list, source, (*source[:index], *source[index + 1 :])),
            Step(to_list, target, (*target[:to_index], item, *target[to_index:])),
        ),
    )


def set_key(
    draft: Draft, table_path: Path, key: str, value: Any, label: str | None = None
) -> Change:
    """Set one entry of a table (a variable, a board update, a profile value)."""
    table: dict[str, Any] = get(draft, table_path)
    if key in table:
        return Change(label or messages.EDIT_FIELD, (Step((*table_path, key), table[key], value),))
    return Change(label or messages.ADD_ITEM, (Step(table_path, table, {**table, key: value}),))


def remove_key(draft: Draft, table_path: Path, key: str, label: str | None = None) -> Change:
    table: dict[str, Any] = get(draft, table_path)
    if key not in table:
        raise EditError(f"no key {key!r} in {table_path}")
    after = {name: value for name, value in table.items() if name != key}
    return Change(label or messages.DELETE_ITEM, (Step(table_path, table, after),))


def rename_key(
    draft: Draft, table_path: Path, key: str, new_key: str, label: str | None = None
) -> Change:
    """Rename an entry in place, keeping the table's order (the file's order)."""
    table: dict[str, Any] = get(draft, table_path)
    if key not in table:
        raise EditError(f"no key {key!r} in {table_path}")
    if new_key != key and new_key in table:
        raise EditError(messages.NAME_TAKEN.format(name=new_key))
    after = {(new_key if name == key else name): value for name, value in table.items()}
    return Change(label or messages.EDIT_FIELD, (Step(table_path, table, after),))


# --- new items with ids that are free ------------------------------------------------------

_ID_PREFIX: dict[type, str] = {
    Phase: "f",
    Inject: "i",
    Objective: "m",
    Role: "rolle-",
    BoardItem: "punkt-",
    ResponseCell: "motspill-",
    Profile: "profil-",
}


def _ids(draft: Draft, cls: type) -> set[str]:
    """Ids in use by things of the kind ``cls`` (goals and sub-goals share theirs)."""
    pack = draft.pack
    if cls in (Objective, SubGoal):
        return {goal.id for goal in pack.objectives} | {
            sub.id for goal in pack.objectives for sub in goal.subgoals
        }
    found: dict[type, list[str]] = {
        Phase: [phase.id for phase in pack.phases],
        Inject: [inject.id for inject in pack.injects()],
        Role: [role.id for role in pack.roles],
        BoardItem: [item.id for item in pack.board],
        ResponseCell: [cell.id for cell in pack.response_cells],
        Profile: [profile.id for profile in draft.profiles],
    }
    return set(found.get(cls, []))


def free_id(draft: Draft, cls: type, prefix: str | None = None) -> str:
    """The first ``prefix``N not in use, e.g. ``i17`` for a new inject."""
    used = _ids(draft, cls)
    stem = prefix if prefix is not None else _ID_PREFIX.get(cls, "ny-")
    number = 1
    while f"{stem}{number}" in used:
        number += 1
    return f"{stem}{number}"


def new_item(draft: Draft, list_path: Path, index: int | None = None) -> Any:
    """A fresh item for the list at ``list_path``, with a free id and a text to replace."""
    cls = _item_type(list_path)
    if cls is Inject:
        items: tuple[Inject, ...] = get(draft, list_path)
        at = _time_for_new_inject(draft, list_path, len(items) if index is None else index)
        return Inject(id=free_id(draft, Inject), at=at, title=messages.NEW_INJECT_TITLE, text="")
    if cls is Phase:
        return Phase(id=free_id(draft, Phase), title=messages.NEW_PHASE_TITLE)
    if cls is Objective:
        return Objective(id=free_id(draft, Objective), title=messages.NEW_OBJECTIVE_TITLE)
    if cls is SubGoal:
        parent: Objective = get(draft, list_path[:-1])
        return SubGoal(
            id=free_id(draft, SubGoal, f"{parent.id}."), title=messages.NEW_SUBGOAL_TITLE
        )
    if cls is Role:
        return Role(id=free_id(draft, Role), title=messages.NEW_ROLE_TITLE)
    if cls is BoardItem:
        return BoardItem(id=free_id(draft, BoardItem), label=messages.NEW_BOARD_ITEM_LABEL)
    if cls is ResponseCell:
        return ResponseCell(
            id=free_id(draft, ResponseCell), actor=messages.NEW_RESPONSE_ACTOR, text=""
        )
    if cls is Question:
        roles = tuple(role.id for role in draft.pack.roles[:1])
        return Question(text=messages.NEW_QUESTION_TEXT, roles=roles)
    if cls is Profile:
        return Profile(format=1, id=free_id(draft, Profile), title=messages.NEW_PROFILE_TITLE)
    if cls is str:
        return ""
    raise EditError(f"cannot make a new {cls.__name__}")


def _time_for_new_inject(draft: Draft, list_path: Path, index: int) -> Duration:
    """The planned time of the inject before the new one, so the order stays valid."""
    before: Duration | None = None
    for phase_index, phase in enumerate(draft.pack.phases):
        here = ("pack", "phases", phase_index, "injects")
        for inject_index, inject in enumerate(phase.injects):
            if here == list_path and inject_index >= index:
                return before or Duration(0)
            before = inject.at
        if here == list_path:
            break
    return before or Duration(0)


def add(draft: Draft, list_path: Path, index: int | None = None) -> Change:
    """Add a fresh item (at the end unless ``index`` says where)."""
    items: tuple[Any, ...] = get(draft, list_path)
    at = len(items) if index is None else index
    return insert(draft, list_path, at, new_item(draft, list_path, at), messages.ADD_ITEM)


def duplicate(draft: Draft, list_path: Path, index: int) -> Change:
    """A copy of the item right after it, with a free id (sub-goals keep theirs distinct)."""
    items: tuple[Any, ...] = get(draft, list_path)
    if not 0 <= index < len(items):
        raise EditError(f"no item {index} in {list_path}")
    item: Any = items[index]
    if dataclasses.is_dataclass(item) and not isinstance(item, type) and hasattr(item, "id"):
        cls = type(item)
        copy_id = free_id(draft, cls, prefix=f"{item.id}-")
        if isinstance(item, Objective):
            used = _ids(draft, Objective) | {copy_id}
            subgoals = []
            for sub in item.subgoals:
                number = 1
                while f"{copy_id}.{number}" in used:
                    number += 1
                used.add(f"{copy_id}.{number}")
                subgoals.append(dataclasses.replace(sub, id=f"{copy_id}.{number}"))
            item = dataclasses.replace(item, id=copy_id, subgoals=tuple(subgoals))
        else:
            item = dataclasses.replace(item, id=copy_id)
    return insert(draft, list_path, index + 1, item, messages.DUPLICATE_ITEM)


# --- injects and phases, by name -----------------------------------------------------------


def injects_path(phase: int) -> Path:
    return ("pack", "phases", phase, "injects")


def inject_path(phase: int, index: int) -> Path:
    return (*injects_path(phase), index)


def add_inject(draft: Draft, phase: int, index: int | None = None) -> Change:
    change = add(draft, injects_path(phase), index)
    return dataclasses.replace(change, label=messages.ADD_INJECT)


def delete_inject(draft: Draft, phase: int, index: int) -> Change:
    return remove(draft, injects_path(phase), index, messages.DELETE_INJECT)


def duplicate_inject(draft: Draft, phase: int, index: int) -> Change:
    change = duplicate(draft, injects_path(phase), index)
    return dataclasses.replace(change, label=messages.DUPLICATE_INJECT)


def move_inject(draft: Draft, phase: int, index: int, to_phase: int, to_index: int) -> Change:
    """Reorder within a phase, or move to another phase."""
    return transfer(
        draft, injects_path(phase), index, injects_path(to_phase), to_index, messages.MOVE_INJECT
    )


def retime_inject(draft: Draft, phase: int, index: int, at: Duration) -> Change:
    return set_field(draft, (*inject_path(phase, index), "at"), at, messages.RETIME_INJECT)


def add_variable(draft: Draft, name: str | None = None) -> Change:
    variables = draft.pack.variables
    if name is None:
        number = 1
        while f"variabel_{number}" in variables:
            number += 1
        name = f"variabel_{number}"
    if name in variables:
        raise EditError(messages.NAME_TAKEN.format(name=name))
    variable = Variable(label=messages.NEW_VARIABLE_LABEL)
    return set_key(draft, ("pack", "variables"), name, variable, messages.ADD_VARIABLE)


def based_on(pack: ScenarioPack) -> str:
    """What a pack saved from ``pack`` records as its origin: ``<id> <version>``."""
    return f"{pack.id} {pack.version}"
