"""Conditions named after a person, as a clinician writes a diagnosis: "with his
Parkinson's progressing", "she was told it might be Cushing's", "Meniere's attacks make her
afraid", "her son has Duchenne".

Such a word reads as a surname, and in the possessive as a person's ("his Parkinson's"
reads like "his Parkinson's car"). The names are listed (``data/condition_eponyms.txt``):
one that is no listed given name, surname or town is never an identifier and is read as a
word where it stands (``_lexicon``); the others are kept here in the possessive only, the
way the condition is typed.

Recall first: only a one-word candidate that is the listed name with its possessive is
kept, and not when a title or another capitalised word stands right before it ("Mr
Parkinson's dog", "Jane Addison's flat"), nor when a person, a capitalised word or a thing
a person owns follows it ("Parkinson's mum", "Addison's car"): there it is the person's.
Typed without the possessive ("Dr Parkinson", "Addison said") a listed name stays a name.
"""

from __future__ import annotations

from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING

from ._formal import _token_at
from ._lexicon import _lines
from ._vocab import RELATIONS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_START = attrgetter("start")


@cache
def eponyms() -> frozenset[str]:
    """The listed names of conditions, lower case."""
    return frozenset(line.strip() for line in _lines("condition_eponyms.txt"))


def may_hold(text: str) -> bool:
    """Cheap check: a possessive in the text."""
    return "'s" in text or "’s" in text or "s' " in text


def keep_condition_eponyms(
    text: str, toks: list[Token], out: list[Candidate], titles: frozenset[str]
) -> list[Candidate]:
    """``out`` without the one-word candidates that are a listed condition's name in the
    possessive, as described above. ``titles``: the lower-case titles ("mr", "dr")."""
    names = eponyms()
    kept: list[Candidate] = []
    for cand in out:
        k = _token_at(toks, cand[0], _START)
        if (
            k is not None
            and toks[k].low in names
            and toks[k].possessive
            and cand[1] in (toks[k].end, toks[k].end + 2)
            and not (k > 0 and _person_before(text, toks, k, titles))
            and not _owned_after(text, toks, k)
        ):
            continue
        kept.append(cand)
    return kept


def _owned_after(text: str, toks: list[Token], k: int) -> bool:
    """Whether a person or a thing someone owns follows the possessive ("Parkinson's mum",
    "Addison's car"), or a capitalised word in the same run ("Addison's Bakery"): there it
    is a person's."""
    if k + 1 >= len(toks):
        return False
    after = toks[k + 1]
    return (
        after.low in RELATIONS
        or after.low in _OWNED
        or (after.capital and text[toks[k].end : after.start] in ("'s ", "’s "))
    )


# things a person has that a condition does not
_OWNED = frozenset(
    """
    house home flat place room garden car van bike dog cat phone office shop desk birthday
    party wedding funeral name family friends mates kids children parents
    """.split()
)


def _person_before(text: str, toks: list[Token], k: int, titles: frozenset[str]) -> bool:
    """Whether a title or a capitalised word that may be a name stands right before
    ``toks[k]`` in the same run ("Mr Parkinson's", "Jane Addison's"; not "Since")."""
    prev = toks[k - 1]
    gap = text[prev.end : toks[k].start]
    if gap not in (" ", ". "):
        return False
    if prev.low in titles:
        return True
    return (
        gap == " "
        and prev.capital
        and prev.kind is not Kind.ORDINARY
        and prev.kind is not Kind.STOP
    )
