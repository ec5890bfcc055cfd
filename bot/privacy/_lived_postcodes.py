"""A postcode given as where someone lives now: "Family's now at 2770 (Penrith area)", "they
moved to 4870 in march", "is now living in 3029", "housed at 6112 since the refuge".

A number of four or five digits after a verb of living, moving or being housed and its
preposition, or after "<someone>'s now at", is where they live, which places the client as a
town does. A unit or a word of counting after it ("metres", "calories", "steps", "a day"), a
decimal or a clock ("at 14:30"), a year ("moved to Perth in 2021", "since 2019") or a time
of day ("moved the session to 1430": the verb has a session, not a person, and 1430 reads as
a clock) keep it; a clock or a year is still a postcode when an area or "postcode" follows.
"""

from __future__ import annotations

import re

from ._word_classes import Candidate

_CUE = re.compile(
    r"(?i)(?:\b(?:moved|moving|relocated|relocating|housed|rehoused|living|lives|live|lived"
    r"|staying|stays|settled|based)(?:\s+(?:back|out|up|down|over))?\s+(?:to|in|at|into)"
    r"|(?:['’]s|\b(?:they['’]re|she['’]s|he['’]s|we['’]re|family|they|we)\b)\s+(?:now|currently)"
    r"\s+(?:at|in|living\s+in))"
    r"\s+(?P<code>\d{4,5})(?![\w/%-]|[.,:]\d)"
)
_UNIT = re.compile(
    r"(?i)\s*(?:am|pm|a\.m|p\.m|hrs?|h|hours?|mins?|minutes?|m|km|ft|feet|foot|metres?|meters?"
    r"|miles?|calories|cals?|kcal|steps|words|people|members|students|users|others|pounds|lbs?"
    r"|kg|dollars|euros|rand|mg|ml|points|pts|a\s+day|a\s+week|per|each|k\b|%|units?|rpm)\b"
)
_AREA = re.compile(
    r"(?i)\s*(?:\(|,)?\s*(?:\[place\]\s+)?(?:\w+\s+)?(?:area|postcode|post\s+code|zip)\b"
)
_SESSION = re.compile(
    r"(?i)\b(?:session|appointment|appt|meeting|call|shift|time|alarm|visit|it|review)\s+"
    r"(?:\w+\s+)?$"
)


def lived_postcodes(text: str, lowered: str) -> list[Candidate]:
    """Postcodes where someone lives now (see the module)."""
    if not any(
        h in lowered
        for h in (
            "mov",
            "reloc",
            "hous",
            "liv",
            "stay",
            "settled",
            "based",
            "now at",
            "now in",
            "currently",
        )
    ):
        return []
    out: list[Candidate] = []
    for m in _CUE.finditer(text):
        code = m.group("code")
        after = m.end("code")
        if _UNIT.match(text, after):
            continue
        area = _AREA.match(text, after) is not None
        if not area and (_year(code) or _clock(code)):
            continue
        if _SESSION.search(text, max(0, m.start() - 30), m.start() + 1):
            continue
        out.append((m.start("code"), after, "place"))
    return out


def _year(code: str) -> bool:
    return len(code) == 4 and code[:2] in ("19", "20")


def _clock(code: str) -> bool:
    return len(code) == 4 and int(code[:2]) < 24 and int(code[2:]) < 60
