"""Lower-case words right after "my", "his", "her", "your" or "their": what is owned.

In notes typed in lower case a name is found by its place in the sentence, but right after
a possessive (with at most a few adjectives such as "little", "usual", "favourite" between)
stands what the person has or who they are to her: "his little pikin", "what would your
kuya say", "her weekly chama". A name there follows a relation word instead ("her sister
nomsa", "his bestie kelechi") or before one ("his jaspal veerji"), so a lower-case name
candidate whose first word comes right after the possessive and its adjectives, holds no
listed given name and has no unknown word after it, is kept. "her" owns only across an
adjective: it is also the object of a verb ("everyone calls her lofa"). Organisations
after a possessive stay ("his own centrelink stuff").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

OWNERS = frozenset("my his her your their our".split())
# "her" is also the object of a verb ("calls her lofa"): it owns only across an adjective
_OBJECT_TOO = "her"
# adjectives that may stand between the owner and the thing ("her usual chai")
_BETWEEN = frozenset(
    """
    favourite favorite fave usual little old new own lucky weekly daily nightly special
    precious beloved
    """.split()
)
_MAX_BETWEEN = 2


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a possessive word stands in the text."""
    return not OWNERS.isdisjoint(lows)


def keep_possessed_lower_words(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without lower-case candidates naming what follows a possessive."""
    by_start = {tok.start: i for i, tok in enumerate(toks)}
    kept: list[Candidate] = []
    for cand in found:
        i = by_start.get(cand[0])
        if (
            i is None
            or cand[2] != "name"
            or not _owned(text, toks, i)
            or not _plain_lower(text, toks, i, cand, lex)
        ):
            kept.append(cand)
    return kept


def _owned(text: str, toks: list[Token], i: int) -> bool:
    """The word at ``i`` follows an owner, with at most two adjectives between."""
    j = i - 1
    for _ in range(_MAX_BETWEEN + 1):
        if j < 0 or text[toks[j].end : toks[j + 1].start] != " ":
            return False
        low = toks[j].low
        if low in OWNERS:
            return j < i - 1 or low != _OBJECT_TOO
        if low not in _BETWEEN:
            return False
        j -= 1
    return False


def _plain_lower(text: str, toks: list[Token], i: int, cand: Candidate, lex: Lexicon) -> bool:
    """Every word of the candidate is lower case and no listed given name; of several words
    the first is a known word ("your kuya say"), and no unknown word follows ("his jaspal
    veerji": a name before a relation word of another language)."""
    if not text[cand[0] : cand[1]].islower():
        return False
    k = i
    while k < len(toks) and toks[k].start < cand[1]:
        if toks[k].low in lex.given_names or toks[k].possessive:
            return False
        k += 1
    if k - i > 1 and not _known(toks[i].low, lex):
        return False
    return k == len(toks) or _known(toks[k].low, lex) or not toks[k].low.isalpha()


def _known(low: str, lex: Lexicon) -> bool:
    return low in lex.ordinary or low in lex.always_ordinary
