"""Names that are everyday words, capitalised, read from how the text uses them: "Golf
noticed that Bank didn't slam the door", "Bank and Golf are brothers".

A capitalised everyday word opening a sentence may be the word ("Golf is his thing"), so the
proper-noun rules keep it unless a list of word-names holds it. The same word capitalised
again inside a sentence, where English writes a capital only for a name, and with a cue of a
person at one of its places (a verb said of people right after it, after at most one
adverb, or "and" joining it to another such name), is a name wherever it stands in the
text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._vocab import PERSON_ONLY_VERBS, STRONG_PERSON_VERBS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_KINDS = frozenset({Kind.ORDINARY, Kind.WORD_NAME})
_ADVERBS = frozenset("also finally then just really even still never always actually".split())
# verbs of "is"/"has" and the like say nothing of a person ("Golf is fun", "Bank has it")
_WEAK = frozenset("is was has had gets got goes went came comes sat sees saw".split())
_PERSON = (STRONG_PERSON_VERBS | PERSON_ONLY_VERBS) - _WEAK
# pronouns, quantifiers and words of a heading or letter, capitalised for other reasons
_NOT_NAMES = frozenset(
    """
    she he they we you it i everyone everybody someone somebody nobody anyone anybody none
    both all each either neither most many several others another best kind warm
    """.split()
)
_MIN_WORD = 3
_MIN_PLACES = 2


def may_hold(text: str) -> bool:
    """Cheap test: the text is not written in capitals throughout and has some capital."""
    return not text.isupper() and not text.islower()


def capital_word_names(
    text: str, toks: list[Token], opens: Callable[[int], bool]
) -> list[Candidate]:
    """Everyday words capitalised inside a sentence and said of a person somewhere;
    ``opens(i)`` tells whether ``toks[i]`` opens a sentence."""
    places: dict[str, list[int]] = {}
    for i, tok in enumerate(toks):
        if (
            tok.capital
            and not tok.acronym
            and tok.word.isalpha()
            and len(tok.word) >= _MIN_WORD
            and tok.kind in _KINDS
            and tok.word[1:].islower()
            and tok.low not in _NOT_NAMES
        ):
            places.setdefault(tok.low, []).append(i)
    named: set[str] = set()
    candidates: dict[str, list[int]] = {}
    for low, idx in places.items():
        if len(idx) < _MIN_PLACES or not any(not opens(i) and _alone(toks, i) for i in idx):
            continue
        candidates[low] = idx
        if any(_acts(text, toks, i, _PERSON) for i in idx):
            named.add(low)
    # "Bank and Golf are brothers": one of them found, the other joined to it by "and"
    for low, idx in candidates.items():
        if low not in named and any(_joined(text, toks, i, named) for i in idx):
            named.add(low)
    return [(toks[i].start, toks[i].end, "name") for low in named for i in places[low]]


def _joined(text: str, toks: list[Token], i: int, named: set[str]) -> bool:
    """ "Bank and Golf": joined by "and" or "&" to a word found as a name."""
    for a, b in ((i, i + 2), (i - 2, i)):
        if a < 0 or b >= len(toks) or toks[a + 1].low not in _AND:
            continue
        other = toks[b if a == i else a]
        if other.low in named and other.capital and " " in text[toks[a].end : toks[b].start]:
            return True
    return False


_AND = frozenset({"and", "&"})


def _alone(toks: list[Token], i: int) -> bool:
    """Neither word beside it is capitalised: no title or heading."""
    before = toks[i - 1] if i > 0 else None
    after = toks[i + 1] if i + 1 < len(toks) else None
    return not (before is not None and before.capital) and not (after is not None and after.capital)


def _acts(text: str, toks: list[Token], i: int, verbs: frozenset[str]) -> bool:
    """A verb said of people follows, after at most one adverb."""
    j = i + 1
    if j < len(toks) and toks[j].low in _ADVERBS and text[toks[i].end : toks[j].start] == " ":
        j += 1
    if j >= len(toks) or text[toks[j - 1].end : toks[j].start] != " ":
        return False
    return toks[j].low in verbs and not toks[i].possessive
