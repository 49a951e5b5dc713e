"""Writing an output file (PDF, CSV, JSON) so that a crash never leaves half of it.

The bytes go to a temporary file beside the target, are synced, and the temporary file is
renamed over the target. Every format is written by this one function, so every output
gets the same file mode: the user's normal one (0666 less the umask, usually 0644), as
any program's saved file, not the private 0600 a ``mkstemp`` file has. The temporary
file is named like the store's (``ovelse.store.files``), so one a crash leaves is
recognised and removed the next time Øvelse writes in that folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from ovelse.store.files import fsync_directory, remove_leftovers
from ovelse.store.tempnames import temporary_sibling


def write_atomically(path: Path, data: bytes) -> None:
    remove_leftovers(path.parent)
    temporary = temporary_sibling(path)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        fsync_directory(path.parent)
    finally:
        temporary.unlink(missing_ok=True)
