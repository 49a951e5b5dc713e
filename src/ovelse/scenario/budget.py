"""How much text a pack may amount to once its aliases and templates are filled in.

Each file has its own limits (4 MB, 50,000 characters a text, 100,000 a rendered text,
2,000 templated texts, 50 profiles), but together they multiply: 2,000 texts that each
print a 49,000-character variable twice are 196 million characters per profile. One
budget of characters is therefore put on what a file's aliases expand to and on one
rendering of the whole pack, and another on all the renderings that loading a pack does
to prove that every profile works. Both are far above any real pack (the built-in ones
render to well under 100,000 characters) and far below what would exhaust memory.
"""

from __future__ import annotations

MAX_TEXT_CHARS = 8_000_000  # one rendering of a pack, or one file after its aliases
MAX_TOTAL_RENDERED_CHARS = 64_000_000  # every rendering done while loading a pack


def spaced(number: int) -> str:
    """A limit the way it is written in Norwegian: «8 000 000»."""
    return f"{number:,}".replace(",", " ")
