"""Embeds and texts shown to practitioners, kept within Discord's limits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

import discord

from bot.conversation.script import Page, Script
from bot.guard import describe
from bot.limits import (
    CONTENT_MAX,
    EMBED_TOTAL_MAX,
    FIELD_VALUE_MAX,
    FIELDS_MAX,
    clip,
    fit_fields,
)
from bot.models import EntryHeader, EntryRecord
from bot.privacy import Span
from bot.round.models import KeptAffirmation

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


def short_date(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y}"


def entry_label(script: Script, entry: EntryHeader) -> str:
    state = (
        "complete"
        if not entry.is_draft
        else f"draft, page {entry.next_page + 1} of {len(script.pages)}"
    )
    return f"{script.name} · {short_date(entry.created_at)} · {state}"


def entry_embed(script: Script, entry: EntryRecord, *, title: str | None = None) -> discord.Embed:
    """The entry's answers as embed fields, clipped so the whole embed stays under 6,000."""
    heading = clip(title or f"{script.name} #{entry.id}", 256)
    footer = f"Started {short_date(entry.created_at)}"
    if entry.is_draft:
        footer += f" · draft, next is page {entry.next_page + 1} of {len(script.pages)}"
    asked = [q for q in script.questions() if q.id in entry.answers]
    budget = EMBED_TOTAL_MAX - len(heading) - len(footer) - 120
    fields, shortened = fit_fields([(q.label, entry.answers[q.id]) for q in asked], budget)
    if shortened:
        footer += " · long answers are shortened here; /export has them in full"
    embed = discord.Embed(title=heading, colour=ACCENT)
    for name, value in fields:
        embed.add_field(name=name, value=value, inline=False)
    if not fields:
        embed.description = "No answers yet."
    embed.set_footer(text=footer)
    return embed


KEPT_TITLE = "Affirmations from the group"


def add_kept_affirmations(embed: discord.Embed, kept: Sequence[KeptAffirmation]) -> None:
    """The affirmations the presenter kept, as one field within what the embed has left."""
    lines = "\n".join(f"• {safe(a.text)}" for a in kept)
    room = min(FIELD_VALUE_MAX, EMBED_TOTAL_MAX - len(embed) - len(KEPT_TITLE) - 80)
    if len(embed.fields) >= FIELDS_MAX or room < 40:
        embed.set_footer(text=f"{embed.footer.text or ''} · {KEPT_TITLE}: in /export")
        return
    embed.add_field(name=KEPT_TITLE, value=clip(lines, room), inline=False)


def safe(text: str) -> str:
    """User text made inert inside a message: no markdown, nothing that looks like a mention."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def quote(text: str, limit: int = 80) -> str:
    return "“" + safe(clip(text, limit)) + "”"


def entry_title(script: Script, entry: EntryHeader) -> str:
    """How an entry is named in lists and autocomplete: kind, number, date."""
    return f"{script.name} #{entry.id} · {short_date(entry.created_at)}"


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
