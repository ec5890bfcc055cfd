"""Hotels, bars, cafés, guest houses and residences named by capitalised everyday words.

"at the Blue Lagoon Bar", "the Sea Breeze Guest House", "works at the Hotel Blue Wave",
"the Residencial Estrela do Mar": each word is an everyday word, so the proper-noun rules
keep the run, but the kind of venue at its end (or start) says it is the name of one place,
an identifier as much as an employer's name. A run counts when it stands after a word that
reaches a place ("the", "at", "to", "from", "near", "in", in lower case: a title-case
heading such as "Chose The Bus Over The Bar" names no venue) and holds one to three capitalised
words besides the venue word; a word saying only what kind of venue it is ("Sports Bar",
"Coffee House", "the Airport Hotel") leaves it generic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# venue words written after the name: "Blue Lagoon Bar", "Seaside Garden Tavern"
HEADS_AFTER = frozenset(
    "hotel hotels bar bars cafe café caffe caffè tavern taverna residence residences "
    "residency apartments apartment inn lodge resort guesthouse guest-house motel hostel "
    "suites restaurant bistro pub diner grill bakery kafe otel pansiyon juku"
    # lowerchat voices: Portuguese, Spanish, Italian, Turkish, Czech and Greek venue words
    " residencial pensão pensao hostal trattoria pizzeria osteria lokanta meyhane hospoda"
    " kavarna kavárna psistaria".split()
)
# venue words written before the name: "Hotel Blue Wave", "Residencial Estrela do Mar"
HEADS_BEFORE = frozenset(
    "hotel café cafe bar residencial pensão pensao hostal hospoda otel pizzeria "
    "trattoria osteria taverna restaurante ristorante".split()
)
# two-word venue heads: "Sea Breeze Guest House"
_TWO_WORD_HEADS = frozenset({("guest", "house"), ("coffee", "shop"), ("tea", "house")})
_CUES = frozenset("the at to from near in into outside behind".split())
# words that say what kind of venue, not which one
_KIND_WORDS = frozenset(
    "sports coffee wine tapas snack juice internet cocktail karaoke hookah shisha "
    "boutique budget airport local hospital school student youth gay beach pool "
    "hotel bar cafe café restaurant pub the a an".split()
)
_JOINERS = frozenset("do da dos das de del della di of the and e y".split())
_MAX_WORDS = 3


_TRIGGERS = HEADS_AFTER | HEADS_BEFORE | frozenset(last for _, last in _TWO_WORD_HEADS)


def may_hold(lows: list[str]) -> bool:
    return not _TRIGGERS.isdisjoint(lows)


def capital_venues(text: str, toks: list[Token]) -> list[Candidate]:
    """Venues named by capitalised words and a venue word before or after them."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if not tok.capital or i == 0 or toks[i - 1].word not in _CUES:  # not "Over The Bar"
            continue
        if text[toks[i - 1].end : tok.start] != " ":
            continue
        end = _run_end(text, toks, i)
        if end <= i:
            continue
        words = toks[i : end + 1]
        last = words[-1].low
        two = len(words) >= 2 and (words[-2].low, last) in _TWO_WORD_HEADS
        if ((last in HEADS_AFTER or two) and _names_one(words[: -2 if two else -1])) or (
            tok.low in HEADS_BEFORE and _names_one(words[1:])
        ):
            out.append((tok.start, words[-1].end, "org"))
    return out


def _run_end(text: str, toks: list[Token], i: int) -> int:
    """The last token of the capitalised run from ``i`` (small joining words inside it)."""
    j, end = i, i
    while j + 1 < len(toks) and end - i < _MAX_WORDS + 2:
        nxt = toks[j + 1]
        if text[toks[j].end : nxt.start] != " " or toks[j].possessive:
            break
        if nxt.capital:
            end = j = j + 1
        elif nxt.low in _JOINERS and j + 2 < len(toks) and toks[j + 2].capital:
            j += 1
        else:
            break
    return end


def _names_one(words: list[Token]) -> bool:
    """One to three capitalised words, at least one saying which venue."""
    caps = [w for w in words if w.capital]
    if not caps or len(caps) > _MAX_WORDS:
        return False
    return any(w.low not in _KIND_WORDS and not w.acronym for w in caps)
