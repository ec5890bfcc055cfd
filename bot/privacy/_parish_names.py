"""Parishes, churches and church schools named by their dedication: "bingo nights at holy
ghost", "ran into her at christ embassy", "At Sacred Heart in town", "she goes to holy
family now".

Such a name is made of words of faith, each kept alone ("the holy ghost", "sacred", "pray
to christ"), so neither the rules for names nor those for lower-case organisations read it.
Right after a preposition of place ("at", "from", "to" after a verb of going), a word that
opens a dedication ("holy", "sacred", "blessed", "immaculate", "christ") and the word after
it name one parish or its school, which places a client as much as a street does.

Kept: a rite, a time or a book after the word of faith ("at holy communion", "at holy
mass", "from holy week", "to holy scripture"), an article or a possessive before it ("at
the holy ghost's feet"), and a going verb with "to" before a prayer ("prays to holy mary"
has no verb of going).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# words that open a church's dedication
OPENERS = frozenset("holy sacred blessed immaculate christ".split())
# rites, times, books and things after a word of faith: no parish's name
_RITES = frozenset(
    """
    communion mass masses week weekend day days night nights hour hours water oil oils
    orders matrimony baptism confession confirmation sacraments scripture scriptures
    book books bible text texts writ land ground war wars grail cow cows shit moly smoke
    crap ritual rituals rite rites ceremony service services
    """.split()
)
_TO_VERBS = frozenset(
    "go goes going went gone moved move moves back sent send took take takes".split()
)
_CUES = frozenset(("at", "from", "attend", "attends", "attended", "attending"))


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a word that opens a dedication is among the words."""
    return not OPENERS.isdisjoint(lows)


def parish_names(text: str, toks: list[Token]) -> list[Candidate]:
    """A dedication of two words (three with "the": "christ the king") after a cue of place."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i in range(1, last):
        tok = toks[i]
        if tok.low not in OPENERS or tok.possessive or not _cued(text, toks, i):
            continue
        k = i + 1
        if toks[k].low == "the" and k < last and spaced(text, toks, k + 1):
            k += 1  # "christ the king"
        name = toks[k]
        if not spaced(text, toks, k) or not _name_word(name):
            continue
        if name.capital != tok.capital:
            continue  # "at Holy communion", "at holy Mass": one name is typed in one case
        out.append((tok.start, name.end, "org"))
    return out


def _name_word(tok: Token) -> bool:
    low = tok.low
    return (
        low.isalpha()
        and len(low) > 1
        and not tok.possessive
        and low not in _RITES
        and tok.kind is not Kind.STOP  # "from holy saturday": a weekday, month or title
        and low not in tables().langs  # "at holy and"
    )


def _cued(text: str, toks: list[Token], i: int) -> bool:
    """ "at", "from", or "to" after a verb of going, right before ``toks[i]``."""
    prev = toks[i - 1]
    if not spaced(text, toks, i):
        return False
    if prev.low in _CUES:
        return True
    return prev.low == "to" and i > 1 and toks[i - 2].low in _TO_VERBS
