"""Points from many kommuner grouped by similar wording, by a rule a reader can check.

A statsforvalter must be able to say why two learning points were counted as one, so the
rule is plain: each text becomes a set of words (lower case, stop words and numbers left
out, and the common endings :data:`ENDINGS` taken off each word, again and again while
at least :data:`MIN_STEM` letters are left, and then a doubled last letter, so «strøm»
and «strømmen», «beredskapsplan» and «beredskapsplanene», «oppdatert» and «oppdateres»
count as one), and a point joins the first group whose first point shares at least
:data:`THRESHOLD` of their words together (the Jaccard overlap: words in both divided by
words in either) and says «ikke» as it does or does not. Words are compared whole, not
by their first letters, as Norwegian compounds that begin alike («beredskapsplan»,
«beredskapslager»; «kommune», «kommunikasjon») are different things; and a point that
says «ikke» is the opposite finding of one that does not, however many words they share.
Nothing is sent anywhere and nothing is learnt: the same points give the same groups on
every machine.

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
# Endings taken off a word that keeps at least MIN_STEM letters, the longest first:
# nouns' (-en, -et, -a, -ene, -ane, -er, -ar, -erne, and -ens, -ets of whose) and verbs'
# (-e, -er, -es, -et, -ert, -ing). No -s, -t or -te: taken off again and again they would
# cut «aggregat» and «aggregatet», «varslingsliste» and «varslingslisten» differently.
ENDINGS = (
    "erne",
    "ene",
    "ane",
    "ens",
    "ets",
    "ert",
    "ing",
    "en",
    "et",
    "er",
    "ar",
    "es",
    "a",
    "e",
)
MIN_STEM = 4
# The words that turn a finding into its opposite; they are not compared as words.
NEGATIONS = frozenset({"ikke", "ikkje"})

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
        "å",
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
    """The text's word set as it is compared: lower case, no stop words or negations,
    each word without its endings."""
    found = set()
    for word in _WORD.findall(text.casefold()):
        if word in STOP_WORDS or word in NEGATIONS or word.isdigit():
            continue
        found.add(stem(word))
    return frozenset(found)


def negated(text: str) -> bool:
    """Whether the text says «ikke» (or «ikkje»): such a point is grouped only with others
    that do, since «fungerte» and «fungerte ikke» share every other word."""
    return any(word in NEGATIONS for word in _WORD.findall(text.casefold()))


def stem(word: str) -> str:
    """The word without its common endings (taken off while MIN_STEM letters are left)
    and without a doubled last letter; the whole rest is compared."""
    stripped = True
    while stripped:
        stripped = False
        for ending in ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word = word[: -len(ending)]
                stripped = True
                break
    if len(word) > MIN_STEM and word[-1] == word[-2]:
        word = word[:-1]
    return word


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
    leaders: list[tuple[frozenset[str], bool]] = []
    members: list[list[T]] = []
    index: dict[str, list[int]] = {}
    for item, text in zip(items, text_of, strict=True):
        mine = words(text)
        no = negated(text)
        chosen = -1
        candidates = sorted({g for word in mine for g in index.get(word, ())})
        if not mine:
            candidates = [g for g, (leader, _no) in enumerate(leaders) if not leader]
        for candidate in candidates:
            leader, leader_no = leaders[candidate]
            if leader_no == no and jaccard(mine, leader) >= THRESHOLD:
                chosen = candidate
                break
        if chosen < 0:
            chosen = len(leaders)
            leaders.append((mine, no))
            members.append([])
            for word in mine:
                index.setdefault(word, []).append(chosen)
        members[chosen].append(item)
    return [Group(tuple(m)) for m in members]
