"""Streets typed in lower case whose last word is a street word, after a verb of living or
moving: "nana lives on pheasant run out by the lake", "they moved to maple court", "he lives
off old mill road".

`_chat_streets` reads such a street after a house number and `_on_streets` one word after
"on"; without a number, one or two small words and a street word spelt out ("run", "way",
"court", "lane" ...) after "lives on", "moved to", "staying at" name where a client lives.
Kept: a phrase a determiner, an owner or a word of kind opens ("lives on the same street",
"moved to a new court date", "lives on her own"), a court of law ("moved to family court"),
"run" and "way" as words of their own ("went for a run", "lives home way too far out"), and a
home named by its owner ("staying at nans place": "place", "row" and "path" name no street
here).
"""

from __future__ import annotations

import re

from ._word_classes import Candidate

_STREET_WORDS = (
    "run|way|lane|drive|court|circle|road|street|avenue|crescent|terrace|grove|close|trail"
    "|ridge|boulevard|parkway|bend|hollow|mews|rise|heights|gardens"
)  # not "place", "row" or "path": "staying at nans place", "lives on death row", "career path"
_LIVED = re.compile(
    r"\b(?:live|lives|living|lived|stay|stays|staying|stayed|moved|moving|moves|move"
    r"|relocated|house|home|flat|apartment|unit)"
    r"(?:\s+(?:now|still|just|over|out|down|up|back))?"
    r"\s+(?:on|at|off|to|into|onto)\s+"
    rf"(?P<street>(?P<words>[a-z][a-z-]{{2,}}(?:\s+[a-z][a-z-]{{2,}})?)\s+(?P<end>{_STREET_WORDS}))"
    r"(?![\w'’-])"
)
# words that open a phrase, or say what kind or how much, not which street
_NOT_NAMES = frozenset(
    """
    the a an her his my their our your its this that these those some any each every one
    two three same new other own next last first busy quiet long short dirt gravel country
    back side private public home that's there here nice good bad small big
    """.split()
)
# courts of law and of food or sport
_COURTS = frozenset(
    """
    family crown county district youth drug juvenile supreme high magistrates magistrate
    federal circuit claims divorce housing tennis basketball food appeals children's
    """.split()
)
# "way" as a word of its own before these ("stays home way too much")
_NOT_AFTER_WAY = re.compile(r"\s+(?:too|more|less|better|worse|over|out|back|up|down|off)\b")


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a street word stands among the words."""
    return not _ENDS.isdisjoint(lows)


_ENDS = frozenset(_STREET_WORDS.split("|"))


def lived_streets(text: str) -> list[Candidate]:
    """Streets typed small after a verb of living or moving (see the module)."""
    out: list[Candidate] = []
    for m in _LIVED.finditer(text):
        words = m.group("words").split()
        if any(w in _NOT_NAMES for w in words):
            continue
        end = m.group("end")
        if end == "court" and words[-1] in _COURTS:
            continue
        if end == "way" and _NOT_AFTER_WAY.match(text, m.end()):
            continue
        out.append((m.start("street"), m.end("street"), "place"))
    return out
