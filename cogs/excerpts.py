"""What the weekly summary may quote from an entry: shown to its author first, exactly as posted.

When an entry is included in the weekly summary (or edited while included), its author is
shown privately the excerpts that could be quoted, already anonymized, with **Edit** (the edit
is anonymized again and shown again), **Include** and **Don't quote me** (the entry still
counts in the figures, but nothing from it is quoted). Only approved excerpts are ever quoted.
The Include button carries a digest of the excerpts it showed, so a stale or doubled click
never approves text its author has not seen.
"""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import ui
from discord.ext import commands

from bot.conversation.script import get_script
from bot.limits import clip
from bot.log import bind_request
from bot.models import EntryRecord, QuoteStatus
from bot.summary.highlights import EXCERPT_MAX, excerpts_digest, final_excerpt
from bot.summary.highlights import proposed_excerpts as propose
from bot.summary.render import highlight_quote
from bot.tree import report_failure
from cogs._buttons import FlowButton, flow_view
from cogs._modals import modal_values
from cogs._render import NOT_AVAILABLE, quote

if TYPE_CHECKING:
    from bot.app import SparkleBot

Interaction = discord.Interaction["SparkleBot"]
_MODAL_ID = re.compile(r"^sk:qmodal:(?P<entry>\d+)$")
_LABEL_MAX = 45  # Discord's limit for a modal field's label
# A forged submit may carry far more than the field allows; nothing past this is ever read.
_READ_MAX = 4 * EXCERPT_MAX
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


def _labels(entry: EntryRecord) -> dict[str, str]:
    """The shipped script's labels of the quotable questions (a server's renamed question
    shows under its id)."""
    return {q.id: q.label for q in get_script(entry.kind).questions() if q.feeds.highlight}


def _ordered(entry: EntryRecord, excerpts: dict[str, str]) -> list[tuple[str, str]]:
    order = list(_labels(entry))
    return sorted(excerpts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)


def excerpts_text(entry: EntryRecord, excerpts: dict[str, str]) -> str:
    """Each excerpt under the question it comes from, quoted exactly as the summary shows it."""
    labels = _labels(entry)
    return "\n\n".join(
        f"*From “{discord.utils.escape_markdown(labels.get(qid, qid))}”*\n{highlight_quote(text)}"
        for qid, text in _ordered(entry, excerpts)
    )


def review_message(entry: EntryRecord, excerpts: dict[str, str]) -> tuple[str, ui.View | None]:
    """The private message that asks the author about the excerpts of one entry."""
    if not excerpts:
        return NOTHING_TO_QUOTE, None
    digest = excerpts_digest(excerpts)
    many = len(excerpts) > 1
    text = (
        f"**Entry #{entry.id} is in the weekly group summary.** It may quote "
        f"{'one of these excerpts' if many else 'this excerpt'}, exactly as shown here: "
        "anonymized, never with your name. Nothing is quoted until you choose **Include**.\n\n"
        f"{excerpts_text(entry, excerpts)}\n\n"
        "**Edit** changes the wording (it is anonymized again and shown to you again; empty a "
        "box to leave that excerpt out). **Don't quote me** keeps the entry in the figures only."
    )
    view = flow_view(
        FlowButton("qedit", entry.id, digest, label="Edit", style=discord.ButtonStyle.secondary),
        FlowButton("qok", entry.id, digest, label="Include", style=discord.ButtonStyle.success),
        FlowButton("qno", entry.id, 0, label="Don't quote me", style=discord.ButtonStyle.danger),
    )
    return clip(text, 2000), view


def approved_line(entry: EntryRecord) -> str:
    """One line (or a few) for /entries: may this entry be quoted, and what exactly."""
    if not entry.consent_summary:
        return ""
    status = entry.quote_status
    if status is QuoteStatus.APPROVED and entry.excerpts:
        return "Quoted only as you approved:\n" + excerpts_text(entry, entry.excerpts)
    if status is QuoteStatus.DECLINED:
        return "Not quoted (Don't quote me): counted in the figures only."
    if status is QuoteStatus.PENDING and not entry.excerpts:
        return "Nothing in it is long enough to be quoted."
    return "Not quoted until you approve an excerpt: **Review excerpt** shows it."


def edit_modal(entry: EntryRecord, excerpts: dict[str, str]) -> ui.Modal:
    modal = ui.Modal(title="Edit the excerpt", custom_id=f"sk:qmodal:{entry.id}", timeout=None)
    labels = _labels(entry)
    for qid, text in _ordered(entry, excerpts)[:5]:
        modal.add_item(
            ui.Label(
                text=clip(labels.get(qid, qid), _LABEL_MAX),
                description="Shown anonymized again before anything is quoted.",
                component=ui.TextInput(
                    custom_id=qid,
                    style=discord.TextStyle.paragraph,
                    default=text[:EXCERPT_MAX],
                    required=False,
                    max_length=EXCERPT_MAX,
                ),
            )
        )
    modal.stop()  # never stored: the submit is routed by custom id
    return modal


