"""A server's group agreement: /setup agreement's form (its admins only) and a member's Agree."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.round import agreement_version
from bot.round.agreement import AGREEMENT_MAX, agreement_kept
from cogs._interactions import Button, Interaction, Submitted, not_available, refused, tell_done
from cogs._round_ui import (
    AGREEMENT_TOO_LONG,
    AgreeKey,
    AgreementFormKey,
    agreement_embed,
    agreement_text,
)
from cogs._servers import is_member, server

if TYPE_CHECKING:
    from bot.app import SparkleBot


AGREEMENT_ALREADY = (
    "Saved. Nothing changed: this was already the group agreement. Members accept it before "
    "they next share or take part:"
)


class AgreementForms:
    """The agreement's form and the Agree button."""

    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    async def on_agreement_form(
        self, interaction: Interaction, sent: Submitted[AgreementFormKey]
    ) -> None:
        """/setup agreement's submit: admins of that server only, whatever the id says."""
        user = interaction.user
        if (
            interaction.guild_id != sent.key.guild
            or not isinstance(user, discord.Member)
            or not user.guild_permissions.manage_guild
        ):
            await not_available(interaction)
            return
        if len(sent.typed("agreement").replace("\x00", "")) > AGREEMENT_MAX:  # as kept
            await refused(interaction, AGREEMENT_TOO_LONG)  # with what was typed, given back
            return
        text = agreement_kept(sent.typed("agreement"))
        await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
        embed = agreement_embed(text)
        if await self.repos.round.agreement(sent.key.guild) == text:  # a retry, say
            await tell_done(interaction, AGREEMENT_ALREADY, embed=embed)
            return
        # written with its audit record: a failure leaves neither, and a retry makes both
        await self.repos.round.set_agreement(sent.key.guild, text, audited_by=user.id)
        await tell_done(
            interaction,
            "Saved. Members accept this agreement (again, if it changed) before they next "
            "share or take part:",
            embed=embed,
        )

    async def on_agree(self, interaction: Interaction, button: Button[AgreeKey]) -> None:
        guild_id = button.key.guild
        # Answered first: from a DM, the server (on another process's shard, say) and her
        # membership are asked of Discord, and the write may wait.
        await interaction.response.defer(ephemeral=True, thinking=True)
        # in that server, or from a DM (sharing from there asks too) by one of its members
        if interaction.guild_id != guild_id and (
            interaction.guild_id is not None
            or (guild := await server(self.bot, guild_id)) is None
            or not await is_member(guild, interaction.user.id)
        ):
            await not_available(interaction)
            return
        text = await agreement_text(self.bot, guild_id)
        await self.repos.round.accept(guild_id, interaction.user.id, agreement_version(text))
        await tell_done(
            interaction, "Thank you: you have accepted the group agreement. Please try again."
        )
