"""A pack open in the editor: the draft, its pictures, and saving it as a pack folder.

The pack is read as the author wrote it (roles not filled in from the catalogue, so a
saved pack keeps ``- ordforer``) and checked by ``check_bound``, the loader's own checks,
so the editor says exactly what loading the saved pack will say. Pictures live in a
working folder of the editor's own until the pack is saved, so a built-in pack is never
written to and a picture chosen for a draft is kept even if its original is moved.
A folder that is read-only or gone raises ``SaveError`` with a sentence for the user; the
draft is untouched and can be saved elsewhere.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ovelse.resources import builtin_scenarios
from ovelse.scenario import messages, yamlsafe
from ovelse.scenario.binding import Located, bind
from ovelse.scenario.budget import spaced
from ovelse.scenario.editing import Draft, based_on
from ovelse.scenario.errors import Problem, ScenarioError
from ovelse.scenario.loader import (
    MAX_PROFILES,
    PACK_FILE,
    PROFILE_DIR,
    BoundProfile,
    LoadedPack,
    check_bound,
    too_many_profiles,
)
from ovelse.scenario.model import Directive, Profile, ScenarioPack
from ovelse.scenario.names import MEDIA_SUFFIXES
from ovelse.scenario.validate import MAX_MEDIA_BYTES, media_file, media_problem
from ovelse.scenario.writer import leading_comments, pack_yaml, profile_yaml
from ovelse.scenario.yamlsafe import MAX_SCALAR_CHARS

MEDIA_DIR = "media"
_SVG_SNIFF_BYTES = 4096


class SaveError(Exception):
    """The pack could not be written; the message is for the user, the draft is intact."""


class PictureError(ValueError):
    """A picture that cannot be used; the message is for the user."""


@dataclass
class Workspace:
    """Where a draft's pictures are kept and where it came from."""

    source: Path
    original: ScenarioPack
    working: Path
    headers: dict[str, str] = field(default_factory=dict)
    profile_files: dict[str, str] = field(default_factory=dict)

    def close(self) -> None:
        """Remove the working folder (the pictures are in the saved pack by now)."""
        shutil.rmtree(self.working, ignore_errors=True)

    @property
    def builtin(self) -> bool:
        return _inside(self.source, builtin_scenarios())


def open_draft(path: Path) -> tuple[Draft, Workspace]:
    """Read the pack at ``path`` for editing; raises ``ScenarioError`` if it will not bind."""
    root = path.parent if path.suffix in (".yaml", ".yml") else path
    file = root / PACK_FILE
    pack, _ = bind(yamlsafe.load(file), ScenarioPack, str(file))
    headers = {PACK_FILE: leading_comments(yamlsafe.read_text(file))}
    profiles: list[Profile] = []
    profile_files: dict[str, str] = {}
    profile_dir = root / PROFILE_DIR
    if profile_dir.is_dir():
        for profile_file in sorted(profile_dir.glob("*.y*ml"))[:MAX_PROFILES]:
            profile, _ = bind(yamlsafe.load(profile_file), Profile, str(profile_file))
            profiles.append(profile)
            profile_files[profile.id] = profile_file.name
            headers[f"{PROFILE_DIR}/{profile_file.name}"] = leading_comments(
                yamlsafe.read_text(profile_file)
            )
    working = Path(tempfile.mkdtemp(prefix="ovelse-tilpass-"))
    for reference in sorted(_media_references(pack)):
        if media_problem(root, reference) is None:
            target = media_file(working, reference)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(media_file(root, reference), target)
    workspace = Workspace(root, pack, working, headers, profile_files)
    return Draft(pack, tuple(profiles)), workspace


def _media_references(pack: ScenarioPack) -> set[str]:
    return {ref.path for inject in pack.injects() for ref in inject.media}


def check_draft(draft: Draft, workspace: Workspace) -> list[Problem]:
    """The loader's verdict on the draft, as if it had been saved (no lines: by field)."""
    return checked(draft, workspace)[1]