class Excerpts(commands.Cog):
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    async def ask(self, interaction: Interaction, entry: EntryRecord) -> None:
        """Propose the entry's excerpts afresh, store them as shown, and show them privately
        (as a follow-up: the interaction has been answered already)."""
        script = await self.bot.scripts.for_entry(entry)
        excerpts = await asyncio.to_thread(propose, script, entry.answers, _redact)
        if not await self.repos.entries.show_excerpts(entry.id, interaction.user.id, excerpts):
            return  # no longer included, or gone
        text, view = review_message(entry, excerpts)
        kwargs: dict[str, Any] = {"view": view} if view is not None else {}
        await interaction.followup.send(
            text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none(), **kwargs
        )

    # -- buttons (routed here by the Conversations cog) ---------------------------------------

    async def on_quote_button(self, interaction: Interaction, entry: EntryRecord) -> None:
        """Review excerpt, from /entries."""
        if not entry.consent_summary:
            await interaction.response.send_message(NOT_INCLUDED, ephemeral=True)
            return
        if entry.quote_status in (QuoteStatus.UNASKED, QuoteStatus.DECLINED):
            await interaction.response.defer(ephemeral=True, thinking=True)
            await self.ask(interaction, entry)
            return
        text, view = review_message(entry, entry.excerpts)
        if entry.quote_status is QuoteStatus.APPROVED:
            text = "**Approved.** " + text
        kwargs: dict[str, Any] = {"view": view} if view is not None else {}
        await interaction.response.send_message(
            text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none(), **kwargs
        )

    async def on_qedit_button(
        self, interaction: Interaction, entry: EntryRecord, page: int
    ) -> None:
        if not await self._still_shown(interaction, entry, page):
            return
        await interaction.response.send_modal(edit_modal(entry, entry.excerpts))

    async def on_qok_button(self, interaction: Interaction, entry: EntryRecord, page: int) -> None:
        if not await self._still_shown(interaction, entry, page):
            return
        if not await self.repos.entries.approve_excerpts(
            entry.id, interaction.user.id, entry.excerpts
        ):
            await self._changed(interaction)
            return
        await interaction.response.edit_message(
            content=clip(
                "**Included.** The weekly summary may quote from this entry only this, exactly "
                f"as shown:\n\n{excerpts_text(entry, entry.excerpts)}\n\n"
                "Editing the entry withdraws this until you approve again.",
                2000,
            ),
            view=None,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    async def on_qno_button(self, interaction: Interaction, entry: EntryRecord, page: int) -> None:
        if not entry.consent_summary:
            await interaction.response.send_message(NOT_INCLUDED, ephemeral=True)
            return
        await self.repos.entries.decline_quotes(entry.id, interaction.user.id)
        await interaction.response.edit_message(content=DECLINED, view=None)

    async def _still_shown(self, interaction: Interaction, entry: EntryRecord, page: int) -> bool:
        """Whether the excerpts stored are the very ones the clicked message showed."""
        if not entry.consent_summary:
            await interaction.response.send_message(NOT_INCLUDED, ephemeral=True)
            return False
        shown = entry.quote_status in (QuoteStatus.PENDING, QuoteStatus.APPROVED)
        if shown and entry.excerpts and excerpts_digest(entry.excerpts) == page:
            return True
        await self._changed(interaction)
        return False

    async def _changed(self, interaction: Interaction) -> None:
        await interaction.response.send_message(
            "These excerpts have changed since this message was shown (the entry was edited, "
            "or you chose differently elsewhere), so nothing was approved. `/entries` → "
            "**Review excerpt** shows them as they are now.",
            ephemeral=True,
        )

    # -- the Edit form ----------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_interaction(self, interaction: Interaction) -> None:
        if interaction.type is not discord.InteractionType.modal_submit:
            return
        match = _MODAL_ID.match(str((interaction.data or {}).get("custom_id", "")))
        if match is None:
            return
        bind_request(interaction.id)
        try:
            await self._edited(interaction, int(match["entry"]))
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def _edited(self, interaction: Interaction, entry_id: int) -> None:
        entry = await self.repos.entries.get(entry_id, interaction.user.id)
        if entry is None:
            await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
            return
        if not entry.consent_summary:
            await interaction.response.send_message(NOT_INCLUDED, ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        typed = {
            qid: value[:_READ_MAX]
            for qid, value in modal_values(interaction).items()
            if qid in entry.excerpts  # only the excerpts the form showed
        }
        excerpts, dropped = await asyncio.to_thread(_anonymize_edits, typed)
        if not excerpts:
            await self.repos.entries.decline_quotes(entry.id, interaction.user.id)
            await interaction.followup.send(
                "You left nothing to quote. " + DECLINED, ephemeral=True
            )
            return
        if not await self.repos.entries.show_excerpts(entry.id, interaction.user.id, excerpts):
            await interaction.followup.send(NOT_INCLUDED, ephemeral=True)
            return
        text, view = review_message(entry, excerpts)
        if dropped:
            left_out = ", ".join(quote(t, 40) for t in dropped)
            text = clip(f"Too short to quote, so left out: {left_out}\n\n{text}", 2000)
        kwargs: dict[str, Any] = {"view": view} if view is not None else {}
        await interaction.followup.send(
            text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none(), **kwargs
        )


def _anonymize_edits(typed: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The author's edited excerpts anonymized again and cut as quoted; and those too short."""
    excerpts: dict[str, str] = {}
    dropped: list[str] = []
    for qid, value in typed.items():
        if not value.strip():
            continue
        shown = final_excerpt(value, _redact)
        if shown is None:
            dropped.append(value.strip())
        else:
            excerpts[qid] = shown
    return excerpts, dropped


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Excerpts(bot))
