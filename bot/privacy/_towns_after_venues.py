"""A lower-case town right after a venue, a home or a named place and "in": "at the beach in
summerstrand", "at her aunt's in lapaha", "the shop in rosebank", "at woolies in auburn".

A lower-case word in no list after "in" is read as a town elsewhere, but a word that splits
into two everyday words ("summer"+"strand", "rose"+"bank", "lap"+"aha") is left alone there,
as it is as often a compound ("in lockdown", "in workout"), and a listed town that is also an
everyday word ("auburn", "revere", "reading") only after a verb of living. After a venue
noun ("the beach in", "the clinic in"), someone's home ("her aunt's in") or a place or
organisation already found ("[org] in"), "in" says where that venue is, so the word after it
is a town when it is in no list of words (no English, function or language word), or a listed
town (no region, month or season) with the clause ending after it or going on only with a
small word ("w", "now", "she" ...). "at the gym in lockdown" is still read: the venue makes
it a town; "at her aunt's in june", "the shop in town", "at the park in spring" stay (no
word in no list, a listed word of the calendar, an everyday word); "her place in hope" is
no venue ("place" and "home" are left out: "at home in faith").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._decided import record
from ._lower_listed_towns import clause_ends
from ._lower_places import _unknown_word
from ._town_cues import _jargon_shaped
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# nouns of a venue or a home that "in" and a town may follow
VENUES = frozenset(
    """
    beach shop store mall clinic church mosque temple school college market park library gym
    pool centre center hospital office restaurant cafe café salon bakery garage warehouse
    factory flat house apartment farm station stadium hall
    """.split()
)
# everyday words that are listed towns somewhere and name a time, not a place
_TIMES = frozenset("spring summer autumn fall winter march may june august".split())
# small words (and subject pronouns) that may follow a town in the same clause
_AFTER = frozenset(
    "now then again last this next since with w and but so for after before until till "
    "when while because cos bc by near yesterday today tonight every lol "
    "she he they i we you".split()
)
_MIN_WORD = 4
_GAPS = frozenset({" ", "'s ", "’s ", "' ", "’ "})  # a possessive's "'s" is outside its token


def may_hold(lows: list[str]) -> bool:
    """Cheap test: "in" is among the words."""
    return "in" in lows


def towns_after_venues(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """ "the beach in summerstrand", "her aunt's in lapaha": see the module."""
    out: list[Candidate] = []
    ends = {end for _, end, kind in found if kind}
    for i in range(2, len(toks)):
        if toks[i - 1].low != "in" or toks[i - 1].word != "in":
            continue
        before, tok = toks[i - 2], toks[i]
        gap = text[before.end : toks[i - 1].start]
        if gap not in _GAPS or text[toks[i - 1].end : tok.start] != " ":
            continue
        venue = (
            before.possessive
            or (before.low in VENUES and before.word == before.low)
            or before.end in ends
        )
        if venue and _town(text, toks, i, lex):
            out.append((tok.start, tok.end, "place"))
        elif before.low in VENUES and tok.kind is Kind.WORD_NAME and tok.word == tok.low:
            record(tok.start, tok.end)  # "at the church in hope": a virtue, on purpose
    return out


def _town(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A lower-case word in no list, or a listed town where the clause ends."""
    tok = toks[i]
    low = tok.low
    if tok.word != low or tok.possessive or len(low) < _MIN_WORD or not low.isalpha():
        return False
    if _unknown_word(tok, lex) and not _jargon_shaped(tok):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        # a second word in no list goes on: a phrase of another language ("in kapa haka")
        return nxt is None or text[tok.end : nxt.start].strip() != "" or not _unknown_word(nxt, lex)
    if low not in lex.places or low in lex.regions or low in _TIMES or tok.kind is Kind.WORD_NAME:
        return False  # "at the church in hope": a word that is also a given name is a virtue
    return clause_ends(text, toks, i, _AFTER)
