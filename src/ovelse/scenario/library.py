"""The built-in packs as a list a person (or a script) can choose from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ovelse.resources import builtin_scenarios
from ovelse.scenario.errors import ScenarioError
from ovelse.scenario.loader import PACK_FILE, LoadedPack, load_pack
from ovelse.scenario.model import ScenarioPack
from ovelse.scenario.timing import format_offset


@dataclass(frozen=True)
class PackSummary:
    id: str
    title: str
    region: str
    hazard: str
    profiles: tuple[str, ...]
    injects: int
    duration: str
    path: str

    @classmethod
    def of(cls, loaded: LoadedPack) -> PackSummary:
        pack = loaded.pack
        values = loaded.values()
        rendered = loaded.render(values)
        return cls(
            id=pack.id,
            title=rendered.title,
            region=rendered.region,
            hazard=rendered.hazard,
            profiles=tuple(profile.id for profile in loaded.profiles),
            injects=len(pack.injects()),
            duration=format_offset(pack.duration.seconds, sign=False),
            path=str(loaded.root),
        )


def pack_folders(root: Path | None = None) -> list[Path]:
    """The pack folders in ``root``, leaving out hidden ones: an import's staging folder
    («.ovelse-import-…») that a crash left with its pack in place is not a pack to list."""
    base = root or builtin_scenarios()
    # exists(), not is_file(): a «scenario.yaml» that is a pipe is shown as an error.
    return sorted(
        child
        for child in base.iterdir()
        if not child.name.startswith(".") and (child / PACK_FILE).exists()
    )


def load_library(root: Path | None = None) -> tuple[list[LoadedPack], list[ScenarioError]]:
    """Every pack that loads, and the errors of those that do not (shown, never hidden)."""
    packs: list[LoadedPack] = []
    errors: list[ScenarioError] = []
    for folder in pack_folders(root):
        try:
            packs.append(load_pack(folder))
        except ScenarioError as exc:
            errors.append(exc)
    packs.sort(key=lambda loaded: library_order(loaded.pack))
    return packs, errors


def library_order(pack: ScenarioPack) -> tuple[bool, str]:
    """Demo packs first: a newcomer's first click should be the fifteen-minute tour."""
    return ("demo" not in pack.tags, pack.id)
