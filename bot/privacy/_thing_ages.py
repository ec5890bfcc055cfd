"""Ages over 89 of things, not people: "the church is 120 years old", "a 110-year-old
oak", "the school, 105 years old this year".

Only a person's age over 89 identifies anyone. The age patterns read any "N years old"
as one; here the noun the age is said of is a building, a place, an institution, a
tree or a tradition, right before "is"/"was" (with "over", "nearly" and the like between),
after "the" and set off by a comma before it, or right after "N-year-old" ("a 110-year-old
church").
"""

from __future__ import annotations

import re

_THINGS = (
    "church|chapel|cathedral|temple|mosque|synagogue|shrine|monastery|house|home|building"
    "|school|college|university|hospital|clinic|bridge|castle|tower|mill|farm|farmhouse|barn"
    "|cottage|hall|library|theatre|theater|station|pub|inn|hotel|shop|store|bakery|business"
    "|company|firm|club|team|tradition|festival|recipe|tree|oak|yew|forest|town|village|city"
    "|street|market|railway|ship|boat|car|clock|piano|organ|quilt|bible|photo|photograph"
    "|letter|ring|necklace|table|chair|tradition|institution|society|charity|organisation"
    "|organization|newspaper|paper|museum|park|garden|cemetery|graveyard|statue|monument"
    "|building's|place|flat|apartment|estate|lighthouse|dam|canal|wall"
)
_HEDGES = r"(?:(?:over|nearly|almost|about|around|roughly|more\s+than|at\s+least)\s+)?"
# "the church is 120 years old", "the school, 105 years old"
_BEFORE = re.compile(
    r"(?i)(?:\b(?:" + _THINGS + r")\s+(?:is|was|'s|’s|will\s+be|turned|turns)\s+"
    r"|\b(?:the|this|that|our)\s+(?:" + _THINGS + r")\s*,\s*)" + _HEDGES + r"$"
)
_YEARS_OLD = re.compile(r"(?i)\s*(?:-|\s)?(?:years?|yrs?)(?:-|\s+)old\b")
# "a 110-year-old church", "the 120 year old oak"
_THING_AFTER = re.compile(
    r"(?i)[-\s](?:years?|yrs?)[-\s]old\s+(?:[a-z]+\s+)?(?:" + _THINGS + r")\b"
)
_REACH = 48
# what an ordinal counts when it is not a person's years ("birthday" and "year" are)
_COUNTED = re.compile(
    r"(?i)(?<=\d(?:st|nd|rd|th)|[a-z](?:th|st|nd|rd))\s+(?:percentile|centile|time|times|minute"
    r"|minutes|second|hour|day|week|month|session|sessions|appointment|visit|meeting|lesson"
    r"|class|anniversary|jubilee|edition|episode|issue|chapter|page|verse|psalm|game|match|goal"
    r"|lap|round|attempt|try|step|draft|version|floor|storey|row|place|street|avenue|ave|st"
    r"|century|centuries|millennium|mile|kilometre|km|post|message|text|call|email|day's)\b"
)


def thing_age(text: str, start: int, end: int) -> bool:
    """Whether the age at ``text[start:end]`` is said of a thing, not a person."""
    if _COUNTED.match(text, end):
        return True
    if _THING_AFTER.match(text, end):
        return True
    if not _YEARS_OLD.match(text, end):
        return False
    return _BEFORE.search(text, max(0, start - _REACH), start) is not None


def without_thing_ages(text: str, ages: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``ages`` without those said of things (candidates of other kinds stay)."""
    if not ages or ("old" not in text and not any(text[a[1] - 2 : a[1]].isalpha() for a in ages)):
        return ages
    return [a for a in ages if a[2] != "age" or not thing_age(text, a[0], a[1])]
