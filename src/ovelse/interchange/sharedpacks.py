"""Packs from a pack file in the library's own folder («Fra statsforvalteren»).

A pack file is unpacked into a staging folder inside that folder and loaded there by the
loader itself, so a pack enters the library only if ``ovelse validate`` would accept
it. Then it is compared with the pack of the same id already there: new, a newer
version (an update, offered before anything changes), the same version, or an older
one. Installing swaps the folders by renaming, so the library never holds half a pack.
Sessions hold their own copy of the rendered pack, so replacing a pack never changes a
session that ran it.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ovelse.interchange import messages
from ovelse.interchange.errors import InterchangeError, SheetProblem
from ovelse.interchange.manifest import MANIFEST_NAME
from ovelse.interchange.packfile import PackFile, read_pack_file
from ovelse.interchange.staging import STAGED_FILE, STAGING_PREFIX, remove_old_staging
from ovelse.scenario.errors import Problem, ScenarioError
from ovelse.scenario.loader import PACK_FILE, LoadedPack, load_pack
from ovelse.scenario.visible import visible
from ovelse.scenario.yamlsafe import os_reason


class Offer(enum.Enum):
    """What importing the file would do to the library."""

    NEW = "new"
    UPDATE = "update"
    SAME = "same"
    OLDER = "older"


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """A version for comparing: «2» < «10», «1.2» < «1.10», «3» < «3b»."""
    parts = re.findall(r"\d+|[^\d.\-_\s]+", version.casefold())
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in parts)


@dataclass
class StagedImport:
    """A pack file unpacked and loaded beside the library, waiting to be installed.

    ``close`` (or leaving the ``with`` block) removes the staging folder if the pack was
    not installed.
    """

    library: Path
    staging: Path
    file: PackFile
    loaded: LoadedPack
    offer: Offer
    present_version: str | None

    def __enter__(self) -> StagedImport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

    @property
    def target(self) -> Path:
        return self.library / self.loaded.pack.id

    @property
    def title(self) -> str:
        """The pack's title as the library shows it (not the manifest's word for it), with
        control and direction characters shown, not obeyed, in a terminal or a label."""
        return visible(self.loaded.render(self.loaded.values()).title)

    @property
    def version(self) -> str:
        return visible(self.loaded.pack.version)

    def message(self) -> str:
        """What importing does, or would do, in one sentence."""
        old = visible(self.present_version or "")
        if self.offer is Offer.UPDATE:
            return messages.PACK_UPDATE_OFFER.format(title=self.title, old=old, new=self.version)
        if self.offer is Offer.SAME:
            return messages.PACK_SAME.format(title=self.title, version=self.version)
        if self.offer is Offer.OLDER:
            return messages.PACK_OLDER.format(title=self.title, old=old, new=self.version)
        return messages.PACK_ADDED.format(title=self.title, version=self.version)

    def done_message(self) -> str:
        if self.offer is Offer.UPDATE:
            return messages.PACK_UPDATED.format(
                title=self.title, old=visible(self.present_version or ""), new=self.version
            )
        return messages.PACK_ADDED.format(title=self.title, version=self.version)

    def install(self) -> LoadedPack:
        """Put the pack in the library, in place of an earlier version; the pack as
        loaded from its new folder. Raises ``InterchangeError`` if the folder cannot be
        written (the library is then as it was)."""
        target = self.target
        try:
            os.replace(self.staging / STAGED_FILE, self.staging / PACK_FILE)
            old = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.library))
            try:
                if target.exists():
                    os.replace(target, old / "earlier")
                try:
                    os.replace(self.staging, target)
                except OSError:
                    if (old / "earlier").exists():
                        os.replace(old / "earlier", target)
                    raise
            finally:
                shutil.rmtree(old, ignore_errors=True)
            return load_pack(target)
        except OSError as exc:
            raise InterchangeError.single(
                self.file.name,
                messages.PACK_INSTALL_FAILED.format(folder=target, reason=os_reason(exc)),
            ) from None
        except ScenarioError as exc:  # the folder was changed under us
            raise InterchangeError(_moved(exc.problems, target, target.name)) from None


def stage_pack_file(path: Path, library: Path) -> StagedImport:
    """Read and check ``path``, unpack it beside the library and load it there; raises
    ``InterchangeError`` with every reason it cannot enter the library."""
    pack_file = read_pack_file(path)
    try:
        library.mkdir(parents=True, exist_ok=True)
        remove_old_staging(library)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=library))
    except OSError as exc:
        raise InterchangeError.single(
            pack_file.name,
            messages.PACK_INSTALL_FAILED.format(folder=library, reason=os_reason(exc)),
        ) from None
    try:
        loaded = _unpack(pack_file, staging)
        manifest = pack_file.manifest
        if (manifest.pack_id, manifest.version) != (loaded.pack.id, loaded.pack.version):
            raise InterchangeError.single(
                pack_file.name,
                messages.PACK_MISMATCH.format(
                    id=manifest.pack_id,
                    version=manifest.version,
                    pack_id=loaded.pack.id,
                    pack_version=loaded.pack.version,
                ),
            )
        present = _present_version(library / loaded.pack.id)
        return StagedImport(
            library, staging, pack_file, loaded, _offer(present, loaded.pack.version), present
        )
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _unpack(pack_file: PackFile, staging: Path) -> LoadedPack:
    """Write the parts (scenario.yaml under the staging name, so a folder a crash leaves
    is never listed as a pack) and load them with the loader."""
    try:
        for path, data in pack_file.parts.items():
            target = staging / (STAGED_FILE if path == PACK_FILE else path)
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("xb") as stream:
                stream.write(data)
        manifest = staging / MANIFEST_NAME
        manifest.write_text(pack_file.manifest.text(), encoding="utf-8")
    except OSError as exc:
        raise InterchangeError.single(
            pack_file.name,
            messages.PACK_INSTALL_FAILED.format(folder=staging.parent, reason=os_reason(exc)),
        ) from None
    try:
        return load_pack(staging / STAGED_FILE)
    except ScenarioError as exc:
        raise InterchangeError(_moved(exc.problems, staging, pack_file.name)) from None


def _moved(problems: tuple[Problem, ...], root: Path, name: str) -> list[SheetProblem]:
    """The loader's problems, placed inside the pack file («x.ovelsepakke/scenario.yaml:3:1»)."""
    found = []
    for problem in problems:
        inner = problem.file
        with contextlib.suppress(ValueError):
            inner = Path(problem.file).relative_to(root).as_posix()
        if inner == STAGED_FILE:
            inner = PACK_FILE
        place = f"{name}/{inner}"
        if problem.line:
            place += f":{problem.line}:{problem.column}"
        found.append(SheetProblem(place, problem.path, problem.message))
    return found


def _present_version(folder: Path) -> str | None:
    """The version of the pack in ``folder``; None if there is none, or none that loads
    (a broken copy is simply replaced)."""
    if not (folder / PACK_FILE).exists():
        return None
    try:
        return load_pack(folder).pack.version
    except (ScenarioError, OSError):
        return None


def _offer(present: str | None, version: str) -> Offer:
    if present is None:
        return Offer.NEW
    if version_key(version) > version_key(present):
        return Offer.UPDATE
    if version_key(version) == version_key(present):
        return Offer.SAME
    return Offer.OLDER
