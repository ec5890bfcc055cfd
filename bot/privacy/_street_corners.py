"""Street corners named by a street and a numbered street: "off western and 6th", "by
federal and 38th", "at Main & 5th Ave". In a town laid out in a grid people say where they
live or meet by the crossing of two streets; the numbered one alone names nothing, but with
the other street beside it the pair points to one corner of one town.

Read only after a preposition of place, and only when the other street is one word that is
no function word, weekday or month ("on monday and 3rd" is no corner) and the ordinal is
followed by a street word, the end of a clause, or one of a few words that join clauses
("western and 6th so he walks", "federal and 38th w his bro"): "at school and 2nd period"
counts periods, and "home and 5th in line" places in a queue, not streets.

The numbered street may come first too: "the shelter on 5th and Grand", "met at 3rd and Main",
"on the corner of 12th and Pine". Then the other street is a capitalised word, no weekday or
month ("on 3rd and 4th May" are days), or a second numbered street with its street word ("at
8th St and 21st Street"); the preposition stands right before the ordinal, so "on the 3rd and
4th", "came 5th and 6th" and "in 3rd and 4th period" stay."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._word_classes import Candidate

_STREET_WORDS = r"st|ave|street|avenue|rd|road|blvd|boulevard|dr|drive|pl|way|terrace"
# opens with a look-ahead for the first letters of its prepositions (case-blind: no other
# character folds to them), which fails fast where the word boundary and words would be tried
_CORNER = re.compile(
    r"(?i)(?=[oban])\b(?:off|by|at|on|near|of)\s+(?P<street>[a-z][a-z'’-]{2,})\s+(?:and|&|n)\s+"
    r"(?P<ordinal>\d{1,3}(?:st|nd|rd|th))\b"
    rf"(?:(?P<suffix>\s+(?:{_STREET_WORDS})\b\.?)|(?=\s*(?:[.,;:!?)\n]|$))"
    r"|(?=\s+(?P<next>[^\W\d_]+)))"
)
# words after the ordinal that begin a new phrase rather than count something
_JOINERS = frozenset("so w with to and but then lol near by where cuz because when".split())
# English weekdays and months, which the function-word tables leave to the English lexicon
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# the numbered street first: "on 5th and Grand", "at 8th St and 21st Street"
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_SUFFIX = rf"(?:\s+(?i:{_STREET_WORDS})\b\.?)"
_ORDINAL_FIRST = re.compile(
    r"(?=[oOnNaAbB])\b(?i:off|by|at|on|near|of)\s+"
    rf"(?P<corner>{_ORDINAL}{_SUFFIX}?\s+(?:and|&)\s+"
    rf"(?:(?P<street>[A-Z][a-z'’-]{{2,}}){_SUFFIX}?|{_ORDINAL}{_SUFFIX}))"
)
_ORDINAL_HINT = re.compile(r"\d(?:st|nd|rd|th)\b")  # searched in the lowered text


def street_corners(text: str, lowered: str) -> Iterator[Candidate]:
    """Spans of street corners ("western and 6th") as places."""
    if not _ORDINAL_HINT.search(lowered):
        return
    words = tables()
    for m in _CORNER.finditer(text):
        street = m["street"].lower()
        if (
            street in words.langs
            or street in words.named
            or street in words.months
            or street in _CALENDAR
        ):
            continue
        after = m["next"]
        if after is not None and after.lower() not in _JOINERS:
            continue
        end = m.end("suffix") if m["suffix"] else m.end("ordinal")
        yield m.start("street"), end, "place"
    for m in _ORDINAL_FIRST.finditer(text):
        street = m["street"]
        if street is not None and street.lower() in _CALENDAR:
            continue
        yield m.start("corner"), m.end("corner"), "place"
