"""Wall time in the session's time zone: one rule for the console, CSV, JSON and PDF.

Wall times are stored in UTC. How they are shown used to depend on the output: the PDF
used Norwegian time, the console and the CSV the zone of the machine they ran on, so a
log exported on a laptop set to UTC disagreed with the report by an hour. A session now
records its zone when it is created (the session file's ``time_zone`` meta value) and
every output shows wall times in that zone and names it. Sessions from before that have
no zone recorded and are read as Norwegian time, which is what their reports printed.

A new session takes the machine's named zone, except that a machine on UTC (a server, a
fresh virtual machine) gives Norwegian time: Øvelse is for exercises held in Norway, and a
report in UTC would surprise every reader.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ovelse.exercise import labels

DEFAULT_ZONE = "Europe/Oslo"
META_KEY = "time_zone"  # the session file's meta value that holds the zone's name
CLOCK_FORMAT = "%H:%M:%S"
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "GMT", "Etc/GMT", "Zulu", "Universal"}
_LOCALTIME = Path("/etc/localtime")


@cache
def zone(name: str) -> tzinfo | None:
    """The zone by its IANA name; None (the machine's own zone) without a zone database."""
    for candidate in (name, DEFAULT_ZONE):
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def machine_zone_name() -> str:
    """The IANA name of the machine's zone, or empty where it cannot be told."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name and _LOCALTIME.is_symlink():
        target = str(_LOCALTIME.resolve())
        marker = "zoneinfo/"
        if marker in target:
            name = target.split(marker, 1)[1]
    return name


def creation_zone() -> str:
    """The zone a new session records (see the module's docstring)."""
    name = machine_zone_name()
    if not name or name in _UTC_NAMES:
        return DEFAULT_ZONE
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return DEFAULT_ZONE
    return name


def in_zone(moment: datetime, zone_name: str) -> datetime:
    """A stored (aware) wall time as the clock in the session's zone showed it."""
    return moment.astimezone(zone(zone_name))


def naive(moment: datetime, zone_name: str) -> datetime:
    """The same, without the zone, for models that print only the clock face."""
    return in_zone(moment, zone_name).replace(tzinfo=None)


def wall_text(moment: datetime, zone_name: str, fmt: str | None = None) -> str:
    """«12.03.2026 09:04:00» (``labels.WALL_FORMAT``, or ``fmt``) in the session's zone."""
    return in_zone(moment, zone_name).strftime(fmt or labels.WALL_FORMAT)


def zone_abbreviation(moment: datetime, zone_name: str) -> str:
    """«CET» or «CEST», as that zone called itself at that moment."""
    return in_zone(moment, zone_name).strftime("%Z")
