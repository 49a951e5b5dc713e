"""Øvelse: offline discussion exercises for Norwegian municipalities."""

__version__ = "0.1.0"

# The session file's name ends so; desktop entries, file dialogs and the command line agree.
SESSION_SUFFIX = ".ovelse"
