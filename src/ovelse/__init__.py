"""Øvelse: offline discussion exercises for Norwegian municipalities."""

__version__ = "0.1.0"

# The session file's name ends so; desktop entries, file dialogs and the command line agree.
SESSION_SUFFIX = ".ovelse"
# A shared scenario pack (ovelse.interchange.packfile); opened like a session file.
PACK_SUFFIX = ".ovelsepakke"
