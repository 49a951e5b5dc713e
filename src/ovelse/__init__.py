"""Øvelse: offline discussion exercises for Norwegian municipalities."""

__version__ = "0.1.0"
