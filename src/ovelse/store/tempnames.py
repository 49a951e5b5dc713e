"""The hidden temporary name a file is written under before it gets its real name.

Its own module because both the file moves (``files``) and the lock file (``lock``) write
under such a name, and the clean-up of leftovers in ``files`` asks the lock whether a
holder still lives: with the names here, neither of the two imports the other back.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
from pathlib import Path

TEMPORARY_SUFFIX = ".ovelse-tmp"


def host_tag() -> str:
    """A short tag for this machine, so a leftover from another machine is recognised."""
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


def temporary_sibling(path: Path) -> Path:
    """A new hidden name beside ``path`` for a file that will become ``path``."""
    tag = f"{host_tag()}-{os.getpid()}-{secrets.token_hex(3)}"
    return path.with_name(f".{path.name}~{tag}{TEMPORARY_SUFFIX}")
