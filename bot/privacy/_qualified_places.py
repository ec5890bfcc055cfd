"""Places of two or three lower-case words that open with a word of direction, size or age
("east", "upper", "new", "little") or a word that opens place names ("port", "fort",
"mount"), after a preposition of place or a verb of living.

"she lives in east legon with her aunt", "grew up in upper hutt", "they moved to new
bussa", "from port harcourt", "near mount elgon": the first word is an everyday English
word, so the rules for lower-case words in no list pass the pair by, and the second word
alone ("legon") was left as a word of another language. Here the word after the qualifier
must be a lower-case word in no list of words or one the lists of names and towns hold
(no English word: "in new ones", "from old school", "in upper sixth" stay), no region
("in south africa", "in new mexico" name a region, kept), and the clause must end after the
place or go on only with a small word ("now", "with", "for" ...). "little" may also open a
neighbourhood named after a country ("around little haiti"). After "the", only a word of
direction may open the place ("from the south valley", a listed town).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables
from ._lower_places import _AFTER_TOWN, _PLACE_NOUNS, LIVING_VERBS, MOTION_VERBS, PLACE_PREPS
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

COMPASS = frozenset("east west north south northeast northwest southeast southwest central".split())
QUALIFIERS = COMPASS | frozenset("upper lower new old little greater port fort mount".split())
# what may stand before the place: a preposition of place, "at", or a verb of living with no
# preposition ("lives east legon")
_PREPS = PLACE_PREPS | {"at"}
_TO_VERBS = MOTION_VERBS | LIVING_VERBS | frozenset("moves drive driving way ride rode".split())
_BARE_VERBS = frozenset("live lives living lived stay stays staying stayed".split())
_NAME_KINDS = frozenset((Kind.UNKNOWN, Kind.NAME))
_ENDS = _AFTER_TOWN | _PLACE_NOUNS | frozenset("lol bc".split())
_MIN_WORD = 3
_MAX_NAME_WORDS = 2


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a qualifier that opens place names is among the words."""
    return not QUALIFIERS.isdisjoint(lows)


def qualified_places(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "in east legon", "from port harcourt", "around little haiti": see the module."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i in range(1, last):
        qual = toks[i]
        if qual.low not in QUALIFIERS or qual.word != qual.low or not spaced(text, toks, i + 1):
            continue
        the = toks[i - 1].low == "the"
        if the and qual.low not in COMPASS:
            continue
        p = i - 2 if the else i - 1
        if p < 0 or not spaced(text, toks, p + 1) or not _led_in(toks, p):
            continue
        end = _name_end(text, toks, i, lex, the=the)
        if end:
            out.append((qual.start, toks[end].end, "place"))
    return out


def _led_in(toks: list[Token], p: int) -> bool:
    """``toks[p]`` leads into a place: a preposition of place, a "to" after a verb of moving
    or living, or a verb of living with no preposition."""
    low = toks[p].low
    if toks[p].capital:
        return False
    if low in _PREPS or low in _BARE_VERBS:
        return True
    return low == "to" and p > 0 and toks[p - 1].low in _TO_VERBS


def _name_word(tok: Token, lex: Lexicon) -> bool:
    """A lower-case word in no list of words, or a name or town the lists hold."""
    low = tok.low
    if tok.word != low or tok.possessive or len(low) < _MIN_WORD or not low.isalpha():
        return False
    if low in lex.regions or low in lex.always_ordinary or low in QUALIFIERS:
        return False
    t = tables()
    if low in t.langs or low in t.languages:
        return False
    return tok.kind in _NAME_KINDS


def _name_end(text: str, toks: list[Token], i: int, lex: Lexicon, *, the: bool) -> int:
    """The index of the last word of the place opened by the qualifier ``toks[i]``, or 0."""
    qual, first = toks[i], toks[i + 1]
    end = 0
    if _name_word(first, lex):
        end = i + 1
        if end + 1 < len(toks) and spaced(text, toks, end + 1) and _name_word(toks[end + 1], lex):
            end += 1
    elif qual.low == "little" and first.word == first.low and first.low in lex.regions:
        end = i + 1  # "little haiti", "little india": a neighbourhood
    elif the and f"{qual.low} {first.low}" in lex.places and first.word == first.low:
        end = i + 1  # "from the south valley": a listed town
        if f"{qual.low} {first.low}" in lex.regions:
            return 0
    if not end or end - i > _MAX_NAME_WORDS:
        return 0
    return end if _clause_ends(text, toks, end) else 0


def _clause_ends(text: str, toks: list[Token], k: int) -> bool:
    """The clause ends after ``toks[k]``, or goes on with a small word or a place noun."""
    if k + 1 >= len(toks):
        return True
    gap = text[toks[k].end : toks[k + 1].start]
    if gap.strip() or "\n" in gap:
        return True
    return toks[k + 1].low in _ENDS
