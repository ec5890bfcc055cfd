"""Listed towns of two or three everyday words typed in lower case, where a clause says someone
lives, stays, comes from or goes there.

"shes staying w her dad in broken arrow now", "moved to grand rapids last yr", "she lives in
little rock w her aunt", "kid from round rock, 15": each word is an everyday English word, so
the rules for lower-case words in no list pass them by, and only towns ending in a place word
("long beach", "palm springs") were read before. Here the whole run of two or three words must
be a town of the lexicon (GeoNames), typed in lower case, right after "in", "from", "near",
"outside" or "around" (or a "to" after a verb of moving or living), and the clause must end
right after it or go on only with a small word that may follow a town ("now", "w", "for",
"last" ...). A run that opens with an article, a possessive or a function word ("the
village", "at tall") is never read, nor a run that is an everyday phrase after "in" ("in new
territory"). "in grand style", "from little things", "to high school for" stay: no listed town,
or a noun goes on after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lower_places import MOTION_VERBS, PLACE_PREPS

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# verbs of moving beyond those the rule for one lower-case word knows: a bus or a ride "to" a town
_MOTION = MOTION_VERBS | frozenset(
    "moves drive driving fly relocated relocating way bus train ride rode".split()
)
# small words that may follow a town in the same clause
_AFTER_TOWN = frozenset(
    "now then again last this next since with w and but so for after before until till "
    "when while because cos bc by near yesterday today tonight every lol".split()
)
# first words that make a run an everyday phrase rather than a town
_OPENERS = frozenset(
    "the a an at on of my your his her our their this that these those some any no every "
    "la le el de".split()
)
# listed towns that are everyday phrases after "in" or "from"
_PHRASES = frozenset(
    {"new territory", "new territories", "cross country", "country club", "cut off"}
)
_MIN_WORDS, _MAX_WORDS = 2, 3
_MIN_LETTERS = 7  # both words together: "bat yam" is too short to tell from chat


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a preposition that can lead into a place is in the text."""
    return not PLACE_PREPS.isdisjoint(lows) or "to" in lows


def lower_listed_towns(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Listed towns of everyday words typed in lower case after a preposition of place."""
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        prev = toks[i - 1]
        if prev.low not in PLACE_PREPS and prev.low != "to":
            continue
        if prev.low == "to" and (i < 2 or toks[i - 2].low not in _MOTION):
            continue
        if text[prev.end : toks[i].start] != " ":
            continue
        end = _town_end(text, toks, i, lex)
        if end:
            out.append((toks[i].start, toks[end].end, "place"))
    return out


def _town_end(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    """The index of the last word of a listed town of everyday words from ``i``, or 0."""
    first = toks[i]
    if first.low in _OPENERS or not first.word.islower() or not first.word.isalpha():
        return 0
    best = 0
    for k in range(i + 1, min(i + _MAX_WORDS, len(toks))):
        tok = toks[k]
        if text[toks[k - 1].end : tok.start] != " " or not tok.word.islower():
            break
        if toks[k - 1].possessive:
            break
        run = " ".join(t.low for t in toks[i : k + 1])
        if k + 1 - i < _MIN_WORDS or run not in lex.places:
            continue
        if run in lex.regions or run in lex.phrases or run in _PHRASES:
            continue
        if sum(len(t.word) for t in toks[i : k + 1]) < _MIN_LETTERS:
            continue
        if clause_ends(text, toks, k):
            best = k
    return best


def clause_ends(text: str, toks: list[Token], k: int, after: frozenset[str] = _AFTER_TOWN) -> bool:
    """The clause ends after ``toks[k]``, or goes on only with a small word of ``after``."""
    if k + 1 >= len(toks):
        return True
    gap = text[toks[k].end : toks[k + 1].start]
    if gap.strip() or "\n" in gap:
        return True  # a comma, a full stop, a bracket, a new line
    return toks[k + 1].low in after
