"""Loading a pack folder: parse, bind, check, and prove it renders for every profile.

A pack that loads here can be rendered for any of its profiles without surprises, so the
UI never meets a template error halfway through an exercise.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ovelse.scenario import messages, yamlsafe
from ovelse.scenario.binding import Located, bind, nearest
from ovelse.scenario.budget import MAX_TEXT_CHARS, MAX_TOTAL_RENDERED_CHARS, spaced
from ovelse.scenario.catalogue import STANDARD_ROLES, standard_role
from ovelse.scenario.collector import collector_held
from ovelse.scenario.errors import Problem, ScenarioError
from ovelse.scenario.model import Profile, Role, ScenarioPack
from ovelse.scenario.render import (
    RenderBudget,
    RenderPlan,
    Unchanged,
    check_rendering,
    render_object,
    render_plan,
)
from ovelse.scenario.validate import check_pack, check_profile, media_file, media_problem

PACK_FILE = "scenario.yaml"
PROFILE_DIR = "profiles"
MAX_PROFILES = 50
# Renderings kept for the next call: a few choices in the prepare page, and never more
# text than one rendering may hold, so fifty large profiles are not all kept alive.
KEPT_RENDERINGS = 4
KEPT_CHARS = MAX_TEXT_CHARS


@dataclass(frozen=True)
class LoadedPack:
    """A checked pack: its unrendered texts, where they came from, and its profiles."""

    root: Path
    pack: ScenarioPack
    profiles: tuple[Profile, ...]
    located: Located
    _rendered: dict[tuple[tuple[str, str], ...], tuple[ScenarioPack, int]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _unchanged: Unchanged = field(default_factory=Unchanged, compare=False, repr=False)

    @property
    def file(self) -> Path:
        return self.root / PACK_FILE

    def profile(self, profile_id: str) -> Profile:
        for profile in self.profiles:
            if profile.id == profile_id:
                return profile
        raise KeyError(profile_id)

    def values(
        self, profile: Profile | None = None, overrides: Mapping[str, str] | None = None
    ) -> dict[str, str]:
        """Variable values: defaults, then the profile, then what the user typed."""
        values = {name: variable.default for name, variable in self.pack.variables.items()}
        if profile is not None:
            values.update(profile.values)
        if overrides:
            values.update({key: value for key, value in overrides.items() if key in values})
        return values

    def render(self, values: Mapping[str, str]) -> ScenarioPack:
        """The pack with every text rendered; raises ``ScenarioError`` naming the fields."""
        key = tuple(sorted(values.items()))
        cached = self._rendered.get(key)
        if cached is not None:
            return cached[0]
        rendered, size = self._rendering(values)
        self._keep(key, rendered, size)
        return rendered

    def _rendering(self, values: Mapping[str, str]) -> tuple[ScenarioPack, int]:
        """A fresh rendering and its size in characters, kept by no one but the caller."""
        problems: list[Problem] = []

        def collect(path: str, message: str) -> None:
            problems.append(self.located.problem(path, message))

        budget = RenderBudget()
        with collector_held():
            rendered = render_object(self.pack, values, collect, budget, self._unchanged)
        if problems:
            raise ScenarioError(problems)
        return rendered, budget.used

    def _keep(self, key: tuple[tuple[str, str], ...], rendered: ScenarioPack, size: int) -> None:
        """Keep a rendering for the next call, dropping the oldest to stay within limits."""
        if size > KEPT_CHARS:
            return
        kept = sum(chars for _, chars in self._rendered.values())
        while self._rendered and (
            len(self._rendered) >= KEPT_RENDERINGS or kept + size > KEPT_CHARS
        ):
            oldest = next(iter(self._rendered))
            kept -= self._rendered.pop(oldest)[1]
        self._rendered[key] = (rendered, size)

    def media(self, pack: ScenarioPack | None = None) -> dict[str, bytes]:
        """Bytes of every picture the pack's injects show, for the session snapshot."""
        found: dict[str, bytes] = {}
        for inject in (pack or self.pack).injects():
            for ref in inject.media:
                if ref.path not in found and media_problem(self.root, ref.path) is None:
                    found[ref.path] = media_file(self.root, ref.path).read_bytes()
        return found


def load_pack(path: Path) -> LoadedPack:
    """Load the pack in folder ``path`` (or whose ``scenario.yaml`` is ``path``)."""
    with collector_held():
        return _load_pack(path)


def _load_pack(path: Path) -> LoadedPack:
    if path.suffix in (".yaml", ".yml"):
        root, file = path.parent, path
    else:
        root, file = path, path / PACK_FILE
    if not root.is_dir():
        raise ScenarioError.single(path, "mappen finnes ikke")
    if not file.exists():
        raise ScenarioError.single(file, f"fant ikke {PACK_FILE} i mappen")
    # A pipe or a device by that name is refused by ``read_text`` (and never opened).
    _check_inside(root, file)
    pack, located = bind(yamlsafe.load(file), ScenarioPack, str(file))
    problems: list[Problem] = []
    bound: list[BoundProfile] = []
    profile_dir = root / PROFILE_DIR
    if profile_dir.is_dir():
        files = sorted(profile_dir.glob("*.y*ml"))
        if len(files) > MAX_PROFILES:
            problems.append(too_many_profiles(profile_dir))
        for profile_file in files[:MAX_PROFILES]:
            try:
                _check_inside(root, profile_file)
                profile, profile_located = bind(
                    yamlsafe.load(profile_file), Profile, str(profile_file)
                )
            except ScenarioError as exc:
                problems += exc.problems
                continue
            bound.append(BoundProfile(profile, profile_located))
    loaded, problems = check_bound(root, pack, located, bound, problems)
    if loaded is None:
        raise ScenarioError(problems)
    return loaded