def checked(draft: Draft, workspace: Workspace) -> tuple[LoadedPack | None, list[Problem]]:
    """The verdict, and the pack as loading the saved draft would give it (None if it
    would not load), for the preview."""
    root = workspace.working
    located = Located(str(root / PACK_FILE))
    bound = [
        BoundProfile(profile, Located(str(root / PROFILE_DIR / name)))
        for profile, name in zip(draft.profiles, profile_names(draft, workspace), strict=True)
    ]
    # The loader reads the profile files in the order of their names; so does the check.
    bound.sort(key=lambda item: Path(item.located.file).name)
    # A text the reader would refuse stops loading before any other check, so it does here.
    too_long = [
        located.problem(path, f"teksten er over {spaced(MAX_SCALAR_CHARS)} tegn")
        for path in _long_texts(draft.pack, "")
    ]
    if too_long:
        return None, too_long
    earlier = [too_many_profiles(root / PROFILE_DIR)] if len(bound) > MAX_PROFILES else []
    return check_bound(root, draft.pack, located, bound[:MAX_PROFILES], earlier)


def _long_texts(value: object, path: str) -> list[str]:
    """Places of texts longer than the YAML reader takes (``MAX_SCALAR_CHARS``)."""
    if isinstance(value, str):
        return [path] if len(value) > MAX_SCALAR_CHARS else []
    found: list[str] = []
    if isinstance(value, tuple):
        for index, item in enumerate(value):
            found += _long_texts(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            found += _long_texts(item, f"{path}.{key}" if path else str(key))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            name = f"{path}.{item.name}" if path else item.name
            found += _long_texts(getattr(value, item.name), name)
    return found


def by_field(problems: list[Problem], draft: Draft, workspace: Workspace) -> list[Problem]:
    """The problems with each profile's named as the editor names it: ``profiles[1].values.x``
    (the loader names the profile's file and the field inside it)."""
    files = {
        str(workspace.working / PROFILE_DIR / name): i
        for i, name in enumerate(profile_names(draft, workspace))
    }
    named = []
    for problem in problems:
        index = files.get(problem.file)
        if index is None:
            named.append(problem)
            continue
        inside = f".{problem.path}" if problem.path else ""
        named.append(dataclasses.replace(problem, path=f"profiles[{index}]{inside}"))
    return named


def profile_names(draft: Draft, workspace: Workspace) -> list[str]:
    """The file each profile is saved in: the one it came from, or «id.yaml»; never one
    name twice, so two profiles with the same id are both saved (and the clash shown)."""
    names: list[str] = []
    for profile in draft.profiles:
        name = _profile_file(profile, workspace.profile_files)
        number = 2
        while name in names:
            name = f"{profile.id}-{number}.yaml"
            number += 1
        names.append(name)
    return names


def _profile_file(profile: Profile, names: Mapping[str, str]) -> str:
    return names.get(profile.id, f"{profile.id}.yaml")


# --- pictures ------------------------------------------------------------------------------


def import_picture(file: Path, workspace: Workspace) -> str:
    """Copy a chosen picture into the draft's media; the path to write in ``media``."""
    name = file.name
    try:
        if file.is_symlink():
            raise PictureError(messages.PICTURE_IS_LINK.format(name=name))
        if not file.is_file():
            raise PictureError(messages.PICTURE_NOT_FILE.format(name=name))
        size = file.stat().st_size
        if size > MAX_MEDIA_BYTES:
            raise PictureError(
                messages.PICTURE_TOO_LARGE.format(name=name, limit=MAX_MEDIA_BYTES // 1_048_576)
            )
        with file.open("rb") as stream:
            head = stream.read(_SVG_SNIFF_BYTES)
    except OSError as exc:
        raise PictureError(
            messages.PICTURE_NOT_READ.format(name=name, reason=yamlsafe.os_reason(exc))
        ) from None
    suffix = file.suffix.lower()
    if suffix not in MEDIA_SUFFIXES or not _looks_like(suffix, head):
        raise PictureError(messages.PICTURE_NOT_IMAGE.format(name=name))
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in file.stem.lower()) or "bilde"
    folder = workspace.working / MEDIA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stem}{suffix}"
    number = 2
    while target.exists() and target.read_bytes() != file.read_bytes():
        target = folder / f"{stem}-{number}{suffix}"
        number += 1
    shutil.copyfile(file, target)
    return f"{MEDIA_DIR}/{target.name}"


def _looks_like(suffix: str, head: bytes) -> bool:
    """The file is what its name says: PNG and JPEG by their signatures, SVG by its tag."""
    if suffix == ".png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if suffix in (".jpg", ".jpeg"):
        return head.startswith(b"\xff\xd8\xff")
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    return text.startswith("<") and "<svg" in text


