"""A rendered pack as plain JSON-ready data and back, for the session snapshot.

The snapshot goes through the same binder as YAML, so a session written years ago is
checked against today's format exactly like a pack is.
"""

from __future__ import annotations

from typing import Any

from ovelse.scenario.binding import bind, plain_to_node, to_plain
from ovelse.scenario.model import ScenarioPack


def pack_to_plain(pack: ScenarioPack) -> dict[str, Any]:
    plain = to_plain(pack)
    assert isinstance(plain, dict)
    return plain


def pack_from_plain(data: dict[str, Any], *, source: str = "øktfil") -> ScenarioPack:
    """Rebuild a pack from a snapshot; raises ``ScenarioError`` if the data is not a pack."""
    pack, _ = bind(plain_to_node(data), ScenarioPack, source)
    return pack
