"""Places typed small at one end of a move whose other end is a place, and listed places of
two words typed small after a verb of moving.

"he moved down to penal from [place]", "she commutes from pinewood to Leeds", "moved back to
carlow from Dublin": a move (to live there, or a commute or drive; "came to session from
[place]" goes to a thing) from a place goes to a place, so the one word between "to" and
"from" (or "from" and "to") is a place too, though it is an everyday word ("penal", "rush")
or a town too small for any list. The other end must be a place: a placeholder of one, or a
capitalised word that is no weekday, month or other word the lists keep. A kind of place or
a shift ("moved down to second from first", "drove to work from his sister's", "went back to
nights from days", "up to bed from the sofa") names none: those words, words of a group or
rank, function words and words in "-ing" stay.

"drove up to black mountain", "went out to long beach": a listed place of two words (the
GeoNames towns), typed small after a verb of moving or living, a word of direction ("up",
"out", "back" ...) and "to" or "in", ending its clause or followed by a small word.

A place of one word found so is the same place where the text types it again with no
determiner or owner before it ("moved down to penal from [place]. penal is quieter").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._cued_everyday_towns import _AFTER, _KINDS
from ._lower_places import LIVING_VERBS, MOTION_VERBS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_VERBS = (
    LIVING_VERBS
    | MOTION_VERBS
    | frozenset(
        "commute commutes commuting commuted drive drives driving rides rode ride cycled "
        "cycles walks walk relocates travels travel".split()
    )
)
# verbs of a move from one place to live or work in another: "came to session from [place]"
# goes to a thing, not a place
_RELOCATING = frozenset(
    "moved move moves moving relocated relocates commute commutes commuting commuted drive "
    "drives driving drove flew travelled traveled travels travel".split()
)
_PARTICLES = frozenset("up out back over down across away round".split())
_OTHER_END = {"to": "from", "from": "to"}
# kinds of place, shifts, groups and ranks: the ends of moves that name no place
_NO_PLACE = _KINDS | frozenset(
    """
    home work school uni college church mass bed class town city country abroad overseas
    upstairs downstairs nights days evenings mornings lunch dinner breakfast tea sleep
    first second third fourth last seniors juniors senior junior adults kids youth reserves
    part full basics normal scratch zero square rehab hospital prison jail court office
    hers his theirs ours mine yours there here somewhere nowhere anywhere everywhere
    """.split()
)
_MIN_PLACE = 4
_DETERMINERS = frozenset("the a an this that his her my our their your its".split())
_MAX_PARTICLES = 2


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of moving or living stands among the words."""
    return not _VERBS.isdisjoint(lows)


def move_ends(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """The places named as above."""
    out: list[Candidate] = []
    for v, verb in enumerate(toks):
        if verb.low not in _VERBS:
            continue
        p = v + 1
        while p < len(toks) and p - v <= _MAX_PARTICLES and toks[p].low in _PARTICLES:
            p += 1
        if p + 1 >= len(toks) or toks[p].low not in ("to", "from", "in"):
            continue
        found = _two_word_place(text, toks, p, lex) if p > v + 1 else None
        if found is None and toks[p].low != "in" and verb.low in _RELOCATING:
            found = _between_places(text, toks, p)
        if found is not None:
            out.append(found)
            if found[1] - found[0] == toks[p + 1].end - toks[p + 1].start:  # one word
                out.extend(_echoes(text, toks, toks[p + 1]))
    return out


def _echoes(text: str, toks: list[Token], place: Token) -> list[Candidate]:
    """The same word typed the same way elsewhere in the text, with no determiner or owner
    before it ("penal is quieter"): the place named again ("the penal code" stays)."""
    out: list[Candidate] = []
    for k, tok in enumerate(toks):
        if tok.start == place.start or tok.word != place.word or tok.possessive:
            continue
        if k > 0 and toks[k - 1].low in _DETERMINERS:
            continue
        out.append((tok.start, tok.end, "place"))
    return out


def _plain(text: str, toks: list[Token], k: int) -> bool:
    """``toks[k]`` is a word typed small, one space after the word before it."""
    tok = toks[k]
    return (
        tok.word.isalpha()
        and tok.word.islower()
        and not tok.possessive
        and text[toks[k - 1].end : tok.start] == " "
    )


def _between_places(text: str, toks: list[Token], p: int) -> Candidate | None:
    """ "to penal from [place]": the word after the preposition, when the other end is a place."""
    w = p + 1
    if w + 2 >= len(toks) + 1 or not _plain(text, toks, w):
        return None
    word = toks[w]
    if len(word.low) < _MIN_PLACE or word.low in _NO_PLACE or word.low.endswith("ing"):
        return None
    if word.kind is Kind.STOP or w + 2 >= len(toks):
        return None
    if toks[w + 1].low != _OTHER_END[toks[p].low] or text[word.end : toks[w + 1].start] != " ":
        return None
    if not _a_place(text, toks[w + 2]):
        return None
    return word.start, word.end, "place"


def _a_place(text: str, tok: Token) -> bool:
    if tok.word == "place" and text[tok.start - 1 : tok.start] == "[":
        return True
    return tok.capital and not tok.acronym and tok.kind is not Kind.STOP


def _two_word_place(text: str, toks: list[Token], p: int, lex: Lexicon) -> Candidate | None:
    """ "up to black mountain": a listed place of two words typed small, ending its clause."""
    if p + 2 >= len(toks) or not (_plain(text, toks, p + 1) and _plain(text, toks, p + 2)):
        return None
    first, second = toks[p + 1], toks[p + 2]
    name = f"{first.low} {second.low}"
    if name not in lex.places or name in lex.regions:
        return None
    if first.low in _NO_PLACE or second.low in _NO_PLACE:
        return None
    if p + 3 < len(toks):
        gap = text[second.end : toks[p + 3].start]
        if gap == " " and toks[p + 3].low not in _AFTER:
            return None
    return first.start, second.end, "place"