# --- saving --------------------------------------------------------------------------------


def prepared_for(draft: Draft, workspace: Workspace, target: Path) -> Draft:
    """The draft as it is saved in ``target``: a copy remembers the pack it was made from."""
    if _same(target, workspace.source) or draft.pack.based_on:
        return draft
    return dataclasses.replace(
        draft, pack=dataclasses.replace(draft.pack, based_on=based_on(workspace.original))
    )


def save_draft(draft: Draft, workspace: Workspace, target: Path) -> None:
    """Write the draft as a pack folder at ``target`` (scenario, profiles and pictures)."""
    if _inside(target, builtin_scenarios()):
        raise SaveError(messages.SAVE_BUILTIN)
    try:
        if target.exists() and any(target.iterdir()) and not (target / PACK_FILE).exists():
            raise SaveError(messages.SAVE_NOT_PACK_FOLDER.format(folder=target))
        target.mkdir(parents=True, exist_ok=True)
        for reference in sorted(_media_references(draft.pack)):
            if media_problem(workspace.working, reference) is None:
                destination = media_file(target, reference)
                destination.parent.mkdir(parents=True, exist_ok=True)
                _write_bytes(destination, media_file(workspace.working, reference).read_bytes())
        headers = workspace.headers if _same(target, workspace.source) else {}
        written: set[str] = set()
        profile_dir = target / PROFILE_DIR
        if draft.profiles:
            profile_dir.mkdir(exist_ok=True)
        for profile, name in zip(draft.profiles, profile_names(draft, workspace), strict=True):
            written.add(name)
            header = headers.get(f"{PROFILE_DIR}/{name}", "")
            _write_bytes(profile_dir / name, profile_yaml(profile, header).encode("utf-8"))
        if profile_dir.is_dir():
            for stale in profile_dir.glob("*.y*ml"):
                if stale.name not in written:
                    stale.unlink()
        header = headers.get(PACK_FILE, "")
        _write_bytes(target / PACK_FILE, pack_yaml(draft.pack, header).encode("utf-8"))
    except OSError as exc:
        raise SaveError(
            messages.SAVE_FAILED.format(folder=target, reason=yamlsafe.os_reason(exc))
        ) from None


def _write_bytes(path: Path, data: bytes) -> None:
    """Write beside and rename, so a failed save never leaves half a file."""
    temporary = path.with_name(f".{path.name}.ovelse-tmp")
    try:
        with temporary.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


def builtin_pack(root: Path) -> bool:
    """Whether the pack at ``root`` is one of the program's own, which is never written."""
    return _inside(root, builtin_scenarios())


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _same(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


# --- the øvingsdirektiv's texts kept in a profile ----------------------------------------


def save_profile_directive(root: Path, profile_id: str, directive: Directive) -> Path:
    """Write the øvingsdirektiv's texts from Prepare into the pack's profile file, for the
    next exercise with it, through the canonical writer (its leading comments kept).

    Raises ``SaveError`` for a built-in pack, a profile no longer there or a file that
    cannot be read or written; the file is replaced whole or not at all.
    """
    if _inside(root, builtin_scenarios()):
        raise SaveError(messages.SAVE_BUILTIN)
    profile_dir = root / PROFILE_DIR
    try:
        files = sorted(profile_dir.glob("*.y*ml"))[:MAX_PROFILES] if profile_dir.is_dir() else []
        for file in files:
            profile, _ = bind(yamlsafe.load(file), Profile, str(file))
            if profile.id != profile_id:
                continue
            header = leading_comments(yamlsafe.read_text(file))
            text = profile_yaml(dataclasses.replace(profile, directive=directive), header)
            _write_bytes(file, text.encode("utf-8"))
            return file
    except OSError as exc:
        reason = yamlsafe.os_reason(exc)
        raise SaveError(
            messages.DIRECTIVE_NOT_SAVED.format(profile=profile_id, reason=reason)
        ) from None
    except ScenarioError as exc:
        reason = "; ".join(str(problem) for problem in exc.problems)
        raise SaveError(
            messages.DIRECTIVE_NOT_SAVED.format(profile=profile_id, reason=reason)
        ) from None
    raise SaveError(messages.PROFILE_GONE.format(profile=profile_id, folder=profile_dir))
