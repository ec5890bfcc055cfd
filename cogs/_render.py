"""Texts shown to practitioners, kept within Discord's limits."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo

import discord

from bot.conversation.script import Page, Script
from bot.guard import describe
from bot.inert import bidi_closed, line_openers_escaped, markdown_escaped
from bot.limits import CONTENT_MAX, clip
from bot.models import EntryHeader
from bot.privacy import Span

NOTICE = (
    "**Before you start:** Sparkle is for *de-identified* peer consultation. Please leave out "
    "names, dates, places and anything else that could identify a client. Your answers pass "
    "through Discord and are stored encrypted by this bot; only you can read them. "
    "`/privacy` says more."
)
NOT_AVAILABLE = "That isn't available to you. It may belong to someone else or no longer exist."
ACCENT = discord.Colour.from_rgb(233, 180, 76)


def stamp(moment: datetime, style: str = "d") -> str:
    """A Discord timestamp: each viewer sees it in their own time zone."""
    return discord.utils.format_dt(moment, style)  # pyright: ignore[reportArgumentType]


def short_date(moment: datetime, zone: tzinfo | None = None) -> str:
    """The day of `moment` in `zone` (the member's own, else as stored: UTC)."""
    local = moment.astimezone(zone) if zone is not None else moment
    return f"{local.day} {local:%b %Y}"


def entry_label(script: Script, entry: EntryHeader, zone: tzinfo | None = None) -> str:
    state = (
        "complete"
        if not entry.is_draft
        else f"draft, page {entry.next_page + 1} of {len(script.pages)}"
    )
    return f"{script.name} · {short_date(entry.created_at, zone)} · {state}"


KEPT_TITLE = "Affirmations from the group"


def safe(text: str) -> str:
    """User text made inert inside a message: no markdown (a numbered list, or a heading or
    quote after a line's spaces, are none either), nothing that looks like a mention, and no
    bidi control left open over the words that follow it."""
    escaped = line_openers_escaped(markdown_escaped(text))
    return bidi_closed(discord.utils.escape_mentions(escaped))


def quote(text: str, limit: int = 80) -> str:
    return "“" + safe(clip(text, limit)) + "”"


def entry_title(script: Script, entry: EntryHeader, zone: tzinfo | None = None) -> str:
    """How an entry is named in lists and autocomplete: kind, number, date (her day)."""
    return f"{script.name} #{entry.id} · {short_date(entry.created_at, zone)}"


def privacy_warning(page: Page, flags: Mapping[str, list[Span]]) -> str:
    """The privacy guard's reply: what was flagged on the page, within one message."""
    lines = [
        f"• {quote(q.label)}: {safe(describe(flags[q.id]))}"
        for q in page.questions
        if q.id in flags
    ]
    head = "**Saved privately.** Some answers may hold details that identify a client:\n"
    tail = (
        "\nThey stay visible only to you, and are always replaced by placeholders "
        "such as `[name]` if anything is shared. **Edit page** to change them, or "
        "**Keep** to go on."
    )
    return head + clip("\n".join(lines), CONTENT_MAX - len(head) - len(tail)) + tail
