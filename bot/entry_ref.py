"""An entry named as a member types it in an option: its number in digits ("#12", "entry 12",
`bot.inert.entry_number`) or in words ("twelve", "entry twenty-one"), or her newest one
("the last one", "my latest")."""

from __future__ import annotations

import re
from enum import Enum

from bot.inert import as_read, entry_number, without_full_stop
from bot.number_words import VALUES


class Latest(Enum):
    """Her newest entry (of those the option takes)."""

    ENTRY = "latest"


LATEST = Latest.ENTRY
EntryRef = int | Latest

_NUMBER_IN_WORDS = re.compile(
    r"(?:(?:entry|number|no\.?|nr\.?|#)\s*)?(?:(?P<digits>\d{1,18})|(?P<words>[a-z -]+))"
)
# "last", "the latest", "my last one", "my most recent entry", "newest"
_NEWEST = re.compile(
    r"(?:the |my )?(?:very )?(?:last|latest|newest|most recent)"
    r"(?: (?:one|entry|reflection|debrief))?"
)


def entry_reference(text: str) -> EntryRef | None:
    """The entry `text` names: its number (in digits, as `entry_number` reads them, or in
    words up to ninety-nine), `LATEST` for her newest, or None for anything else."""
    number = entry_number(text)
    if number is not None:
        return number
    read = without_full_stop(as_read(text).lower())
    if _NEWEST.fullmatch(read):
        return LATEST
    match = _NUMBER_IN_WORDS.fullmatch(read)
    if match is None:
        return None
    if match["digits"]:  # "number 12"
        return int(match["digits"])
    return VALUES.get(" ".join(match["words"].split()))
