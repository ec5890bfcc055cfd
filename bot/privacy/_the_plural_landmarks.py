"""A place named by "the" and the plural of a word of land, water or trees, capitalised after
a preposition of place: "skating at the Forks", "moved into the Oaks", "he is from the
Falls", "a picnic down at the Flats", "walks round the Pines".

Towns name districts, parks and homes this way ("the Forks", "the Narrows", "the Oaks"), and
the name is no listed town, so `_the_listed_towns` misses it; the capital on a plural of
such a word, after "at the", "into the", "round the" and the like, is the writer naming a
place, not the thing ("walked in the woods", "the falls were loud", typed small, stay). A
plural that names a kind of place as often as one place ("the Springs", "the Lakes"), one
opening a sentence or a heading (a capital "The"), and any other word, stay.
"""

from __future__ import annotations

import re

from ._word_classes import Candidate

_PLURALS = (
    "forks|falls|oaks|flats|pines|narrows|meadows|rapids|heights|willows|cedars|sands|downs"
    "|bluffs|palms|elms|glades|woods|hills|dunes|maples|birches|poplars|cliffs|rocks|ponds"
    "|marshes|moors|shallows|cascades|docks|wharves|sounds|crossings|knolls|pastures|orchards"
    "|groves|ridges|firs|larches|beeches|ashes|hollows|brooks|bends"
)
_PREPS = (
    "at|in|to|into|from|near|round|around|by|past|through|across|behind|outside|off|over"
    "|up|down|along|beside|opposite|toward|towards|onto|on"
)
_PLACE = re.compile(rf"\b(?:{_PREPS})\s+the\s+(?P<place>(?:{_PLURALS.title()}))(?![\w'’-])")


def may_hold(text: str) -> bool:
    """Cheap test: "the " and a capital follow each other."""
    return "the " in text


def plural_landmarks(text: str) -> list[Candidate]:
    """Places named by "the" and a capitalised plural of land, water or trees."""
    return [(m.start("place"), m.end("place"), "place") for m in _PLACE.finditer(text)]
