"""Birthdays over 89 said as an ordinal that a person owns, and an age over 89 said of "she"
or "he" before "now and still".

"for her abuela's 95th", "at Tutu's 100th birthday", "Mele's ninety-fifth was loud": an
ordinal from 90 to 119 after a word with "'s" counts a person's years when the clause ends
after it or a word of a birthday or a small word follows. The lists of relatives the other
rules read leave out most words for a grandmother or an elder ("abuela", "Fa'e", "bubbe"), and
a given name owns a birthday too. "the club's 100th season", "the team's 95th game", "the
church's 100th", "the 95th percentile" keep their number: a noun follows the ordinal, an
institution owns it, or no one does.

"she is 95 now and still sharp", "he's 93 now but still drives": the age said of a person,
then how they still are.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

_ORDINAL = (
    r"(?:9\d|1[01]\d)(?:st|nd|rd|th)"
    r"|ninetieth|ninety[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|hundredth|one\s+hundredth"
)
# owners that are institutions, places or times, not people
_NOT_PEOPLE = (
    "club|team|school|church|parish|mosque|temple|company|firm|business|town|city|village|"
    "country|nation|state|county|college|university|hospital|clinic|group|band|league|"
    "society|paper|station|show|series|year|month|week|century|world|event|festival|party|"
    # "it's", "that's": a verb, not an owner
    "it|that|what|there|here|he|she|who|let|where|how|one"
)
_OWNED = re.compile(
    rf"(?i)(?<![\w'’])(?!(?:{_NOT_PEOPLE})['’]s\b)[^\W\d_](?:[\w'’-]*\w)?['’]s\s+(?P<age>{_ORDINAL})\b"
    r"(?=\s*(?:$|[.,;:!?)\n—–-]|\s(?:birthday|bday|b-day|b'day|bash|party|celebration|and|but|"
    r"so|when|with|last|this|next|in|on|at|was|is|went|turned)\b))"
)
_NOW_STILL = re.compile(
    r"(?i)\b(?:she|he)(?:['’]s|\s+is|\s+was)\s+(?P<age>9\d|1[01]\d)\s+now\s*,?\s+"
    r"(?:and|but)\s+still\b"
)
_HINTS = ("9", "10", "11", "ninet", "hundredth")
# what every match of _OWNED holds, found from the apostrophe (_OWNED tries every word start)
_OWNED_CORE = re.compile(rf"(?i)['’]s\s+(?:{_ORDINAL})\b")


def owned_old_ordinals(text: str, lowered: str) -> list[Candidate]:
    """Ages over 89 said as the module describes (``lowered`` is ``text`` in lower case)."""
    if "'s" not in lowered and "’s" not in lowered and " now " not in lowered:
        return []
    if not any(hint in lowered for hint in _HINTS):
        return []
    out: list[Candidate] = []
    if _OWNED_CORE.search(text):
        out.extend((m.start("age"), m.end("age"), "age") for m in _OWNED.finditer(text))
    if "now" in lowered:
        out.extend((m.start("age"), m.end("age"), "age") for m in _NOW_STILL.finditer(text))
    return out
