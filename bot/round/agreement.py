"""The group agreement every member accepts once before taking part in a server's rounds."""

from __future__ import annotations

import hashlib

from bot.limits import clip

AGREEMENT_MAX = 1800  # fits a message with its heading and the accept button's note

DEFAULT_AGREEMENT = (
    "1. No identifying details: no client names, dates, places or anything that could point "
    "to a person.\n"
    "2. No recording, screenshots or AI transcription of what is shared here.\n"
    "3. If you may know the client, step out with **I may know this client**.\n"
    "4. What is said in the group stays in the group.\n"
    "5. We offer curiosity and appreciation, not judgement."
)


def agreement_kept(typed: str) -> str | None:
    """The agreement to store from what an admin typed (trimmed, "" when it shows nothing):
    without NUL characters, which show nothing and which PostgreSQL's text cannot hold (the
    write would fail there, and SQLite would keep what PostgreSQL cannot), cut to
    `AGREEMENT_MAX`; None when nothing is left, for the default agreement."""
    return clip(typed.replace("\x00", "").strip(), AGREEMENT_MAX) or None


def agreement_version(text: str) -> str:
    """A short fingerprint of the agreement's wording: a changed agreement is asked for again."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]
