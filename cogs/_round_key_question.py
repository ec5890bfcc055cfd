"""The presenter's key question ("What would you like from the group?"), added on her share's
preview before it is posted."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import discord

from bot.limits import clip
from bot.outbox import PostState
from bot.privacy import redact
from cogs._interactions import (
    Button,
    Interaction,
    Submitted,
    form,
    long_text,
    not_available,
    refused,
    reply_privately,
)
from cogs._render import ACCENT
from cogs._round_ui import (
    KEY_QUESTION_MAX,
    KEY_QUESTION_SHOWS_NOTHING,
    KEY_QUESTION_TOO_LONG,
    KeyQuestionFormKey,
    KeyQuestionKey,
)
from cogs.sharing import (
    ALREADY_SAVED,
    KEY_QUESTION_LABEL,
    already_answered,
    consultation_channel,
    earlier_shares,
    preview_view,
    shared_before_line,
    signed_line,
    signer_in,
)

if TYPE_CHECKING:
    from bot.app import SparkleBot


class KeyQuestion:
    """Add a key question, and its form."""

    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    async def on_key_question(
        self, interaction: Interaction, button: Button[KeyQuestionKey]
    ) -> None:
        share = await self.repos.outbox.owned(button.key.post, interaction.user.id)
        if share is None:
            await not_available(interaction)
            return
        if share.state is not PostState.DRAFT:  # hers, posted or being posted: as every button
            await already_answered(interaction, share)
            return
        record = await self.repos.round.get(share.id)
        await interaction.response.send_modal(
            form(
                KeyQuestionFormKey(share.id),
                "Your key question",
                long_text(
                    "question",
                    "What would you like from the group?",
                    default=(record.key_question or "") if record else "",
                    limit=KEY_QUESTION_MAX,
                    hint="Shown on your share. Identifiers are replaced.",
                ),
            )
        )

    async def on_key_question_form(
        self, interaction: Interaction, sent: Submitted[KeyQuestionFormKey]
    ) -> None:
        typed = sent.typed("question")
        share = await self.repos.outbox.owned(sent.key.post, interaction.user.id)
        if share is None:
            await not_available(interaction)
            return
        if share.state is not PostState.DRAFT:  # hers, posted or deleted in another window
            await refused(
                interaction,
                "This preview is no longer a draft (it was posted or deleted in another "
                "window), so your key question was not added. Nothing changed.",
            )
            return
        if not typed:  # an earlier key question is kept, not wiped by invisible text
            await refused(interaction, KEY_QUESTION_SHOWS_NOTHING)
            return
        if len(typed) > KEY_QUESTION_MAX:  # a form only promises its limit
            await refused(interaction, KEY_QUESTION_TOO_LONG)  # with what was typed, given back
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        question = clip(await asyncio.to_thread(redact, typed), KEY_QUESTION_MAX)
        record = await self.repos.round.get(share.id)
        if record is not None and (record.key_question or "") == question:  # sent twice, say
            said = ALREADY_SAVED
        else:
            await self.repos.round.set_key_question(share.id, interaction.user.id, question)
            said = (
                "**Preview with your key question**, identifiers replaced. Nothing is posted "
                "until you choose."
            )
        embed = discord.Embed(title=share.title, description=share.text, colour=ACCENT)
        embed.add_field(name=KEY_QUESTION_LABEL, value=question or "-")
        earlier = await earlier_shares(
            self.repos, share.entry_id, interaction.user.id, share.guild_id
        )
        signer = await signer_in(interaction, share.guild_id)
        await reply_privately(
            interaction,
            said + signed_line(signer) + shared_before_line(earlier),
            embed=embed,
            view=preview_view(
                share.id,
                share.text,
                question or None,
                earlier,
                await consultation_channel(self.repos, share.guild_id),
                signer,
            ),
        )
