"""The marks a text module puts on its bokmål texts so Babel can extract them.

``N_("…")`` is a plain text, ``NP_("context", "…")`` a text whose bokmål word means two
things («Pågår» as a run state and as an action's status), and ``NN_("…", "…")`` a text
shown with a number. They do not translate anything themselves: the texts stay bokmål
constants read at use time (``texts.X``), and ``ovelse.i18n.install`` swaps in the
language's translations. ``pybabel extract`` finds them by these names (see the Makefile,
``make i18n``). This module imports nothing, so every text module can use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class Contextual(str):
    """A bokmål text that carries its gettext context (msgctxt) along with it."""

    context: str

    def __new__(cls, context: str, text: str) -> Contextual:
        made = super().__new__(cls, text)
        made.context = context
        return made


class PluralCatalogue(Protocol):
    """The part of a gettext translation that chooses a plural form (``npgettext``)."""

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int, /) -> str: ...

    def ngettext(self, msgid1: str, msgid2: str, n: int, /) -> str: ...


@dataclass(frozen=True)
class Plural:
    """A text shown with a number: «1 side» but «2 sider».

    Languages differ in how many forms they have (Northern Sámi has a dual), so the form
    is chosen when the number is known, by the catalogue ``install`` bound to it.
    """

    singular: str
    plural: str
    context: str | None = None
    catalogue: PluralCatalogue | None = None

    def for_count(self, count: int) -> str:
        """The form of this text for ``count``, still with its ``{fields}`` to fill in."""
        if self.catalogue is None:
            return self.singular if count == 1 else self.plural
        if self.context is not None:
            return self.catalogue.npgettext(self.context, self.singular, self.plural, count)
        return self.catalogue.ngettext(self.singular, self.plural, count)


def N_(text: str) -> str:
    """Marks a bokmål text for extraction; returns it unchanged."""
    return text


def NP_(context: str, text: str) -> str:
    """Marks a bokmål text with a context that tells its two meanings apart."""
    return Contextual(context, text)


def NN_(singular: str, plural: str) -> Plural:
    """Marks a bokmål text shown with a number, in its singular and plural forms."""
    return Plural(singular, plural)
