"""The privacy guard: which answers on a page look like they hold a client identifier."""

from __future__ import annotations

from collections.abc import Mapping

from bot.inert import bidi_closed
from bot.privacy import Span, find

KIND_LABELS = {
    "name": "a name",
    "place": "a place",
    "date": "a date",
    "age": "an age over 89",
    "phone": "a phone number",
    "email": "an email address",
    "id": "a record or account number",
    "url": "a web or IP address",
    "handle": "a social media handle",
    "org": "a school or employer",
}


def flag_answers(answers: Mapping[str, str]) -> dict[str, list[Span]]:
    """The possible identifiers in each answer, for the answers that have any."""
    return {qid: spans for qid, text in answers.items() if (spans := find(text))}


def kinds_of(spans: list[Span]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(span.kind for span in spans))


def describe(spans: list[Span], *, limit: int = 6) -> str:
    """'“Maria” (a name), “March 3rd” (a date)', at most `limit` items."""
    seen: dict[tuple[str, str], None] = {}
    for span in spans:
        seen.setdefault((span.text.strip()[:40], span.kind), None)
    items = [
        f"“{bidi_closed(text)}” ({KIND_LABELS.get(kind, kind)})"
        for text, kind in list(seen)[:limit]
    ]
    more = len(seen) - limit
    return ", ".join(items) + (f" and {more} more" if more > 0 else "")
