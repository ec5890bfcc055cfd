"""Everyday things of other languages, capitalised: prayers and feasts ("Sholat Subuh",
"Iftari", "Shogatsu"), games ("Tavla", "Belote") and foods ("Domates", "Kruh", "Acqua").

A candidate made only of such words (``data/world_things.txt``) is kept: it names the
thing, not a person or a place. Not in the slot of a place: right after a preposition of
place or movement of any language ("pergi ke Karuta", "vive en Patata", "moved to Bocce",
"habite à Tavla") an unlisted town may spell the same, and there the word goes (recall
first), and so does the same word everywhere else in the text. Evidence of the game
reading keeps the slot's word: a word of skill or winning before the preposition ("wins at
Belote", "good at Shogi").

Recall first: a word also removed inside another candidate ("Mario Pane ... Pane said") is
named there and stays removed everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# prepositions of place or movement: English, Romance, Malay/Indonesian, Filipino,
# Vietnamese, South Slavic, German and Dutch ("to", "à", "en", "ke", "sa", "ở", "u", "nach")
_SLOT_PREPOSITIONS = frozenset(
    "to in at from into near outside inside around via toward towards "
    "à a au aux en chez vers de des du da do dos das no na nos nas em para pra desde hacia "
    "hasta al del dal nel nella alla "
    "ke di dari sa ở tại từ u iz kod "
    "nach aus bei zu naar uit bij".split()
)
# words before "at"/"in" that read the slot as a game played well or badly
_SKILL = frozenset(
    "good better best great bad worse worst win wins won winning lose loses lost losing "
    "beat beats champion expert pro skilled".split()
)


def may_hold(lows: list[str], lex: Lexicon) -> bool:
    """Cheap check: a word of the list among the text's words."""
    return not lex.things.isdisjoint(lows)


def keep_everyday_things(
    text: str, toks: list[Token], out: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``out`` without candidates made only of everyday things, outside a place's slot."""
    things = lex.things
    things_only = [c for c in out if _only_things(text, c, things)]
    if not things_only:
        return out
    placed = {
        t.low for i, t in enumerate(toks) if t.capital and t.low in things and _slot(text, toks, i)
    }
    named = {
        w.lower()
        for c in out
        if c[2] in ("name", "place") and c not in things_only
        for w in text[c[0] : c[1]].split()
    }
    shown = placed | named
    dropped = {
        c for c in things_only if shown.isdisjoint(w.lower() for w in text[c[0] : c[1]].split())
    }
    return [c for c in out if c not in dropped] if dropped else out


def _only_things(text: str, cand: Candidate, things: frozenset[str]) -> bool:
    words = text[cand[0] : cand[1]].split()
    return bool(words) and all(w.lower() in things for w in words)


def _slot(text: str, toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` stands one space after a preposition of place, with no word of
    skill before it."""
    if i == 0 or toks[i - 1].low not in _SLOT_PREPOSITIONS or not spaced(text, toks, i):
        return False
    return i < 2 or toks[i - 2].low not in _SKILL
