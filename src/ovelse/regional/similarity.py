"""Points from many kommuner grouped by similar wording, by a rule a reader can check.

A statsforvalter must be able to say why two learning points were counted as one, so the
rule is plain: each text becomes a set of words (lower case, stop words left out, the
common endings :data:`ENDINGS` taken off and each word cut to its first :data:`STEM`
letters, so «strøm» and «strømmen», «sykehjem» and «sykehjemmet» count as one), and a point joins the first group whose first point shares at least
:data:`THRESHOLD` of their words together (the Jaccard overlap: words in both divided by
words in either). Nothing is sent anywhere and nothing is learnt: the same points give the
same groups on every machine.

Groups are found through an index from each word to the groups whose first point has it,
so a point is compared only with groups it shares a word with; with the few dozen ways
kommuner word the same finding, the cost grows with the number of points, not its square.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

THRESHOLD = 0.5  # share of words in common (Jaccard) for two texts to count as one
STEM = 6  # letters of a word that are compared
# Endings taken off a word that keeps at least MIN_STEM letters, the longest first.
ENDINGS = ("ene", "ane", "en", "et", "er", "ar", "a", "e")
MIN_STEM = 4

# Norwegian (bokmål and nynorsk) words that carry no finding of their own.
STOP_WORDS = frozenset(
    [
        "og",
        "i",
        "på",
        "til",
        "av",
        "for",
        "med",
        "som",
        "er",
        "det",
        "at",
        "en",
        "et",
        "ei",
        "den",
        "de",
        "om",
        "har",
        "ikke",
        "var",
        "vi",
        "vil",
        "skal",
        "kan",
        "må",
        "bør",
        "blir",
        "ble",
        "vært",
        "være",
        "fra",
        "ved",
        "etter",
        "før",
        "under",
        "over",
        "mellom",
        "hos",
        "mot",
        "uten",
        "enn",
        "eller",
        "men",
        "så",
        "også",
        "bare",
        "alle",
        "alt",
        "andre",
        "annen",
        "noe",
        "noen",
        "hver",
        "hvor",
        "hvordan",
        "hva",
        "hvem",
        "når",
        "der",
        "her",
        "da",
        "nå",
        "seg",
        "sin",
        "sitt",
        "sine",
        "oss",
        "våre",
        "vår",
        "vårt",
        "deres",
        "dere",
        "han",
        "hun",
        "hans",
        "hennes",
        "man",
        "ikkje",
        "eit",
        "ein",
        "dei",
        "ho",
        "me",
        "vere",
        "vore",
        "berre",
        "kva",
        "korleis",
        "kvar",
        "frå",
        "òg",
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
    ]
)

_WORD = re.compile(r"\w+")

T = TypeVar("T")


def words(text: str) -> frozenset[str]:
    """The text's word set as it is compared: lower case, no stop words, words cut short."""
    found = set()
    for word in _WORD.findall(text.casefold()):
        if word in STOP_WORDS or word.isdigit():
            continue
        found.add(stem(word))
    return frozenset(found)


def stem(word: str) -> str:
    """The word without a common ending and a doubled last letter, cut to STEM letters."""
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[: -len(ending)]
            break
    if len(word) > MIN_STEM and word[-1] == word[-2]:
        word = word[:-1]
    return word[:STEM]


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Words in both divided by words in either; two empty sets are alike."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class Group(Generic[T]):
    """Items counted as one finding; the first is the wording shown for the group."""

    items: tuple[T, ...]

    @property
    def first(self) -> T:
        return self.items[0]


def group(items: Sequence[T], text_of: Iterable[str]) -> list[Group[T]]:
    """The items in groups of similar wording, groups in order of their first item.

    ``text_of`` gives each item's text, in the items' order.
    """
    leaders: list[frozenset[str]] = []
    members: list[list[T]] = []
    index: dict[str, list[int]] = {}
    for item, text in zip(items, text_of, strict=True):
        mine = words(text)
        chosen = -1
        candidates = sorted({g for word in mine for g in index.get(word, ())})
        if not mine:
            candidates = [g for g, leader in enumerate(leaders) if not leader]
        for candidate in candidates:
            if jaccard(mine, leaders[candidate]) >= THRESHOLD:
                chosen = candidate
                break
        if chosen < 0:
            chosen = len(leaders)
            leaders.append(mine)
            members.append([])
            for word in mine:
                index.setdefault(word, []).append(chosen)
        members[chosen].append(item)
    return [Group(tuple(m)) for m in members]
