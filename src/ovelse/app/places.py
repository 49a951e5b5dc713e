"""Where Øvelse keeps the user's packs: «Mine pakker» and «Fra statsforvalteren».

Both live in the user's data folder, the one the window's settings use (Qt's
``AppDataLocation`` for the organisation and application «Ovelse»), found here without
Qt so that ``ovelse pack-import`` puts a pack where the window lists it. With
``--basedir`` (tests) it is that folder, as for the window. Shared packs have a folder
of their own, so a kommune's tailored packs and the ones it was sent never mix.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANISATION = "Ovelse"
APPLICATION = "Ovelse"
MY_PACKS = "pakker"  # «Mine pakker»
SHARED_PACKS = "fra-statsforvalteren"  # «Fra statsforvalteren»


def data_folder(basedir: Path | None = None) -> Path:
    """The user's data folder for Øvelse, as Qt names it on this system."""
    if basedir is not None:
        return basedir
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        # Qt, like the XDG specification, ignores a relative XDG_DATA_HOME.
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / ORGANISATION / APPLICATION


def shared_pack_folder(basedir: Path | None = None) -> Path:
    """Where imported pack files are unpacked, one folder per pack id."""
    return data_folder(basedir) / SHARED_PACKS
