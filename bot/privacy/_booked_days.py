"""A day and month shaped like a score, read as a date where the words before book a day:
"next appt 4/5", "Next: 5/10 review", "moved to 4/5", "rescheduled to 3/10", "see u 4/5".

"7/10" and "3/5" are ratings far more often than days, so the date rule keeps them unless a
word dates them ("on 7/10"). A booking says the same: the next session, appointment or visit
("next appt", "next:", "nxt sesh"), a session moved, set or booked to a day ("moved to",
"booked for"), or a meeting promised ("see u", "see her again"). A rating a time follows
("mood 7/10 at 9am") or a target ("next time she wants to be at 8/10") stays a score, and so
does a measure moved or set to one ("anxiety moved to 3/10", "pain changed to 4/10", "the goal
was set to 4/5"): a session is moved, a level or a goal is too.
"""

from __future__ import annotations

import re

_BOOKING_BEFORE = re.compile(
    r"(?i)(?:\b(?:next|nxt)(?:\s+(?:session|sesh|appt|appointment|meeting|visit|review"
    r"|check-?in|one|time))?|\b(?:moved|rescheduled|changed|pushed|booked|set|postponed)"
    r"\s+(?:to|for|till|until)|\bsee\s+(?:you|u|her|him|them|ya)(?:\s+again)?)\s*[:-]?\s*$"
)

# a level, a rating or a goal right before the verb (perhaps past "was", "has", "got"):
# "anxiety moved to", "the goal was set to"
_MEASURE_MOVED = re.compile(
    r"(?i)\b(?:anxiety|pain|mood|distress|suds|stress|urges?|cravings?|score|scores|rating"
    r"|goal|target|level|energy|confidence|motivation|sleep)\s+(?:(?:was|were|has|had|got|been|is)"
    r"\s+)*(?:moved|rescheduled|changed|pushed|set)\s+(?:to|for|till|until)\s*[:-]?\s*$"
)


def booked(before: str) -> bool:
    """Whether ``before``, the text right before a score-shaped day and month, books a day."""
    return _BOOKING_BEFORE.search(before) is not None and _MEASURE_MOVED.search(before) is None
