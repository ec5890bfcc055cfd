"""A word-name opening a sentence, said to be in a state only a person is in.

"Hope was quiet at first", "Honour was so tearful", "Patience seemed shy": a virtue, feeling
or everyday word that is also a given name, opening a sentence before "is" or "was" and a
word of a person's mood or manners ("quiet", "shy", "tearful", "chatty", "withdrawn"), is
the person. A feeling or virtue is "strong" or "fragile" but never "shy" or "chatty"; it
grows "quieter" or "calmer" too ("Memory was quieter this week"), so no comparative counts.
Weather, seasons and times of year are quiet and calm too ("Summer was quiet", "May was
calm", "Sunday was quiet"): the caller leaves out weather words, and this module leaves out
months and weekdays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._proper_nouns import Token

_COPULAS = frozenset("is was seemed seems looked looks".split())
_DEGREES = frozenset("so very really quite a bit little pretty super too more less".split())
# moods and manners of a person; not "strong", "fragile", "lost", "gone", "better", nor a
# comparative, which a feeling or a memory takes as well ("Memory was quieter this week")
PERSON_STATES = frozenset(
    """
    quiet shy tearful teary chatty talkative withdrawn upset angry grumpy sulky giggly
    nervous anxious calm sleepy tired exhausted polite cheerful smiley embarrassed cheeky
    moody irritable subdued guarded defensive animated bubbly
    """.split()
)
# months and weekdays that are given names too ("May", "June", "April", "Sunday")
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday christmas easter".split()
)


def person_state_after(text: str, toks: list[Token], i: int) -> bool:
    """Whether the word at ``i`` is followed by "is"/"was" and a person's mood or manners
    (after at most two words of degree: "so", "a bit")."""
    tok = toks[i]
    if tok.low in _CALENDAR or i + 2 >= len(toks):
        return False
    copula = toks[i + 1]
    if copula.low not in _COPULAS or copula.capital or text[tok.end : copula.start] != " ":
        return False
    j = i + 2
    while j < len(toks) - 1 and j - i <= 3 and toks[j].low in _DEGREES:
        j += 1
    state = toks[j]
    if state.capital or state.low not in PERSON_STATES:
        return False
    return all(
        text[a.end : b.start] == " "
        for a, b in zip(toks[i + 1 : j], toks[i + 2 : j + 1], strict=True)
    )
