"""A listed town typed small after living or staying with someone: "living with nan in mold",
"LIVES WITH GRANDAD IN BATH" (folded small), "stays with his uncle up in kumasi".

`_cued_everyday_towns` reads a town of an everyday word after a verb of living with words of
direction between ("lives out in reading"); with whom someone lives stands there too, and
the town after it is as much where they live. The town must be a listed one of four letters
or more in no list of regions and no word for a kind of place, typed in lower case, ending
its clause or followed by a small word; the person is a kinship or partner word or a
placeholder, with at most a possessive before it. "Living with mold in the bathroom" has no
person; "living with her nan in a two bed flat" has an article after "in".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._cued_everyday_towns import _KINDS, _MIN_TOWN  # pyright: ignore[reportPrivateUsage]
from ._lower_places import _AFTER_TOWN  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_LIVING = frozenset(
    """
    lives live living lived stays stay staying stayed moved moving move settled
    """.split()
)
_OWNERS = frozenset("her his their my our your the".split())
_WITH_WHOM = frozenset(
    """
    nan nana nanna gran granny grandma grandmother grandad granddad grandpa grandfather
    grandparents mum mom mam mother dad father parents aunt auntie aunty uncle cousin
    cousins sister brother sis bro partner boyfriend girlfriend bf gf husband wife fiance
    fiancé fiancée family foster carers carer friend friends daughter son kids children
    in-laws
    """.split()
)
_PARTICLES = frozenset("up out down over back across round".split())
_AFTER = _AFTER_TOWN | frozenset(("now", "originally"))


def may_hold(lows: list[str]) -> bool:
    """Cheap test: "with" and a verb of living among the words."""
    return "with" in lows and not _LIVING.isdisjoint(lows)


def lived_with_towns(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Towns after "<living> with <someone> (up) in" (see the module)."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if tok.low != "with" or i == 0 or toks[i - 1].low not in _LIVING:
            continue
        k = i + 1
        if k < len(toks) and toks[k].low in _OWNERS:
            k += 1
        if k >= len(toks) or not (toks[k].low in _WITH_WHOM or text[toks[k].start] == "["):
            continue
        k += 1
        if k < len(toks) and toks[k].low in _PARTICLES:
            k += 1
        if k + 1 >= len(toks) or toks[k].low != "in":
            continue
        town = toks[k + 1]
        if text[toks[k].end : town.start] != " " or not _town(text, toks, k + 1, lex):
            continue
        out.append((town.start, town.end, "place"))
    return out


def _town(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    tok = toks[i]
    low = tok.low
    if tok.possessive or not tok.word.islower() or not tok.word.isalpha():
        return False
    if len(low) < _MIN_TOWN or low not in lex.places or low in lex.regions or low in _KINDS:
        return False
    if i + 1 == len(toks):
        return True
    return text[tok.end : toks[i + 1].start] != " " or toks[i + 1].low in _AFTER
