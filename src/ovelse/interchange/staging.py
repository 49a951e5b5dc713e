"""The folder an import is checked in before it takes its place: a pack from a dreiebok
(``importing``) or from a shared pack file (``sharedpacks``).

The folder sits beside the target, so the last step is a rename on the same disk. Its
name starts with a dot and the pack file in it has another name until the last step, so
no library lists an import that a crash stopped midway; such folders are removed the
next time something is imported there, once no import can still be in them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime
from pathlib import Path

# The pack file's name while it is checked: a staging folder a crash leaves behind has no
# scenario.yaml, and its name starts with a dot, so no library lists it as a pack.
STAGED_FILE = "import.yaml"
STAGING_PREFIX = ".ovelse-import-"
STAGING_AGE_S = 24 * 3600  # an import takes seconds; one a day old was stopped midway


def remove_old_staging(folder: Path) -> None:
    """Staging folders an import stopped midway left behind, once no import can be in them."""
    now = datetime.now().timestamp()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if (
                entry.name.startswith(STAGING_PREFIX)
                and entry.is_dir(follow_symlinks=False)
                and now - entry.stat(follow_symlinks=False).st_mtime > STAGING_AGE_S
            ):
                shutil.rmtree(entry.path, ignore_errors=True)
