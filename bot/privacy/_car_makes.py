"""Makes and models of cars that are also given names ("Mercedes", "Lexus", "Chevy",
"Kia", "Tesla"), kept when the text speaks of the car: an article, a possessive or an
adjective of a car before the word ("the Lexus", "his old Chevy", "a used Kia"), or a word
for a vehicle or its dealer right after it ("a Chevy truck", "a Mercedes dealership").
"Lexus showed up late", "Mercedes's youngest" stay names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

MAKES = frozenset(
    """
    chevy chevrolet lexus mercedes mercedes-benz benz kia tesla porsche audi infiniti acura
    cadillac camry impala escalade
    """.split()
)
_OWNERS = frozenset("a an the his her their my our your its that this".split())
_CAR_ADJECTIVES = frozenset(
    """
    old new used beat-up broken rented leased black white red silver grey gray blue green
    little big nice
    """.split()
)
_VEHICLES = frozenset(
    """
    truck trucks pickup car cars van suv sedan dealership dealer lot payment payments keys
    """.split()
)


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a make or model of car is among the text's words."""
    return any(w in MAKES for w in lows)


def keep_car_makes(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """``found`` less the makes and models of cars spoken of as cars."""
    cars = {toks[i].start for i in range(len(toks)) if _a_car(text, toks, i)}
    if not cars:
        return found
    return [c for c in found if not (c[0] in cars and _one_word(text, c, toks))]


def _one_word(text: str, cand: Candidate, toks: list[Token]) -> bool:
    word = text[cand[0] : cand[1]].lower()
    return word in MAKES or word.replace("–", "-") in MAKES


def _a_car(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if tok.low not in MAKES or not tok.capital or tok.possessive:
        return False
    j = i - 1
    while j >= 0 and toks[j].low in _CAR_ADJECTIVES and not toks[j].capital:
        j -= 1
    if j >= 0 and toks[j].low in _OWNERS and not toks[j].capital:
        return True
    return i + 1 < len(toks) and toks[i + 1].low in _VEHICLES
