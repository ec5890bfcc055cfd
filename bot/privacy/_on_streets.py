"""Streets typed in lower case as one word after "on", where a building or someone's home
stands: "her uncle's car wash on broadway", "the bakery on vernor", "they live on glenroe".

"on" before a word in no list is as often a thing ("on sertraline", "on insta") as a street,
so one such word after "on" is read as a street only when what comes before says a place
stands on it: a word for a building, shop or home ("shop", "house", "wash", "salon",
"bridge" ...) or a verb of living ("lives on"). The word itself must pass the tests a bare
town passes after "in" (four letters or more, lower case, no compound of two everyday
words, no jargon shape, no foreign phrase going on).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._town_cues import _bare_town
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_ON = "on"
# buildings, shops and homes that stand on a street, and verbs of living there
_STANDING = frozenset(
    """
    shop shops store house home flat apartment apt apts unit cafe café restaurant salon bakery
    panadería panaderia wash garage station bridge church mosque temple school park market
    office building block corner stall stand bar pub diner takeaway chippy motel hotel
    gym library clinic warehouse factory laundromat laundrette barbershop barbers
    live lives lived living stays staying stayed
    """.split()
)
_PLACE_KINDS = frozenset((Kind.UNKNOWN, Kind.NAME))


def on_streets(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "the bakery on vernor", "lives on glenroe": see the module."""
    out: list[Candidate] = []
    for i in range(2, len(toks)):
        on, before, tok = toks[i - 1], toks[i - 2], toks[i]
        if on.low != _ON or before.low not in _STANDING or tok.kind not in _PLACE_KINDS:
            continue
        if text[before.end : on.start] != " " or text[on.end : tok.start] != " ":
            continue
        if tok.low in lex.given_names:
            continue  # "the house on jo's side": a person as often as a street
        if _bare_town(text, toks, i, lex):
            out.append((tok.start, tok.end, "place"))
    return out
