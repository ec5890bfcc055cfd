"""A postcode given as where mail goes: "Sending the letter to 2770", "posted the forms to
3056", "mail it to 90210".

A number of four or five digits after "to" is a time ("moved it to 1430"), a count ("sent it
to 1000 people") or a sum as often as a postcode; after a verb of sending mail, with at most
three words of what is sent between, it is where the letter goes, which places the client as
a town does. A unit or a word of counting after it ("am", "hrs", "people", "followers"), a
decimal or a clock ("to 14:30"), or a time or meeting as what is moved ("moved the session
to 1400" has no verb of mail) keep it.
"""

from __future__ import annotations

import re

from ._word_classes import Candidate

_MAILED = re.compile(
    r"(?i)\b(?:send|sends|sending|sent|post|posts|posting|posted|mail|mails|mailing|mailed"
    r"|forward|forwards|forwarding|forwarded|redirect|redirected|redirecting|couriered)\b"
    r"(?:\s+(?!(?:appointment|appt|time|alarm|meeting|session|shift|call|it\s+back)\b)"
    r"[a-z'’]+){0,3}"
    r"\s+to\s+(?P<code>\d{4,5})(?![\w/%-]|[.,:]\d)"
    r"(?!\s*(?:am|pm|a\.m|p\.m|hrs?|h|hours?|people|followers|members|students|users|others"
    r"|addresses|families|homes|clients|numbers)\b)"
)
_HINTS = ("send", "sent", "post", "mail", "forward", "redirect", "courier")


def mailed_postcodes(text: str, lowered: str) -> list[Candidate]:
    """Postcodes after a verb of sending mail and "to" (see the module)."""
    if not any(hint in lowered for hint in _HINTS):
        return []
    return [(m.start("code"), m.end("code"), "place") for m in _MAILED.finditer(text)]
