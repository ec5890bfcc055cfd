"""The excerpts the weekly summary may quote from an entry, as shown to its author.

Shared by the conversation (asked after "include in the summary" or an edit), /entries and the
excerpts cog, which answers their buttons.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import discord
from discord import ui

from bot.conversation.script import Script
from bot.inert import as_typed
from bot.limits import clip
from bot.models import EntryRecord, QuoteStatus
from bot.summary.highlights import EXCERPT_MAX, excerpts_digest
from bot.summary.highlights import proposed_excerpts as propose
from bot.summary.render import highlight_quote
from bot.tree import respond
from cogs._buttons import DeclineQuotes, EditExcerpt, IncludeExcerpt
from cogs._interactions import Interaction, Key, form, long_text, one_time_id, view

if TYPE_CHECKING:
    from bot.app import SparkleBot

_LABEL_MAX = 45  # Discord's limit for a modal field's label
# A forged submit may carry far more than the field allows; nothing past this is ever read.
_READ_MAX = 4 * EXCERPT_MAX
# The Edit form's limit, held on submit too (a tampered client is not held to it): a longer
# excerpt was cut silently to it and shown for approval.
EXCERPT_TOO_LONG = (
    f"An excerpt can be at most {EXCERPT_MAX:,} characters. Nothing changed: your excerpts "
    "are as they were."
)
NOT_INCLUDED = "This entry is not included in the weekly summary, so nothing from it is quoted."
NOTHING_TO_QUOTE = (
    "Nothing in this entry is long enough to be quoted in the weekly summary. "
    "It still counts in the figures."
)
DECLINED = (
    "**Not quoted.** This entry counts in the weekly summary's figures and themes, but nothing "
    "from it is ever quoted. `/entries` lets you change this."
)


def _redact(text: str) -> str:
    from bot.privacy import redact

    return redact(text)


def _labels(script: Script) -> dict[str, str]:
    """The labels of the quotable questions of the entry's own script version (`script`), as
    its author was asked them, in her form's order."""
    return {q.id: q.label for q in script.questions() if q.feeds.highlight}


def _ordered(script: Script, excerpts: dict[str, str]) -> list[tuple[str, str]]:
    order = list(_labels(script))
    return sorted(excerpts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)


def excerpts_text(script: Script, excerpts: dict[str, str]) -> str:
    """Each excerpt under the question it comes from (in `script`, the entry's own version:
    a server's admins may have typed it, so it is shown inert), quoted exactly as the summary
    shows it."""
    labels = _labels(script)
    return "\n\n".join(
        f"*From “{as_typed(labels.get(qid, qid))}”*\n{highlight_quote(text)}"
        for qid, text in _ordered(script, excerpts)
    )


def review_message(
    entry: EntryRecord, excerpts: dict[str, str], script: Script
) -> tuple[str, ui.View | None]:
    """The private message that asks the author about the excerpts of one entry."""
    if not excerpts:
        return NOTHING_TO_QUOTE, None
    digest = excerpts_digest(excerpts)
    many = len(excerpts) > 1
    text = (
        f"**Entry #{entry.id} is in the weekly group summary.** It may quote "
        f"{'one of these excerpts' if many else 'this excerpt'}, exactly as shown here: "
        "anonymized, never with your name. Nothing is quoted until you choose **Include**.\n\n"
        f"{excerpts_text(script, excerpts)}\n\n"
        "**Edit** changes the wording (it is anonymized again and shown to you again; empty a "
        "box to leave that excerpt out). **Don't quote me** keeps the entry in the figures only."
    )
    buttons = view(
        EditExcerpt.of(entry.id, digest),
        IncludeExcerpt.of(entry.id, digest),
        DeclineQuotes.of(entry.id),
    )
    return clip(text, 2000), buttons


def approved_line(entry: EntryRecord, script: Script) -> str:
    """One line (or a few) for /entries: may this entry be quoted, and what exactly."""
    if not entry.consent_summary:
        return ""
    status = entry.quote_status
    if status is QuoteStatus.APPROVED and entry.excerpts:
        return "Quoted only as you approved:\n" + excerpts_text(script, entry.excerpts)
    if status is QuoteStatus.DECLINED:
        return "Not quoted (Don't quote me): counted in the figures only."
    if status is QuoteStatus.PENDING and not entry.excerpts:
        return "Nothing in it is long enough to be quoted."
    return "Not quoted until you approve an excerpt: **Review excerpt** shows it."


class ExcerptFormKey(Key, prefix="qmodal"):
    """The Edit form as sent before forms carried what they were opened on."""

    entry: int


class ExcerptEditKey(Key, prefix="qform"):
    """The Edit form: the digest of the excerpts it was opened on, and its one-time id, so
    that a form opened before a newer change never overwrites it."""

    entry: int
    shown: int
    once: str


def edit_modal(entry: EntryRecord, excerpts: dict[str, str], script: Script) -> ui.Modal:
    labels = _labels(script)
    return form(
        ExcerptEditKey(entry.id, excerpts_digest(excerpts), one_time_id()),
        "Edit the excerpt",
        *(
            long_text(
                qid,
                clip(labels.get(qid, qid), _LABEL_MAX),
                limit=EXCERPT_MAX,
                default=text,
                hint="Shown anonymized again before anything is quoted.",
                required=False,
            )
            for qid, text in _ordered(script, excerpts)[:5]
        ),
    )


async def send_review(
    interaction: Interaction,
    entry: EntryRecord,
    excerpts: dict[str, str],
    prefix: str = "",
    **extra: Any,
) -> None:
    """The review message, privately: the reply, or a follow-up once the interaction is
    answered (or deferred). `extra` (a file) goes with it."""
    text, buttons = review_message(
        entry, excerpts, await interaction.client.scripts.for_entry(entry)
    )
    shown: dict[str, Any] = {"view": buttons, **extra} if buttons is not None else extra
    await respond(
        interaction,
        clip(prefix + text, 2000),
        allowed_mentions=discord.AllowedMentions.none(),
        **shown,
    )


async def ask_about_excerpts(bot: SparkleBot, interaction: Interaction, entry: EntryRecord) -> None:
    """Propose the entry's excerpts afresh, store them as shown, and show them privately."""
    script = await bot.scripts.for_entry(entry)
    excerpts = await asyncio.to_thread(propose, script, entry.answers, _redact)
    if await bot.repos.entries.show_excerpts(entry.id, interaction.user.id, excerpts):
        await send_review(interaction, entry, excerpts)
