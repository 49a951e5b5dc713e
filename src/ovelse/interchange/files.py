"""The two use cases the command line and the window share: a pack to a workbook file,
and a workbook file to a pack folder (``ovelse.interchange.importing``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from ovelse.export.atomic import write_atomically
from ovelse.interchange import messages
from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.workbook import csv_bytes, workbook_bytes
from ovelse.resources import builtin_scenarios
from ovelse.scenario.loader import LoadedPack, load_pack, load_profile
from ovelse.scenario.model import Profile, ScenarioPack

Kind = Literal["xlsx", "csv"]


def find_pack(path: Path) -> LoadedPack:
    """A pack folder, or a built-in pack named by its id («kom-i-gang»); raises
    ``ScenarioError`` as the loader does."""
    if not path.exists() and len(path.parts) == 1:
        builtin = builtin_scenarios() / path.name
        if builtin.is_dir():
            return load_pack(builtin)
    return load_pack(path)


def find_profile(loaded: LoadedPack, profile: str) -> Profile:
    """One of the pack's profiles by id, or a profile file kept outside the pack; raises
    ``InterchangeError`` naming the profiles there are, or ``ScenarioError`` as the loader
    does for a file."""
    chosen = next((p for p in loaded.profiles if p.id == profile), None)
    if chosen is not None:
        return chosen
    file = Path(profile)
    if file.suffix.lower() not in (".yaml", ".yml"):
        ids = ", ".join(p.id for p in loaded.profiles) or "–"
        raise InterchangeError.single(
            loaded.pack.id, messages.NO_SUCH_PROFILE.format(profile=profile, profiles=ids)
        )
    return load_profile(file, loaded)


def pack_for_export(loaded: LoadedPack, profile: str | None) -> ScenarioPack:
    """The pack's templates as they are, or its texts rendered for a profile (an id of
    one of its profiles, or a profile file kept outside the pack)."""
    if profile is None:
        return loaded.pack
    return loaded.render(loaded.values(find_profile(loaded, profile)))


def export_pack(loaded: LoadedPack, output: Path, *, profile: str | None, kind: Kind) -> None:
    """Write the workbook (or the CSV) atomically; raises ``OSError`` if it cannot."""
    pack = pack_for_export(loaded, profile)
    write_atomically(output, csv_bytes(pack) if kind == "csv" else workbook_bytes(pack))
