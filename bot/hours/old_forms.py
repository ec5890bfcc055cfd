"""The one-time id an /hours add form sent before forms carried one is given on submit.

Such a form's custom id holds only what the command chose, so nothing in it tells its second
submit (a double submit, or the same form sent again after Discord lost the answer) from a
new one. The session it logs does: the same member, day, times, minutes and choices are the
same session, so the id is made from them, and the form's second submit finds the first's
entry by it (`AlreadySaved`) rather than logging the session twice. Only what the entry's
row holds in the clear goes into it, never what was typed.
"""

from __future__ import annotations

import base64
import hashlib

from bot.hours.model import HoursDraft

_PREFIX = "h0"  # never the start of a form's own one-time id (16 characters, no prefix)
LENGTH = 24  # the stored one-time id's width


def old_form_token(author_id: int, draft: HoursDraft) -> str:
    """The one-time id of an old add form's submit: the same for the same session."""
    when = draft.when
    parts = (
        author_id,
        when.day.isoformat(),
        when.start,
        when.end,
        when.minutes,
        draft.own_minutes,
        draft.format.value,
        draft.kind.value,
        draft.part.value,
        draft.reflection_id,
    )
    digest = hashlib.sha256(repr(parts).encode()).digest()
    encoded = base64.urlsafe_b64encode(digest).decode().rstrip("=")
    return (_PREFIX + encoded)[:LENGTH]
