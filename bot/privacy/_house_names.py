"""Practices, care homes and estates named "the" and a plural of trees, typed in lower case.

"the gp at the oaks referred him", "she's moved to the willows", "discharged from the
cedars": a surgery, a care home, a unit or an estate is so often called "the" and a plural
of a tree or of a house's parts ("The Oaks", "The Willows", "The Gables") that, typed in
lower case right after "at", "to" or "from", such a word names the one place where someone
is cared for or lives. Capitalised, the rules for names read it already.

Kept: the word with "of" or a noun after it ("at the oaks of the park", "to the pines
behind the house"), a tree in the singular ("under the big oak"), and any other preposition
("sat under the oaks", "walked among the pines").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

PLURALS = frozenset(
    """
    oaks elms willows pines cedars maples beeches birches laurels hollies firs larches
    poplars sycamores rowans yews alders hawthorns chestnuts cypresses junipers
    gables
    """.split()
)
_PREPS = frozenset(("at", "to", "from"))
# what may follow the name in its clause: a kind of service, a time, a small word
_AFTER = frozenset(
    """
    clinic surgery practice centre center unit ward home house care hospital now then again
    last this next since and but so for after before until till when while because cos bc
    every on in at to w with lol referred said says rang called
    """.split()
)


def may_hold(lows: list[str]) -> bool:
    """Cheap test: one of the plurals is among the words."""
    return not PLURALS.isdisjoint(lows)


def house_names(text: str, toks: list[Token]) -> list[Candidate]:
    """ "at the oaks", "to the willows", "from the cedars" (see the module)."""
    out: list[Candidate] = []
    for i in range(2, len(toks)):
        tok = toks[i]
        if tok.low not in PLURALS or not tok.word.islower() or tok.possessive:
            continue
        if toks[i - 1].low != "the" or toks[i - 2].low not in _PREPS:
            continue
        if text[toks[i - 2].end : tok.start] != f" {toks[i - 1].word} ":
            continue
        if i + 1 < len(toks):
            gap = text[tok.end : toks[i + 1].start]
            if gap == " " and toks[i + 1].low not in _AFTER:
                continue
        out.append((tok.start, tok.end, "org"))
    return out