@dataclass(frozen=True)
class BoundProfile:
    """A profile read into the model, and where its fields stood."""

    profile: Profile
    located: Located


def too_many_profiles(profile_dir: Path) -> Problem:
    return Problem(str(profile_dir), 0, 0, "", f"mer enn {MAX_PROFILES} profiler")


def check_bound(
    root: Path,
    pack: ScenarioPack,
    located: Located,
    profiles: Sequence[BoundProfile],
    earlier: Sequence[Problem] = (),
) -> tuple[LoadedPack | None, list[Problem]]:
    """Every check after binding, for a pack read from disk and for the editor's draft
    alike, so the editor shows exactly what loading the saved pack would say.

    ``earlier`` are problems found while reading (a profile that would not bind); like
    those found here, they stop the pack before its renderings are checked.
    """
    problems: list[Problem] = []
    pack = _resolve_roles(pack, located, problems)
    templated: list[tuple[str, str]] = []
    problems += check_pack(pack, located, root, templated)
    problems += earlier

    checked: list[Profile] = []
    profile_files: dict[str, str] = {}
    for item in profiles:
        profile, profile_located = item.profile, item.located
        found = check_profile(profile, profile_located, pack)
        if any(existing.id == profile.id for existing in checked):
            found.append(
                profile_located.problem(
                    "id", f"profil-id-en «{profile.id}» er brukt i en annen profil"
                )
            )
        problems += found
        if not found:
            checked.append(profile)
            profile_files[profile.id] = profile_located.file
    if problems:
        return None, problems

    loaded = LoadedPack(root, pack, tuple(checked), located)
    problems += _check_renderings(loaded, profile_files, render_plan(templated))
    return (None if problems else loaded), problems


def _check_renderings(
    loaded: LoadedPack, profile_files: Mapping[str, str], plan: RenderPlan
) -> list[Problem]:
    """Check that the pack renders for the defaults and for every profile, with the
    problems and sizes a rendering would give, without making the renderings: each is
    made when it is first asked for (``LoadedPack.render``).

    Each rendering is capped (``RenderBudget``), and all of them together are capped too,
    so fifty profiles of a pack near the cap cannot take minutes or gigabytes to check.
    A rendering over its cap ends the check: the pack must change whatever the profile.
    """
    problems: list[Problem] = []
    total = 0
    for choice in (None, *loaded.profiles):
        values = loaded.values(choice)
        found: list[Problem] = []
        budget = RenderBudget()
        check_rendering(plan, values, _collector(loaded.located, found), budget)
        suffix = f" (med profilen «{choice.id}»)" if choice else " (med standardverdiene)"
        problems += [dataclasses.replace(p, message=p.message + suffix) for p in found]
        if budget.used > budget.limit:
            break
        total += budget.used
        if total > MAX_TOTAL_RENDERED_CHARS:
            file = profile_files[choice.id] if choice else loaded.located.file
            message = messages.RENDERED_TOTAL_TOO_LONG.format(
                limit=spaced(MAX_TOTAL_RENDERED_CHARS)
            )
            problems.append(Problem(file, 0, 0, "", message))
            break
    return problems


def _collector(located: Located, found: list[Problem]) -> Callable[[str, str], None]:
    def collect(path: str, message: str) -> None:
        found.append(located.problem(path, message))

    return collect


def load_profile(path: Path, pack: LoadedPack) -> Profile:
    """A profile kept outside the pack (a municipality's own), checked against the pack."""
    profile, located = bind(yamlsafe.load(path), Profile, str(path))
    problems = check_profile(profile, located, pack.pack)
    if problems:
        raise ScenarioError(problems)
    return profile


def _check_inside(root: Path, file: Path) -> None:
    """Like media, the pack's own files may not be links to files outside it."""
    try:
        inside = file.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a link that points at itself
        raise ScenarioError.single(file, "filen kan ikke leses (symbolsk lenke i ring)") from None
    if not inside:
        raise ScenarioError.single(file, "filen peker ut av pakken (symbolsk lenke)")


def _resolve_roles(pack: ScenarioPack, located: Located, problems: list[Problem]) -> ScenarioPack:
    roles: list[Role] = []
    for index, role in enumerate(pack.roles):
        standard = standard_role(role.id, pack.language)
        if standard is None:
            if not role.title:
                hint = nearest(role.id, STANDARD_ROLES)
                message = (
                    messages.UNKNOWN_ROLE_HINT.format(role=role.id, hint=hint)
                    if hint
                    else messages.UNKNOWN_ROLE.format(role=role.id)
                )
                problems.append(located.problem(f"roles[{index}]", message))
            roles.append(role)
            continue
        roles.append(
            dataclasses.replace(
                role,
                title=role.title or standard.title,
                description=role.description or standard.description,
            )
        )
    return dataclasses.replace(pack, roles=tuple(roles))
