"""Sharing a pack as a file and taking one in: the two use cases the window and the
command line both call (``ovelse pack-export``, ``ovelse pack-import``, «Fil → Del
pakke …», «Fil → Importer pakke …»)."""

from __future__ import annotations

from pathlib import Path

from ovelse.interchange.files import find_pack
from ovelse.interchange.packfile import SUFFIX, write_pack_file
from ovelse.interchange.sharedpacks import StagedImport, stage_pack_file
from ovelse.scenario.loader import LoadedPack


def pack_file_name(output: Path) -> Path:
    """The output with the pack file's ending, added if the name lacks it."""
    return output if output.suffix.lower() == SUFFIX else output.with_name(output.name + SUFFIX)


def share_pack(loaded: LoadedPack, output: Path) -> Path:
    """Write a loaded pack as a pack file (the ending added if missing); the path written.
    Raises ``InterchangeError`` for a pack too large to share, ``OSError`` when the file
    cannot be written."""
    target = pack_file_name(output)
    write_pack_file(loaded, target)
    return target


def export_pack_file(pack: Path, output: Path) -> Path:
    """Write a pack folder (or a built-in pack named by its id) as a pack file; the path
    written. Raises ``ScenarioError`` for a pack that does not load, ``InterchangeError``
    for one too large to share, ``OSError`` when the file cannot be written."""
    return share_pack(find_pack(pack), output)


def stage_import(file: Path, library: Path) -> StagedImport:
    """A pack file checked, unpacked and loaded beside the shared packs in ``library``
    (``places.shared_pack_folder``, or the window's settings), ready to install
    (``StagedImport.install``) or to drop; raises ``InterchangeError``."""
    return stage_pack_file(file, library)
